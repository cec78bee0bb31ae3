#include "cli/clirunner.h"
#include "core/job/jobspec.h"
#include "tests/common/cliinprocess.h"
#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuireTest;

namespace {

const QString errorPrefix = u"quire-cli: error:"_s;

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    return out;
}

QStringList seedArgs(const QString &folder, int from, int to)
{
    return {u"--folder"_s,  folder,
            u"--from"_s,    QString::number(from),
            u"--to"_s,      QString::number(to),
            u"--name"_s,    u"file-{index:00}.txt"_s,
            u"--content"_s, u"In file {index}{nl}"_s};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void version();
    void listEncodings();
    void invalidJob_data();
    void invalidJob();
    void existingFilesUnderFail();
    void seedExampleUtf8();
    void seedExampleUtf16le();
    void dryRunWritesNothing();
    void jobFileEqualsFlags();
    void report_data();
    void report();
    void quiet();
    void failingFileExitsOne();
    void binaryExitCodesAndStreams();
};

void TestCli::help()
{
    const CliResult r = runInProcess({u"--help"_s});
    QCOMPARE(r.exitCode, int(Quire::ExitOk));
    for (const QString &option :
         {u"--folder"_s, u"--from"_s, u"--to"_s, u"--step"_s, u"--name"_s, u"--content"_s, u"--content-file"_s,
          u"--encoding"_s, u"--bom"_s, u"--eol"_s, u"--if-exists"_s, u"--jobs"_s, u"--durable"_s, u"--dry-run"_s,
          u"--job"_s, u"--report"_s, u"--list-encodings"_s, u"--quiet"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
    // The exit codes are a stable interface: --help documents them.
    QVERIFY2(r.out.contains(u"exit"_s, Qt::CaseInsensitive), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"{index"_s), "the template reference is missing from --help");
}

void TestCli::version()
{
    const CliResult r = runInProcess({u"--version"_s});
    QCOMPARE(r.exitCode, int(Quire::ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral(QUIRE_VERSION)), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::listEncodings()
{
    const CliResult r = runInProcess({u"--list-encodings"_s});
    QCOMPARE(r.exitCode, int(Quire::ExitOk));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QCOMPARE(lines.constFirst().trimmed(), u"UTF-8"_s);
    for (const QString &name : {u"UTF-16LE"_s, u"windows-1252"_s, u"Shift_JIS"_s, u"GB18030"_s, u"KOI8-R"_s})
        QVERIFY2(r.out.contains(name, Qt::CaseInsensitive), qPrintable(name));
}

void TestCli::invalidJob_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");

    const QStringList seed = seedArgs(u"OUT"_s, 1, 10);
    const auto with = [&seed](const QStringList &extra) {
        return seed + extra;
    };
    QTest::addRow("unknown option") << with({u"--bogus"_s}) << u"bogus"_s;
    QTest::addRow("missing value") << with({u"--step"_s}) << u"step"_s;
    QTest::addRow("bad number") << (QStringList{u"--from"_s, u"abc"_s, u"--folder"_s, u"OUT"_s, u"--to"_s, u"3"_s})
                                << u"abc"_s;
    QTest::addRow("bad step") << with({u"--step"_s, u"1.5"_s}) << u"1.5"_s;
    QTest::addRow("zero step") << with({u"--step"_s, u"0"_s}) << u"step"_s;
    QTest::addRow("empty range") << (QStringList{u"--folder"_s, u"OUT"_s, u"--from"_s, u"5"_s, u"--to"_s, u"1"_s,
                                                 u"--name"_s, u"f{index}"_s, u"--content"_s, u"x"_s})
                                 << u"range"_s;
    QTest::addRow("invalid name template") << with({u"--name"_s, u"f{indx}"_s}) << u"did you mean {index}?"_s;
    QTest::addRow("invalid content template") << with({u"--content"_s, u"a}b"_s}) << u"content"_s;
    QTest::addRow("unknown encoding") << with({u"--encoding"_s, u"klingon-8"_s}) << u"klingon-8"_s;
    QTest::addRow("bad eol") << with({u"--eol"_s, u"unix"_s}) << u"unix"_s;
    QTest::addRow("bad if-exists") << with({u"--if-exists"_s, u"clobber"_s}) << u"clobber"_s;
    QTest::addRow("too many jobs") << with({u"--jobs"_s, u"100000"_s}) << u"256"_s;
    QTest::addRow("no folder") << (QStringList{u"--from"_s, u"1"_s, u"--to"_s, u"3"_s}) << u"folder"_s;
    QTest::addRow("missing job file") << (QStringList{u"--job"_s, u"OUT-missing.json"_s}) << u"out-missing.json"_s;
    QTest::addRow("unrepresentable") << with({u"--encoding"_s, u"ISO-8859-1"_s, u"--content"_s, u"5 €"_s}) << u"€"_s;
    QTest::addRow("collision") << with({u"--name"_s, u"same.txt"_s}) << u"same.txt"_s;
    QTest::addRow("report in a missing folder") << with({u"--report"_s, u"OUT-missing/r.csv"_s}) << u"does not exist"_s;
    QTest::addRow("report of unknown kind") << with({u"--report"_s, u"r.txt"_s}) << u".csv or a .json"_s;
    QTest::addRow("ambiguous UTF-16") << with({u"--encoding"_s, u"utf-16"_s}) << u"UTF-16LE"_s;
}

void TestCli::invalidJob()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);

    TestDir dir;
    QVERIFY(dir.isValid());
    for (QString &arg : args)
        arg.replace(u"OUT"_s, dir.filePath(u"out"_s));
    const CliResult r = runInProcess(args);
    QCOMPARE(r.exitCode, int(Quire::ExitInvalidJob));
    QVERIFY2(r.err.startsWith(errorPrefix), qPrintable(r.err));
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY2(dir.entries().isEmpty(), "an invalid job wrote something");
}

