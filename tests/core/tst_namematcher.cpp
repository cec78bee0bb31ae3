// NameMatcher (the conflict scan's fast path) and NameHashSet (its fallback), checked against the
// plainest possible oracle: render every planned name and compare.
#include "core/plan/namehashset.h"
#include "core/plan/namematcher.h"

#include <QTest>

#include <string>

using namespace Quire;
using namespace Qt::StringLiterals;

namespace {

Template compiled(const QString &text)
{
    QList<TemplateError> errors;
    const Template name = Template::compile(text, TemplateKind::Name, &errors);
    return name.bound(TemplateConstants{});
}

// The position whose rendered name is exactly candidate, by rendering them all.
qint64 oracle(const Template &name, qint64 from, qint64 step, qint64 count, const QString &candidate)
{
    for (qint64 i = 0; i < count; ++i) {
        if (name.render(FileContext{from + i * step, i + 1, {}}) == candidate)
            return i;
    }
    return -1;
}

} // namespace

class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void unusableTemplates_data();
    void unusableTemplates();
    void hashSet();
};

void TestNameMatcher::positions_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QStringList>("names");
    const QStringList common{u"file-000001.txt"_s,
                             u"file-1.txt"_s,
                             u"file-000000.txt"_s,
                             u"file-000101.txt"_s,
                             u"file-000102.txt"_s,
                             u"file-00001.txt"_s,
                             u"file-000001.txtx"_s,
                             u"xfile-000001.txt"_s,
                             u"file--00001.txt"_s,
                             u"file-.txt"_s,
                             u"file-000050"_s,
                             u"."_s,
                             u".."_s,
                             u""_s};
    QTest::addRow("padded") << u"file-{index:000000}.txt"_s << qint64(1) << qint64(1) << qint64(100) << common;
    QTest::addRow("step 5") << u"file-{index:000000}.txt"_s << qint64(1) << qint64(5) << qint64(30)
                            << (common + QStringList{u"file-000006.txt"_s, u"file-000007.txt"_s, u"file-000146.txt"_s,
                                                     u"file-000151.txt"_s});
    QTest::addRow("counting down") << u"f{index}"_s << qint64(10) << qint64(-3) << qint64(8)
                                   << QStringList{u"f10"_s, u"f7"_s,   u"f-11"_s, u"f-14"_s, u"f9"_s,
                                                  u"f13"_s, u"f010"_s, u"f-8"_s,  u"f"_s};
    QTest::addRow("negative, padded") << u"{index:000}.dat"_s << qint64(-20) << qint64(7) << qint64(6)
                                      << QStringList{u"-020.dat"_s,  u"-013.dat"_s, u"-006.dat"_s, u"001.dat"_s,
                                                     u"015.dat"_s,   u"022.dat"_s,  u"-20.dat"_s,  u"008.dat"_s,
                                                     u"--020.dat"_s, u"-0020.dat"_s};
    QTest::addRow("hex") << u"shard-{index:x4}.bin"_s << qint64(250) << qint64(1) << qint64(20)
                         << QStringList{u"shard-00fa.bin"_s, u"shard-00FA.bin"_s, u"shard-0109.bin"_s,
                                        u"shard-010d.bin"_s, u"shard-00f9.bin"_s, u"shard-fa.bin"_s};
    QTest::addRow("upper hex") << u"{index:X}"_s << qint64(0) << qint64(1) << qint64(300)
                               << QStringList{u"0"_s, u"FF"_s, u"ff"_s, u"12B"_s, u"12C"_s, u"00"_s};
    QTest::addRow("{n} then {index}") << u"{n}-{index:00}.txt"_s << qint64(5) << qint64(2) << qint64(10)
                                      << QStringList{u"1-05.txt"_s,  u"2-07.txt"_s,  u"2-05.txt"_s, u"10-23.txt"_s,
                                                     u"11-25.txt"_s, u"01-05.txt"_s, u"0-03.txt"_s};
    QTest::addRow("number last") << u"report {index}"_s << qint64(98) << qint64(1) << qint64(5)
                                 << QStringList{u"report 98"_s, u"report 102"_s, u"report 103"_s, u"report 99 "_s,
                                                u"report 099"_s};
    QTest::addRow("limits") << u"x{index}"_s << qint64(9223372036854775800) << qint64(1) << qint64(7)
                            << QStringList{u"x9223372036854775806"_s, u"x9223372036854775807"_s,
                                           u"x9223372036854775808"_s, u"x99999999999999999999999"_s,
                                           u"x-9223372036854775808"_s};
}

