#include "core/journal/journalstore.h"
#include "core/journal/runactions.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Quire;
using namespace QuireTest;

Q_DECLARE_METATYPE(Quire::WriteMethod)
Q_DECLARE_METATYPE(Quire::RunPhase)

namespace {

constexpr int RunTimeoutMs = 60'000;

// Names and content computed here, independently of the template engine.
QString nameOf(qint64 index)
{
    return u"f%1.txt"_s.arg(index);
}

QByteArray contentOf(qint64 index)
{
    return QByteArray("In file ") + QByteArray::number(index) + '\n';
}

JobSpec makeSpec(const QString &folder, qint64 count, IfExists policy = IfExists::Fail)
{
    JobSpec spec;
    spec.folders = {folder};
    spec.from = 1;
    spec.to = count;
    spec.nameTemplate = u"f{index}.txt"_s;
    spec.contentTemplate = u"In file {index}{nl}"_s;
    spec.ifExists = policy;
    spec.seed = 7;
    return spec;
}

// Every Pending file of record written by a real BatchRunner; the summary, or a failure message.
bool runRecord(const std::shared_ptr<RunRecord> &record)
{
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    if (!finished.isValid() || !runner.start(record))
        return false;
    return finished.wait(RunTimeoutMs);
}

// afterPlanning: a fault the planner would refuse, made between the plan and the run.
std::shared_ptr<RunRecord> runJob(const JournalStore &store, const JobSpec &spec,
                                  const std::function<bool()> &afterPlanning = {})
{
    const Plan plan = Planner::plan(spec);
    if (!plan.isValid() || (afterPlanning && !afterPlanning()))
        return nullptr;
    QString error;
    auto record = JournalStore(store.root()).create(plan, &error);
    if (!record)
        return nullptr;
    return runRecord(record) ? record : nullptr;
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

class TestRunActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoKeepsChangedFiles_data();
    void undoKeepsChangedFiles();
    void undoRemovesCreatedFoldersWhenEmpty_data();
    void undoRemovesCreatedFoldersWhenEmpty();
    void dryRunChangesNothing();
    void secondUndoFindsNothing();
    void undoOfInterruptedRun();
    void undoAfterOverwrite_data();
    void undoAfterOverwrite();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void resumeRefused_data();
    void resumeRefused();
    void resumeMakesTheFoldersItWasToMake();
    void resumeRefusesAFolderRemovedByTheUser();
    void retryAfterFix_data();
    void retryAfterFix();
    void retryOnlyAfterTheEnd();

private:
    std::unique_ptr<TestDir> m_files;
    std::unique_ptr<TestDir> m_journals;
    std::unique_ptr<JournalStore> m_store;
};

void TestRunActions::init()
{
    m_files = std::make_unique<TestDir>();
    m_journals = std::make_unique<TestDir>();
    QVERIFY(m_files->isValid() && m_journals->isValid());
    m_store = std::make_unique<JournalStore>(m_journals->path());
}

void TestRunActions::cleanup()
{
    if (m_files)
        ::chmod(QFile::encodeName(m_files->path()).constData(), 0755);
    m_store.reset();
    m_journals.reset();
    m_files.reset();
}

void TestRunActions::undoKeepsChangedFiles_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("kept");
    QTest::addRow("unchanged") << u"none"_s << false;
    QTest::addRow("appended byte") << u"append"_s << true;
    QTest::addRow("same size, different byte") << u"flip"_s << true;
    QTest::addRow("replaced by a symlink") << u"symlink"_s << true;
    QTest::addRow("made a folder") << u"folder"_s << true;
}

