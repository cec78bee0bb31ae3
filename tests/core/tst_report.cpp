#include "core/output/report.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Quire::BatchRunner;
using Quire::FileStatus;
using Quire::JobSpec;
using Quire::Plan;
using Quire::Report;
using namespace QuireTest;

namespace {

constexpr qint64 FileCount = 6;
constexpr qint64 FailingPosition = 2; // index 3

// RFC 4180: fields separated by commas, optionally quoted with "" as an escaped quote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString expectedStatus(qint64 position)
{
    return position == FailingPosition ? u"failed"_s : u"created"_s;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csv();
    void json();
    void chosenBySuffix_data();
    void chosenBySuffix();
    void unwritablePath();
    void statusNames();

private:
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<BatchRunner> m_runner;
    QString m_folder;
};

void TestReport::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"out, \"quoted\""_s);
    QVERIFY(QDir().mkdir(m_folder));
    JobSpec spec;
    spec.folders = QStringList{m_folder};
    spec.from = 1;
    spec.to = FileCount;
    spec.nameTemplate = u"r,{index}.txt"_s;
    spec.ifExists = Quire::IfExists::Overwrite;
    const Plan plan = Quire::Planner::plan(spec);
    QVERIFY(plan.isValid());
    // A directory where file 3 should go: the one failure of the run.
    QVERIFY(QDir(m_folder).mkdir(u"r,3.txt"_s));
    QVERIFY(QDir(m_folder).mkdir(u"r,3.txt/inside"_s));

    m_runner = std::make_unique<BatchRunner>();
    QSignalSpy finished(m_runner.get(), &BatchRunner::finished);
    QVERIFY(m_runner->start(plan));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_runner->summary().counts.failed, qint64(1));
    QCOMPARE(m_runner->record()->ledger->status(FailingPosition), FileStatus::Failed);
}

void TestReport::cleanup()
{
    m_runner.reset();
    m_dir.reset();
}

void TestReport::csv()
{
    const QString path = m_dir->filePath(u"report.csv"_s);
    const QString error = Report::writeCsv(*m_runner->record(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(path)));
    QCOMPARE(rows.size(), 1 + FileCount);
    const QStringList header = rows.constFirst();
    const qsizetype file = header.indexOf(u"file"_s);
    const qsizetype status = header.indexOf(u"status"_s);
    const qsizetype message = header.indexOf(u"message"_s);
    const qsizetype folder = header.indexOf(u"folder"_s);
    const qsizetype index = header.indexOf(u"index"_s);
    QVERIFY2(file >= 0 && status >= 0 && message >= 0 && folder >= 0 && index >= 0, qPrintable(header.join(u'|')));
    for (qint64 p = 0; p < FileCount; ++p) {
        const QStringList &row = rows.at(p + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(index), QString::number(p + 1));
        QCOMPARE(row.at(file), u"r,%1.txt"_s.arg(p + 1));
        QCOMPARE(row.at(folder), m_folder);
        QCOMPARE(row.at(status), expectedStatus(p));
        QCOMPARE(row.at(message), m_runner->record()->ledger->message(p));
    }
    QVERIFY(!rows.at(FailingPosition + 1).at(message).isEmpty());
}

void TestReport::json()
{
    const QString path = m_dir->filePath(u"report.json"_s);
    const QString error = Report::writeJson(*m_runner->record(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QString::fromUtf8(readFile(path)).toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonObject root = doc.object();
    const QJsonArray files = root.value(u"files"_s).toArray();
    QCOMPARE(files.size(), FileCount);
    for (qint64 p = 0; p < FileCount; ++p) {
        const QJsonObject entry = files.at(p).toObject();
        QCOMPARE(entry.value(u"index"_s).toInteger(), p + 1);
        QCOMPARE(entry.value(u"file"_s).toString(), u"r,%1.txt"_s.arg(p + 1));
        QCOMPARE(entry.value(u"folder"_s).toString(), m_folder);
        QCOMPARE(entry.value(u"status"_s).toString(), expectedStatus(p));
        QCOMPARE(entry.value(u"message"_s).toString(), m_runner->record()->ledger->message(p));
    }
    const QJsonObject summary = root.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"total"_s).toInteger(), FileCount);
    QCOMPARE(summary.value(u"written"_s).toInteger(), FileCount - 1);
    QCOMPARE(summary.value(u"failed"_s).toInteger(), 1);
}

void TestReport::chosenBySuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isJson");
    QTest::addRow("json") << u"r.json"_s << true;
    QTest::addRow("JSON upper case") << u"R.JSON"_s << true;
    QTest::addRow("csv") << u"r.csv"_s << false;
}

void TestReport::chosenBySuffix()
{
    QFETCH(QString, name);
    QFETCH(bool, isJson);
    const QString path = m_dir->filePath(name);
    const QString error = Report::write(*m_runner->record(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = QString::fromUtf8(readFile(path));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).isObject(), isJson);
    if (!isJson)
        QCOMPARE(parseCsv(text).size(), 1 + FileCount);
}

void TestReport::unwritablePath()
{
    const QString path = m_dir->filePath(u"no/such/dir/report.csv"_s);
    const QString error = Report::write(*m_runner->record(), path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path) || error.contains(u"report.csv"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReport::statusNames()
{
    QCOMPARE(Quire::fileStatusName(FileStatus::Pending), u"not attempted"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::Created), u"created"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::Replaced), u"replaced"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::InFlight), u"in flight"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::Undone), u"undone"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::Skipped), u"skipped"_s);
    QCOMPARE(Quire::fileStatusName(FileStatus::Failed), u"failed"_s);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
