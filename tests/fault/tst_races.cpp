// Someone else changes the folder while Quire works: a file or symlink appears after the plan, a
// name becomes a directory, the folder is deleted or replaced by a file mid-run. Core API where the
// timing must be exact (plan, then interfere, then start; pause, interfere, resume), the real
// quire-cli (stopped with SIGSTOP while we interfere) for whole runs.
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "faulthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace FaultTest;
using Quire::FileStatus;
using Quire::IfExists;
using Quire::WriteMethod;

Q_DECLARE_METATYPE(Quire::IfExists)
Q_DECLARE_METATYPE(Quire::WriteMethod)

namespace {

QString nameOf(qint64 index)
{
    return QStringLiteral("r%1.txt").arg(index, 6, 10, QLatin1Char('0'));
}

QByteArray contentOf(qint64 index)
{
    return "In file " + QByteArray::number(index) + '\n';
}

Quire::JobSpec specFor(const QString &folder, qint64 count, IfExists policy)
{
    Quire::JobSpec spec;
    spec.folders = {folder};
    spec.from = 1;
    spec.to = count;
    spec.nameTemplate = QStringLiteral("r{index:000000}.txt");
    spec.contentTemplate = QStringLiteral("In file {index}{nl}");
    spec.ifExists = policy;
    spec.parallel = 2;
    return spec;
}

QStringList cliArgs(const QString &folder, qint64 count, const QString &policy)
{
    return {QStringLiteral("--folder"),    folder,
            QStringLiteral("--from"),      QStringLiteral("1"),
            QStringLiteral("--to"),        QString::number(count),
            QStringLiteral("--name"),      QStringLiteral("r{index:000000}.txt"),
            QStringLiteral("--content"),   QStringLiteral("In file {index}{nl}"),
            QStringLiteral("--if-exists"), policy,
            QStringLiteral("--quiet")};
}

bool hasAnyEntry(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    return it.hasNext();
}

// The state letter of /proc/PID/stat: 'T' once stopped, 'Z' once exited, '?' when gone.
char processState(pid_t pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype paren = stat.lastIndexOf(')');
    return paren > 0 && paren + 2 < stat.size() ? stat.at(paren + 2) : '?';
}

void checkSummary(const Quire::BatchRunner &runner, qint64 total)
{
    const Quire::RunSummary summary = runner.summary();
    const auto &c = summary.counts;
    QCOMPARE(c.written + c.skipped + c.failed + summary.notAttempted, total);
    const QList<Quire::FileFailure> failures = runner.record()->failures();
    QCOMPARE(qint64(failures.size()), c.failed);
    for (const Quire::FileFailure &failure : failures)
        QVERIFY2(!failure.message.isEmpty() && !failure.path.isEmpty(), qPrintable(failure.path));
}

// What a policy must have done with a name someone else took after the plan (a file or a symlink).
void checkIntruded(const Quire::BatchRunner &runner, IfExists policy, const QString &out, qint64 i, bool intruder,
                   bool link)
{
    const qint64 pos = i - 1;
    const QString path = out + u'/' + nameOf(i);
    const FileStatus status = runner.record()->ledger->status(pos);
    const QByteArray mine = intruder ? "intruder " + QByteArray::number(i) : QByteArray();
    const QString renamed = out + u'/' + runner.record()->fileName(pos);
    switch (policy) {
    case IfExists::Fail:
    case IfExists::Skip:
        QCOMPARE(status, policy == IfExists::Fail ? FileStatus::Failed : FileStatus::Skipped);
        QCOMPARE(QFileInfo(path).isSymLink(), link);
        if (intruder)
            QCOMPARE(readFile(path), mine);
        break;
    case IfExists::Overwrite:
        if (status == FileStatus::Replaced) { // replaced: a regular file with the new bytes
            QVERIFY(!QFileInfo(path).isSymLink());
            QCOMPARE(readFile(path), contentOf(i));
        } else { // refused: the link is left as it was
            QCOMPARE(status, FileStatus::Failed);
            QVERIFY2(link, qPrintable(runner.record()->ledger->message(pos)));
            QVERIFY(QFileInfo(path).isSymLink());
        }
        break;
    case IfExists::Rename:
        QCOMPARE(status, FileStatus::Created);
        QVERIFY(renamed != path);
        QCOMPARE(readFile(renamed), contentOf(i));
        QCOMPARE(QFileInfo(path).isSymLink(), link);
        if (intruder)
            QCOMPARE(readFile(path), mine);
        break;
    }
}

} // namespace

