#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "core/run/writerlimit.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <sys/resource.h>
#include <thread>

using namespace Qt::StringLiterals;
using Quire::BatchRunner;
using Quire::FileStatus;
using Quire::IfExists;
using Quire::JobSpec;
using Quire::Plan;
using Quire::Planner;
using Quire::RunProgress;
using Quire::RunSummary;
using Quire::WriteMethod;
using namespace QuireTest;

namespace {

constexpr int RunTimeoutMs = 60'000;

// Names and content computed here, independently of the template engine.
QString expectedName(qint64 index)
{
    return u"f%1.txt"_s.arg(index);
}

QByteArray expectedContent(qint64 index)
{
    return QByteArray("In file ") + QByteArray::number(index) + '\n';
}

JobSpec makeSpec(const QStringList &folders, qint64 count, IfExists policy = IfExists::Fail, bool stopOnError = false)
{
    JobSpec spec;
    spec.folders = folders;
    spec.from = 1;
    spec.to = count;
    spec.nameTemplate = u"f{index}.txt"_s;
    spec.contentTemplate = u"In file {index}{nl}"_s;
    spec.ifExists = policy;
    spec.stopOnError = stopOnError;
    return spec;
}

Plan makePlan(const QStringList &folders, qint64 count, IfExists policy = IfExists::Fail, bool stopOnError = false)
{
    return Planner::plan(makeSpec(folders, count, policy, stopOnError));
}

// Three writers whatever the machine's cores: for the tests that count writers at work.
Plan threeWriterPlan(const QString &folder, qint64 count)
{
    JobSpec spec = makeSpec({folder}, count);
    spec.parallel = 3;
    return Planner::plan(spec);
}

/**
 * Checks the disk against the runner: every position it reports written exists with exact content,
 * no other file exists (except the given leftovers), and the summary's counts match the disk.
 * Returns an empty string when all is well.
 */
QString verifyDisk(const BatchRunner &runner, const QSet<QString> &leftovers = {})
{
    const Plan &plan = (*runner.record()->plan);
    QList<QSet<QString>> expected(plan.folders.size());
    qint64 written = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        const qint64 index = plan.indexAt(p);
        const QString path = QDir(plan.folders.at(plan.folderOf(p)).path).filePath(expectedName(index));
        switch (runner.record()->ledger->status(p)) {
        case FileStatus::Created:
            ++written;
            expected[plan.folderOf(p)].insert(expectedName(index));
            if (readFile(path) != expectedContent(index))
                return u"wrong content in %1: %2"_s.arg(path, QString::fromLatin1(readFile(path).toHex(' ')));
            break;
        case FileStatus::Pending:
            ++pending;
            if (QFileInfo::exists(path) && !leftovers.contains(path))
                return u"%1 exists but its status is pending"_s.arg(path);
            break;
        case FileStatus::Failed:
            ++failed;
            break;
        case FileStatus::Skipped:
            break;
        default:
            return u"%1 has status %2 after the run"_s.arg(path, fileStatusName(runner.record()->ledger->status(p)));
        }
    }
    for (int f = 0; f < plan.folders.size(); ++f) {
        QSet<QString> onDisk;
        for (const QString &name : entryNames(plan.folders.at(f).path)) {
            if (!leftovers.contains(QDir(plan.folders.at(f).path).filePath(name)))
                onDisk.insert(name);
        }
        if (onDisk != expected.at(f)) {
            const QSet<QString> extra = onDisk - expected.at(f);
            const QSet<QString> missing = expected.at(f) - onDisk;
            return u"folder %1: %2 unexpected entries (%3), %4 missing"_s.arg(plan.folders.at(f).path)
                .arg(extra.size())
                .arg(QStringList(extra.cbegin(), extra.cend()).join(u' ').left(200))
                .arg(missing.size());
        }
    }
    const RunSummary s = runner.summary();
    if (s.counts.written != written || s.counts.failed != failed || s.notAttempted != pending)
        return u"summary says written %1 failed %2 not attempted %3; statuses say %4 %5 %6"_s.arg(s.counts.written)
            .arg(s.counts.failed)
            .arg(s.notAttempted)
            .arg(written)
            .arg(failed)
            .arg(pending);
    if (s.counts.done != s.counts.written + s.counts.skipped + s.counts.failed ||
        s.counts.done + s.notAttempted != plan.fileCount())
        return u"summary counts do not add up to %1"_s.arg(plan.fileCount());
    return {};
}

} // namespace

class TestBatchRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenThousandFiles();
    void invalidPlanDoesNotStart();
    void cancelMidRun();
    void pauseResume();
    void pauseRightAfterStart();
    void failingFileAmongGood_data();
    void failingFileAmongGood();
    void stopOnError();
    void failuresBatched();
    void failureBacklogDrainsInBoundedBatches();
    void skipAndRenamePolicies();
    void severalFolders();
    void writerNice_data();
    void writerNice();
    void leaveCoreWhenBusy_data();
    void leaveCoreWhenBusy();
    void threadsMadeAheadAndKept();
};

void TestBatchRunner::initTestCase()
{
    qRegisterMetaType<Quire::RunProgress>();
    qRegisterMetaType<Quire::RunSummary>();
    qRegisterMetaType<QList<Quire::FileFailure>>();
}

void TestBatchRunner::tenThousandFiles()
{
    // The default method, as users get it; severalFolders() runs the other one.
    const WriteMethod method = Quire::defaultWriteMethod();
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 10'000);
    QVERIFY(plan.isValid());

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QSignalSpy failures(&runner, &BatchRunner::failuresAdded);
    QVERIFY(finished.isValid() && progress.isValid() && failures.isValid());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runner.start(plan, method));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(plan, method)); // one run at a time
    QVERIFY(finished.wait(RunTimeoutMs));
    const qint64 elapsedMs = clock.elapsed();

    QCOMPARE(finished.size(), 1);
    const auto summary = finished.constFirst().constFirst().value<RunSummary>();
    QCOMPARE(summary.counts.total, qint64(10'000));
    QCOMPARE(summary.counts.written, qint64(10'000));
    QCOMPARE(summary.counts.failed, qint64(0));
    QCOMPARE(summary.notAttempted, qint64(0));
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.success());
    QCOMPARE(summary.counts.bytes, plan.totalBytes);
    QVERIFY(failures.isEmpty());
    QVERIFY(!runner.isRunning());
    QCOMPARE(dir.entries().size(), 10'000);
    const QString problem = verifyDisk(runner);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(runner.record()->ledger->status(0), FileStatus::Created);
    QCOMPARE(runner.record()->ledger->status(9'999), FileStatus::Created);
    QCOMPARE(runner.record()->fileName(41), u"f42.txt"_s);
    QVERIFY(runner.record()->ledger->message(41).isEmpty());

    // Batched progress: at most ~30 a second (generous bound), however many files.
    const qint64 bound = elapsedMs * 30 / 1000 * 2 + 5;
    QVERIFY2(progress.size() <= bound,
             qPrintable(u"%1 progress signals in %2 ms"_s.arg(progress.size()).arg(elapsedMs)));
}

void TestBatchRunner::invalidPlanDoesNotStart()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = QStringList{dir.path()};
    spec.step = 0;
    const Plan plan = Planner::plan(spec);
    QVERIFY(!plan.isValid());
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(!runner.start(plan));
    QVERIFY(!runner.isRunning());
    QVERIFY(!finished.wait(100));
    QVERIFY(dir.entries().isEmpty());
}

void TestBatchRunner::cancelMidRun()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 100'000);
    QVERIFY(plan.isValid());

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QVERIFY(runner.start(plan));
    QTRY_VERIFY_WITH_TIMEOUT(runner.progress().done >= 500, RunTimeoutMs);
    runner.cancel();
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(!runner.isRunning());

    const RunSummary summary = runner.summary();
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.success());
    QVERIFY2(summary.notAttempted > 0, "the run finished before the cancel: make the job bigger");
    QCOMPARE(summary.counts.failed, qint64(0));
    // No partial or temporary file: every file on disk is complete and counted, and only those.
    const QString problem = verifyDisk(runner);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(qint64(dir.entries().size()), summary.counts.written);
}

void TestBatchRunner::pauseResume()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 10'000);
    QVERIFY(plan.isValid());

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy paused(&runner, &BatchRunner::pausedChanged);
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QVERIFY(runner.start(plan));
    QTRY_VERIFY_WITH_TIMEOUT(runner.progress().done > 0, RunTimeoutMs);
    runner.pause();
    QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
    QCOMPARE(paused.constFirst().constFirst().toBool(), true);
    QVERIFY(runner.isPaused());
    // In-flight chunks finish; then nothing moves. (Qt reports the future as suspended only once
    // every worker noticed, which under sanitizers can take long: wait for the count to settle.)
    QTRY_VERIFY_WITH_TIMEOUT(runner.isSuspended(), 10'000);
    qint64 settled = -1;
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10'000 && settled != runner.progress().done) {
        settled = runner.progress().done;
        progress.wait(300);
    }
    QCOMPARE(runner.progress().done, settled);
    const qint64 doneAtPause = runner.progress().done;
    QVERIFY2(doneAtPause < plan.fileCount(), "the run finished before the pause took effect");
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 400)
        progress.wait(50);
    QCOMPARE(runner.progress().done, doneAtPause);
    QVERIFY(runner.progress().paused);
    QCOMPARE(qint64(dir.entries().size()), doneAtPause);
    QVERIFY(finished.isEmpty());

    runner.resume();
    QCOMPARE(paused.size(), 2);
    QCOMPARE(paused.at(1).constFirst().toBool(), false);
    QVERIFY(!runner.isPaused());
    QVERIFY(finished.wait(RunTimeoutMs));
    const RunSummary summary = runner.summary();
    QCOMPARE(summary.counts.written, plan.fileCount());
    QVERIFY(summary.success());
    const QString problem = verifyDisk(runner);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchRunner::pauseRightAfterStart()
{
    // A user may press Pause at once: nothing may be lost, and Resume must finish the job.
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 5000);
    QVERIFY(plan.isValid());
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy paused(&runner, &BatchRunner::pausedChanged);
    QVERIFY(runner.start(plan));
    runner.pause();
    QCOMPARE(paused.size(), 1);
    QVERIFY(!finished.wait(300));
    const qint64 doneWhilePaused = runner.progress().done;
    QVERIFY(!finished.wait(300));
    QCOMPARE(runner.progress().done, doneWhilePaused);
    QVERIFY(doneWhilePaused < plan.fileCount());
    runner.resume();
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(runner.summary().counts.written, plan.fileCount());
    const QString problem = verifyDisk(runner);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchRunner::failingFileAmongGood_data()
{
    QTest::addColumn<IfExists>("policy");
    QTest::addColumn<bool>("directoryInTheWay");
    QTest::addRow("directory in the way under overwrite") << IfExists::Overwrite << true;
    QTest::addRow("file appeared after planning under fail") << IfExists::Fail << false;
}

void TestBatchRunner::failingFileAmongGood()
{
    QFETCH(IfExists, policy);
    QFETCH(bool, directoryInTheWay);
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 200, policy);
    QVERIFY(plan.isValid());
    constexpr qint64 badPosition = 120;
    const QString badPath = dir.filePath(expectedName(121));
    if (directoryInTheWay) {
        QVERIFY(QDir().mkdir(badPath));
        QVERIFY(writeFile(badPath + u"/keep"_s, "keep"));
    } else {
        QVERIFY(writeFile(badPath, "intruder"));
    }

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy failuresAdded(&runner, &BatchRunner::failuresAdded);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(RunTimeoutMs));

    const RunSummary summary = runner.summary();
    QCOMPARE(summary.counts.written, qint64(199));
    QCOMPARE(summary.counts.failed, qint64(1));
    QVERIFY(!summary.success());
    const QList<Quire::FileFailure> failures = runner.record()->failures();
    QCOMPARE(failures.size(), 1);
    const Quire::FileFailure failure = failures.constFirst();
    QCOMPARE(failure.position, badPosition);
    QCOMPARE(failure.index, qint64(121));
    QCOMPARE(failure.path, badPath);
    QVERIFY(!failure.message.isEmpty());
    if (!directoryInTheWay)
        QVERIFY2(failure.message.contains(u"exists"_s, Qt::CaseInsensitive), qPrintable(failure.message));
    QCOMPARE(runner.record()->ledger->status(badPosition), FileStatus::Failed);
    QCOMPARE(runner.record()->ledger->message(badPosition), failure.message);
    QCOMPARE(runner.record()->ledger->status(badPosition - 1), FileStatus::Created);
    QVERIFY(runner.record()->ledger->message(badPosition - 1).isEmpty());
    QTRY_COMPARE(failuresAdded.size(), 1);
    QCOMPARE(failuresAdded.constFirst().constFirst().value<QList<Quire::FileFailure>>().size(), 1);

    if (directoryInTheWay) {
        QVERIFY(QFileInfo(badPath).isDir());
        QCOMPARE(readFile(badPath + u"/keep"_s), QByteArray("keep"));
    } else {
        QCOMPARE(readFile(badPath), QByteArray("intruder"));
    }
    const QString problem = verifyDisk(runner, {badPath});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchRunner::stopOnError()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 30'000, IfExists::Fail, true);
    QVERIFY(plan.isValid());
    const QString intruder = dir.filePath(expectedName(1));
    QVERIFY(writeFile(intruder, "intruder"));

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(RunTimeoutMs));
    const RunSummary summary = runner.summary();
    QVERIFY(summary.stoppedOnError);
    QVERIFY(!summary.success());
    QCOMPARE(summary.counts.failed, qint64(1));
    QVERIFY2(summary.notAttempted > plan.fileCount() / 2,
             qPrintable(u"only %1 of %2 files left undone"_s.arg(summary.notAttempted).arg(plan.fileCount())));
    QCOMPARE(readFile(intruder), QByteArray("intruder"));
    const QString problem = verifyDisk(runner, {intruder});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchRunner::failuresBatched()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    constexpr qint64 count = 3000;
    const Plan plan = makePlan({dir.path()}, count);
    QVERIFY(plan.isValid());
    QSet<QString> intruders;
    for (qint64 i = 1; i <= count; i += 2) {
        intruders.insert(dir.filePath(expectedName(i)));
        QVERIFY(dir.createFile(expectedName(i), "x"));
    }

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy failuresAdded(&runner, &BatchRunner::failuresAdded);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(RunTimeoutMs));
    const qint64 elapsedMs = clock.elapsed();
    QTRY_VERIFY(!failuresAdded.isEmpty());

    qint64 reported = 0;
    for (const QList<QVariant> &args : std::as_const(failuresAdded))
        reported += args.constFirst().value<QList<Quire::FileFailure>>().size();
    QCOMPARE(reported, count / 2);
    QCOMPARE(runner.record()->failures().size(), count / 2);
    QCOMPARE(runner.summary().counts.written, count / 2);
    const qint64 bound = elapsedMs * 30 / 1000 * 2 + 5;
    QVERIFY2(failuresAdded.size() <= bound,
             qPrintable(u"%1 failuresAdded signals in %2 ms"_s.arg(failuresAdded.size()).arg(elapsedMs)));
    const QString problem = verifyDisk(runner, intruders);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Every file fails at once (they appeared after planning): far more failures than one tick sends. The