void TestRunActions::undoKeepsChangedFiles()
{
    QFETCH(QString, change);
    QFETCH(bool, kept);
    const auto record = runJob(*m_store, makeSpec(m_files->path(), 3));
    QVERIFY(record);
    const QString changed = m_files->filePath(nameOf(2));
    if (change == u"append"_s) {
        QVERIFY(writeFile(changed, contentOf(2) + 'x'));
    } else if (change == u"flip"_s) {
        QByteArray bytes = contentOf(2);
        bytes[0] = 'X';
        QVERIFY(writeFile(changed, bytes));
    } else if (change == u"symlink"_s) {
        QVERIFY(QFile::remove(changed));
        QVERIFY(QFile::link(m_files->filePath(nameOf(1)), changed));
    } else if (change == u"folder"_s) {
        QVERIFY(QFile::remove(changed));
        QVERIFY(QDir().mkdir(changed));
    }
    const UndoResult result = RunActions::undo(*record, false);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.kept, kept ? 1 : 0);
    QCOMPARE(result.removed, kept ? 2 : 3);
    QCOMPARE(result.complete(), !kept);
    QVERIFY(!QFileInfo::exists(m_files->filePath(nameOf(1))));
    QVERIFY(!QFileInfo::exists(m_files->filePath(nameOf(3))));
    QCOMPARE(QFileInfo(changed).exists() || QFileInfo(changed).isSymLink(), kept);
    if (kept) {
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(result.items.constFirst().path, changed);
        QVERIFY(!result.items.constFirst().reason.isEmpty());
        QCOMPARE(record->ledger->status(1), FileStatus::Created);
    }
    QCOMPARE(record->ledger->status(0), FileStatus::Undone);
    QCOMPARE(record->phase, RunPhase::Undone);
}

void TestRunActions::undoRemovesCreatedFoldersWhenEmpty_data()
{
    QTest::addColumn<bool>("foreignFile");
    QTest::addRow("empty afterwards") << false;
    QTest::addRow("a foreign file inside") << true;
}

void TestRunActions::undoRemovesCreatedFoldersWhenEmpty()
{
    QFETCH(bool, foreignFile);
    const QString outer = m_files->filePath(u"a"_s);
    const QString inner = m_files->filePath(u"a/b"_s);
    const auto record = runJob(*m_store, makeSpec(inner, 3));
    QVERIFY(record);
    QCOMPARE(record->createdFolders, QStringList({outer, inner}));
    if (foreignFile)
        QVERIFY(m_files->createFile(u"a/b/mine.txt"_s, "mine"));
    const UndoResult result = RunActions::undo(*record, false);
    QCOMPARE(result.removed, 3);
    QCOMPARE(result.foldersRemoved, foreignFile ? QStringList() : QStringList({inner, outer}));
    QCOMPARE(QFileInfo::exists(outer), foreignFile);
    if (foreignFile)
        QCOMPARE(m_files->read(u"a/b/mine.txt"_s), QByteArray("mine"));
}

void TestRunActions::dryRunChangesNothing()
{
    const QString folder = m_files->filePath(u"out"_s);
    const auto record = runJob(*m_store, makeSpec(folder, 5));
    QVERIFY(record);
    QVERIFY(writeFile(m_files->filePath(u"out/"_s + nameOf(4)), "changed"));
    const auto before = snapshot(m_files->path());
    const auto journalBefore = snapshot(m_journals->path());
    const UndoResult result = RunActions::undo(*record, true);
    QCOMPARE(snapshot(m_files->path()), before);
    QCOMPARE(snapshot(m_journals->path()), journalBefore);
    QCOMPARE(result.removed, 4);
    QCOMPARE(result.kept, 1);
    QCOMPARE(result.items.size(), 5);         // a dry run lists every file
    QVERIFY(result.foldersRemoved.isEmpty()); // the changed file stays, so does its folder
    QCOMPARE(record->phase, RunPhase::Finished);
    QCOMPARE(record->counts().of(FileStatus::Created), 5);
}

void TestRunActions::secondUndoFindsNothing()
{
    auto record = runJob(*m_store, makeSpec(m_files->path(), 4));
    QVERIFY(record);
    const QString id = record->id;
    QVERIFY(RunActions::undo(*record, false).complete());
    QVERIFY(RunActions::undo(*record, false).nothingToUndo);
    record.reset(); // releases the journal's lock
    QString error;
    const auto reopened = m_store->open(id, JournalStore::Access::Write, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->phase, RunPhase::Undone);
    QCOMPARE(reopened->counts().of(FileStatus::Undone), 4);
    QVERIFY(RunActions::undo(*reopened, false).nothingToUndo);
}

