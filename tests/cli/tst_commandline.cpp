#include "cli/cliparser.h"
#include "core/job/commandline.h"
#include "core/plan/planner.h"
#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Quire;
using namespace QuireTest;

// Edit › Copy as command line: the quire-cli invocation of a job, quoted for a POSIX shell.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotingSurvivesARealShell_data();
    void quotingSurvivesARealShell();
    void argumentsParseBackToTheSameJob_data();
    void argumentsParseBackToTheSameJob();
    void theCopiedCommandWritesTheSameFiles();
};

namespace {

// What sh makes of a command line: its words, NUL-separated, through printf.
QByteArray shellWords(const QString &quotedWords)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + quotedWords});
    if (!shell.waitForFinished(10'000))
        return "<sh did not finish>";
    return shell.readAllStandardOutput();
}

JobSpec jobIn(const QString &folder)
{
    JobSpec spec;
    spec.folders = {folder};
    return spec;
}

} // namespace

void TestCommandLine::quotingSurvivesARealShell_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("bare");
    QTest::addRow("plain") << QStringLiteral("--from=11") << true;
    QTest::addRow("path") << QStringLiteral("/tmp/a-b_c.d") << true;
    QTest::addRow("space") << QStringLiteral("--name=file {index}.txt") << false;
    QTest::addRow("single quote") << QStringLiteral("--content=it's {n}") << false;
    QTest::addRow("only quotes") << QStringLiteral("''") << false;
    QTest::addRow("dollar and backquote") << QStringLiteral("$HOME `id` $(id) \\ \"x\"") << false;
    QTest::addRow("glob") << QStringLiteral("*.txt ?[a]") << false;
    QTest::addRow("newline and tab") << QStringLiteral("line 1\nline 2\tend") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("leading dash value") << QStringLiteral("--content=-x") << true;
    QTest::addRow("tilde") << QStringLiteral("~/folder") << false;
    QTest::addRow("unicode") << QStringLiteral("Größe – 日本 😀") << false;
    QTest::addRow("semicolon and pipe") << QStringLiteral("a; rm -rf x | y & z") << false;
}

void TestCommandLine::quotingSurvivesARealShell()
{
    QFETCH(QString, argument);
    QFETCH(bool, bare);
    const QString quoted = shellQuote(argument);
    QCOMPARE(quoted == argument, bare);
    QCOMPARE(shellWords(quoted), argument.toUtf8() + '\0');
    // Two arguments stay two words.
    QCOMPARE(shellWords(quoted + QLatin1Char(' ') + quoted), QByteArray(argument.toUtf8() + '\0').repeated(2));
}

void TestCommandLine::argumentsParseBackToTheSameJob_data()
{
    QTest::addColumn<JobSpec>("spec");
    const QString folder = QStringLiteral("/tmp/some folder");
    QTest::addRow("defaults") << jobIn(folder);
    JobSpec every = jobIn(folder);
    every.folders << QStringLiteral("/tmp/-second");
    every.from = -5;
    every.to = -50;
    every.step = -3;
    every.nameTemplate = QStringLiteral("-{index:000} it's.txt");
    every.contentTemplate = QStringLiteral("-line one\nline 'two' {uuid}{nl}");
    every.encoding = QStringLiteral("UTF-16LE");
    every.bom = true;
    every.lineEnding = LineEnding::CrLf;
    every.ifExists = IfExists::Overwrite;
    every.backup = true;
    every.parallel = 3;
    every.durable = true;
    every.writeMethod = WriteMethod::Atomic;
    every.stopOnError = true;
    every.seed = 42;
    QTest::addRow("every field") << every;
    JobSpec fromFile = jobIn(folder);
    fromFile.contentFile = QStringLiteral("/tmp/a template.txt");
    fromFile.contentFileEncoding = QStringLiteral("ISO-8859-1");
    fromFile.ifExists = IfExists::Rename;
    fromFile.lineEnding = LineEnding::Cr;
    QTest::addRow("content file") << fromFile;
    JobSpec csv = jobIn(folder);
    csv.rows.file = QStringLiteral("/tmp/orders 2026.csv");
    csv.rows.delimiter = QStringLiteral("tab");
    csv.rows.header = false;
    csv.rows.encoding = QStringLiteral("windows-1252");
    csv.rows.trim = true;
    csv.nameTemplate = QStringLiteral("{1}/{2}.txt");
    QTest::addRow("csv rows, nested") << csv;
    JobSpec fill = jobIn(folder);
    fill.size = 4096;
    fill.verify = true;
    QTest::addRow("fill to size, verify") << fill;
    JobSpec random = jobIn(folder);
    random.randomBytes = 1 << 20;
    random.seed = 9;
    random.contentTemplate = JobSpec().contentTemplate; // not part of a random job's command
    QTest::addRow("random bytes") << random;
    JobSpec copy = jobIn(folder);
    copy.copyFrom = QStringLiteral("/tmp/a source.bin");
    QTest::addRow("copy from") << copy;
    JobSpec sparse = jobIn(folder);
    sparse.sparse = qint64(2) << 30;
    QTest::addRow("sparse") << sparse;
    JobSpec shard = jobIn(folder);
    shard.shard = Shard{2, 4};
    shard.runTime = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    shard.contentTemplate = QStringLiteral("{date} {time} {index}");
    QTest::addRow("shard and run time") << shard;
}

void TestCommandLine::argumentsParseBackToTheSameJob()
{
    QFETCH(JobSpec, spec);
    CliParser parser;
    QStringList errors;
    const auto request = parser.parse(QStringList{QStringLiteral("quire-cli")} + commandLineArguments(spec), &errors);
    QVERIFY2(request && errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(request->spec, spec);
}

void TestCommandLine::theCopiedCommandWritesTheSameFiles()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = jobIn(QDir(dir.path()).filePath(QStringLiteral("it's here")));
    spec.from = 3;
    spec.to = 7;
    spec.nameTemplate = QStringLiteral("file {index:00}.txt");
    spec.contentTemplate = QStringLiteral("$HOME 'quoted' {index}{nl}second line {random:6}");
    spec.seed = 7;
    const QString command = shellCommandLine(spec);
    QVERIFY2(command.startsWith(QStringLiteral("quire-cli ")), qPrintable(command));
    QProcess shell;
    shell.setProcessEnvironment(englishEnvironment());
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), shellQuote(cliPath()) + command.mid(int(qstrlen("quire-cli")))});
    const CliResult result = runToEnd(shell, 30'000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    // The files are exactly the job's, as the planner renders them (replan: the files are there now).
    const Plan plan = Planner::replan(spec, QDateTime::currentDateTime());
    QVERIFY(plan.isValid());
    QCOMPARE(entryNames(spec.folders.first()).size(), 5);
    for (qint64 position = 0; position < plan.fileCount(); ++position)
        QCOMPARE(readFile(plan.filePath(position)), plan.contentBytes(position));
    QCOMPARE(readFile(QDir(spec.folders.first()).filePath(QStringLiteral("file 03.txt"))).left(22),
             QByteArray("$HOME 'quoted' 3\nsecon"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
