#include "core/plan/planner.h"
#include "core/source/csvtable.h"
#include "tests/common/testdir.h"

#include <QTest>

using namespace Quire;
using namespace Qt::StringLiterals;

/** The plan of a job with CSV rows: names from values, checked row by row, problems with their lines. */
class TestCsvPlan : public QObject
{
    Q_OBJECT

private slots:
    void namesAndContentFromColumns();
    void badData_data();
    void badData();
    void hiddenColumnWarns();
    void manyBadRowsAreCapped();
    void replanRefusesChangedFile();
    void sizesExact();
    void valuesTheEncodingLacks_data();
    void valuesTheEncodingLacks();

private:
    Plan planFor(const QByteArray &csv, const QString &name, const QString &content = QStringLiteral("{index}"));
    QuireTest::TestDir m_dir;
};

Plan TestCsvPlan::planFor(const QByteArray &csv, const QString &name, const QString &content)
{
    if (!m_dir.createFile(QStringLiteral("rows.csv"), csv))
        return {};
    JobSpec spec;
    spec.folders = {m_dir.filePath(QStringLiteral("out"))};
    spec.rows.file = m_dir.filePath(QStringLiteral("rows.csv"));
    spec.nameTemplate = name;
    spec.contentTemplate = content;
    return Planner::plan(spec);
}

void TestCsvPlan::namesAndContentFromColumns()
{
    const Plan plan = planFor("Order ID,customer,index\n7,Ann,x\n8,\"B, \"\"Bo\"\"\",y\n",
                              QStringLiteral("{Order ID}-{customer}.txt"),
                              QStringLiteral("{index}/{n}/{count} {customer} {col:index} {col:1}"));
    QVERIFY2(plan.isValid(), qPrintable(plan.errors().value(0).message));
    QCOMPARE(plan.fileCount(), 2);
    QCOMPARE(plan.fileName(0), QStringLiteral("7-Ann.txt"));
    QCOMPARE(plan.fileName(1), QStringLiteral("8-B, \"Bo\".txt"));
    QCOMPARE(plan.contentText(1), QStringLiteral("2/2/2 B, \"Bo\" y 8"));
    QVERIFY(plan.spec.rows.fingerprint.startsWith(QStringLiteral("48:")));
}

void TestCsvPlan::badData_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown column suggests") << QByteArray("customer,city\nAnn,Rome\n") << QStringLiteral("{custmer}")
                                             << QStringLiteral("unknown placeholder {custmer} at column 1 (did you "
                                                               "mean {customer}? the rows file has the columns "
                                                               "{customer}, {city})");
    QTest::addRow("no such col") << QByteArray("a\n1\n") << QStringLiteral("{col:9}")
                                 << QStringLiteral("no column {col:9}");
    QTest::addRow("ragged") << QByteArray("a,b\n1,2\n3\n") << QStringLiteral("{a}")
                            << QStringLiteral("line 3: 1 values, but line 1 has 2");
    QTest::addRow("empty name") << QByteArray("a\nx\n\"\"\n") << QStringLiteral("{a}")
                                << QStringLiteral("rows file line 3 gives an empty file name");
    QTest::addRow("slash in value") << QByteArray("a\nx\n\"p/q\"\n") << QStringLiteral("f-{a}")
                                    << QStringLiteral("rows file line 3: column {a} gives \"p/q\" for the file name, "
                                                      "which contains '/'");
    QTest::addRow("line break in value") << QByteArray("a\n\"x\ny\"\n") << QStringLiteral("f-{a}")
                                         << QStringLiteral("line 2: column {a} gives \"x\\ny\"");
    QTest::addRow("dot dot") << QByteArray("a\nx\n..\n") << QStringLiteral("{a}")
                             << QStringLiteral("rows file line 3 gives the file name \"..\", which is no file name");
    QTest::addRow("too long") << QByteArray("a\n" + QByteArray(250, 'x') + "\n") << QStringLiteral("{a}-long.txt")
                              << QStringLiteral("rows file line 2 gives a file name of 259 bytes");
    QTest::addRow("collision") << QByteArray("a,b\nx,1\ny,2\n\"x\",3\n") << QStringLiteral("{a}.txt")
                               << QStringLiteral("rows file lines 2 and 4 both give the file name \"x.txt\"");
    QTest::addRow("header only") << QByteArray("a,b\n") << QStringLiteral("{a}")
                                 << QStringLiteral("has a header line but no data rows");
    QTest::addRow("bad encoding") << QByteArray("a\nok\n\xfe\n") << QStringLiteral("{a}")
                                  << QStringLiteral("not valid UTF-8: bad bytes at line 3");
    QTest::addRow("unterminated") << QByteArray("a\nok\n\"open\nmore\n") << QStringLiteral("{a}")
                                  << QStringLiteral("line 3: a quote opened there is never closed");
}