class TestRaces final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createdAfterPlan_data();
    void createdAfterPlan();
    void presentBeforePlan_data();
    void presentBeforePlan();
    void folderChangedMidRun_data();
    void folderChangedMidRun();
    void nameBecomesDirectory_data();
    void nameBecomesDirectory();
    void symlinkAtSubfolderAfterPlan();

private:
    void runPaused(Quire::BatchRunner &runner, const Quire::Plan &plan, const std::function<void()> &interfere,
                   bool *tooLate);
};

void TestRaces::initTestCase()
{
    qRegisterMetaType<Quire::RunSummary>();
}

void TestRaces::createdAfterPlan_data()
{
    QTest::addColumn<IfExists>("policy");
    QTest::addColumn<WriteMethod>("method");
    for (const IfExists policy : {IfExists::Fail, IfExists::Skip, IfExists::Overwrite, IfExists::Rename}) {
        QTest::addRow("%s, direct", qPrintable(Quire::ifExistsName(policy))) << policy << WriteMethod::Direct;
        QTest::addRow("%s, atomic", qPrintable(Quire::ifExistsName(policy))) << policy << WriteMethod::Atomic;
    }
}

// Plan, then a regular file, a symlink to a victim outside the folder and a dangling symlink appear
// at planned names, then the run starts: nothing is clobbered or written through.
void TestRaces::createdAfterPlan()
{
    QFETCH(IfExists, policy);
    QFETCH(WriteMethod, method);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const Quire::Plan plan = Quire::Planner::plan(specFor(out, 200, policy));
    QVERIFY(plan.isValid());

    const QString victim = tmp.filePath(QStringLiteral("victim.txt"));
    const QString nowhere = tmp.filePath(QStringLiteral("nowhere.txt"));
    QVERIFY(writeFile(victim, "the victim's own data\n"));
    const QList<qint64> intruders{5, 50, 150};
    for (const qint64 i : intruders)
        QVERIFY(writeFile(out + u'/' + nameOf(i), "intruder " + QByteArray::number(i)));
    QVERIFY(QFile::link(victim, out + u'/' + nameOf(100)));
    QVERIFY(QFile::link(nowhere, out + u'/' + nameOf(120)));

    Quire::BatchRunner runner;
    QSignalSpy finished(&runner, &Quire::BatchRunner::finished);
    QVERIFY(runner.start(plan, method));
    QVERIFY(finished.wait(60000));
    checkSummary(runner, 200);

    QCOMPARE(readFile(victim), QByteArray("the victim's own data\n"));
    QVERIFY2(!QFileInfo::exists(nowhere), "a dangling symlink was written through");
    for (qint64 i = 1; i <= 200; ++i) {
        const qint64 pos = i - 1;
        const QString path = out + u'/' + nameOf(i);
        const FileStatus status = runner.record()->ledger->status(pos);
        const bool intruder = intruders.contains(i);
        const bool link = i == 100 || i == 120;
        if (!intruder && !link) {
            QCOMPARE(status, FileStatus::Created);
            QCOMPARE(readFile(path), contentOf(i));
            continue;
        }
        checkIntruded(runner, policy, out, i, intruder, link);
        if (QTest::currentTestFailed())
            return;
    }
    for (const QString &name : entryNames(out))
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name + QStringLiteral(" left behind")));
}

