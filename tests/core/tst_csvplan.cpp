#include <QTest>
class TestCsvPlan : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCsvPlan)
#include "tst_csvplan.moc"