void TestCli::existingFilesUnderFail()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"file-03.txt"_s, "old"));
    const CliResult r = runInProcess(seedArgs(dir.path(), 1, 10));
    QCOMPARE(r.exitCode, int(Quire::ExitInvalidJob));
    QVERIFY2(r.err.startsWith(errorPrefix), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"file-03.txt"_s), qPrintable(r.err));
    QCOMPARE(dir.entries(), QStringList{u"file-03.txt"_s});
    QCOMPARE(dir.read(u"file-03.txt"_s), QByteArray("old"));
}

void TestCli::seedExampleUtf8()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QVERIFY(dir.isValid());
    const CliResult r = runCli(seedArgs(u"tempfolder"_s, 11, 20), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString folder = dir.filePath(u"tempfolder"_s);
    QStringList expectedNames;
    for (int i = 11; i <= 20; ++i)
        expectedNames << u"file-%1.txt"_s.arg(i);
    QCOMPARE(entryNames(folder), expectedNames);
    for (int i = 11; i <= 20; ++i)
        QCOMPARE(readFile(folder + u"/file-%1.txt"_s.arg(i)), QByteArray("In file ") + QByteArray::number(i) + '\n');
}

void TestCli::seedExampleUtf16le()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QVERIFY(dir.isValid());
    const CliResult r =
        runCli(seedArgs(u"tempfolder"_s, 1, 10) + QStringList{u"--encoding"_s, u"utf-16le"_s}, dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString folder = dir.filePath(u"tempfolder"_s);
    QStringList expectedNames;
    for (int i = 1; i <= 10; ++i)
        expectedNames << u"file-%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
    QCOMPARE(entryNames(folder), expectedNames);
    for (int i = 1; i <= 10; ++i) {
        // What Encoding.Unicode.GetBytes gives: UTF-16LE, no BOM.
        const QByteArray bytes = readFile(folder + u"/"_s + expectedNames.at(i - 1));
        QCOMPARE(bytes.toHex(' '), utf16le(u"In file %1\n"_s.arg(i)).toHex(' '));
    }
    QCOMPARE(readFile(folder + u"/file-01.txt"_s), QByteArray("I\0n\0 \0f\0i\0l\0e\0 \0001\0\n\0", 20));
}

void TestCli::dryRunWritesNothing()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"a/b"_s);
    const CliResult r = runInProcess(seedArgs(folder, 11, 20) + QStringList{u"--dry-run"_s});
    QCOMPARE(r.exitCode, int(Quire::ExitOk));
    QVERIFY2(dir.entries().isEmpty(), "--dry-run created something");
    for (const QString &part : {u"10"_s, u"file-11.txt"_s, u"file-20.txt"_s, folder})
        QVERIFY2(r.out.contains(part), qPrintable(part + u" missing from:\n"_s + r.out));
    QVERIFY2(r.out.contains(u"create"_s, Qt::CaseInsensitive), "the plan must say the folder will be created");
    QVERIFY2(r.out.contains(u"110"_s), "the plan must give the total size (110 bytes)");
}

