#include "batchrunner.h"
#include "planner.h"
#include "resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Quire;

class TestResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutRunner();
    void allRowsAfterRun();
    void failedFilterLive();
    void skippedFilter();

private:
    static JobSpec specFor(const QString &folder, qint64 to, IfExists policy);
    static void runToEnd(BatchRunner &runner, ResultsModel &model, const Plan &plan);
};

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
    model.setRunner(&runner);
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
    QTemporaryDir dir;
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
        QCOMPARE(model.data(model.index(row, ResultsModel::StatusColumn)).toString(), QStringLiteral("written"));
        const qint64 size = QStringLiteral("In file %1\n").arg(row + 1).size();
        QCOMPARE(model.data(model.index(row, ResultsModel::SizeColumn)).toString(), QString::number(size));
        QCOMPARE(model.data(model.index(row, ResultsModel::MessageColumn)).toString(), QString());
        QCOMPARE(model.data(model.index(row, ResultsModel::FileColumn), Qt::ToolTipRole).toString(),
                 QDir(dir.path()).filePath(name));
    }
    model.setFilter(ResultsModel::Filter::Failed);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsModel::failedFilterLive()
{
    QTemporaryDir dir;
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
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile existing(QDir(dir.path()).filePath(QStringLiteral("file-05.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ResultsModel::Filter::Skipped);
    BatchRunner runner;
    runToEnd(runner, model, Planner::plan(specFor(dir.path(), 8, IfExists::Skip)));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.positionAt(0), qint64(4));
    QCOMPARE(model.data(model.index(0, ResultsModel::StatusColumn)).toString(), QStringLiteral("skipped"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old"));
}

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
