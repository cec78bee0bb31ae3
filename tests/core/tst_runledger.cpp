// The run ledger and record (what a run did, outliving the runner), the seeded randomness of
// {random} and {uuid}, and the report written from a hand-built record.
#include "core/output/report.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "core/run/runledger.h"
#include "core/run/runrecord.h"
#include "core/template/filerandom.h"
#include "tests/common/testdir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Quire;
using namespace QuireTest;

namespace {

// Tells what the ledger passes on, as a journal would hear it.
class RecordingStore final : public LedgerStore
{
public:
    explicit RecordingStore(qint64 count, QStringList *events)
        : m_bytes(size_t(count), 0)
        , m_events(events)
    {
    }
    quint8 *statusBytes() override
    {
        return m_bytes.data();
    }
    void nameChosen(qint64 position, const QString &name) override
    {
        m_events->append(u"name %1 %2"_s.arg(position).arg(name));
    }
    void failed(qint64 position, const QString &message) override
    {
        m_events->append(u"failed %1 %2"_s.arg(position).arg(message));
    }
    void failuresCleared() override
    {
        m_events->append(u"cleared"_s);
    }

private:
    std::vector<quint8> m_bytes;
    QStringList *m_events;
};

Plan planFor(const QString &folder, const QString &name, const QString &content, qint64 seed)
{
    JobSpec spec;
    spec.folders = {folder};
    spec.from = 1;
    spec.to = 5;
    spec.nameTemplate = name;
    spec.contentTemplate = content;
    spec.seed = seed;
    return Planner::plan(spec, QDateTime(QDate(2026, 12, 2), QTime(10, 30, 0)));
}

} // namespace

class TestRunLedger final : public QObject
{
    Q_OBJECT

private slots:
    void statusesStartPendingAndAreStoredAsBytes();
    void failuresAreKeptInOrderAndDeduplicated();
    void resetFailedMakesThemPendingAndForgetsMessages();
    void countsByStatus();
    void recordStateRoundTrips();
    void recordStateRejectsBadKeys_data();
    void recordStateRejectsBadKeys();
    void sameSeedRendersSameBytes();
    void randomDiffersByPositionAndPlaceholder();
    void uuidIsVersion4();
    void reportReadsAHandBuiltRecord();
    void writerExceptionEndsTheRunWithANamedError();
};

void TestRunLedger::statusesStartPendingAndAreStoredAsBytes()
{
    QStringList events;
    auto store = std::make_unique<RecordingStore>(4, &events);
    quint8 *bytes = store->statusBytes();
    RunLedger ledger(4, std::move(store));
    QCOMPARE(ledger.status(3), FileStatus::Pending);
    ledger.setStatus(1, FileStatus::InFlight);
    ledger.setStatus(2, FileStatus::Replaced);
    QCOMPARE(bytes[1], quint8(1));
    QCOMPARE(bytes[2], quint8(3));
    ledger.setFinalName(2, u"f (2).txt"_s);
    QCOMPARE(ledger.finalName(2), u"f (2).txt"_s);
    QCOMPARE(ledger.finalName(1), QString());
    QCOMPARE(events, QStringList{u"name 2 f (2).txt"_s});
}

void TestRunLedger::failuresAreKeptInOrderAndDeduplicated()
{
    RunLedger ledger(10);
    ledger.addFailure(7, u"No space left on device"_s);
    ledger.addFailure(2, u"Permission denied"_s);
    ledger.addFailure(5, u"No space left on device"_s);
    QCOMPARE(ledger.failureCount(), 3);
    QCOMPARE(ledger.failure(0).position, 7);
    QCOMPARE(ledger.failure(1).message, u"Permission denied"_s);
    QCOMPARE(ledger.failure(2).message, u"No space left on device"_s);
    QCOMPARE(ledger.status(5), FileStatus::Failed);
    QCOMPARE(ledger.message(5), u"No space left on device"_s);
    QCOMPARE(ledger.message(6), QString());
}

void TestRunLedger::resetFailedMakesThemPendingAndForgetsMessages()
{
    QStringList events;
    RunLedger ledger(6, std::make_unique<RecordingStore>(6, &events));
    ledger.setStatus(0, FileStatus::Created);
    ledger.addFailure(3, u"Is a directory"_s);
    ledger.addFailure(4, u"Is a directory"_s);
    QCOMPARE(ledger.resetFailed(), 2);
    QCOMPARE(ledger.status(3), FileStatus::Pending);
    QCOMPARE(ledger.status(0), FileStatus::Created);
    QCOMPARE(ledger.failureCount(), 0);
    QCOMPARE(ledger.message(3), QString());
    QCOMPARE(events.last(), u"cleared"_s);
}

