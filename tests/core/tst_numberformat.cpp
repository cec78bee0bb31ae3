#include "core/base/numberformat.h"
#include "core/base/progressformat.h"

#include <QTest>

#include <limits>

using namespace Quire;
using namespace Qt::StringLiterals;

// The one formatter the CLI and the GUI share: counts, decimal SI sizes, rates and durations, per locale.
class TestNumberFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void bytes_data();
    void bytes();
    void durations_data();
    void durations();
    void elapsed_data();
    void elapsed();
    void rate();
    void defaultLocale();
    void cliLocale();
    void sameFigureForCliAndGui();
};

static QLocale german()
{
    QLocale locale(QLocale::German, QLocale::Germany);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

static QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestNumberFormat::counts_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("C zero") << scriptLocale() << qint64(0) << u"0"_s;
    QTest::addRow("C 999") << scriptLocale() << qint64(999) << u"999"_s;
    QTest::addRow("C 1000") << scriptLocale() << qint64(1000) << u"1,000"_s;
    QTest::addRow("C grouping") << scriptLocale() << qint64(1'234'567) << u"1,234,567"_s;
    QTest::addRow("C negative") << scriptLocale() << qint64(-1'234) << u"-1,234"_s;
    QTest::addRow("C huge") << scriptLocale() << std::numeric_limits<qint64>::max() << u"9,223,372,036,854,775,807"_s;
    QTest::addRow("German grouping") << german() << qint64(1'234'567) << u"1.234.567"_s;
    QTest::addRow("German 999") << german() << qint64(999) << u"999"_s;
    QTest::addRow("English grouping") << english() << qint64(1'234'567) << u"1,234,567"_s;
}

void TestNumberFormat::counts()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(formatCount(value, locale), expected);
}