void TestRaces::presentBeforePlan_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<int>>("exitCodes");
    const QStringList kinds{QStringLiteral("link to file"), QStringLiteral("link to folder"),
                            QStringLiteral("directory")};
    for (const QString &kind : kinds) {
        const bool dir = kind == QLatin1String("directory");
        QTest::addRow("fail, %s", qPrintable(kind)) << QStringLiteral("fail") << kind << QList<int>{2};
        QTest::addRow("skip, %s", qPrintable(kind)) << QStringLiteral("skip") << kind << QList<int>{0};
        QTest::addRow("overwrite, %s", qPrintable(kind))
            << QStringLiteral("overwrite") << kind << (dir ? QList<int>{1} : QList<int>{0, 1});
        QTest::addRow("rename, %s", qPrintable(kind)) << QStringLiteral("rename") << kind << QList<int>{0};
    }
}

// Through quire-cli: a symlink to a victim outside, or a directory, already sits at a target name.
void TestRaces::presentBeforePlan()
{
    QFETCH(QString, policy);
    QFETCH(QString, kind);
    QFETCH(QList<int>, exitCodes);
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const QString victimDir = tmp.filePath(QStringLiteral("victims"));
    QVERIFY(QDir().mkpath(out) && QDir().mkpath(victimDir));
    QVERIFY(writeFile(victimDir + QStringLiteral("/victim.txt"), "victim\n"));
    const QString target = out + u'/' + nameOf(3);
    if (kind == QLatin1String("link to file")) {
        QVERIFY(QFile::link(victimDir + QStringLiteral("/victim.txt"), target));
    } else if (kind == QLatin1String("link to folder")) {
        QVERIFY(QFile::link(victimDir, target));
    } else {
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeFile(target + QStringLiteral("/inner.txt"), "inner\n"));
    }
    const auto victimsBefore = snapshot(victimDir);
    const auto dirBefore = snapshot(target);
    const CliResult result = runCli(cliArgs(out, 5, policy));
    QVERIFY2(exitCodes.contains(result.exitCode), qPrintable(result.describe()));
    QCOMPARE(snapshot(victimDir), victimsBefore);
    if (kind == QLatin1String("directory"))
        QCOMPARE(snapshot(target), dirBefore);
    if (result.exitCode != 0)
        QVERIFY2(result.err.contains(nameOf(3)), qPrintable(result.describe()));
    if (result.exitCode == 2)
        QCOMPARE(entryNames(out), QStringList{nameOf(3)});
    for (qint64 i : {1, 2, 4, 5}) {
        if (result.exitCode != 2)
            QCOMPARE(readFile(out + u'/' + nameOf(i)), contentOf(i));
    }
}

void TestRaces::runPaused(Quire::BatchRunner &runner, const Quire::Plan &plan, const std::function<void()> &interfere,
                          bool *tooLate)
{
    *tooLate = false;
    QSignalSpy finished(&runner, &Quire::BatchRunner::finished);
    QVERIFY(runner.start(plan, Quire::defaultWriteMethod()));
    QTRY_VERIFY_WITH_TIMEOUT(runner.progress().done > 0 || !finished.isEmpty(), 30000);
    runner.pause();
    // Files in flight complete first: wait until the future is really suspended.
    QTRY_VERIFY_WITH_TIMEOUT(runner.isSuspended() || !finished.isEmpty(), 30000);
    if (!finished.isEmpty() || runner.progress().done == plan.fileCount()) {
        *tooLate = true;
        return;
    }
    interfere();
    if (QTest::currentTestFailed())
        return;
    runner.resume();
    QVERIFY(finished.wait(120000));
    checkSummary(runner, plan.fileCount());
}

void TestRaces::folderChangedMidRun_data()
{
    QTest::addColumn<bool>("replaceByFile");
    QTest::addColumn<bool>("throughCli");
    QTest::addRow("deleted, core API") << false << false;
    QTest::addRow("replaced by a file, core API") << true << false;
    QTest::addRow("deleted, quire-cli stopped") << false << true;
    QTest::addRow("replaced by a file, quire-cli stopped") << true << true;
}