void TestCsvPlan::badData()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Plan plan = planFor(csv, name);
    QVERIFY(!plan.isValid());
    QStringList messages;
    for (const PlanProblem &problem : plan.errors())
        messages.append(problem.message);
    QVERIFY2(messages.join(u'\n').contains(message), qPrintable(messages.join(u'\n')));
}

void TestCsvPlan::hiddenColumnWarns()
{
    const Plan plan = planFor("index,v\n5,a\n6,b\n", QStringLiteral("f{index}.txt"));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.fileName(0), QStringLiteral("f1.txt"));
    QCOMPARE(plan.warnings().size(), 1);
    QVERIFY(plan.warnings().constFirst().message.contains(QStringLiteral("write {col:index} for the column")));
}

void TestCsvPlan::manyBadRowsAreCapped()
{
    QByteArray csv("a\n");
    for (int i = 0; i < 50000; ++i)
        csv += "same\n";
    const Plan plan = planFor(csv, QStringLiteral("{a}"));
    const QList<PlanProblem> errors = plan.errors();
    QCOMPARE(errors.size(), 21);
    QVERIFY(errors.constFirst().message.contains(QStringLiteral("lines 2 and 3 both give")));
    QVERIFY2(errors.constLast().message.contains(QStringLiteral("and 49,979 more problems")),
             qPrintable(errors.constLast().message));
}

void TestCsvPlan::replanRefusesChangedFile()
{
    const Plan plan = planFor("a\nx\ny\n", QStringLiteral("{a}"));
    QVERIFY(plan.isValid());
    QVERIFY(Planner::replan(plan.spec, plan.start).isValid());
    QVERIFY(m_dir.createFile(QStringLiteral("rows.csv"), "a\nx\nz\n"));
    const Plan again = Planner::replan(plan.spec, plan.start);
    QVERIFY(!again.isValid());
    QVERIFY(again.errors().constFirst().message.contains(QStringLiteral("changed since the run")));
}

void TestCsvPlan::sizesExact()
{
    const Plan plan =
        planFor("a,b\nx,\u00e9\nyy,\"q\"\"\"\n", QStringLiteral("{a}"), QStringLiteral("{b}-{index}{nl}"));
    QVERIFY(plan.isValid());
    qint64 sum = 0;
    for (qint64 p = 0; p < plan.fileCount(); ++p)
        sum += plan.contentBytes(p).size();
    QCOMPARE(plan.totalBytes, sum);
    QCOMPARE(sum, qint64(5 + 5));
}