// After a kill -9 of a direct run, an in-flight file cut short is the run's own: undo removes it too.
void TestRunActions::undoOfInterruptedRun()
{
    const auto record = runJob(*m_store, makeSpec(m_files->path(), 4));
    QVERIFY(record);
    QVERIFY(QFile::resize(m_files->filePath(nameOf(1)), 3));
    record->ledger->setStatus(0, FileStatus::InFlight);
    QVERIFY(writeFile(m_files->filePath(nameOf(2)), "foreign"));
    record->ledger->setStatus(1, FileStatus::InFlight);
    QVERIFY(QFile::remove(m_files->filePath(nameOf(3))));
    record->ledger->setStatus(2, FileStatus::InFlight);
    record->phase = RunPhase::Interrupted;
    const UndoResult result = RunActions::undo(*record, false);
    QCOMPARE(result.removed, 2);
    QCOMPARE(result.kept, 1);
    QCOMPARE(result.missing, 1);
    QCOMPARE(entryNames(m_files->path()), QStringList{nameOf(2)});
    QCOMPARE(m_files->read(nameOf(2)), QByteArray("foreign"));
}

void TestRunActions::undoAfterOverwrite_data()
{
    QTest::addColumn<bool>("backup");
    QTest::addColumn<bool>("otherFileSystem");
    QTest::addRow("with --backup") << true << false;
    QTest::addRow("without backup") << false << false;
    QTest::addRow("backup on another file system") << true << true;
}

