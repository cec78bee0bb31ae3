#include "core/run/threadnice.h"
#include "tests/common/testdir.h"
#include "ui/asyncplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <sys/resource.h>

using namespace Quire;
using namespace QuireTest;

class TestAsyncPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debouncesToTheLatest();
    void staleHugePlanIsDropped();
    void reportsProblems();
    void startOvertakesAPreviewBeingMade();
    void previewAskedDuringRunPlanning();
    void cancelRunPlanning();
    void runPlanKeepsItsJournal_data();
    void runPlanKeepsItsJournal();
    void specBuiltOnlyWhenTheDelayHasPassed();
    void plansBelowTheGuiThread();
};

namespace {

JobSpec rangeSpec(const QString &folder, qint64 to)
{
    JobSpec spec;
    spec.folders = {folder};
    spec.to = to;
    return spec;
}

} // namespace

void TestAsyncPlanner::debouncesToTheLatest()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    QVERIFY(ready.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    for (qint64 to = 1; to <= 20; ++to) {
        spec.to = to;
        planner.requestPreview(spec);
        QVERIFY(planner.isBusy());
    }
    QVERIFY(ready.wait(10'000));
    QCOMPARE(ready.size(), 1);
    const PlanPtr plan = ready.first().first().value<PlanPtr>();
    QVERIFY(plan);
    QCOMPARE(plan->fileCount(), qint64(20));
    QCOMPARE(plan->lastName, QStringLiteral("file-20.txt"));
    QCOMPARE(planner.latest(), plan);
    QVERIFY(!planner.isBusy());
}

void TestAsyncPlanner::staleHugePlanIsDropped()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    planner.setDelay(0);
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 10'000'000;
    planner.requestPreview(spec);
    QCoreApplication::processEvents(); // the 0 ms debounce fires: the huge plan starts
    spec.to = 3;
    planner.requestPreview(spec);
    QTRY_COMPARE_WITH_TIMEOUT(planner.isBusy(), false, 30'000);
    QCOMPARE(ready.size(), 1); // the stale 10,000,000-file plan was abandoned and dropped
    QCOMPARE(ready.last().first().value<PlanPtr>()->fileCount(), qint64(3));
    QCOMPARE(planner.latest()->fileCount(), qint64(3));
}

void TestAsyncPlanner::reportsProblems()
{
    AsyncPlanner planner;
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    JobSpec spec; // no folder, and a zero step
    spec.step = 0;
    planner.requestPreview(spec);
    QVERIFY(ready.wait(10'000));
    const PlanPtr plan = planner.latest();
    QVERIFY(!plan->isValid());
    QVERIFY(plan->errors().size() >= 2);
}

// Start while a 10,000,000-file preview is being made: the preview is abandoned, the run's plan comes at once
// and serves as the preview too.
void TestAsyncPlanner::startOvertakesAPreviewBeingMade()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    planner.setDelay(0);
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    QSignalSpy planned(&planner, &AsyncPlanner::runPlanned);
    planner.requestPreview(rangeSpec(dir.path(), 10'000'000));
    QCoreApplication::processEvents(); // the 0 ms debounce fires: the huge preview starts
    QVERIFY(planner.isBusy());
    planner.requestRun(rangeSpec(dir.path(), 3), JournalOptions{false, 0, {}});
    QVERIFY(planner.isPlanningRun());
    QVERIFY(planned.wait(30'000));
    const auto run = planned.first().first().value<PlannedRun>();
    QVERIFY(!run.cancelled);
    QVERIFY(!run.record); // the journal is off
    QCOMPARE(run.plan->fileCount(), qint64(3));
    QVERIFY(!planner.isPlanningRun());
    QCOMPARE(ready.size(), 1); // the stale preview was dropped; the run's plan is the preview
    QCOMPARE(ready.first().first().value<PlanPtr>(), run.plan);
    QCOMPARE(planner.latest(), run.plan);
    QVERIFY(!planner.isBusy());
}

// A preview asked for while the run is planned waits for the run's plan, then comes with its own.
void TestAsyncPlanner::previewAskedDuringRunPlanning()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    planner.setDelay(0);
    QList<QString> order;
    connect(&planner, &AsyncPlanner::runPlanned, this,
            [&order](const PlannedRun &run) { order << QStringLiteral("run %1").arg(run.plan->fileCount()); });
    connect(&planner, &AsyncPlanner::planReady, this,
            [&order](const PlanPtr &plan) { order << QStringLiteral("preview %1").arg(plan->fileCount()); });
    planner.requestRun(rangeSpec(dir.path(), 500'000), JournalOptions{false, 0, {}});
    planner.requestPreview(rangeSpec(dir.path(), 7));
    QVERIFY(planner.isBusy());
    QVERIFY(planner.isPlanningRun());
    QTRY_VERIFY_WITH_TIMEOUT(!planner.isBusy(), 30'000);
    QCOMPARE(order, (QList<QString>{QStringLiteral("run 500000"), QStringLiteral("preview 7")}));
    QCOMPARE(planner.latest()->fileCount(), qint64(7));
}

void TestAsyncPlanner::cancelRunPlanning()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    QSignalSpy planned(&planner, &AsyncPlanner::runPlanned);
    planner.requestRun(rangeSpec(dir.path(), 10'000'000), JournalOptions{true, 10, dir.filePath(QStringLiteral("j"))});
    planner.cancelRun();
    QVERIFY(planned.wait(30'000));
    const auto run = planned.first().first().value<PlannedRun>();
    QVERIFY(run.cancelled);
    QVERIFY(!run.record); // cancelled before the journal: none made
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("j"))) || QDir(dir.filePath(QStringLiteral("j"))).isEmpty());
    QVERIFY(!planner.isPlanningRun());
    QVERIFY(ready.isEmpty()); // a cancelled plan is no preview
    QVERIFY(!planner.latest());
}

void TestAsyncPlanner::runPlanKeepsItsJournal_data()
{
    QTest::addColumn<bool>("journal");
    QTest::addRow("journal on") << true;
    QTest::addRow("journal off") << false;
}

void TestAsyncPlanner::runPlanKeepsItsJournal()
{
    QFETCH(bool, journal);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createDir(QStringLiteral("out")));
    AsyncPlanner planner;
    QSignalSpy planned(&planner, &AsyncPlanner::runPlanned);
    planner.requestRun(rangeSpec(dir.filePath(QStringLiteral("out")), 5),
                       JournalOptions{journal, 10, dir.filePath(QStringLiteral("journal"))});
    QVERIFY(planned.wait(10'000));
    const auto run = planned.first().first().value<PlannedRun>();
    QVERIFY(run.plan->isValid());
    QCOMPARE(bool(run.record), journal);
    QVERIFY2(run.journalError.isEmpty(), qPrintable(run.journalError));
    if (journal)
        QCOMPARE(run.record->fileCount, qint64(5));
}

// The spec is asked for once, when the debounce fires, however many keystrokes asked for a preview.
void TestAsyncPlanner::specBuiltOnlyWhenTheDelayHasPassed()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    AsyncPlanner planner;
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    int built = 0;
    for (int key = 0; key < 10; ++key)
        planner.requestPreview([&built, &dir] {
            ++built;
            return AsyncPlanner::SpecMaker([path = dir.path()] { return rangeSpec(path, 4); });
        });
    QCOMPARE(built, 0);
    QVERIFY(ready.wait(10'000));
    QCOMPARE(built, 1);
    QCOMPARE(planner.latest()->fileCount(), qint64(4));
}

// A 64 MB template's plan is seconds of CPU: the planner thread runs below the thread that made the
// planner (the GUI thread), as the writers do, so that on a busy machine it never takes the GUI's turn.
void TestAsyncPlanner::plansBelowTheGuiThread()
{
#if defined(Q_OS_LINUX)
    TestDir dir;
    QVERIFY(dir.isValid());
    errno = 0;
    const int gui = ::getpriority(PRIO_PROCESS, 0);
    QCOMPARE(errno, 0);
    AsyncPlanner planner;
    planner.setDelay(0);
    QSignalSpy ready(&planner, &AsyncPlanner::planReady);
    std::atomic_int planning{-100};
    planner.requestPreview([&planning, &dir] {
        return AsyncPlanner::SpecMaker([&planning, path = dir.path()] {
            planning = ::getpriority(PRIO_PROCESS, 0); // on the planner's thread
            return rangeSpec(path, 4);
        });
    });
    QVERIFY(ready.wait(10'000));
    QCOMPARE(planning.load(), std::min(19, gui + BackgroundNiceIncrement));
    QCOMPARE(::getpriority(PRIO_PROCESS, 0), gui); // the calling thread is left alone
#else
    QSKIP("per-thread nice values are Linux's");
#endif
}

QTEST_GUILESS_MAIN(TestAsyncPlanner)
#include "tst_asyncplanner.moc"