void TestRaces::folderChangedMidRun()
{
    QFETCH(bool, replaceByFile);
    QFETCH(bool, throughCli);
    // quire-cli is stopped from outside once the first file shows: it needs a run long enough to catch.
    const qint64 Count = throughCli ? 100'000 : 30'000;
    TestDir tmp(fastTempBase() + QStringLiteral("/quire-races-XXXXXX"));
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const QString moved = tmp.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().mkpath(out));
    const auto interfere = [&] {
        if (replaceByFile)
            QVERIFY(QDir().rename(out, moved) && writeFile(out, "a file now\n"));
        else // a stopped quire-cli may still finish a write or two: retry until it is gone
            QTRY_VERIFY_WITH_TIMEOUT(QDir(out).removeRecursively(), 10000);
    };
    qint64 written = -1; // unknown through the CLI
    CliResult result;
    if (throughCli) {
        if (cliPath().isEmpty())
            QSKIP("QUIRE_CLI does not name an executable quire-cli");
        QProcess process;
        prepare(process, cliArgs(out, Count, QStringLiteral("fail")));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(hasAnyEntry(out) || !finished.isEmpty(), 30000);
        const pid_t pid = pid_t(process.processId());
        ::kill(pid, SIGSTOP);
        QTRY_VERIFY_WITH_TIMEOUT(processState(pid) != 'R' && processState(pid) != 'S', 10000);
        if (processState(pid) != 'T')
            QSKIP("quire-cli was done before the fault could be injected");
        interfere();
        if (QTest::currentTestFailed())
            return;
        ::kill(pid_t(process.processId()), SIGCONT);
        QVERIFY(finished.wait(120000));
        result = collect(process, true);
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.describe()));
    } else {
        Quire::BatchRunner runner;
        bool tooLate = false;
        runPaused(runner, Quire::Planner::plan(specFor(out, Count, IfExists::Fail)), interfere, &tooLate);
        if (QTest::currentTestFailed())
            return;
        if (tooLate)
            QSKIP("the run was over before the fault could be injected");
        written = runner.summary().counts.written;
        for (const Quire::FileFailure &failure : runner.record()->failures())
            result.err += failure.path + QStringLiteral(": ") + failure.message + u'\n';
        result.exitCode = runner.summary().success() ? 0 : 1;
    }
    if (replaceByFile) {
        QCOMPARE(readFile(out), QByteArray("a file now\n"));
        // Files written after the swap went on into the (moved) folder they started in, or failed.
        const FolderCheck check = checkFolder(moved, 1, Count, nameOf, contentOf);
        QVERIFY2(check.corrupt == 0 && check.strangers.isEmpty(), qPrintable(check.strangers.join(u' ')));
        if (written >= 0)
            QCOMPARE(check.exact, written);
        if (result.exitCode == 1)
            QVERIFY2(result.err.contains(QLatin1String("directory")), qPrintable(result.err.left(2000)));
        return;
    }
    QCOMPARE(result.exitCode, 1); // the folder is gone: the remaining files cannot be written
    QVERIFY2(result.err.contains(QLatin1String("No such file or directory")), qPrintable(result.err.left(2000)));
    if (QFileInfo(out).isDir()) { // recreated: only complete files may be in it
        const FolderCheck check = checkFolder(out, 1, Count, nameOf, contentOf);
        QVERIFY2(check.corrupt == 0 && check.strangers.isEmpty(), qPrintable(check.strangers.join(u' ')));
    }
}

void TestRaces::nameBecomesDirectory_data()
{
    QTest::addColumn<IfExists>("policy");
    for (const IfExists policy : {IfExists::Fail, IfExists::Skip, IfExists::Overwrite, IfExists::Rename})
        QTest::addRow("%s", qPrintable(Quire::ifExistsName(policy))) << policy;
}

