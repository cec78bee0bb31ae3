#include "core/source/csvtable.h"
#include "tests/common/testdir.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>
#include <QThread>

using namespace Quire;

class TestCsvTable : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void problems_data();
    void problems();
    void delimiterDetection_data();
    void delimiterDetection();
    void utf16ByBom_data();
    void utf16ByBom();
    void namedEncoding();
    void trim();
    void lineOfCountsPhysicalLines();
    void problemsAreCapped();
    void fieldsFromManyThreads();
    void millionRows();
};

namespace {

// Every row's values joined with | and rows with #: one string to compare.
QString dump(const CsvTable &table)
{
    QStringList rows;
    for (qint64 r = 0; r < table.rowCount(); ++r) {
        QStringList values;
        for (int c = 0; c < table.columnCount(); ++c)
            values.append(CsvTable::text(table.field(r, c)));
        rows.append(values.join(u'|'));
    }
    return table.columnNames().join(u'|') + QStringLiteral(" # ") + rows.join(QStringLiteral(" # "));
}

std::shared_ptr<const CsvTable> parse(const QByteArray &bytes, QStringList *errors, bool header = true,
                                      char delimiter = 0)
{
    CsvOptions options;
    options.header = header;
    options.delimiter = delimiter;
    return CsvTable::fromBytes(bytes, options, QStringLiteral("t.csv"), errors);
}

} // namespace

void TestCsvTable::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain LF") << QByteArray("a,b\n1,2\n3,4\n") << true << QStringLiteral("a|b # 1|2 # 3|4");
    QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << true << QStringLiteral("a|b # 1|2 # 3|4");
    QTest::addRow("lone CR") << QByteArray("a,b\r1,2\r") << true << QStringLiteral("a|b # 1|2");
    QTest::addRow("no trailing newline") << QByteArray("a,b\n1,2\n3,4") << true << QStringLiteral("a|b # 1|2 # 3|4");
    QTest::addRow("empty last lines") << QByteArray("a,b\n1,2\n\n\n") << true << QStringLiteral("a|b # 1|2");
    QTest::addRow("blank line inside") << QByteArray("a,b\n1,2\n\n3,4\n") << true << QStringLiteral("a|b # 1|2 # 3|4");
    QTest::addRow("quoted delimiter") << QByteArray("a,b\n\"x,y\",2\n") << true << QStringLiteral("a|b # x,y|2");
    QTest::addRow("escaped quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << true
                                    << QStringLiteral("a|b # say \"hi\"|\"");
    QTest::addRow("LF inside quotes") << QByteArray("a,b\n\"l1\nl2\",2\n") << true << QStringLiteral("a|b # l1\nl2|2");
    QTest::addRow("CRLF inside quotes") << QByteArray("a,b\r\n\"l1\r\nl2\",2\r\n") << true
                                        << QStringLiteral("a|b # l1\r\nl2|2");
    QTest::addRow("empty values") << QByteArray("a,b,c\n,,\n\"\",x,\n") << true << QStringLiteral("a|b|c # || # |x|");
    QTest::addRow("quote inside unquoted value kept") << QByteArray("a\n5\"\n") << true << QStringLiteral("a # 5\"");
    QTest::addRow("spaces kept") << QByteArray("a,b\n x , y \n") << true << QStringLiteral("a|b #  x | y ");
    QTest::addRow("header with spaces") << QByteArray("Order ID,customer\n7,Ann\n") << true
                                        << QStringLiteral("Order ID|customer # 7|Ann");
    QTest::addRow("quoted header") << QByteArray("\"a,1\",b\n1,2\n") << true << QStringLiteral("a,1|b # 1|2");
    QTest::addRow("no header") << QByteArray("1,2\n3,4\n") << false << QStringLiteral("1|2 # 1|2 # 3|4");
    QTest::addRow("one column") << QByteArray("name\nx\ny") << true << QStringLiteral("name # x # y");
    QTest::addRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf"
                                             "a,b\n\xc3\xa9,2\n")
                               << true << QStringLiteral("a|b # \u00e9|2");
    QTest::addRow("UTF-8 without BOM") << QByteArray("a\n\xe2\x82\xac\n") << true << QStringLiteral("a # \u20ac");
    QTest::addRow("value starting with U+FEFF")
        << QByteArray("a\n\xef\xbb\xbfx\n") << true << QStringLiteral("a # \ufeffx");
    QTest::addRow("value of two U+FEFF") << QByteArray("a\n\xef\xbb\xbf\xef\xbb\xbf\n") << true
                                         << QStringLiteral("a # \ufeff\ufeff");
    QTest::addRow("semicolon") << QByteArray("a;b\n1,5;2\n") << true << QStringLiteral("a|b # 1,5|2");
    QTest::addRow("tab") << QByteArray("a\tb\n1 2\t3\n") << true << QStringLiteral("a|b # 1 2|3");
}

void TestCsvTable::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, header);
    QFETCH(QString, expected);
    QStringList errors;
    const auto table = parse(bytes, &errors, header);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(dump(*table), expected);
}

