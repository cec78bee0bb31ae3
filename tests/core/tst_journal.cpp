// The run journal on disk: what create() writes, what the writers' status stores leave in the status
// file, what open() and list() read back, the lock between processes, and damaged journals, which must
// give a specific message and never a crash.
#include "core/journal/journalledgerstore.h"
#include "core/journal/journalstore.h"
#include "core/plan/planner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Quire;

namespace {

constexpr qint64 HeaderSize = StatusFileHeader::Size;

QDateTime startAt(int second)
{
    return QDateTime(QDate(2026, 1, 2), QTime(10, 0, second));
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// How a damaged-journal row breaks the journal.
enum class Damage : quint8 {
    Remove,    ///< delete file
    Replace,   ///< file's content becomes data
    Resize,    ///< truncate or extend file to size bytes
    Patch,     ///< overwrite data at offset size
    AddJobKey, ///< an unknown key in job.json
    Fifo,      ///< a FIFO in the file's place (reading it must not wait for a writer)
    LinkZero,  ///< a symlink to /dev/zero in the file's place (endless)
    Huge,      ///< a sparse file of size bytes
};

// The name is free (a log file exists only once the run wrote to it).
bool clear(const QString &path)
{
    return QFile::remove(path) || (!QFileInfo(path).isSymLink() && !QFileInfo::exists(path));
}

bool damage(const QString &folder, Damage kind, const QString &name, const QByteArray &data, qint64 size)
{
    const QString path = folder + u'/' + name;
    switch (kind) {
    case Damage::Remove:
        return QFile::remove(path);
    case Damage::Replace:
        return writeAll(path, data);
    case Damage::Resize:
        return QFile::resize(path, size);
    case Damage::Patch: {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) && file.seek(size) && file.write(data) == data.size();
    }
    case Damage::Fifo:
        return clear(path) && ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    case Damage::LinkZero:
        return clear(path) && QFile::link(u"/dev/zero"_s, path);
    case Damage::Huge:
        return clear(path) && writeAll(path, {}) && QFile::resize(path, size);
    case Damage::AddJobKey: {
        QJsonObject job = QJsonDocument::fromJson(readAll(path)).object();
        job.insert(u"colour"_s, u"blue"_s);
        return writeAll(path, QJsonDocument(job).toJson());
    }
    }
    return false;
}

} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createWritesJournal();
    void statusBytesInFile_data();
    void statusBytesInFile();
    void namesAndFailuresSurvive_data();
    void namesAndFailuresSurvive();
    void retryClearsFailures();
    void writeOpenRefusedWhileHeld();
    void lockedByAnotherProcess();
    void interruptedWhenLockFree();
    void saveAndBackup();
    void damagedJournal_data();
    void damagedJournal();
    void prune();
    void createPrunes();
    void resolveId_data();
    void resolveId();
    void bigJournalCountsExactly();

private:
    Plan planFor(qint64 files, const QDateTime &start = startAt(0)) const;
    std::shared_ptr<RunRecord> create(qint64 files = 10, const QDateTime &start = startAt(0));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournalStore> m_store;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<JournalStore>(m_dir->filePath(u"runs"_s));
}

void TestJournal::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Plan TestJournal::planFor(qint64 files, const QDateTime &start) const
{
    JobSpec spec;
    spec.folders = {m_dir->filePath(u"out"_s)};
    spec.from = 1;
    spec.to = files;
    spec.nameTemplate = u"f-{index}-{random:8}.txt"_s;
    return Planner::plan(spec, start);
}

std::shared_ptr<RunRecord> TestJournal::create(qint64 files, const QDateTime &start)
{
    const Plan plan = planFor(files, start);
    if (!plan.isValid())
        qWarning() << "invalid plan:" << plan.errors().constFirst().message;
    QString error;
    auto record = m_store->create(plan, &error);
    if (!record)
        qWarning() << error;
    return record;
}