void TestNameMatcher::positions()
{
    QFETCH(QString, templateText);
    QFETCH(qint64, from);
    QFETCH(qint64, step);
    QFETCH(qint64, count);
    QFETCH(QStringList, names);
    const Template name = compiled(templateText);
    QVERIFY(name.isValid());
    NameMatcher matcher(name, FileMap::indexRange(from, step, count, 1));
    QVERIFY(matcher.isUsable());
    int matches = 0;
    for (const QString &candidate : std::as_const(names)) {
        const std::string bytes = candidate.toStdString();
        const qint64 expected = oracle(name, from, step, count, candidate);
        QCOMPARE(matcher.positionOf(bytes), expected);
        matches += expected >= 0 ? 1 : 0;
    }
    QVERIFY2(matches > 0, "every row has names that are planned");
}

void TestNameMatcher::unusableTemplates_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addRow("no number") << u"fixed.txt"_s;
    QTest::addRow("digit after the number") << u"file-{index}0.txt"_s;
    QTest::addRow("hex letter after a hex number") << u"{index:x}b.txt"_s;
    QTest::addRow("two numbers in a row") << u"{index}{n}"_s;
    QTest::addRow("non-ASCII text") << u"fïle-{index}.txt"_s;
    QTest::addRow("uuid") << u"{uuid}-{index}"_s;
    QTest::addRow("random") << u"{index}-{random:6}"_s;
}

void TestNameMatcher::unusableTemplates()
{
    QFETCH(QString, templateText);
    const Template name = compiled(templateText);
    QVERIFY(name.isValid());
    NameMatcher matcher(name, FileMap::indexRange(1, 1, 10, 1));
    QVERIFY(!matcher.isUsable());
    QCOMPARE(matcher.positionOf("file-1.txt"), qint64(-1));
}

void TestNameMatcher::hashSet()
{
    NameHashSet set;
    QVERIFY(set.isEmpty());
    QVERIFY(!set.mayContain(NameHashSet::hash("a", 1)));
    for (int i = 0; i < 5000; ++i) {
        const std::string name = "file-" + std::to_string(i) + ".txt";
        set.insert(NameHashSet::hash(name.data(), name.size()));
    }
    QCOMPARE(set.size(), qsizetype(5000));
    for (int i = 0; i < 5000; ++i) {
        const std::string name = "file-" + std::to_string(i) + ".txt";
        QVERIFY(set.mayContain(NameHashSet::hash(name.data(), name.size())));
    }
    int falseHits = 0;
    for (int i = 5000; i < 105000; ++i) {
        const std::string name = "file-" + std::to_string(i) + ".txt";
        falseHits += set.mayContain(NameHashSet::hash(name.data(), name.size())) ? 1 : 0;
    }
    QCOMPARE(falseHits, 0); // 64-bit hashes: a collision among these would point at a broken hash
    set.insert(NameHashSet::hash("file-0.txt", 10));
    QCOMPARE(set.size(), qsizetype(5000));
    QVERIFY(NameHashSet::hash("", 0) != 0);
    QVERIFY(NameHashSet::hash("abcdefgh", 8) != NameHashSet::hash("abcdefgh\0", 9));
}

QTEST_GUILESS_MAIN(TestNameMatcher)

#include "tst_namematcher.moc"
