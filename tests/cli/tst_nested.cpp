// Nested folders end to end through quire-cli (in process): a '/' in the name template makes
// sub-folders, arithmetic in placeholders, the plan's folder count, conflicts inside sub-folders,
// undo of the sub-folders the run made, durable mode.
#include "tests/common/cliinprocess.h"
#include "tests/common/testdir.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using QuireTest::CliResult;
using QuireTest::runInProcess;

namespace {

QStringList nestedArgs(const QString &folder, int to)
{
    return {u"--folder"_s,  folder,
            u"--from"_s,    u"1"_s,
            u"--to"_s,      QString::number(to),
            u"--name"_s,    u"{index/10:00}/f-{index:000}.txt"_s,
            u"--content"_s, u"i{index}/{n%7}{nl}"_s};
}

// Every file and folder below root, relative, sorted: the exact tree.
QStringList tree(const QString &root)
{
    QStringList paths;
    const QDir base(root);
    const std::function<void(const QString &)> walk = [&](const QString &dir) {
        for (const QString &entry :
             QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
            const QString path = dir + u'/' + entry;
            paths.append(base.relativeFilePath(path));
            if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
                walk(path);
        }
    };
    walk(root);
    paths.sort();
    return paths;
}

} // namespace

class TestNested final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheTree();
    void shardsOneAfterAnother();
    void dryRunCountsFolders();
    void conflictsInsideExistingSubfolders();
    void undoRemovesOnlyCreatedEmptyFolders();
    void durableRun();
    void twoLevels();
    void planOfNames_data();
    void planOfNames();

private:
    QuireTest::TestDir m_data;
};

void TestNested::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestNested::writesTheTree()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    const CliResult r = runInProcess(nestedArgs(out, 21));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList expected{u"00"_s, u"01"_s, u"02"_s};
    for (int i = 1; i <= 21; ++i)
        expected.append(u"%1/f-%2.txt"_s.arg(i / 10, 2, 10, QLatin1Char('0')).arg(i, 3, 10, QLatin1Char('0')));
    expected.sort();
    QCOMPARE(tree(out), expected);
    QCOMPARE(dir.read(u"out/00/f-007.txt"_s), QByteArray("i7/0\n"));
    QCOMPARE(dir.read(u"out/01/f-015.txt"_s), QByteArray("i15/1\n"));
    QCOMPARE(dir.read(u"out/02/f-021.txt"_s), QByteArray("i21/0\n"));
}

// Sharded nested jobs: each shard scans only its own files, so shards run one after another into the
// same folders (another shard's files are not conflicts) and together write the whole tree.
void TestNested::shardsOneAfterAnother()
{
    QuireTest::TestDir dir;
    const QString whole = dir.filePath(u"whole"_s);
    const QString sharded = dir.filePath(u"sharded"_s);
    QVERIFY(runInProcess(nestedArgs(whole, 47)).exitCode == 0);
    for (int k = 1; k <= 3; ++k) {
        const CliResult r = runInProcess(nestedArgs(sharded, 47) << u"--shard"_s << u"%1/3"_s.arg(k));
        QVERIFY2(r.exitCode == 0, qPrintable(u"shard %1: "_s.arg(k) + r.err));
    }
    QCOMPARE(tree(sharded), tree(whole));
    for (const QString &path : tree(whole)) {
        if (QFileInfo(whole + u'/' + path).isFile())
            QCOMPARE(dir.read(u"sharded/"_s + path), dir.read(u"whole/"_s + path));
    }
}

void TestNested::dryRunCountsFolders()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    QVERIFY(dir.createDir(u"out/01"_s)); // exists: not counted
    const CliResult text = runInProcess(nestedArgs(out, 35) << u"--dry-run"_s);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"folders to create: 3\n"_s), qPrintable(text.out)); // 00, 02, 03
    QVERIFY2(text.out.contains(u"first: 00/f-001.txt"_s), qPrintable(text.out));
    const CliResult json = runInProcess(nestedArgs(out, 35) << u"--dry-run"_s << u"--format"_s << u"json"_s);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(u"counts"_s).toObject().value(u"subfoldersToCreate"_s).toInteger(), 3);
    QCOMPARE(tree(out), QStringList{u"01"_s});
}