// rest must still come in bounded batches, all of them before finished().
void TestBatchRunner::failureBacklogDrainsInBoundedBatches()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    constexpr qint64 count = 40'000;
    const Plan plan = makePlan({dir.path()}, count);
    QVERIFY(plan.isValid());
    for (qint64 i = 1; i <= count; ++i)
        QVERIFY(dir.createFile(expectedName(i), "x"));

    BatchRunner runner;
    qint64 received = 0;
    qsizetype largest = 0;
    qint64 receivedAtFinish = -1;
    connect(&runner, &BatchRunner::failuresAdded, this, [&](const QList<Quire::FileFailure> &failures) {
        received += failures.size();
        largest = std::max(largest, failures.size());
    });
    connect(&runner, &BatchRunner::finished, this, [&] { receivedAtFinish = received; });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(receivedAtFinish, count);
    QVERIFY2(largest <= 5000, qPrintable(u"a batch of %1 failures"_s.arg(largest)));
    QCOMPARE(runner.summary().counts.failed, count);
    QVERIFY(!runner.isRunning());
}

void TestBatchRunner::skipAndRenamePolicies()
{
    for (IfExists policy : {IfExists::Skip, IfExists::Rename}) {
        TestDir dir;
        QVERIFY(dir.isValid());
        const QString old = dir.filePath(expectedName(3));
        QVERIFY(writeFile(old, "old"));
        const Plan plan = makePlan({dir.path()}, 5, policy);
        QVERIFY(plan.isValid());
        BatchRunner runner;
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(plan));
        QVERIFY(finished.wait(RunTimeoutMs));
        const RunSummary summary = runner.summary();
        QVERIFY(summary.success());
        QCOMPARE(readFile(old), QByteArray("old"));
        if (policy == IfExists::Skip) {
            QCOMPARE(summary.counts.skipped, qint64(1));
            QCOMPARE(summary.counts.written, qint64(4));
            QCOMPARE(runner.record()->ledger->status(2), FileStatus::Skipped);
            QCOMPARE(runner.record()->ledger->status(0), FileStatus::Created);
            QCOMPARE(dir.entries().size(), 5);
        } else {
            QCOMPARE(summary.counts.written, qint64(5));
            QCOMPARE(runner.record()->ledger->status(2), FileStatus::Created);
            QCOMPARE(runner.record()->fileName(2), u"f3 (2).txt"_s);
            QCOMPARE(runner.record()->fileName(1), expectedName(2));
            QCOMPARE(dir.read(u"f3 (2).txt"_s), expectedContent(3));
            QCOMPARE(dir.entries().size(), 6);
        }
    }
}

