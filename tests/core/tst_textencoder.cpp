#include "core/content/textencoder.h"
#include "tests/common/testfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Quire::TextEncoder;
using QuireTest::hex;

namespace {

// ASCII + é + € + 中 + an emoji (outside the BMP: surrogate pairs in UTF-16).
const QString sample = u"Aé€中😀"_s;

} // namespace

class TestTextEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void appends();
    void unrepresentable_data();
    void unrepresentable();
    void bom_data();
    void bom();
    void asciiWidth_data();
    void asciiWidth();
    void invalidName();
    void availableEncodings();
    void decode();
    void decodeStrictFailure_data();
    void decodeStrictFailure();
};

void TestTextEncoder::encode_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("UTF-8") << u"UTF-8"_s << sample << hex("41c3a9e282ace4b8adf09f9880");
    QTest::addRow("UTF-16LE") << u"UTF-16LE"_s << sample << hex("4100e900ac202d4e3dd800de");
    QTest::addRow("UTF-16BE") << u"UTF-16BE"_s << sample << hex("004100e920ac4e2dd83dde00");
    QTest::addRow("UTF-32LE") << u"UTF-32LE"_s << sample << hex("41000000e9000000ac2000002d4e000000f60100");
    QTest::addRow("UTF-32BE") << u"UTF-32BE"_s << sample << hex("00000041000000e9000020ac00004e2d0001f600");
    QTest::addRow("Latin-1") << u"ISO-8859-1"_s << u"Aé"_s << hex("41e9");
    QTest::addRow("Latin-1 alias") << u"Latin1"_s << u"Aéÿ"_s << hex("41e9ff");
    QTest::addRow("windows-1252") << u"windows-1252"_s << u"Aé€"_s << hex("41e980");
    QTest::addRow("Shift_JIS") << u"Shift_JIS"_s << u"A中"_s << hex("419286");
    QTest::addRow("GB18030") << u"GB18030"_s << sample << hex("41a8a6a2e3d6d09439fc36");
    QTest::addRow("KOI8-R") << u"KOI8-R"_s << u"Aж"_s << hex("41d6");
    QTest::addRow("utf-16le lower case") << u"utf-16le"_s << u"A"_s << hex("4100");
    QTest::addRow("empty text") << u"UTF-16BE"_s << QString() << QByteArray();
}

void TestTextEncoder::encode()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    TextEncoder encoder(encoding);
    QVERIFY2(encoder.isValid(), qPrintable(encoding));
    QByteArray out;
    QCOMPARE(encoder.encode(text, out), qsizetype(-1));
    QCOMPARE(out.toHex(' '), expected.toHex(' '));

    // A second use of the same encoder must not carry state (e.g. a BOM or a pending surrogate).
    QByteArray again;
    QCOMPARE(encoder.encode(text, again), qsizetype(-1));
    QCOMPARE(again.toHex(' '), expected.toHex(' '));
}

void TestTextEncoder::appends()
{
    TextEncoder encoder(u"UTF-16LE"_s);
    QByteArray out("xy");
    QCOMPARE(encoder.encode(u"A"_s, out), qsizetype(-1));
    QCOMPARE(out, QByteArray("xyA\0", 4));
}

void TestTextEncoder::unrepresentable_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");

    QTest::addRow("euro in ISO-8859-1") << u"ISO-8859-1"_s << u"Aé€x"_s << qsizetype(2);
    QTest::addRow("euro in Latin-1") << u"Latin-1"_s << u"abc€"_s << qsizetype(3);
    QTest::addRow("han in windows-1252") << u"windows-1252"_s << u"Aé€中"_s << qsizetype(3);
    QTest::addRow("emoji in KOI8-R") << u"KOI8-R"_s << u"Aж😀"_s << qsizetype(2);
    QTest::addRow("emoji first in Shift_JIS") << u"Shift_JIS"_s << u"😀A"_s << qsizetype(0);
    QTest::addRow("question mark is fine before") << u"ISO-8859-1"_s << u"?€"_s << qsizetype(1);
}

void TestTextEncoder::unrepresentable()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(qsizetype, position);

    TextEncoder encoder(encoding);
    QVERIFY2(encoder.isValid(), qPrintable(encoding));
    QByteArray out;
    QCOMPARE(encoder.encode(text, out), position);

    // The failure must not poison the encoder: representable text still encodes afterwards.
    QByteArray ok;
    QCOMPARE(encoder.encode(u"ok"_s, ok), qsizetype(-1));
    QCOMPARE(ok, QByteArray("ok"));
}