void TestJournal::createWritesJournal()
{
    const Plan plan = planFor(10);
    QString error;
    const auto record = m_store->create(plan, &error);
    QVERIFY2(record, qPrintable(error));
    QVERIFY(record->journal && record->ledger && record->plan);
    const QString folder = record->journal->folder();
    QCOMPARE(folder, m_store->root() + u'/' + record->id);
    QCOMPARE(modeOf(m_store->root()), 0700);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList({u"job.json"_s, u"run.json"_s, u"status"_s}));
    QCOMPARE(QDir(m_store->root()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{record->id}); // no partial folder left

    // The job as run: absolute folders, the plan's seed, nothing but the job.
    const QJsonObject job = QJsonDocument::fromJson(readAll(folder + u"/job.json"_s)).object();
    QCOMPARE(job, record->job.toJson());
    QCOMPARE(record->job.folders, QStringList{plan.folders.constFirst().path});
    QCOMPARE(record->job.seed, std::optional<qint64>(plan.seed));
    QCOMPARE(job.value(u"seed"_s).toInteger(), plan.seed);

    const QJsonObject run = QJsonDocument::fromJson(readAll(folder + u"/run.json"_s)).object();
    QCOMPARE(run, record->stateJson());
    QCOMPARE(run.value(u"phase"_s).toString(), u"running"_s);

    const QByteArray status = readAll(folder + u"/status"_s);
    QCOMPARE(status.size(), HeaderSize + 10);
    QVERIFY(status.startsWith("QUIRELOG"));
    StatusFileHeader header;
    QCOMPARE(StatusFileHeader::read(status, &header), QString());
    QCOMPARE(header.fileCount, 10);
    QCOMPARE(status.mid(HeaderSize), QByteArray(10, '\0'));
}

void TestJournal::statusBytesInFile_data()
{
    QTest::addColumn<qint64>("position");
    QTest::addColumn<FileStatus>("status");
    QTest::addRow("first created") << qint64(0) << FileStatus::Created;
    QTest::addRow("middle in flight") << qint64(4) << FileStatus::InFlight;
    QTest::addRow("replaced") << qint64(5) << FileStatus::Replaced;
    QTest::addRow("skipped") << qint64(6) << FileStatus::Skipped;
    QTest::addRow("last failed") << qint64(9) << FileStatus::Failed;
}

void TestJournal::statusBytesInFile()
{
    QFETCH(qint64, position);
    QFETCH(FileStatus, status);
    const auto record = create();
    QVERIFY(record);
    record->ledger->setStatus(position, status);
    // Read through another descriptor, as a process would after this one was killed: the page cache.
    const QByteArray bytes = readAll(record->journal->folder() + u"/status"_s);
    QCOMPARE(bytes.size(), HeaderSize + 10);
    for (qint64 p = 0; p < 10; ++p)
        QCOMPARE(quint8(bytes.at(HeaderSize + p)), p == position ? quint8(status) : quint8(0));
    QCOMPARE(m_store->list().constFirst().counts.of(status), 1);
}

void TestJournal::namesAndFailuresSurvive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("plain") << u"f-2 (2).txt"_s << u"No space left on device"_s;
    QTest::addRow("tab, newlines, backslash") << u"a\tb\\c.txt"_s << u"line 1\nline 2\r\n\\t is not a tab"_s;
    QTest::addRow("unicode") << u"ünïcødé 📄.txt"_s << u"Zugriff verweigert: »ü«"_s;
}

void TestJournal::namesAndFailuresSurvive()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QString id;
    {
        const auto record = create();
        QVERIFY(record);
        id = record->id;
        record->ledger->setStatus(1, FileStatus::Created);
        record->ledger->setFinalName(1, name);
        record->ledger->addFailure(3, message);
        record->ledger->addFailure(7, u"second"_s);
    }
    QString error;
    const auto read = m_store->open(id, JournalStore::Access::Read, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->ledger->finalName(1), name);
    QCOMPARE(read->ledger->finalName(2), QString());
    QCOMPARE(read->ledger->failureCount(), 2);
    QCOMPARE(read->ledger->failure(0).position, 3);
    QCOMPARE(read->ledger->message(3), message);
    QCOMPARE(read->ledger->message(7), u"second"_s);
    QCOMPARE(read->ledger->status(1), FileStatus::Created);
    QCOMPARE(read->ledger->status(3), FileStatus::Failed);
    QCOMPARE(read->fileName(1), name);
    QCOMPARE(read->fileName(2), read->plan->fileName(2)); // replanned with the recorded seed and start
}

void TestJournal::retryClearsFailures()
{
    const auto record = create();
    QVERIFY(record);
    record->ledger->addFailure(2, u"Permission denied"_s);
    QVERIFY(!readAll(record->journal->folder() + u"/failures.log"_s).isEmpty());
    QCOMPARE(record->ledger->resetFailed(), 1);
    QCOMPARE(readAll(record->journal->folder() + u"/failures.log"_s), QByteArray());
    record->ledger->addFailure(4, u"again"_s);
    QCOMPARE(readAll(record->journal->folder() + u"/failures.log"_s), QByteArray("4\tagain\n"));
}

