#include "tests/common/testdir.h"
#include "ui/previewcalculator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quire;
using namespace QuireTest;

class TestPreviewCalculator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debouncesToTheLatest();
    void staleHugePlanIsDropped();
    void reportsProblems();
};

void TestPreviewCalculator::debouncesToTheLatest()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    PreviewCalculator calculator;
    QSignalSpy ready(&calculator, &PreviewCalculator::planReady);
    QVERIFY(ready.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    for (qint64 to = 1; to <= 20; ++to) {
        spec.to = to;
        calculator.request(spec);
        QVERIFY(calculator.isBusy());
    }
    QVERIFY(ready.wait(10'000));
    QCOMPARE(ready.size(), 1);
    const PlanPtr plan = ready.first().first().value<PlanPtr>();
    QVERIFY(plan);
    QCOMPARE(plan->fileCount(), qint64(20));
    QCOMPARE(plan->lastName, QStringLiteral("file-20.txt"));
    QCOMPARE(calculator.latest(), plan);
    QVERIFY(!calculator.isBusy());
}

void TestPreviewCalculator::staleHugePlanIsDropped()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    PreviewCalculator calculator;
    calculator.setDelay(0);
    QSignalSpy ready(&calculator, &PreviewCalculator::planReady);
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 10'000'000;
    calculator.request(spec);
    QCoreApplication::processEvents(); // the 0 ms debounce fires: the huge plan starts
    spec.to = 3;
    calculator.request(spec);
    QTRY_COMPARE_WITH_TIMEOUT(calculator.isBusy(), false, 30'000);
    QCOMPARE(ready.size(), 1); // the stale 10,000,000-file plan was abandoned and dropped
    QCOMPARE(ready.last().first().value<PlanPtr>()->fileCount(), qint64(3));
    QCOMPARE(calculator.latest()->fileCount(), qint64(3));
}

void TestPreviewCalculator::reportsProblems()
{
    PreviewCalculator calculator;
    QSignalSpy ready(&calculator, &PreviewCalculator::planReady);
    JobSpec spec; // no folder, and a zero step
    spec.step = 0;
    calculator.request(spec);
    QVERIFY(ready.wait(10'000));
    const PlanPtr plan = calculator.latest();
    QVERIFY(!plan->isValid());
    QVERIFY(plan->errors().size() >= 2);
}

QTEST_GUILESS_MAIN(TestPreviewCalculator)
#include "tst_previewcalculator.moc"