// Caught in the plan, per row, with the line and the column: not at write time. Only the rows this job
// (or shard) writes and only the columns its content shows; never for a Unicode encoding.
void TestCsvPlan::valuesTheEncodingLacks_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("mode");    // "", "fill", "random", "shard 1/2", "shard 2/2"
    QTest::addColumn<QString>("message"); // empty: the plan is valid
    const QByteArray euro("a,b\nx,ok\ny,5 \u20ac\n");
    const QByteArray japan("a,b\nx,ok\ny,\u65e5\u672c\n");
    QTest::addRow("latin1: euro in the content")
        << euro << u"{a}"_s << u"{b}{nl}"_s << u"latin1"_s << QString()
        << u"rows file line 3: column {b} gives \"5 \u20ac\" for the content, whose character '\u20ac' (U+20ac) "
           "cannot be represented in latin1"_s;
    QTest::addRow("windows-1252 has the euro")
        << euro << u"{a}"_s << u"{b}"_s << u"windows-1252"_s << QString() << QString();
    QTest::addRow("windows-1252: kanji") << japan << u"{a}"_s << u"{b}"_s << u"windows-1252"_s << QString()
                                         << u"line 3: column {b} gives \"\u65e5\u672c\" for the content, whose "
                                            "character '\u65e5' (U+65e5) cannot be represented in windows-1252"_s;
    QTest::addRow("ascii: e acute") << QByteArray("a,b\nx,caf\u00e9\n") << u"{a}"_s << u"{b}"_s << u"US-ASCII"_s
                                    << QString() << u"line 2: column {b} gives \"caf\u00e9\""_s;
    QTest::addRow("through {name}") << QByteArray("a\nok\n\u65e5\u672c\n") << u"{a}.txt"_s << u"I am {name}"_s
                                    << u"latin1"_s << QString()
                                    << u"rows file line 3: column {a} gives \"\u65e5\u672c\" for the content"_s;
    QTest::addRow("a name alone is UTF-8")
        << QByteArray("a\nok\n\u65e5\u672c\n") << u"{a}.txt"_s << u"x"_s << u"latin1"_s << QString() << QString();
    QTest::addRow("a column the content does not show")
        << japan << u"{a}"_s << u"{a}"_s << u"latin1"_s << QString() << QString();
    QTest::addRow("UTF-8 represents all") << japan << u"{a}"_s << u"{b}"_s << u"UTF-8"_s << QString() << QString();
    QTest::addRow("UTF-16LE represents all")
        << japan << u"{a}"_s << u"{b}"_s << u"UTF-16LE"_s << QString() << QString();
    QTest::addRow("fill renders the template")
        << japan << u"{a}"_s << u"{b}"_s << u"latin1"_s << u"fill"_s << u"line 3: column {b} gives"_s;
    QTest::addRow("random bytes write no template")
        << japan << u"{a}"_s << u"{b}"_s << u"latin1"_s << u"random"_s << QString();
    QTest::addRow("shard 1/2: the other shard's row")
        << japan << u"{a}"_s << u"{b}"_s << u"latin1"_s << u"shard 1/2"_s << QString();
    QTest::addRow("shard 2/2: its own row")
        << japan << u"{a}"_s << u"{b}"_s << u"latin1"_s << u"shard 2/2"_s << u"line 3: column {b} gives"_s;
    QTest::addRow("physical line after a quoted line break")
        << QByteArray("a,b\n\"x\ny\",ok\nz,\u65e5\n") << u"{index}"_s << u"{b}"_s << u"latin1"_s << QString()
        << u"rows file line 4: column {b}"_s;
}

void TestCsvPlan::valuesTheEncodingLacks()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, encoding);
    QFETCH(QString, mode);
    QFETCH(QString, message);
    QVERIFY(m_dir.createFile(u"rows.csv"_s, csv));
    JobSpec spec;
    spec.folders = {m_dir.filePath(u"out"_s)};
    spec.rows.file = m_dir.filePath(u"rows.csv"_s);
    spec.nameTemplate = name;
    spec.contentTemplate = content;
    spec.encoding = encoding;
    if (mode == u"fill")
        spec.size = 100;
    else if (mode == u"random")
        spec.randomBytes = 100;
    else if (mode.startsWith(u"shard "))
        spec.shard = Shard{mode.mid(6, 1).toLongLong(), 2};
    const Plan plan = Planner::plan(spec);
    QStringList messages;
    for (const PlanProblem &problem : plan.errors())
        messages.append(problem.message);
    if (message.isEmpty()) {
        QVERIFY2(plan.isValid(), qPrintable(messages.join(u'\n')));
        return;
    }
    QVERIFY(!plan.isValid());
    QVERIFY2(messages.join(u'\n').contains(message), qPrintable(messages.join(u'\n')));
    QCOMPARE(messages.size(), 1); // one row, one problem
}

QTEST_GUILESS_MAIN(TestCsvPlan)
#include "tst_csvplan.moc"