void TestJournal::writeOpenRefusedWhileHeld()
{
    auto holder = create();
    QVERIFY(holder);
    const QString id = holder->id;
    QString error;
    auto failure = JournalStore::OpenFailure::None;
    QVERIFY(!m_store->open(id, JournalStore::Access::Write, &error, &failure));
    QVERIFY2(error.contains(u"in use"_s) && error.contains(id) && error.contains(u"/status"_s), qPrintable(error));
    QCOMPARE(failure, JournalStore::OpenFailure::InUse); // what the CLI words, whatever the language
    QVERIFY2(m_store->open(id, JournalStore::Access::Read, &error), qPrintable(error)); // history and show still work

    holder.reset();
    auto writer = m_store->open(id, JournalStore::Access::Write, &error);
    QVERIFY2(writer, qPrintable(error));
    QCOMPARE(writer->phase, RunPhase::Interrupted);
    QVERIFY(!m_store->open(id, JournalStore::Access::Write, &error));
    QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
    writer.reset();
    QVERIFY2(m_store->open(id, JournalStore::Access::Write, &error), qPrintable(error));
}

void TestJournal::lockedByAnotherProcess()
{
    const QString flock = QStandardPaths::findExecutable(u"flock"_s);
    if (flock.isEmpty())
        QSKIP("needs flock(1) from util-linux");
    QString id;
    QString status;
    {
        const auto record = create();
        QVERIFY(record);
        id = record->id;
        status = record->journal->folder() + u"/status"_s;
    }
    QProcess holder;
    // -o: only flock(1) holds the lock, not cat, which ends with its input.
    holder.start(flock, {u"--exclusive"_s, u"--close"_s, status, u"cat"_s});
    QVERIFY(holder.waitForStarted());
    QString error;
    QTRY_VERIFY(!m_store->open(id, JournalStore::Access::Write, &error));
    QVERIFY2(error.contains(u"in use by another Quire process (pid unknown)"_s), qPrintable(error));
    QCOMPARE(m_store->list().constFirst().phase, RunPhase::Running); // locked: not interrupted
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished());
    QVERIFY2(m_store->open(id, JournalStore::Access::Write, &error), qPrintable(error));
}

void TestJournal::interruptedWhenLockFree()
{
    auto record = create();
    QVERIFY(record);
    const QString id = record->id;
    QCOMPARE(m_store->list().constFirst().phase, RunPhase::Running);
    QString error;
    auto reader = m_store->open(id, JournalStore::Access::Read, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->phase, RunPhase::Running);

    record.reset(); // what kill -9 leaves: the lock is gone, run.json still says running
    const QList<RunInfo> runs = m_store->list();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.constFirst().phase, RunPhase::Interrupted);
    QCOMPARE(runs.constFirst().problem, QString());
    reader = m_store->open(u"last"_s, JournalStore::Access::Read, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->phase, RunPhase::Interrupted);
}

