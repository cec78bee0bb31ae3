// The progress line's text at any width, without a terminal: ProgressLine and Terminal::columns.
#include "cli/progressline.h"
#include "cli/terminal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Quire::ProgressLine;
using Quire::RunProgress;

namespace {

RunProgress midRun()
{
    RunProgress p;
    p.total = 100'000;
    p.done = 45'000;
    p.written = 44'990;
    p.failed = 10;
    p.bytes = 41'000'000;
    p.elapsedMs = 10'000;
    p.filesPerSecond = 8912.4;
    p.etaMs = 12'000;
    return p;
}

} // namespace

class TestProgressLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void fitsEveryWidth();
    void fieldsByWidth_data();
    void fieldsByWidth();
    void plainHasNoEscapes();
    void json_data();
    void json();
};

void TestProgressLine::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addRow("ascii") << u"45% done"_s << 8;
    QTest::addRow("umlauts") << u"Größe übrig"_s << 11;
    QTest::addRow("combining accent") << u"e\u0301te\u0301"_s << 3;
    QTest::addRow("CJK is two columns") << u"進捗"_s << 4;
    QTest::addRow("emoji outside the BMP") << u"\U0001F600!"_s << 3;
    QTest::addRow("controls take none") << u"a\x1b"_s << 1;
}

void TestProgressLine::columns()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(Quire::Terminal::columns(text), expected);
    // fitted() never cuts inside a character: a wide one that does not fit stays out whole.
    const QString fitted = Quire::Terminal::fitted(text, expected - 1);
    QVERIFY(Quire::Terminal::columns(fitted) <= expected - 1);
    QVERIFY(text.startsWith(fitted));
}

void TestProgressLine::fitsEveryWidth()
{
    RunProgress p = midRun();
    for (int width = 1; width <= 300; ++width) {
        for (const qint64 done : {qint64(0), qint64(45'000), qint64(100'000)}) {
            p.done = done;
            const QString line = ProgressLine::bar(p, width);
            QVERIFY2(Quire::Terminal::columns(line) <= std::max(width - 1, 0),
                     qPrintable(u"width %1: %2"_s.arg(width).arg(line)));
            QVERIFY2(!line.contains(u'\n') && !line.contains(u'\r') && !line.contains(u'\x1b'), qPrintable(line));
        }
    }
}

void TestProgressLine::fieldsByWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addRow("200: everything") << 200 << QStringList{u" 45% ["_s,   u"45,000/100,000"_s, u"8,912 files/s"_s,
                                                           u"41 MB"_s,    u"0:10 elapsed"_s,   u"0:12 left"_s,
                                                           u"10 failed"_s}
                                     << QStringList{};
    QTest::addRow("80: the elapsed time goes first")
        << 80 << QStringList{u" 45% ["_s, u"45,000/100,000"_s, u"0:12 left"_s} << QStringList{u"elapsed"_s};
    QTest::addRow("40: percent, bar and count") << 40 << QStringList{u" 45% ["_s, u"45,000/100,000"_s}
                                                << QStringList{u"files/s"_s, u"MB"_s, u"left"_s, u"elapsed"_s};
    QTest::addRow("20: percent and bar") << 20 << QStringList{u" 45% ["_s} << QStringList{u"/"_s};
    QTest::addRow("10: the percentage") << 10 << QStringList{u" 45%"_s} << QStringList{u"["_s};
}

void TestProgressLine::fieldsByWidth()
{
    QFETCH(int, width);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString line = ProgressLine::bar(midRun(), width);
    for (const QString &part : present)
        QVERIFY2(line.contains(part), qPrintable(part + u" missing from: "_s + line));
    for (const QString &part : absent)
        QVERIFY2(!line.contains(part), qPrintable(part + u" should be gone from: "_s + line));
}

void TestProgressLine::plainHasNoEscapes()
{
    const QString line = ProgressLine::plain(midRun());
    QCOMPARE(line, u"progress: 45%, 45,000/100,000, 8,912 files/s, 41 MB, 0:10 elapsed, 0:12 left, 10 failed"_s);
}

void TestProgressLine::json_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("name");
    QTest::addRow("running") << int(ProgressLine::State::Running) << u"running"_s;
    QTest::addRow("finished") << int(ProgressLine::State::Finished) << u"finished"_s;
    QTest::addRow("cancelled") << int(ProgressLine::State::Cancelled) << u"cancelled"_s;
}

void TestProgressLine::json()
{
    QFETCH(int, state);
    QFETCH(QString, name);
    const QByteArray line = ProgressLine::json(midRun(), ProgressLine::State(state));
    QVERIFY(!line.contains('\n'));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"done"_s).toInteger(), 45'000);
    QCOMPARE(object.value(u"total"_s).toInteger(), 100'000);
    QCOMPARE(object.value(u"written"_s).toInteger(), 44'990);
    QCOMPARE(object.value(u"skipped"_s).toInteger(), 0);
    QCOMPARE(object.value(u"failed"_s).toInteger(), 10);
    QCOMPARE(object.value(u"bytes"_s).toInteger(), 41'000'000);
    QCOMPARE(object.value(u"elapsed_ms"_s).toInteger(), 10'000);
    QCOMPARE(object.value(u"rate"_s).toDouble(), 8912.4);
    QCOMPARE(object.value(u"eta_ms"_s).toInteger(), name == u"running"_s ? 12'000 : 0);
    QCOMPARE(object.value(u"state"_s).toString(), name);
}

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