void TestRunLedger::countsByStatus()
{
    RunLedger ledger(7);
    ledger.setStatus(0, FileStatus::Created);
    ledger.setStatus(1, FileStatus::Created);
    ledger.setStatus(2, FileStatus::Replaced);
    ledger.setStatus(3, FileStatus::Skipped);
    ledger.addFailure(4, u"x"_s);
    ledger.setStatus(5, FileStatus::InFlight);
    const StatusCounts counts = ledger.counts();
    QCOMPARE(counts.written(), 3);
    QCOMPARE(counts.of(FileStatus::Skipped), 1);
    QCOMPARE(counts.of(FileStatus::Failed), 1);
    QCOMPARE(counts.of(FileStatus::InFlight), 1);
    QCOMPARE(counts.of(FileStatus::Pending), 1);
}

void TestRunLedger::recordStateRoundTrips()
{
    RunRecord record;
    record.id = u"20261202-103000-beef"_s;
    record.start = QDateTime(QDate(2026, 12, 2), QTime(10, 30, 0, 123));
    record.fileCount = 42;
    record.phase = RunPhase::StoppedOnError;
    record.elapsedMs = 1234;
    record.jobErrors = {u"durable sync of /x failed: Input/output error"_s};
    record.createdFolders = {u"/tmp/a"_s, u"/tmp/a/b"_s};
    RunRecord read;
    QString error;
    QVERIFY2(read.readStateJson(record.stateJson(), &error), qPrintable(error));
    QCOMPARE(read.id, record.id);
    QCOMPARE(read.start.toMSecsSinceEpoch(), record.start.toMSecsSinceEpoch());
    // The wall clock that {time} renders stays the same, whatever the time zone of the reader.
    QCOMPARE(read.start.toString(u"HH:mm:ss.zzz"_s), u"10:30:00.123"_s);
    QCOMPARE(read.fileCount, 42);
    QCOMPARE(read.phase, RunPhase::StoppedOnError);
    QCOMPARE(read.elapsedMs, 1234);
    QCOMPARE(read.jobErrors, record.jobErrors);
    QCOMPARE(read.createdFolders, record.createdFolders);
}

void TestRunLedger::recordStateRejectsBadKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    for (const char *key : {"version", "id", "startMs", "files", "phase", "elapsedMs", "jobErrors"})
        QTest::addRow("%s missing", key) << QString::fromLatin1(key) << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("unknown phase") << u"phase"_s << QJsonValue(u"exploded"_s);
    QTest::addRow("negative files") << u"files"_s << QJsonValue(-1);
    QTest::addRow("version 2") << u"version"_s << QJsonValue(2);
    QTest::addRow("folders not strings") << u"createdFolders"_s << QJsonValue(QJsonArray{1, 2});
    QTest::addRow("offset of two days") << u"startOffset"_s << QJsonValue(172800);
}

void TestRunLedger::recordStateRejectsBadKeys()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    RunRecord record;
    record.id = u"x"_s;
    record.start = QDateTime::currentDateTime();
    QJsonObject json = record.stateJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    RunRecord read;
    QString error;
    QVERIFY(!read.readStateJson(json, &error));
    QVERIFY2(error.contains(key), qPrintable(error));
}

void TestRunLedger::sameSeedRendersSameBytes()
{
    const TestDir dir;
    const QString name = u"f-{index}-{random:12}.txt"_s;
    const QString content = u"{uuid} {random:30} {uuid}"_s;
    const Plan a = planFor(dir.path(), name, content, 77);
    const Plan b = planFor(dir.path(), name, content, 77);
    const Plan other = planFor(dir.path(), name, content, 78);
    QVERIFY(a.isValid());
    for (qint64 p = 0; p < a.fileCount(); ++p) {
        QCOMPARE(a.fileName(p), b.fileName(p));
        QCOMPARE(a.contentBytes(p), b.contentBytes(p));
        QVERIFY(a.contentBytes(p) != other.contentBytes(p));
    }
    QVERIFY(a.fileName(0) != other.fileName(0));
}