void TestJournal::saveAndBackup()
{
    const auto record = create();
    QVERIFY(record);
    record->phase = RunPhase::Finished;
    record->elapsedMs = 1234;
    QCOMPARE(record->journal->save(*record), QString());
    const RunInfo info = m_store->list().constFirst();
    QCOMPARE(info.phase, RunPhase::Finished);
    QCOMPARE(info.elapsedMs, 1234);
    QCOMPARE(info.files, 10);
    QCOMPARE(info.folders, record->job.folders);
    QVERIFY(!QFile::exists(record->journal->folder() + u"/run.json.tmp"_s));

    QString error;
    const QString backup = record->journal->backupFolder(&error);
    QCOMPARE(backup, record->journal->folder() + u"/backup"_s);
    QCOMPARE(modeOf(backup), 0700);
    QCOMPARE(record->journal->backupFolder(&error), backup);

    const auto reader = m_store->open(record->id, JournalStore::Access::Read, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(!reader->journal->save(*reader).isEmpty()); // a reader never changes the journal
}

void TestJournal::damagedJournal_data()
{
    QTest::addColumn<Damage>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("listed"); // list() reads no logs: they can be big; open() does

    const auto row = [](const char *name, Damage kind, const QString &file, const QByteArray &data, qint64 size,
                        const QString &expected, bool listed = true) {
        QTest::addRow("%s", name) << kind << file << data << size << expected << listed;
    };
    const QString run = u"run.json"_s;
    const QString job = u"job.json"_s;
    const QString status = u"status"_s;
    row("run.json missing", Damage::Remove, run, {}, 0, u"run.json is missing."_s);
    row("run.json empty", Damage::Replace, run, {}, 0, u"run.json is empty."_s);
    row("run.json garbage", Damage::Replace, run, "{\"version\": 1,", 0, u"run.json is not valid JSON"_s);
    row("run.json not an object", Damage::Replace, run, "[1, 2]", 0, u"run.json does not hold a JSON object."_s);
    row("run.json without phase", Damage::Replace, run, R"({"version": 1, "id": "x"})", 0, u"run.json is damaged"_s);
    row("job.json missing", Damage::Remove, job, {}, 0, u"job.json is missing."_s);
    row("job.json a FIFO", Damage::Fifo, job, {}, 0, u"job.json is not a regular file."_s);
    row("job.json a link to /dev/zero", Damage::LinkZero, job, {}, 0,
        u"job.json cannot be read: Too many levels of symbolic links."_s);
    row("run.json of 8 GB", Damage::Huge, run, {}, 8LL << 30, u"run.json is 8.6 GB, larger than any journal"_s);
    row("names.log a FIFO", Damage::Fifo, u"names.log"_s, {}, 0, u"names.log is not a regular file."_s, false);
    row("failures.log a link to /dev/zero", Damage::LinkZero, u"failures.log"_s, {}, 0,
        u"failures.log cannot be read: Too many levels of symbolic links."_s, false);
    row("job.json unknown key", Damage::AddJobKey, job, {}, 0,
        u"job.json is not a valid job: unknown job key \"colour\""_s);
    row("status missing", Damage::Remove, status, {}, 0, u"status file is missing."_s);
    row("status truncated", Damage::Resize, status, {}, HeaderSize + 50,
        u"status file has 114 bytes, expected 164 for 100 files."_s);
    row("status too long", Damage::Resize, status, {}, HeaderSize + 101,
        u"status file has 165 bytes, expected 164 for 100 files."_s);
    row("status shorter than its header", Damage::Resize, status, {}, 10,
        u"status file has 10 bytes, too few for its 64-byte header."_s);
    row("status wrong magic", Damage::Patch, status, "QUIRELAG", 0, u"status file does not start with \"QUIRELOG\""_s);
    row("status newer format", Damage::Patch, status, QByteArray(1, '\x02'), 8, u"format version 2"_s);
    row("status count differs", Damage::Patch, status, QByteArray(1, '\x63'), 16,
        u"status file is for 99 files, run.json says 100."_s);
    row("status byte no status", Damage::Patch, status, QByteArray(1, '\x7f'), HeaderSize + 7,
        u"one of its status bytes holds no valid status"_s);
    row("names.log bad line", Damage::Replace, u"names.log"_s, "3\tf (2).txt\nno tab here\n", 0,
        u"names.log line 2 has no tab after the position."_s, false);
    row("names.log cut short", Damage::Replace, u"names.log"_s, "3\tf (2)", 0,
        u"names.log line 1 does not end with a newline"_s, false);
    row("names.log position not a number", Damage::Replace, u"names.log"_s, "x3\tf\n", 0,
        u"names.log line 1 has \"x3\" where the position belongs."_s, false);
    row("failures.log position out of range", Damage::Replace, u"failures.log"_s, "1\ta\n100\tdisk full\n", 0,
        u"failures.log line 2 names position 100, outside the run's 100 files."_s, false);
    row("failures.log bad escape", Damage::Replace, u"failures.log"_s, "1\tbad \\x escape\n", 0,
        u"failures.log line 1 has an unknown escape"_s, false);
}

void TestJournal::damagedJournal()
{
    QFETCH(Damage, kind);
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    QFETCH(bool, listed);
    QString id;
    QString folder;
    {
        const auto record = create(100);
        QVERIFY(record);
        id = record->id;
        folder = record->journal->folder();
    }
    QVERIFY(damage(folder, kind, file, data, size));

    const QList<RunInfo> runs = m_store->list();
    QCOMPARE(runs.size(), 1); // listed, never skipped
    QCOMPARE(runs.constFirst().id, id);
    if (listed)
        QVERIFY2(runs.constFirst().problem.contains(expected), qPrintable(runs.constFirst().problem));
    else
        QCOMPARE(runs.constFirst().problem, QString());

    for (const auto access : {JournalStore::Access::Read, JournalStore::Access::Write}) {
        QString error;
        auto failure = JournalStore::OpenFailure::None;
        QVERIFY(!m_store->open(id, access, &error, &failure));
        QVERIFY2(error.contains(expected) && error.contains(id) && error.contains(folder), qPrintable(error));
        QCOMPARE(failure, JournalStore::OpenFailure::Damaged);
    }
    QString error;
    QVERIFY(!m_store->open(u"last"_s, JournalStore::Access::Read, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(m_store->prune(0, nullptr), 1); // a damaged journal can still be removed
    QVERIFY(!QFileInfo::exists(folder));
}

void TestJournal::prune()
{
    QStringList ids; // oldest first
    std::shared_ptr<RunRecord> held;
    for (int i = 0; i < 5; ++i) {
        auto record = create(3, startAt(i));
        QVERIFY(record);
        ids.append(record->id);
        QVERIFY2(QDir().mkpath(record->journal->folder() + u"/backup/sub"_s), "backup");
        if (i == 0)
            held = record; // the oldest is in use: never removed
    }
    QStringList errors;
    QCOMPARE(m_store->prune(2, &errors), 2);
    QCOMPARE(errors, QStringList());
    QStringList listed;
    for (const RunInfo &info : m_store->list())
        listed.append(info.id);
    QCOMPARE(listed, QStringList({ids.at(4), ids.at(3), ids.at(0)}));

    held.reset();
    QCOMPARE(m_store->prune(2, &errors), 1);
    QVERIFY(!QFileInfo::exists(m_store->root() + u'/' + ids.at(0)));
    QCOMPARE(m_store->prune(2, &errors), 0);
}

void TestJournal::createPrunes()
{
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        QString error;
        const auto record = m_store->create(planFor(3, startAt(i)), &error, 2);
        QVERIFY2(record, qPrintable(error));
        ids.append(record->id);
    }
    QStringList listed;
    for (const RunInfo &info : m_store->list())
        listed.append(info.id);
    QCOMPARE(listed, QStringList({ids.at(3), ids.at(2)}));
}

void TestJournal::resolveId_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("expectedRun"); // index into the runs made, oldest first; -1: an error
    QTest::addColumn<QString>("error");
    QTest::addRow("last") << u"last"_s << 2 << QString();
    QTest::addRow("exact id") << u"#1"_s << 1 << QString();
    QTest::addRow("unique prefix") << u"20260102-100001"_s << 1 << QString();
    QTest::addRow("ambiguous prefix") << u"20260102-1000"_s << -1 << u"is ambiguous: it matches 3 runs"_s;
    QTest::addRow("unknown id") << u"19991231-235959-0000"_s << -1 << u"No run \"19991231-235959-0000\""_s;
    QTest::addRow("empty") << QString() << -1 << u"No run \"\""_s;
    QTest::addRow("path escape") << u"../runs"_s << -1 << u"No run \"../runs\""_s;
}

void TestJournal::resolveId()
{
    QFETCH(QString, request);
    QFETCH(int, expectedRun);
    QFETCH(QString, error);
    QStringList ids;
    // Made out of order: "last" is the newest start, not the last made.
    for (const int second : {1, 2, 0}) {
        const auto record = create(3, startAt(second));
        QVERIFY(record);
        ids.append(record->id);
    }
    ids = QStringList({ids.at(2), ids.at(0), ids.at(1)});
    if (request == u"#1"_s)
        request = ids.at(1);
    QString message;
    auto failure = JournalStore::OpenFailure::Damaged;
    const auto record = m_store->open(request, JournalStore::Access::Read, &message, &failure);
    QCOMPARE(failure, expectedRun >= 0 ? JournalStore::OpenFailure::None : JournalStore::OpenFailure::UnknownRun);
    if (expectedRun >= 0) {
        QVERIFY2(record, qPrintable(message));
        QCOMPARE(record->id, ids.at(expectedRun));
    } else {
        QVERIFY(!record);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

// The speed of list() belongs to a benchmark (machines are noisy); this checks the counts of a big one.
void TestJournal::bigJournalCountsExactly()
{
    constexpr qint64 Files = 2'000'000;
    auto record = create(Files);
    QVERIFY(record);
    for (qint64 p = 0; p < Files; p += 2)
        record->ledger->setStatus(p, FileStatus::Created);
    record->ledger->setStatus(1, FileStatus::Failed);
    record.reset();
    const QList<RunInfo> runs = m_store->list();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.constFirst().counts.of(FileStatus::Created), Files / 2);
    QCOMPARE(runs.constFirst().counts.of(FileStatus::Failed), 1);
    QCOMPARE(runs.constFirst().counts.of(FileStatus::Pending), Files / 2 - 1);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