void TestNested::conflictsInsideExistingSubfolders()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    QVERIFY(dir.createFile(u"out/01/f-012.txt"_s, "mine"));
    const CliResult fail = runInProcess(nestedArgs(out, 15));
    QCOMPARE(fail.exitCode, 2);
    QVERIFY2(fail.err.contains(u"01/f-012.txt"_s), qPrintable(fail.err));
    QCOMPARE(tree(out), (QStringList{u"01"_s, u"01/f-012.txt"_s}));
    const CliResult skip = runInProcess(nestedArgs(out, 15) << u"--if-exists"_s << u"skip"_s);
    QVERIFY2(skip.exitCode == 0, qPrintable(skip.err));
    QCOMPARE(dir.read(u"out/01/f-012.txt"_s), QByteArray("mine"));
    QCOMPARE(dir.read(u"out/01/f-013.txt"_s), QByteArray("i13/6\n"));
    // A planned sub-folder name held by a file: every file below it is refused in the plan.
    QVERIFY(dir.createFile(u"out2/01"_s, "a file"));
    const CliResult blocked = runInProcess(nestedArgs(dir.filePath(u"out2"_s), 15));
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.err.contains(u"\"01\""_s) && blocked.err.contains(u"the 6 files planned below it"_s),
             qPrintable(blocked.err));
    QCOMPARE(tree(dir.filePath(u"out2"_s)), QStringList{u"01"_s});
}

void TestNested::undoRemovesOnlyCreatedEmptyFolders()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    QVERIFY(dir.createDir(u"out/00"_s)); // there before the run: stays
    const CliResult run = runInProcess(nestedArgs(out, 35));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(dir.createFile(u"out/02/user.txt"_s, "user")); // someone's file in a folder the run made
    const CliResult show = runInProcess({u"show"_s, u"last"_s});
    QVERIFY2(show.out.contains(u"created  %1/03\n"_s.arg(out)), qPrintable(show.out));
    QVERIFY2(!show.out.contains(u"created  %1/00\n"_s.arg(out)), qPrintable(show.out));
    const CliResult undo = runInProcess({u"undo"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err + undo.out));
    QVERIFY2(undo.out.contains(u"deleted 35 file"_s), qPrintable(undo.out));
    QCOMPARE(tree(out), (QStringList{u"00"_s, u"02"_s, u"02/user.txt"_s}));
}

void TestNested::durableRun()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    const CliResult r = runInProcess(nestedArgs(out, 12) << u"--durable"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(tree(out).size(), 12 + 2);
    QCOMPARE(dir.read(u"out/01/f-010.txt"_s), QByteArray("i10/3\n"));
}

void TestNested::twoLevels()
{
    QuireTest::TestDir dir;
    const QString out = dir.filePath(u"out"_s);
    const CliResult r = runInProcess({u"--folder"_s, out, u"--from"_s, u"0"_s, u"--to"_s, u"7"_s, u"--name"_s,
                                      u"{index/4}/{index/2%2}/{index%2}.txt"_s, u"--content"_s, u"{index}"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(tree(out),
             (QStringList{u"0"_s, u"0/0"_s, u"0/0/0.txt"_s, u"0/0/1.txt"_s, u"0/1"_s, u"0/1/0.txt"_s, u"0/1/1.txt"_s,
                          u"1"_s, u"1/0"_s, u"1/0/0.txt"_s, u"1/0/1.txt"_s, u"1/1"_s, u"1/1/0.txt"_s, u"1/1/1.txt"_s}));
    QCOMPARE(dir.read(u"out/1/1/0.txt"_s), QByteArray("6"));
    const CliResult undo = runInProcess({u"undo"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err + undo.out));
    QVERIFY(!QFileInfo::exists(out)); // the target folder too: the run made it
}

// What the plan says of a name template (dry run, 1 to 30): exit code and a piece of its message.
void TestNested::planOfNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::addRow("folder per ten, unique") << u"{index/10}/f-{index}.txt"_s << 0 << u"folders to create: 4"_s;
    QTest::addRow("arithmetic only, collides") << u"{index/10}.txt"_s << 2 << u"index 1 and index 2"_s;
    QTest::addRow("arithmetic only, unique") << u"{index*2}.txt"_s << 0 << u"last:  60.txt"_s;
    QTest::addRow("folder and n") << u"{n%3}/{n}.txt"_s << 0 << u"folders to create: 3"_s;
    QTest::addRow("same file name in two folders") << u"{index%2}/{index/2}.txt"_s << 0 << u"folders to create: 2"_s;
    QTest::addRow("file name repeats in one folder") << u"{index%2}/{index/4}.txt"_s << 2 << u"collide"_s;
    QTest::addRow("reserved folder name") << u"{index/10+1:D1}x/COM{index/10+1}/f{index}"_s << 0 << u"COM1"_s;
    QTest::addRow("part of 256 bytes") << QString(250, u'a') + u"{index:000000}/f"_s << 2 << u"255"_s;
}

void TestNested::planOfNames()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    QuireTest::TestDir dir;
    const CliResult r = runInProcess({u"--folder"_s, dir.filePath(u"out"_s), u"--from"_s, u"1"_s, u"--to"_s, u"30"_s,
                                      u"--name"_s, name, u"--dry-run"_s});
    QCOMPARE(r.exitCode, exitCode);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(mention), qPrintable(said));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s)));
}

QTEST_GUILESS_MAIN(TestNested)
#include "tst_nested.moc"