void TestTextEncoder::bom_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("unicode");

    QTest::addRow("UTF-8") << u"UTF-8"_s << hex("efbbbf") << true;
    QTest::addRow("UTF-16LE") << u"UTF-16LE"_s << hex("fffe") << true;
    QTest::addRow("UTF-16BE") << u"UTF-16BE"_s << hex("feff") << true;
    QTest::addRow("UTF-32LE") << u"UTF-32LE"_s << hex("fffe0000") << true;
    QTest::addRow("UTF-32BE") << u"UTF-32BE"_s << hex("0000feff") << true;
    QTest::addRow("ISO-8859-1") << u"ISO-8859-1"_s << QByteArray() << false;
    QTest::addRow("windows-1252") << u"windows-1252"_s << QByteArray() << false;
    QTest::addRow("Shift_JIS") << u"Shift_JIS"_s << QByteArray() << false;
    QTest::addRow("KOI8-R") << u"KOI8-R"_s << QByteArray() << false;
}

void TestTextEncoder::bom()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);
    QFETCH(bool, unicode);

    const TextEncoder encoder(encoding);
    QVERIFY(encoder.isValid());
    QCOMPARE(encoder.bom().toHex(' '), expected.toHex(' '));
    QCOMPARE(encoder.isUnicode(), unicode);
}

void TestTextEncoder::asciiWidth_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("width");

    QTest::addRow("UTF-8") << u"UTF-8"_s << 1;
    QTest::addRow("ISO-8859-1") << u"ISO-8859-1"_s << 1;
    QTest::addRow("windows-1252") << u"windows-1252"_s << 1;
    QTest::addRow("UTF-16LE") << u"UTF-16LE"_s << 2;
    QTest::addRow("UTF-16BE") << u"UTF-16BE"_s << 2;
    QTest::addRow("UTF-32LE") << u"UTF-32LE"_s << 4;
    QTest::addRow("UTF-32BE") << u"UTF-32BE"_s << 4;
}

void TestTextEncoder::asciiWidth()
{
    QFETCH(QString, encoding);
    QFETCH(int, width);
    QCOMPARE(TextEncoder(encoding).asciiWidth(), width);
}

void TestTextEncoder::invalidName()
{
    const TextEncoder encoder(u"no-such-encoding-xyz"_s);
    QVERIFY(!encoder.isValid());
    QVERIFY(TextEncoder(u"utf-16le"_s).isValid());
    QCOMPARE(TextEncoder(u"utf-16le"_s).name(), u"UTF-16LE"_s);
    QCOMPARE(TextEncoder(u"UTF-8"_s).name(), u"UTF-8"_s);
}

void TestTextEncoder::availableEncodings()
{
    const QStringList list = TextEncoder::availableEncodings();
    QVERIFY(list.size() > 10);
    QCOMPARE(list.constFirst(), u"UTF-8"_s);
    // The common ones come first, before the long tail of platform encodings.
    for (const QString &common : {u"UTF-16LE"_s, u"UTF-16BE"_s, u"UTF-32LE"_s, u"UTF-32BE"_s}) {
        const qsizetype at = list.indexOf(common);
        QVERIFY2(at > 0 && at < 12, qPrintable(common));
    }
    for (const QString &name : {u"windows-1252"_s, u"Shift_JIS"_s, u"GB18030"_s, u"KOI8-R"_s})
        QVERIFY2(list.contains(name, Qt::CaseInsensitive), qPrintable(name));
    QStringList unique = list;
    QCOMPARE(unique.removeDuplicates(), qsizetype(0));
    // Every listed name must really be usable.
    for (const QString &name : list)
        QVERIFY2(TextEncoder(name).isValid(), qPrintable(name));
}

void TestTextEncoder::decode()
{
    qsizetype bad = -2;
    const std::optional<QString> text = TextEncoder::decode(hex("4100e900ac202d4e3dd800de"), u"UTF-16LE"_s, &bad);
    QVERIFY(text.has_value());
    QCOMPARE(*text, sample);

    const std::optional<QString> sjis = TextEncoder::decode(hex("419286"), u"Shift_JIS"_s, &bad);
    QVERIFY(sjis.has_value());
    QCOMPARE(*sjis, u"A中"_s);
}

void TestTextEncoder::decodeStrictFailure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qsizetype>("offset");

    QTest::addRow("utf-8 invalid byte") << hex("41ff42") << u"UTF-8"_s << qsizetype(1);
    QTest::addRow("utf-8 truncated") << hex("4142e282") << u"UTF-8"_s << qsizetype(2);
    QTest::addRow("utf-8 later") << hex("41c3a94243c0af") << u"UTF-8"_s << qsizetype(5);
}

void TestTextEncoder::decodeStrictFailure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(qsizetype, offset);

    qsizetype bad = -2;
    const std::optional<QString> text = TextEncoder::decode(bytes, encoding, &bad);
    QVERIFY(!text.has_value());
    QCOMPARE(bad, offset);
}

QTEST_GUILESS_MAIN(TestTextEncoder)
#include "tst_textencoder.moc"