void TestCli::jobFileEqualsFlags()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString byFlags = dir.filePath(u"flags"_s);
    const QString byJob = dir.filePath(u"job"_s);
    const QStringList extra{u"--encoding"_s, u"UTF-16BE"_s, u"--bom"_s, u"--eol"_s, u"crlf"_s, u"--step"_s, u"3"_s};
    const CliResult flags = runInProcess(seedArgs(byFlags, 11, 20) + extra);
    QVERIFY2(flags.exitCode == 0, qPrintable(flags.err));

    Quire::JobSpec spec;
    spec.folders = QStringList{byJob};
    spec.from = 11;
    spec.to = 20;
    spec.step = 3;
    spec.nameTemplate = u"file-{index:00}.txt"_s;
    spec.contentTemplate = u"In file {index}{nl}"_s;
    spec.encoding = u"UTF-16BE"_s;
    spec.bom = true;
    spec.lineEnding = Quire::LineEnding::CrLf;
    const QString jobPath = dir.filePath(u"job.json"_s);
    QVERIFY(writeFile(jobPath, QJsonDocument(spec.toJson()).toJson()));
    const CliResult job = runInProcess({u"--job"_s, jobPath});
    QVERIFY2(job.exitCode == 0, qPrintable(job.err));

    const QStringList names{u"file-11.txt"_s, u"file-14.txt"_s, u"file-17.txt"_s, u"file-20.txt"_s};
    QCOMPARE(entryNames(byFlags), names);
    QCOMPARE(entryNames(byJob), names);
    for (const QString &name : names)
        QCOMPARE(readFile(byJob + u'/' + name), readFile(byFlags + u'/' + name));
    QCOMPARE(readFile(byJob + u"/file-11.txt"_s).toHex(' '),
             QByteArray::fromHex("feff0049006e002000660069006c0065002000310031000d000a").toHex(' '));
}

void TestCli::report_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("csv") << u"report.csv"_s;
    QTest::addRow("json") << u"report.json"_s;
}

void TestCli::report()
{
    QFETCH(QString, name);
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    const CliResult r = runInProcess(seedArgs(dir.filePath(u"out"_s), 11, 20) + QStringList{u"--report"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray text = readFile(path);
    if (name.endsWith(u".json"_s)) {
        const QJsonArray files = QJsonDocument::fromJson(text).object().value(u"files"_s).toArray();
        QCOMPARE(files.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(files.at(i).toObject().value(u"file"_s).toString(), u"file-%1.txt"_s.arg(11 + i));
            QCOMPARE(files.at(i).toObject().value(u"status"_s).toString(), u"created"_s);
        }
    } else {
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 11);
        for (int i = 1; i <= 10; ++i) {
            QVERIFY2(lines.at(i).contains(QByteArray("file-" + QByteArray::number(10 + i) + ".txt")),
                     lines.at(i).constData());
            QVERIFY2(lines.at(i).contains(",created,"), lines.at(i).constData());
        }
    }
}

void TestCli::quiet()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const CliResult loud = runInProcess(seedArgs(dir.filePath(u"loud"_s), 11, 20));
    QCOMPARE(loud.exitCode, 0);
    QVERIFY2(loud.out.contains(u"10"_s), qPrintable(loud.out));
    const CliResult r = runInProcess(seedArgs(dir.filePath(u"quiet"_s), 11, 20) + QStringList{u"--quiet"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(dir.entries(u"quiet"_s).size(), 10);
}

void TestCli::failingFileExitsOne()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(folder + u"/file-15.txt/inside"_s));
    const CliResult r =
        runInProcess(seedArgs(folder, 11, 20) + QStringList{u"--if-exists"_s, u"overwrite"_s, u"--quiet"_s});
    QCOMPARE(r.exitCode, int(Quire::ExitSomeFailed));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    const auto failedLine =
        std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u"file-15.txt"_s); });
    QVERIFY2(failedLine != lines.cend(), qPrintable(r.err));
    QVERIFY2(failedLine->startsWith(u"quire-cli:"_s), qPrintable(*failedLine));
    // The reason: whatever the OS said, after the path.
    const QString reason = failedLine->mid(failedLine->indexOf(u"file-15.txt"_s) + 11);
    QVERIFY2(reason.size() > 3, qPrintable(*failedLine));
    QCOMPARE(entryNames(folder).size(), 10);
    QVERIFY(QFileInfo(folder + u"/file-15.txt"_s).isDir());
    QCOMPARE(readFile(folder + u"/file-16.txt"_s), QByteArray("In file 16\n"));
}

void TestCli::binaryExitCodesAndStreams()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QVERIFY(dir.isValid());

    // stderr is a pipe here, not a terminal: no progress line, nothing at all on success.
    const CliResult ok = runCli(seedArgs(u"out"_s, 1, 2000), dir.path());
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.err.isEmpty(), qPrintable(ok.err));
    QVERIFY(!ok.out.contains(u'\r'));
    QCOMPARE(dir.entries(u"out"_s).size(), 2000);

    const CliResult usage = runCli({u"--folder"_s, u"x"_s, u"--from"_s, u"abc"_s}, dir.path());
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.startsWith(errorPrefix), qPrintable(usage.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"x"_s)));

    QVERIFY(QDir().mkpath(dir.filePath(u"bad/file-02.txt/x"_s)));
    const CliResult failed =
        runCli(seedArgs(u"bad"_s, 1, 3) + QStringList{u"--if-exists"_s, u"overwrite"_s}, dir.path());
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(u"file-02.txt"_s), qPrintable(failed.err));
    QVERIFY(!failed.err.contains(u'\r'));

    const CliResult help = runCli({u"--help"_s}, dir.path());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--folder"_s));
    const CliResult version = runCli({u"--version"_s}, dir.path());
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral(QUIRE_VERSION)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