void TestRunActions::undoAfterOverwrite()
{
    QFETCH(bool, backup);
    QFETCH(bool, otherFileSystem);
    if (otherFileSystem) // the files on tmpfs, the journal in the temp folder: renameat says EXDEV
        m_files = std::make_unique<TestDir>(fastTempBase() + u"/quire-undo-XXXXXX"_s);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(writeFile(m_files->filePath(nameOf(i)), "old " + QByteArray::number(i)));
        QVERIFY(QFile::setPermissions(m_files->filePath(nameOf(i)),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    }
    JobSpec spec = makeSpec(m_files->path(), 4, IfExists::Overwrite);
    spec.backup = backup && !otherFileSystem;
    const auto record = runJob(*m_store, spec, [&] {
        // Kept by hand, as a copy: what the writer does where a hard link cannot cross file systems.
        for (int i = 1; otherFileSystem && i <= 3; ++i) {
            const QString folder = QDir(m_journals->path()).filePath(u"backups"_s);
            if (!QDir().mkpath(folder) ||
                !QFile::copy(m_files->filePath(nameOf(i)), folder + u'/' + QString::number(i - 1)))
                return false;
        }
        return true;
    });
    QVERIFY(record);
    if (otherFileSystem) {
        record->job.backup = true;
        record->backupFolder = QDir(m_journals->path()).filePath(u"backups"_s);
    }
    QCOMPARE(record->counts().of(FileStatus::Replaced), 3);
    QCOMPARE(m_files->read(nameOf(1)), contentOf(1));
    const UndoResult result = RunActions::undo(*record, false);
    QCOMPARE(result.removed, 1); // f4.txt was new
    QCOMPARE(result.restored, backup ? 3 : 0);
    QCOMPARE(result.notRestorable, backup ? 0 : 3);
    QCOMPARE(result.complete(), backup);
    for (int i = 1; i <= 3; ++i) {
        const QString path = m_files->filePath(nameOf(i));
        QCOMPARE(readFile(path), backup ? "old " + QByteArray::number(i) : contentOf(i));
        if (backup)
            QCOMPARE(modeOf(path), mode_t(0640));
    }
    QVERIFY(!QFileInfo::exists(m_files->filePath(nameOf(4))));
    QCOMPARE(entryNames(m_files->path()).size(), 3); // no temporary copy left behind
}

void TestRunActions::resumeAfterInterruption_data()
{
    QTest::addColumn<WriteMethod>("method");
    QTest::addRow("direct") << WriteMethod::Direct;
    QTest::addRow("atomic") << WriteMethod::Atomic;
}

// Statuses set by hand as a kill -9 leaves them; the resumed folder must equal an uninterrupted run.
void TestRunActions::resumeAfterInterruption()
{
    QFETCH(WriteMethod, method);
    JobSpec spec = makeSpec(m_files->filePath(u"run"_s), 12);
    spec.nameTemplate = u"{uuid}-{random:8}.txt"_s;
    spec.contentTemplate = u"{index} {random:8} {uuid}{nl}"_s;
    spec.writeMethod = method;
    JobSpec reference = spec;
    reference.folders = {m_files->filePath(u"reference"_s)};
    QVERIFY(runJob(*m_store, reference));
    const auto record = runJob(*m_store, spec);
    QVERIFY(record);
    RunLedger &ledger = *record->ledger;
    for (qint64 p : {0, 1, 2}) { // never attempted
        QVERIFY(QFile::remove(record->filePath(p)));
        ledger.setStatus(p, FileStatus::Pending);
    }
    QVERIFY(QFile::resize(record->filePath(3), 5)); // in flight, cut short
    ledger.setStatus(3, FileStatus::InFlight);
    ledger.setStatus(4, FileStatus::InFlight);          // in flight, complete
    QVERIFY(writeFile(record->filePath(5), "foreign")); // in flight, someone else's file
    ledger.setStatus(5, FileStatus::InFlight);
    QVERIFY(QFile::remove(record->filePath(6))); // in flight, not opened yet
    ledger.setStatus(6, FileStatus::InFlight);
    record->phase = RunPhase::Interrupted;
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    // An atomic run never leaves a partial file under its name: a prefix there is not its own.
    const bool direct = method == WriteMethod::Direct;
    QCOMPARE(check.incompleteRemoved, direct ? 1 : 0);
    QCOMPARE(check.foundComplete, 1);
    QCOMPARE(check.leftAlone.size(), direct ? 1 : 2);
    QCOMPARE(check.toWrite, direct ? 5 : 4);
    QVERIFY(runRecord(record));
    QCOMPARE(readFile(record->filePath(5)), QByteArray("foreign"));
    QCOMPARE(ledger.status(5), FileStatus::Failed);
    const QDir referenceDir(reference.folders.constFirst());
    for (qint64 p = 0; p < record->fileCount; ++p) {
        if (p == 5 || (!direct && p == 3))
            continue;
        const QString name = record->fileName(p);
        QCOMPARE(readFile(record->filePath(p)), readFile(referenceDir.filePath(name)));
    }
    QCOMPARE(entryNames(record->folderOf(0)), entryNames(referenceDir.path()));
}

void TestRunActions::resumeRefused_data()
{
    QTest::addColumn<RunPhase>("phase");
    QTest::addColumn<QString>("message");
    QTest::addRow("finished") << RunPhase::Finished << u"nothing to resume"_s;
    QTest::addRow("undone") << RunPhase::Undone << u"was undone"_s;
    QTest::addRow("running") << RunPhase::Running << u"still running"_s;
}

void TestRunActions::resumeRefused()
{
    QFETCH(RunPhase, phase);
    QFETCH(QString, message);
    const auto record = runJob(*m_store, makeSpec(m_files->path(), 2));
    QVERIFY(record);
    record->phase = phase;
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    QVERIFY2(check.error.contains(message), qPrintable(check.error));
    QVERIFY(check.error.contains(record->id));
    QCOMPARE(record->counts().of(FileStatus::Created), 2);
}

// Killed after its journal was saved, before mkdir -p: the reopened run makes its folders itself.
void TestRunActions::resumeMakesTheFoldersItWasToMake()
{
    const QString folder = m_files->filePath(u"new/deeper"_s);
    auto record = runJob(*m_store, makeSpec(folder, 3));
    QVERIFY(record);
    QCOMPARE(record->createdFolders, QStringList({m_files->filePath(u"new"_s), folder}));
    for (qint64 p = 0; p < record->fileCount; ++p)
        record->ledger->setStatus(p, FileStatus::Pending);
    record->phase = RunPhase::Interrupted;
    QVERIFY(record->journal->save(*record).isEmpty());
    const QString id = record->id;
    record.reset(); // releases the journal's lock
    QVERIFY(QDir(m_files->filePath(u"new"_s)).removeRecursively());
    QString error;
    record = m_store->open(id, JournalStore::Access::Write, &error);
    QVERIFY2(record, qPrintable(error));
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QCOMPARE(check.toWrite, 3);
    QVERIFY(runRecord(record));
    QCOMPARE(record->counts().of(FileStatus::Created), 3);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(readFile(QDir(folder).filePath(nameOf(i))), contentOf(i));
}

// A folder that existed before the run and is gone now was removed on purpose: never made again.
void TestRunActions::resumeRefusesAFolderRemovedByTheUser()
{
    QVERIFY(m_files->createDir(u"out"_s));
    const QString folder = m_files->filePath(u"out"_s);
    auto record = runJob(*m_store, makeSpec(folder, 2));
    QVERIFY(record);
    QVERIFY(record->createdFolders.isEmpty());
    record->ledger->setStatus(1, FileStatus::Pending);
    record->phase = RunPhase::Interrupted;
    QVERIFY(record->journal->save(*record).isEmpty());
    const QString id = record->id;
    record.reset();
    QVERIFY(QDir(folder).removeRecursively());
    QString error;
    record = m_store->open(id, JournalStore::Access::Write, &error);
    QVERIFY2(record, qPrintable(error));
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    QVERIFY2(check.error.contains(folder + u", which no longer exists"_s), qPrintable(check.error));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestRunActions::retryAfterFix_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addRow("a folder at a planned name") << u"folder"_s;
    QTest::addRow("an unwritable folder") << u"readonly"_s;
}

void TestRunActions::retryAfterFix()
{
    QFETCH(QString, fault);
    if (fault == u"readonly"_s && ::geteuid() == 0)
        QSKIP("root writes into a folder without write permission");
    const QString folder = m_files->filePath(u"out"_s);
    QVERIFY(m_files->createDir(u"out"_s));
    const auto record = runJob(*m_store, makeSpec(folder, 3), [&] {
        if (fault == u"folder"_s)
            return m_files->createDir(u"out/"_s + nameOf(2));
        return ::chmod(QFile::encodeName(folder).constData(), 0555) == 0;
    });
    QVERIFY(record);
    const qint64 failed = fault == u"folder"_s ? 1 : 3;
    QCOMPARE(record->counts().of(FileStatus::Failed), failed);
    if (fault == u"folder"_s)
        QVERIFY(QDir(folder).rmdir(nameOf(2)));
    else
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QString error;
    QCOMPARE(RunActions::prepareRetry(*record, &error), failed);
    QVERIFY(runRecord(record));
    QCOMPARE(record->counts().of(FileStatus::Created), 3);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(readFile(QDir(folder).filePath(nameOf(i))), contentOf(i));
    QCOMPARE(RunActions::prepareRetry(*record, &error), -1);
    QVERIFY2(error.contains(u"has no failed files"_s) && error.contains(record->id), qPrintable(error));
}

// A run stopped at its first error has failed files and files never attempted: retry writes only the
// failed ones, so it asks for resume first; after the resume, retry takes the failed files.
void TestRunActions::retryOnlyAfterTheEnd()
{
    const QString folder = m_files->filePath(u"out"_s);
    QVERIFY(m_files->createDir(u"out"_s));
    JobSpec spec = makeSpec(folder, 2000);
    spec.stopOnError = true;
    spec.parallel = 1;
    const auto record = runJob(*m_store, spec, [&] { return m_files->createDir(u"out/"_s + nameOf(3)); });
    QVERIFY(record);
    QCOMPARE(record->phase, RunPhase::StoppedOnError);
    QVERIFY(record->counts().of(FileStatus::Pending) > 0);
    QString error;
    QCOMPARE(RunActions::prepareRetry(*record, &error), -1);
    QVERIFY2(error.contains(u"resume it first"_s) && error.contains(record->id), qPrintable(error));
    QCOMPARE(record->counts().of(FileStatus::Failed), 1); // nothing was reset
    QVERIFY(RunActions::prepareResume(*record).error.isEmpty());
    QVERIFY(runRecord(record));
    QCOMPARE(record->phase, RunPhase::Finished);
    QVERIFY(QDir(folder).rmdir(nameOf(3)));
    QCOMPARE(RunActions::prepareRetry(*record, &error), 1);
    QVERIFY(runRecord(record));
    QCOMPARE(record->counts().of(FileStatus::Created), 2000);
}

QTEST_GUILESS_MAIN(TestRunActions)
#include "tst_runactions.moc"