// Mid-run, directories (with a file inside) appear at names not written yet.
void TestRaces::nameBecomesDirectory()
{
    QFETCH(IfExists, policy);
    constexpr qint64 Count = 30'000;
    TestDir tmp(fastTempBase() + QStringLiteral("/quire-races-XXXXXX"));
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const Quire::Plan plan = Quire::Planner::plan(specFor(out, Count, policy));
    QVERIFY(plan.isValid());
    Quire::BatchRunner runner;
    QList<qint64> dirs;
    bool tooLate = false;
    const auto interfere = [&] {
        for (qint64 pos = Count - 1; pos >= 0 && dirs.size() < 5; pos -= 997) {
            if (runner.record()->ledger->status(pos) != FileStatus::Pending)
                continue;
            const QString path = out + u'/' + nameOf(pos + 1);
            QVERIFY(QDir().mkpath(path) && writeFile(path + QStringLiteral("/inner.txt"), "inner\n"));
            dirs.append(pos);
        }
    };
    runPaused(runner, plan, interfere, &tooLate);
    if (QTest::currentTestFailed())
        return;
    if (tooLate)
        QSKIP("the run was over before the fault could be injected");
    QVERIFY(!dirs.isEmpty());
    for (const qint64 pos : std::as_const(dirs)) {
        const QString path = out + u'/' + nameOf(pos + 1);
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(readFile(path + QStringLiteral("/inner.txt")), QByteArray("inner\n"));
        const FileStatus status = runner.record()->ledger->status(pos);
        if (policy == IfExists::Rename) {
            QCOMPARE(status, FileStatus::Created);
            QCOMPARE(readFile(out + u'/' + runner.record()->fileName(pos)), contentOf(pos + 1));
        } else if (policy == IfExists::Skip) {
            QVERIFY(status == FileStatus::Skipped || status == FileStatus::Failed);
        } else {
            QCOMPARE(status, FileStatus::Failed);
            QVERIFY(!runner.record()->ledger->message(pos).isEmpty());
        }
    }
    QCOMPARE(runner.summary().counts.written + runner.summary().counts.skipped + runner.summary().counts.failed, Count);
}

// Nested names: after the plan, a symbolic link to a folder outside appears where a sub-folder will be
// made. The run never writes through it: the files below it fail with the reason, the others are written.
void TestRaces::symlinkAtSubfolderAfterPlan()
{
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const QString victim = tmp.filePath(QStringLiteral("victim"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(victim));
    Quire::JobSpec spec = specFor(out, 30, IfExists::Fail);
    spec.nameTemplate = QStringLiteral("{index/10}/r{index:00}.txt");
    const Quire::Plan plan = Quire::Planner::plan(spec);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.folders.first().subfoldersToCreate, qint64(4)); // 0, 1, 2, 3
    QVERIFY(QFile::link(victim, out + QStringLiteral("/1")));

    Quire::BatchRunner runner;
    QSignalSpy finished(&runner, &Quire::BatchRunner::finished);
    QVERIFY(runner.start(plan, WriteMethod::Direct));
    QVERIFY(finished.wait(60000));
    QVERIFY2(entryNames(victim).isEmpty(), "written through a symbolic link at a sub-folder name");
    for (qint64 i = 1; i <= 30; ++i) {
        const FileStatus status = runner.record()->ledger->status(i - 1);
        if (i / 10 == 1) {
            QCOMPARE(status, FileStatus::Failed);
            continue;
        }
        QCOMPARE(status, FileStatus::Created);
        QCOMPARE(
            readFile(out + u'/' + QString::number(i / 10) + QStringLiteral("/r%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
            contentOf(i));
    }
    const QList<Quire::FileFailure> failures = runner.record()->failures();
    QCOMPARE(failures.size(), 10);
    for (const Quire::FileFailure &failure : failures) {
        QVERIFY2(failure.message.contains(QStringLiteral("not a folder")), qPrintable(failure.message));
        QVERIFY2(failure.path.startsWith(out + QStringLiteral("/1/r1")), qPrintable(failure.path));
    }
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