void TestRunLedger::randomDiffersByPositionAndPlaceholder()
{
    const TestDir dir;
    const Plan plan = planFor(dir.path(), u"{index}"_s, u"{uuid}|{uuid}|{random:16}|{random:16}"_s, 5);
    QSet<QString> seen;
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        const QStringList parts = plan.contentText(p).split(u'|');
        QCOMPARE(parts.size(), 4);
        for (const QString &part : parts)
            seen.insert(part);
    }
    QCOMPARE(seen.size(), 4 * 5); // every placeholder of every file has its own value
    // The first {uuid} of a file's name is the first {uuid} of its content: "the file's uuid".
    const Plan both = planFor(dir.path(), u"{uuid}.txt"_s, u"id={uuid}"_s, 9);
    QCOMPARE(u"id="_s + both.fileName(3).chopped(4), both.contentText(3));
}

void TestRunLedger::uuidIsVersion4()
{
    const TestDir dir;
    const Plan plan = planFor(dir.path(), u"{index}"_s, u"{uuid}"_s, 1);
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        const QString uuid = plan.contentText(p);
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(uuid.at(14), u'4');
        QVERIFY2(QStringLiteral("89ab").contains(uuid.at(19)), qPrintable(uuid));
        QVERIFY(!QUuid::fromString(uuid).isNull());
    }
}

void TestRunLedger::reportReadsAHandBuiltRecord()
{
    const TestDir dir;
    const Plan plan = planFor(dir.path(), u"r-{random:6}.txt"_s, u"{index}"_s, 3);
    auto record = RunRecord::forPlan(plan);
    record->phase = RunPhase::Finished;
    record->ledger->setStatus(0, FileStatus::Created);
    record->ledger->setStatus(1, FileStatus::Replaced);
    record->ledger->setStatus(2, FileStatus::Skipped);
    record->ledger->addFailure(3, u"Is a directory"_s);
    record->ledger->setStatus(4, FileStatus::Created);
    record->ledger->setFinalName(4, u"renamed (2).txt"_s);
    const QString csv = dir.filePath(u"report.csv"_s);
    QCOMPARE(Report::write(*record, csv), QString());
    const QStringList lines = QString::fromUtf8(dir.read(u"report.csv"_s)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(1), u"1,%1,%2,created,1,"_s.arg(dir.path(), plan.fileName(0)));
    QCOMPARE(lines.at(2), u"2,%1,%2,replaced,1,"_s.arg(dir.path(), plan.fileName(1)));
    QCOMPARE(lines.at(3), u"3,%1,%2,skipped,0,"_s.arg(dir.path(), plan.fileName(2)));
    QCOMPARE(lines.at(4), u"4,%1,%2,failed,0,Is a directory"_s.arg(dir.path(), plan.fileName(3)));
    QCOMPARE(lines.at(5), u"5,%1,renamed (2).txt,created,1,"_s.arg(dir.path()));
    const QString json = dir.filePath(u"report.json"_s);
    QCOMPARE(Report::write(*record, json), QString());
    const QJsonObject summary =
        QJsonDocument::fromJson(dir.read(u"report.json"_s)).object().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"created"_s).toInteger(), 2);
    QCOMPARE(summary.value(u"replaced"_s).toInteger(), 1);
    QCOMPARE(summary.value(u"written"_s).toInteger(), 3);
    QCOMPARE(summary.value(u"failed"_s).toInteger(), 1);
    QCOMPARE(summary.value(u"bytes"_s).toInteger(), 3);
    QCOMPARE(summary.value(u"run"_s).toString(), record->id);
}

// A writer that throws (bad_alloc under memory pressure, say) must not vanish as "not attempted".
void TestRunLedger::writerExceptionEndsTheRunWithANamedError()
{
    const TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 2000;
    spec.parallel = 2;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    BatchRunner runner;
    runner.setFileHookForTesting([](qint64 position) {
        if (position == 1000)
            throw std::bad_alloc();
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(30'000));
    const auto summary = finished.constFirst().constFirst().value<RunSummary>();
    QVERIFY(!summary.success());
    QVERIFY(summary.stoppedOnError);
    QVERIFY2(summary.jobErrors.join(u'\n').contains(u"std::bad_alloc"_s), qPrintable(summary.jobErrors.join(u'\n')));
    QVERIFY(summary.jobErrors.join(u'\n').contains(plan.filePath(1000)));
    const std::shared_ptr<RunRecord> record = runner.record();
    QCOMPARE(record->ledger->status(1000), FileStatus::Failed);
    QVERIFY(record->ledger->message(1000).contains(u"std::bad_alloc"_s));
    QCOMPARE(record->phase, RunPhase::StoppedOnError);
    QVERIFY(!QFile::exists(plan.filePath(1000)));
}

QTEST_GUILESS_MAIN(TestRunLedger)

#include "tst_runledger.moc"
