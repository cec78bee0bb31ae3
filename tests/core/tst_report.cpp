#include <QTest>

class Stub final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWrittenYet()
    {
        QSKIP("being written");
    }
};

QTEST_GUILESS_MAIN(Stub)
#include "tst_report.moc"
