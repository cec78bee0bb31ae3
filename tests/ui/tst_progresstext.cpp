#include "ui/previewpanel.h"
#include "ui/progresstext.h"

#include <QTest>

using namespace Quire;

class TestProgressText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clock_data();
    void clock();
    void progress_data();
    void progress();
    void summary_data();
    void summary();
    void hexDump();
};

void TestProgressText::clock_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::addRow("rounds up") << qint64(9'001) << QStringLiteral("0:10");
    QTest::addRow("minutes") << qint64(754'000) << QStringLiteral("12:34");
    QTest::addRow("hours") << qint64(3'723'000) << QStringLiteral("1:02:03");
}

void TestProgressText::clock()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(ms), expected);
}

void TestProgressText::progress_data()
{
    QTest::addColumn<RunProgress>("progress");
    QTest::addColumn<QString>("expected");
    RunProgress p;
    p.total = 100'000;
    p.done = 12'345;
    p.filesPerSecond = 8'912.4;
    p.bytes = 41'000'000; // decimal SI, as the CLI
    p.etaMs = 10'000;
    QTest::addRow("issue example") << p << QStringLiteral("12,345 / 100,000 · 8,912 files/s · 41 MB · 0:10 left");
    RunProgress paused = p;
    paused.paused = true;
    QTest::addRow("paused") << paused << QStringLiteral("12,345 / 100,000 · 8,912 files/s · 41 MB · paused");
    RunProgress start;
    start.total = 10;
    QTest::addRow("not started") << start << QStringLiteral("0 / 10 · 0 bytes");
    RunProgress small = start;
    small.done = small.total = 10;
    small.bytes = 920'000;
    QTest::addRow("no decimals above 10 units") << small << QStringLiteral("10 / 10 · 920 kB");
    small.bytes = 2'500'000;
    QTest::addRow("one decimal below 10 units") << small << QStringLiteral("10 / 10 · 2.5 MB");
}

void TestProgressText::progress()
{
    QFETCH(RunProgress, progress);
    QFETCH(QString, expected);
    QCOMPARE(progressText(progress, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestProgressText::summary_data()
{
    QTest::addColumn<RunSummary>("summary");
    QTest::addColumn<QString>("expected");
    RunSummary done;
    done.counts.total = done.counts.done = done.counts.written = 2'000;
    done.counts.elapsedMs = 500;
    QTest::addRow("done") << done
                          << QStringLiteral("Done: 2,000 written, 0 skipped, 0 failed in 0.5 s (4,000 files/s)");
    RunSummary cancelled = done;
    cancelled.cancelled = true;
    cancelled.notAttempted = 8'000;
    cancelled.counts.total = 10'000;
    QTest::addRow("cancelled") << cancelled
                               << QStringLiteral("Cancelled: 2,000 written, 0 skipped, 0 failed, 8,000 not attempted "
                                                 "in 0.5 s (4,000 files/s)");
    RunSummary failed = done;
    failed.counts.written = 1'999;
    failed.counts.failed = 1;
    QTest::addRow("failed") << failed
                            << QStringLiteral("Finished with errors: 1,999 written, 0 skipped, 1 failed in 0.5 s "
                                              "(4,000 files/s)");
}

void TestProgressText::summary()
{
    QFETCH(RunSummary, summary);
    QFETCH(QString, expected);
    QCOMPARE(summaryText(summary, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestProgressText::hexDump()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBFIn file 1\n", 13) + QByteArray(70, 'x');
    const QString dump = PreviewPanel::hexDump(bytes, 32);
    const QStringList lines = dump.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("0000  EF BB BF 49 6E 20 66 69 6C 65 20 31 0A 78 78 78"));
    QCOMPARE(lines.at(1), QStringLiteral("0010  78 78 78 78 78 78 78 78 78 78 78 78 78 78 78 78"));
    QCOMPARE(lines.at(2), QStringLiteral("… and 51 more bytes"));
}

QTEST_GUILESS_MAIN(TestProgressText)
#include "tst_progresstext.moc"
