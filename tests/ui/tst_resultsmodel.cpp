#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "tests/common/testdir.h"
#include "ui/resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Quire;
using namespace QuireTest;

class TestResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutRunner();
    void allRowsAfterRun();
    void failedFilterLive();
    void skippedFilter();
    void prepareThenAttachWithoutReset();
    void allViewGrowsWithProgress_data();
    void allViewGrowsWithProgress();
    void ticksRepaintOnlyRowsStillChanging();

private:
    static JobSpec specFor(const QString &folder, qint64 to, IfExists policy);
    static void runToEnd(BatchRunner &runner, ResultsModel &model, const Plan &plan);
    static RunProgress progressAt(qint64 done, qint64 total);
};

RunProgress TestResultsModel::progressAt(qint64 done, qint64 total)
{
    RunProgress progress;
    progress.total = total;
    progress.done = done;
    progress.written = done;
    return progress;
}

JobSpec TestResultsModel::specFor(const QString &folder, qint64 to, IfExists policy)
{
    JobSpec spec;
    spec.folders = {folder};
    spec.to = to;
    spec.ifExists = policy;
    return spec;
}

void TestResultsModel::runToEnd(BatchRunner &runner, ResultsModel &model, const Plan &plan)
{
    QVERIFY2(plan.isValid(), qPrintable(plan.errors().isEmpty() ? QString() : plan.errors().first().message));
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(finished.isValid());
    connect(&runner, &BatchRunner::progressChanged, &model, &ResultsModel::refresh);
    connect(&runner, &BatchRunner::failuresAdded, &model, &ResultsModel::addFailures);
    QVERIFY(runner.start(plan));
    model.setRecord(runner.record());
    QVERIFY(finished.wait(30'000));
    model.finish();
}

void TestResultsModel::emptyWithoutRunner()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
    QCOMPARE(model.headerData(ResultsModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCOMPARE(model.positionAt(0), qint64(-1));
}

void TestResultsModel::allRowsAfterRun()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BatchRunner runner;
    runToEnd(runner, model, Planner::plan(specFor(dir.path(), 12, IfExists::Fail)));
    QCOMPARE(model.rowCount(), 12);
    for (int row = 0; row < 12; ++row) {
        const QString name = QStringLiteral("file-%1.txt").arg(row + 1, 2, 10, QLatin1Char('0'));
        QCOMPARE(model.data(model.index(row, ResultsModel::IndexColumn)).toLongLong(), qint64(row + 1));
        QCOMPARE(model.data(model.index(row, ResultsModel::FileColumn)).toString(), name);
        QCOMPARE(model.data(model.index(row, ResultsModel::StatusColumn)).toString(), QStringLiteral("created"));
        const qint64 size = QStringLiteral("In file %1\n").arg(row + 1).size();
        QCOMPARE(model.data(model.index(row, ResultsModel::SizeColumn)).toString(), QString::number(size));
        QCOMPARE(model.data(model.index(row, ResultsModel::MessageColumn)).toString(), QString());
        QCOMPARE(model.data(model.index(row, ResultsModel::FileColumn), Qt::ToolTipRole).toString(),
                 dir.filePath(name));
    }
    model.setFilter(ResultsModel::Filter::Failed);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsModel::failedFilterLive()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    // Directories where files should go: overwriting a directory with a file must fail.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file-03.txt")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file-07.txt")));
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ResultsModel::Filter::Failed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    BatchRunner runner;
    runToEnd(runner, model, Planner::plan(specFor(dir.path(), 10, IfExists::Overwrite)));
    QCOMPARE(runner.summary().counts.failed, qint64(2));
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.failedCount(), qint64(2));
    QStringList names;
    for (int row = 0; row < 2; ++row) {
        names << model.data(model.index(row, ResultsModel::FileColumn)).toString();
        QCOMPARE(model.data(model.index(row, ResultsModel::StatusColumn)).toString(), QStringLiteral("failed"));
        QVERIFY(!model.data(model.index(row, ResultsModel::MessageColumn)).toString().isEmpty());
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("file-03.txt"), QStringLiteral("file-07.txt")}));
    model.setFilter(ResultsModel::Filter::All);
    QCOMPARE(model.rowCount(), 10);
}

void TestResultsModel::skippedFilter()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(QStringLiteral("file-05.txt"), "old"));
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ResultsModel::Filter::Skipped);
    BatchRunner runner;
    runToEnd(runner, model, Planner::plan(specFor(dir.path(), 8, IfExists::Skip)));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.positionAt(0), qint64(4));
    QCOMPARE(model.data(model.index(0, ResultsModel::StatusColumn)).toString(), QStringLiteral("skipped"));
    QCOMPARE(dir.read(QStringLiteral("file-05.txt")), QByteArray("old"));
}