void TestNumberFormat::bytes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    const QLocale c = scriptLocale();
    QTest::addRow("zero") << c << qint64(0) << u"0 bytes"_s;
    QTest::addRow("one") << c << qint64(1) << u"1 byte"_s;
    QTest::addRow("999") << c << qint64(999) << u"999 bytes"_s;
    QTest::addRow("1000 is 1.0 kB") << c << qint64(1000) << u"1.0 kB"_s;
    QTest::addRow("1024 is 1.0 kB") << c << qint64(1024) << u"1.0 kB"_s;
    QTest::addRow("9,949 rounds down") << c << qint64(9'949) << u"9.9 kB"_s;
    QTest::addRow("9,950 drops the decimal") << c << qint64(9'950) << u"10 kB"_s;
    QTest::addRow("999,499 stays kB") << c << qint64(999'499) << u"999 kB"_s;
    QTest::addRow("999,500 becomes MB") << c << qint64(999'500) << u"1.0 MB"_s;
    QTest::addRow("1 MB") << c << qint64(1'000'000) << u"1.0 MB"_s;
    QTest::addRow("1 MiB") << c << qint64(1'048'576) << u"1.0 MB"_s;
    QTest::addRow("2.5 MB") << c << qint64(2'500'000) << u"2.5 MB"_s;
    QTest::addRow("159 MB (the plan the GUI showed as 152)") << c << qint64(159'383'552) << u"159 MB"_s;
    QTest::addRow("3 GiB") << c << qint64(3) * 1024 * 1024 * 1024 << u"3.2 GB"_s;
    QTest::addRow("1 TB") << c << qint64(1'000'000'000'000) << u"1.0 TB"_s;
    QTest::addRow("huge") << c << std::numeric_limits<qint64>::max() << u"9.2 EB"_s;
    QTest::addRow("negative") << c << qint64(-2'500'000) << u"-2.5 MB"_s;
    QTest::addRow("negative bytes") << c << qint64(-5) << u"-5 bytes"_s;
    QTest::addRow("smallest") << c << std::numeric_limits<qint64>::min() << u"-9.2 EB"_s;
    QTest::addRow("German decimal comma") << german() << qint64(2'500'000) << u"2,5 MB"_s;
    QTest::addRow("German no decimal") << german() << qint64(41'000'000) << u"41 MB"_s;
}

void TestNumberFormat::bytes()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(formatBytes(bytes, locale), expected);
}

void TestNumberFormat::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << u"0:00"_s;
    QTest::addRow("negative is zero") << qint64(-5'000) << u"0:00"_s;
    QTest::addRow("1 ms rounds up") << qint64(1) << u"0:01"_s;
    QTest::addRow("whole second") << qint64(10'000) << u"0:10"_s;
    QTest::addRow("9,001 rounds up") << qint64(9'001) << u"0:10"_s;
    QTest::addRow("minutes") << qint64(754'000) << u"12:34"_s;
    QTest::addRow("59:59") << qint64(3'599'000) << u"59:59"_s;
    QTest::addRow("one hour") << qint64(3'600'000) << u"1:00:00"_s;
    QTest::addRow("hours") << qint64(3'723'000) << u"1:02:03"_s;
    QTest::addRow("100 hours") << qint64(360'000'000) << u"100:00:00"_s;
}

void TestNumberFormat::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(ms), expected);
}

void TestNumberFormat::elapsed_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::addRow("C tenths") << scriptLocale() << qint64(400) << u"0.4 s"_s;
    QTest::addRow("German tenths") << german() << qint64(12'300) << u"12,3 s"_s;
    QTest::addRow("a minute is a clock") << scriptLocale() << qint64(60'000) << u"1:00"_s;
}

void TestNumberFormat::elapsed()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(formatElapsed(ms, locale), expected);
}

void TestNumberFormat::rate()
{
    QCOMPARE(formatRate(8'912.4, scriptLocale()), u"8,912 files/s"_s);
    QCOMPARE(formatRate(8'912.5, german()), u"8.913 files/s"_s);
    QCOMPARE(formatRate(std::numeric_limits<double>::quiet_NaN(), scriptLocale()), u"0 files/s"_s);
}

void TestNumberFormat::defaultLocale()
{
    // The overloads without a locale write C numbers until the program picks another, and follow it after.
    QCOMPARE(formatCount(1'234'567), u"1,234,567"_s);
    QCOMPARE(formatBytes(2'500'000), u"2.5 MB"_s);
    setDefaultNumberLocale(german());
    QCOMPARE(formatCount(1'234'567), u"1.234.567"_s);
    QCOMPARE(formatBytes(2'500'000), u"2,5 MB"_s);
    setDefaultNumberLocale(scriptLocale());
    QCOMPARE(formatCount(1'234'567), u"1,234,567"_s);
}

void TestNumberFormat::cliLocale()
{
    const QLocale previous;
    QLocale::setDefault(german());
    QCOMPARE(formatCount(1'234'567, cliNumberLocale(true)), u"1.234.567"_s);
    QCOMPARE(formatCount(1'234'567, cliNumberLocale(false)), u"1,234,567"_s);
    QCOMPARE(formatCount(1'234'567, displayLocale()), u"1.234.567"_s);
    QLocale::setDefault(previous);
}

void TestNumberFormat::sameFigureForCliAndGui()
{
    // formatProgress (CLI) and the GUI's progress text take their figures from the same functions.
    RunProgress p;
    p.total = 100'000;
    p.done = 12'345;
    p.filesPerSecond = 8'912.4;
    p.bytes = 159'383'552;
    p.etaMs = 10'000;
    QCOMPARE(formatProgress(p, scriptLocale()), u"12,345 / 100,000 · 8,912 files/s · 159 MB · 0:10 left"_s);
    QCOMPARE(formatProgress(p, german()), u"12.345 / 100.000 · 8.912 files/s · 159 MB · 0:10 left"_s);
    RunSummary one;
    one.counts.written = one.counts.done = one.counts.total = 1;
    one.counts.bytes = 11;
    one.counts.elapsedMs = 10;
    one.counts.filesPerSecond = 100;
    QCOMPARE(formatSummary(one), u"Wrote 1 file (11 bytes) in 0.01 s (100 files/s); skipped 0; failed 0"_s);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