void TestCsvTable::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("t.csv is empty");
    QTest::addRow("only a BOM") << QByteArray("\xef\xbb\xbf") << QStringLiteral("t.csv is empty");
    QTest::addRow("header only") << QByteArray("a,b\n") << QStringLiteral("has a header line but no data rows");
    QTest::addRow("too few values") << QByteArray("a,b\n1,2\n3\n")
                                    << QStringLiteral("t.csv, line 3: 1 values, but line 1 has 2");
    QTest::addRow("too many values") << QByteArray("a,b\n\"x\ny\",2\n1,2,3\n")
                                     << QStringLiteral("t.csv, line 4: 3 values, but line 1 has 2");
    QTest::addRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n")
                                        << QStringLiteral("line 3: a quote opened there is never closed");
    QTest::addRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n")
                                      << QStringLiteral("line 2: text after the closing quote");
    QTest::addRow("invalid UTF-8") << QByteArray("a\nok\nbad\xff\n")
                                   << QStringLiteral("not valid UTF-8: bad bytes at line 3 (byte offset 8)");
    QTest::addRow("overlong UTF-8") << QByteArray("a\n\xc0\xaf\n") << QStringLiteral("bad bytes at line 2");
    QTest::addRow("ambiguous delimiter") << QByteArray("a,b;c\n1,2;3\n")
                                         << QStringLiteral("the delimiter is ambiguous, line 1 has , / ;");
}

void TestCsvTable::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QStringList errors;
    QVERIFY(!parse(bytes, &errors));
    QVERIFY2(errors.join(u'\n').contains(message), qPrintable(errors.join(u'\n')));
}

void TestCsvTable::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addRow("comma") << QByteArray("a,b\n1,2\n") << ',';
    QTest::addRow("semicolon") << QByteArray("a;b\n1;2\n") << ';';
    QTest::addRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::addRow("quoted others ignored") << QByteArray("\"a;x\",b\n1,2\n") << ',';
    QTest::addRow("one column defaults to comma") << QByteArray("a\n1\n") << ',';
}

void TestCsvTable::delimiterDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QStringList errors;
    const auto table = parse(bytes, &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(table->delimiter(), delimiter);
}

void TestCsvTable::utf16ByBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addRow("UTF-16LE") << false;
    QTest::addRow("UTF-16BE") << true;
}

void TestCsvTable::utf16ByBom()
{
    QFETCH(bool, bigEndian);
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(QStringLiteral("name;city\r\nZo\u00eb;\"K\u00f6ln\r\nOst\"\r\n"));
    QStringList errors;
    const auto table = parse(bytes, &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(dump(*table), QStringLiteral("name|city # Zo\u00eb|K\u00f6ln\r\nOst"));
}

void TestCsvTable::namedEncoding()
{
    CsvOptions options;
    options.encoding = QStringLiteral("windows-1252");
    QStringList errors;
    const auto table = CsvTable::fromBytes(QByteArray("a\n\xe9t\xe9\n"), options, QStringLiteral("t.csv"), &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(table->field(0, 0).toByteArray(), QByteArray("\xc3\xa9t\xc3\xa9"));
    options.encoding = QStringLiteral("no-such-encoding");
    QVERIFY(!CsvTable::fromBytes(QByteArray("a\n1\n"), options, QStringLiteral("t.csv"), &errors));
    QVERIFY(errors.last().contains(QStringLiteral("\"no-such-encoding\" is unknown")));
}

void TestCsvTable::trim()
{
    CsvOptions options;
    options.trim = true;
    QStringList errors;
    const auto table = CsvTable::fromBytes(QByteArray("a,b\n  x\t, \" y \" \n"), options, QStringLiteral("t"), &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(table->field(0, 0).toByteArray(), QByteArray("x"));
    QCOMPARE(table->field(0, 1).toByteArray(), QByteArray("\" y \""));
}

void TestCsvTable::lineOfCountsPhysicalLines()
{
    QStringList errors;
    const auto table = parse("a,b\r\n\"x\r\ny\",1\r\n\r\n2,3\r\n", &errors);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->lineOf(0), 2);
    QCOMPARE(table->lineOf(1), 5);
}

void TestCsvTable::problemsAreCapped()
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 100000; ++i)
        bytes += "1\n";
    QStringList errors;
    QVERIFY(!parse(bytes, &errors));
    QCOMPARE(errors.size(), 21);
    QVERIFY(errors.first().contains(QStringLiteral("line 2:")));
    QCOMPARE(errors.last(), QStringLiteral("and 99980 more problems like these in the rows file"));
}

void TestCsvTable::fieldsFromManyThreads()
{
    QByteArray bytes("i,v\n");
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(i) + ",\"v\"\"" + QByteArray::number(i) + "\"\n";
    QStringList errors;
    const auto table = parse(bytes, &errors);
    QVERIFY(table);
    std::atomic_int wrong{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&table, &wrong, t] {
            for (qint64 r = t; r < table->rowCount(); r += 3) {
                const QByteArray expected = "v\"" + QByteArray::number(r);
                if (table->field(r, 1) != QByteArrayView(expected) ||
                    table->field(r, 0) != QByteArrayView(QByteArray::number(r)))
                    ++wrong;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(wrong.load(), 0);
}

void TestCsvTable::millionRows()
{
    QuireTest::TestDir dir;
    QByteArray bytes("id,customer,amount\n");
    bytes.reserve(40 * 1000 * 1000);
    for (int i = 1; i <= 1000000; ++i)
        bytes += QByteArray::number(i) + ",\"Customer " + QByteArray::number(i % 977) + "\"," +
                 QByteArray::number(i * 3) + "\r\n";
    QVERIFY(dir.createFile(QStringLiteral("big.csv"), bytes));
    bytes.clear();
    QStringList errors;
    const auto table = CsvTable::load(dir.filePath(QStringLiteral("big.csv")), {}, &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(table->rowCount(), 1000000);
    QCOMPARE(table->field(0, 0).toByteArray(), QByteArray("1"));
    QCOMPARE(table->field(499999, 1).toByteArray(), QByteArray("Customer ") + QByteArray::number(500000 % 977));
    QCOMPARE(table->field(999999, 2).toByteArray(), QByteArray("3000000"));
    QCOMPARE(table->lineOf(999999), 1000001);
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