void TestResultsModel::prepareThenAttachWithoutReset()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan plan = Planner::plan(specFor(dir.path(), 50, IfExists::Fail));
    QVERIFY(plan.isValid());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.prepare(plan.fileCount());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 0); // no O(rows) work for the view before the run
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    model.setRecord(runner.record());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(30'000));
    model.finish();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.reachedCount(), qint64(50));
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(inserted.last().at(2).toInt(), 49);
    QCOMPARE(model.data(model.index(49, ResultsModel::FileColumn)).toString(), QStringLiteral("file-50.txt"));
    QCOMPARE(model.data(model.index(49, ResultsModel::StatusColumn)).toString(), QStringLiteral("created"));
}

void TestResultsModel::allViewGrowsWithProgress_data()
{
    QTest::addColumn<ResultsModel::Filter>("shown");
    QTest::addRow("All shown") << ResultsModel::Filter::All;
    QTest::addRow("Failed shown") << ResultsModel::Filter::Failed;
    QTest::addRow("Skipped shown") << ResultsModel::Filter::Skipped;
}

void TestResultsModel::allViewGrowsWithProgress()
{
    QFETCH(ResultsModel::Filter, shown);
    TestDir dir;
    QVERIFY(dir.isValid());
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(shown);
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    const Plan plan = Planner::plan(specFor(dir.path(), 100, IfExists::Fail));
    QVERIFY(runner.start(plan));
    model.setRecord(runner.record());
    QVERIFY(finished.wait(30'000)); // statuses final; the ticks below are driven by hand
    const int allRows = shown == ResultsModel::Filter::All ? 40 : 0;

    QElapsedTimer sinceGrowth;
    sinceGrowth.start();
    model.refresh(progressAt(40, 100));
    QCOMPARE(model.reachedCount(), qint64(40));
    QCOMPARE(model.rowCount(), allRows);
    model.refresh(progressAt(70, 100));
    if (sinceGrowth.elapsed() < 500) // rate-limited: two appends a second, not one per tick
        QCOMPARE(model.reachedCount(), qint64(40));
    QTRY_VERIFY((model.refresh(progressAt(70, 100)), model.reachedCount() == 70));
    QVERIFY(sinceGrowth.elapsed() >= 500);
    QTRY_VERIFY((model.refresh(progressAt(1000, 100)), model.reachedCount() == 100)); // clamped to the plan
    QCOMPARE(model.rowCount(), shown == ResultsModel::Filter::All ? 100 : 0);

    model.setFilter(ResultsModel::Filter::All);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.positionAt(99), qint64(99));
    QCOMPARE(model.data(model.index(99, ResultsModel::StatusColumn)).toString(), QStringLiteral("created"));
    model.finish();
    QCOMPARE(model.rowCount(), 100);
}

// A progress tick announces only the rows whose status could have changed since the last one: once
// the rows shown are final, a tick repaints nothing (30 repaints a second of the list were the GUI
// thread's largest cost during a run).
void TestResultsModel::ticksRepaintOnlyRowsStillChanging()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const Plan plan = Planner::plan(specFor(dir.path(), 10, IfExists::Fail));
    QVERIFY(plan.isValid());
    const std::shared_ptr<RunRecord> record = RunRecord::forPlan(plan); // every file pending
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(record);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const auto rowsChanged = [&changed] {
        QList<std::pair<int, int>> rows;
        for (const QList<QVariant> &arguments : std::as_const(changed))
            rows.append({arguments.at(0).toModelIndex().row(), arguments.at(1).toModelIndex().row()});
        changed.clear();
        return rows;
    };
    const auto setStatus = [&record](qint64 from, qint64 to, FileStatus status) {
        for (qint64 position = from; position < to; ++position)
            record->ledger->setStatus(position, status);
    };

    setStatus(0, 3, FileStatus::Created);
    setStatus(3, 4, FileStatus::Failed);
    setStatus(4, 5, FileStatus::InFlight);
    model.refresh(progressAt(6, 10)); // rows 0-5 appear: 0-3 final, 4 being written, 5 pending
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{{0, 5}}));
    model.refresh(progressAt(6, 10));
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{{4, 5}})); // only those still changing
    setStatus(4, 6, FileStatus::Skipped);
    model.refresh(progressAt(6, 10));
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{{4, 5}})); // they changed since the last tick
    model.refresh(progressAt(6, 10));
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{})); // all final: nothing to repaint
    QCOMPARE(model.data(model.index(4, ResultsModel::StatusColumn)).toString(), QStringLiteral("skipped"));

    RunProgress progress = progressAt(6, 10);
    progress.skipped = 2;
    model.refresh(progress);
    model.setFilter(ResultsModel::Filter::Skipped); // a reset: its rows are new to the views
    QCOMPARE(model.rowCount(), 2);
    model.refresh(progress);
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{{0, 1}})); // once after a reset
    model.refresh(progress);
    QCOMPARE(rowsChanged(), (QList<std::pair<int, int>>{})); // skipped files are final
    model.finish();
    QVERIFY(!rowsChanged().isEmpty()); // the end repaints everything (undo changes statuses later)
}

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