void TestBatchRunner::severalFolders()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QStringList folders{dir.filePath(u"a"_s), dir.filePath(u"b/c"_s), dir.filePath(u"d"_s)};
    QVERIFY(QDir().mkdir(folders.at(0)));
    const Plan plan = makePlan(folders, 400);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.fileCount(), qint64(1200));

    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    const WriteMethod other =
        Quire::defaultWriteMethod() == WriteMethod::Atomic ? WriteMethod::Direct : WriteMethod::Atomic;
    QVERIFY(runner.start(plan, other));
    QVERIFY(finished.wait(RunTimeoutMs));
    const RunSummary summary = runner.summary();
    QVERIFY(summary.success());
    QVERIFY(summary.jobErrors.isEmpty());
    QCOMPARE(summary.counts.written, qint64(1200));
    for (const QString &folder : folders)
        QCOMPARE(entryNames(folder).size(), 400);
    QCOMPARE(runner.record()->ledger->status(400), FileStatus::Created);
    const QString problem = verifyDisk(runner);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchRunner::writerNice_data()
{
    QTest::addColumn<int>("increment");
    QTest::addRow("off by default, as quire-cli runs") << 0;
    QTest::addRow("5 below the caller, as the desktop app runs") << 5;
}

// The nice value is per thread on Linux: each writer reads its own while writing.
void TestBatchRunner::writerNice()
{
    QFETCH(int, increment);
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = makePlan({dir.path()}, 200);
    BatchRunner runner;
    QCOMPARE(runner.writerNiceIncrement(), 0);
    if (increment > 0)
        runner.setWriterNiceIncrement(increment);
    QCOMPARE(runner.writerNiceIncrement(), increment);
    errno = 0;
    const int caller = ::getpriority(PRIO_PROCESS, 0);
    QCOMPARE(errno, 0);
    std::atomic_int lowest{100};
    std::atomic_int highest{-100};
    runner.setFileHookForTesting([&lowest, &highest](qint64) {
        const int nice = ::getpriority(PRIO_PROCESS, 0);
        lowest = std::min(lowest.load(), nice);
        highest = std::max(highest.load(), nice);
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(dir.entries().size(), 200);
    QCOMPARE(lowest.load(), std::min(19, caller + increment));
    QCOMPARE(highest.load(), std::min(19, caller + increment));
    QCOMPARE(::getpriority(PRIO_PROCESS, 0), caller); // the calling thread is left alone
}

void TestBatchRunner::leaveCoreWhenBusy_data()
{
    QTest::addColumn<bool>("leave");
    QTest::addColumn<double>("othersCores");
    QTest::addColumn<int>("expectedMost"); // writers at once once the load was seen
    QTest::addRow("busy machine: one writer fewer") << true << 1.5 << 2;
    QTest::addRow("quiet machine: every writer") << true << 0.1 << 3;
    QTest::addRow("off (quire-cli): every writer") << false << 1.5 << 3;
}

// Three writers; the load source says how busy other processes keep the CPUs. Once the runner has seen
// it (its first tick), at most expectedMost write at once; and a load that ends lifts the limit.
void TestBatchRunner::leaveCoreWhenBusy()
{
    QFETCH(bool, leave);
    QFETCH(double, othersCores);
    QFETCH(int, expectedMost);
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = threeWriterPlan(dir.path(), 1200);
    QVERIFY(plan.isValid());
    BatchRunner runner;
    runner.setLeaveCoreWhenBusy(leave);
    QCOMPARE(runner.leavesCoreWhenBusy(), leave);
    std::atomic<double> load{othersCores};
    std::atomic_bool seen{false};
    runner.setCpuLoadSourceForTesting([&load, &seen] {
        seen = true;
        return std::optional<double>(load.load());
    });
    std::atomic_int writing{0};
    std::atomic_int most{0};
    std::atomic_bool measuring{false};
    runner.setFileHookForTesting([&](qint64) {
        const int now = writing.fetch_add(1) + 1;
        if (measuring) {
            int seenMost = most.load();
            while (now > seenMost && !most.compare_exchange_weak(seenMost, now)) {
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        writing.fetch_sub(1);
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    if (leave)
        QTRY_VERIFY(seen.load());
    // A writer inside a chunk (12 files here, 24 ms) finishes it: measure from the chunk after.
    QTest::qWait(60);
    measuring = true;
    QTest::qWait(300);
    QCOMPARE(runner.writerLimit(), leave && othersCores >= 0.5 ? 2 : int(Quire::WriterLimit::Unlimited));
    measuring = false;
    load = 0.0; // the other processes stop: every writer again
    QTRY_COMPARE(runner.writerLimit(), int(Quire::WriterLimit::Unlimited));
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(dir.entries().size(), 1200);
    QCOMPARE(seen.load(), leave); // off: the load is never even read
    if (expectedMost < 3)
        QCOMPARE(most.load(), expectedMost);
    else // three at once is likely but not certain on a loaded machine
        QVERIFY2(most.load() >= 2, qPrintable(QString::number(most.load())));
}

// prepareThreads() makes the writers before any run (the desktop app, when its window opens): start()
// then makes none, and the threads stay for the next run, so Start never waits for threads to be made.
void TestBatchRunner::threadsMadeAheadAndKept()
{
#if defined(Q_OS_LINUX)
    const auto threadsNow = [] {
        return QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    };
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = threeWriterPlan(dir.path(), 300);
    BatchRunner runner;
    const qsizetype before = threadsNow();
    runner.prepareThreads(3);
    QCOMPARE(threadsNow(), before + 3);
    for (int run = 1; run <= 2; ++run) {
        std::atomic<qsizetype> during{0};
        runner.setFileHookForTesting([&](qint64) { during = std::max(during.load(), threadsNow()); });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(plan));
        QVERIFY(finished.wait(RunTimeoutMs));
        QCOMPARE(during.load(), before + 3); // no thread made for the run
        QCOMPARE(threadsNow(), before + 3);  // and none gone after it
    }
    QCOMPARE(dir.entries().size(), 300);
#else
    QSKIP("counts threads in /proc/self/task (Linux)");
#endif
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
