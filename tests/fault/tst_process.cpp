// The process around a run, through the real quire-cli: a closed pipe (SIGPIPE), closed standard
// streams, a full output device, SIGINT/SIGTERM/SIGHUP/SIGSTOP in the middle of a run, a SIGHUP that
// nohup ignores, and a process limit that lets fewer writer threads (or none) start. Every run ends,
// its exit code tells its outcome, and every file is complete.
#include "faulthelpers.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace FaultTest;

namespace {

constexpr qint64 BigRun = 150'000;

QString nameOf(qint64 index)
{
    return QStringLiteral("p%1.txt").arg(index, 6, 10, QLatin1Char('0'));
}

QByteArray contentOf(qint64 index)
{
    return "file " + QByteArray::number(index) + "\nend of file " + QByteArray::number(index) + '\n';
}

QStringList runArgs(const QString &folder, qint64 count)
{
    return {QStringLiteral("--folder"),  folder,
            QStringLiteral("--from"),    QStringLiteral("1"),
            QStringLiteral("--to"),      QString::number(count),
            QStringLiteral("--name"),    QStringLiteral("p{index:000000}.txt"),
            QStringLiteral("--content"), QStringLiteral("file {index}{nl}end of file {index}{nl}")};
}

// Runs a bash script with quire-cli as $Q (the way a user's shell would run it).
CliResult runShell(const QString &script, const QString &journals = {})
{
    QProcess process;
    process.setProgram(QStringLiteral("/bin/bash"));
    process.setArguments({QStringLiteral("-c"), script});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("Q"), cliPath());
    if (!journals.isEmpty())
        environment.insert(QStringLiteral("XDG_DATA_HOME"), journals);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    return QuireTest::runToEnd(process, 120000);
}

QString shellQuote(const QStringList &args)
{
    QStringList quoted;
    for (QString arg : args)
        quoted.append(u'\'' + arg.replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    return quoted.join(u' ');
}

// Waits until the run has written some files (so the signal lands in the middle), without sleeping blind.
bool waitForFirstFiles(QProcess &process, const QString &folder)
{
    QDir dir(folder);
    for (int i = 0; i < 3000 && process.state() == QProcess::Running; ++i) {
        if (dir.entryList(QDir::Files).size() > 10)
            return true;
        QTest::qWait(5);
    }
    return process.state() == QProcess::Running;
}

} // namespace

class TestProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void closedPipe_data();
    void closedPipe();
    void requestedOutputLost_data();
    void requestedOutputLost();
    void closedStandardStreams_data();
    void closedStandardStreams();
    void signalMidRun_data();
    void signalMidRun();
    void threadLimit_data();
    void threadLimit();
    void threadCreationFails_data();
    void threadCreationFails();
};

void TestProcess::init()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestProcess::closedPipe_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("withFailure");
    // `| true` exits at once: every line quire-cli prints afterwards meets a closed pipe (EPIPE, SIGPIPE).
    QTest::newRow("stdout and stderr") << QStringLiteral("2>&1 | true") << false;
    QTest::newRow("stderr only") << QStringLiteral("2>&1 >/dev/null | true") << false;
    QTest::newRow("stderr, with a failed file") << QStringLiteral("2>&1 >/dev/null | true") << true;
    QTest::newRow("head -1") << QStringLiteral("2>&1 | head -1 >/dev/null") << true;
}

void TestProcess::closedPipe()
{
    QFETCH(QString, redirect);
    QFETCH(bool, withFailure);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("out"));
    constexpr qint64 count = 2000;
    QVERIFY(QDir().mkpath(folder));
    if (withFailure) // a folder at a planned name: one per-file error on stderr, exit 1
        QVERIFY(QDir().mkpath(folder + u'/' + nameOf(7)));
    const QString report = tmp.filePath(QStringLiteral("report.json"));
    QStringList args = runArgs(folder, count);
    args << QStringLiteral("--report") << report << QStringLiteral("--no-journal") << QStringLiteral("--if-exists")
         << QStringLiteral("overwrite");
    const CliResult result = runShell(
        QStringLiteral("set -o pipefail; \"$Q\" %1 %2; echo status=${PIPESTATUS[0]}").arg(shellQuote(args), redirect));
    QVERIFY2(result.exitCode >= 0, qPrintable(result.describe()));
    // Not 141 (killed by SIGPIPE): the run went on and its outcome decides the code.
    QVERIFY2(result.out.contains(withFailure ? u"status=1" : u"status=0"), qPrintable(result.describe()));
    const FolderCheck check = checkFolder(folder, 1, count, nameOf, contentOf);
    QCOMPARE(check.exact, count - (withFailure ? 1 : 0));
    QCOMPARE(check.corrupt, withFailure ? 1 : 0); // the folder at the planned name, untouched
    QVERIFY(check.strangers.isEmpty());
    const QJsonObject written = QJsonDocument::fromJson(readFile(report)).object();
    QVERIFY2(!written.isEmpty(), "the report was not written after the pipe closed");
}

void TestProcess::requestedOutputLost_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<int>("expected");
    const QStringList dryRun{QStringLiteral("--folder"), QStringLiteral("x"), QStringLiteral("--to"),
                             QStringLiteral("3"), QStringLiteral("--dry-run")};
    QTest::newRow("dry run into a full device") << dryRun << QStringLiteral(">/dev/full") << 1;
    QTest::newRow("dry run into a closed pipe") << dryRun << QStringLiteral("| true") << 1;
    QTest::newRow("encodings into a full device")
        << QStringList{QStringLiteral("--list-encodings")} << QStringLiteral(">/dev/full") << 1;
    QTest::newRow("help into a full device")
        << QStringList{QStringLiteral("--help")} << QStringLiteral(">/dev/full") << 1;
    QTest::newRow("dry run, output fine") << dryRun << QStringLiteral(">/dev/null") << 0;
}

void TestProcess::requestedOutputLost()
{
    QFETCH(QStringList, args);
    QFETCH(QString, redirect);
    QFETCH(int, expected);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const CliResult result = runShell(QStringLiteral("cd %1 && { \"$Q\" %2 %3; echo status=${PIPESTATUS[0]} >&2; }")
                                          .arg(shellQuote({tmp.path()}), shellQuote(args), redirect));
    QVERIFY2(result.err.contains(QStringLiteral("status=%1").arg(expected)), qPrintable(result.describe()));
    if (expected != 0)
        QVERIFY2(result.err.contains(u"cannot write the output"), qPrintable(result.describe()));
    QVERIFY(tmp.entries().isEmpty()); // a dry run writes nothing, whatever happens to its output
}

void TestProcess::closedStandardStreams_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("stdout closed") << QStringLiteral(">&-");
    QTest::newRow("stderr closed") << QStringLiteral("2>&-");
    QTest::newRow("all three closed") << QStringLiteral("<&- >&- 2>&-");
}

void TestProcess::closedStandardStreams()
{
    QFETCH(QString, redirect);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("out"));
    constexpr qint64 count = 300;
    // A folder at one planned name makes an error message on stderr too.
    QVERIFY(QDir().mkpath(folder + u'/' + nameOf(5)));
    const QString report = tmp.filePath(QStringLiteral("report.json"));
    QStringList args = runArgs(folder, count);
    args << QStringLiteral("--report") << report << QStringLiteral("--jobs") << QStringLiteral("1")
         << QStringLiteral("--if-exists") << QStringLiteral("overwrite");
    const QString journals = tmp.filePath(QStringLiteral("journals"));
    const CliResult result = runShell(
        QStringLiteral("exec 99>&1; \"$Q\" %1 %2; echo status=$? >&99").arg(shellQuote(args), redirect), journals);
    QVERIFY2(result.out.contains(u"status=1"), qPrintable(result.describe()));
    // No message of quire-cli went into a file that happened to get descriptor 1 or 2: not into the
    // files written, not into the report, not into the run's journal (its status file was the victim).
    const FolderCheck check = checkFolder(folder, 1, count, nameOf, contentOf);
    QCOMPARE(check.exact, count - 1);
    QCOMPARE(check.corruptNames, QStringList{nameOf(5)});
    QVERIFY(QJsonDocument::fromJson(readFile(report)).isObject());
    const CliResult show = runShell(QStringLiteral("\"$Q\" show last --json"), journals);
    const QJsonObject counts = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"counts").toObject();
    QVERIFY2(counts.value(u"created").toInteger() == count - 1, qPrintable(show.describe()));
    QCOMPARE(counts.value(u"failed").toInteger(), 1);
}

void TestProcess::signalMidRun_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("ignoredByParent");
    QTest::addColumn<QString>("expected"); // "sigint": died by SIGINT; "cancelled": exit 1; "complete": exit 0
    QTest::newRow("SIGINT") << int(SIGINT) << false << QStringLiteral("sigint");
    QTest::newRow("SIGTERM") << int(SIGTERM) << false << QStringLiteral("cancelled");
    QTest::newRow("SIGHUP") << int(SIGHUP) << false << QStringLiteral("cancelled");
    QTest::newRow("SIGQUIT") << int(SIGQUIT) << false << QStringLiteral("cancelled");
    QTest::newRow("SIGHUP under nohup") << int(SIGHUP) << true << QStringLiteral("complete");
    QTest::newRow("SIGINT ignored (a shell's &)") << int(SIGINT) << true << QStringLiteral("complete");
    QTest::newRow("SIGSTOP, SIGCONT") << int(SIGSTOP) << false << QStringLiteral("complete");
}

void TestProcess::signalMidRun()
{
    QFETCH(int, signal);
    QFETCH(bool, ignoredByParent);
    QFETCH(QString, expected);
    TestDir tmp(fastTempBase() + QStringLiteral("/quire-process-XXXXXX"));
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("out"));
    QProcess process;
    ChildSetup setup;
    if (ignoredByParent)
        setup.ignoredSignals = {signal};
    prepare(process,
            runArgs(folder, BigRun) << QStringLiteral("--no-journal") << QStringLiteral("--jobs")
                                    << QStringLiteral("2"),
            setup);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    QVERIFY(process.waitForStarted());
    QVERIFY(waitForFirstFiles(process, folder));
    if (process.state() != QProcess::Running)
        QSKIP("quire-cli finished before the signal: the machine is faster than this test's run");
    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    if (signal == SIGSTOP) {
        QTest::qWait(300);
        QCOMPARE(::kill(pid_t(process.processId()), SIGCONT), 0);
    }
    QVERIFY(finished.wait(120000));
    const CliResult result = collect(process, true);
    const FolderCheck check = checkFolder(folder, 1, BigRun, nameOf, contentOf);
    QVERIFY2(check.corrupt == 0, qPrintable(check.corruptNames.join(u' ')));
    QVERIFY2(check.strangers.isEmpty(), qPrintable(check.strangers.mid(0, 10).join(u' ')));
    if (expected == u"complete") {
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(check.exact, BigRun);
        return;
    }
    QVERIFY2(result.err.contains(u"interrupted: cancelling"), qPrintable(result.describe()));
    if (expected == u"sigint") { // after the clean cancel: died by SIGINT, so `for`, make and xargs stop too
        QVERIFY2(result.crashed && result.signal == SIGINT, qPrintable(result.describe()));
    } else {
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    }
    QVERIFY2(check.exact < BigRun, "the signal did not stop the run");
}

void TestProcess::threadLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("message");
    // RLIMIT_NPROC counts the user's threads, the main one included.
    QTest::newRow("room for 2 of 8 writers") << 3 << 0 << QStringLiteral("only 2 of 8 writer threads could start");
    QTest::newRow("no writer at all") << 1 << 1 << QStringLiteral("no writer thread could start");
}

void TestProcess::threadLimit()
{
    QFETCH(int, limit);
    QFETCH(int, expectedExit);
    QFETCH(QString, message);
    if (::geteuid() != 0)
        QSKIP("a thread limit of its own needs a user with no other process: nobody, which needs root");
    TestDir tmp;
    QVERIFY(tmp.isValid());
    QString why;
    const QString program = copyCliForNobody(tmp.filePath(QStringLiteral("bin")), &why);
    if (program.isEmpty())
        QSKIP(qPrintable(why));
    const QString folder = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7777))); // nobody writes here
    ChildSetup setup;
    setup.dropToNobody = true;
    setup.processLimit = rlim_t(limit);
    constexpr qint64 count = 500;
    const CliResult result = runCli(runArgs(folder, count) << QStringLiteral("--jobs") << QStringLiteral("8")
                                                           << QStringLiteral("--no-journal"),
                                    setup, 60000, program);
    QVERIFY2(!result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == expectedExit, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
    const FolderCheck check = checkFolder(folder, 1, count, nameOf, contentOf);
    QCOMPARE(check.exact, expectedExit == 0 ? count : 0);
    QCOMPARE(check.corrupt, 0);
}

void TestProcess::threadCreationFails_data()
{
    QTest::addColumn<int>("failingCall");
    QTest::addColumn<QStringList>("options");
    // The main thread's clone3 calls: 4 (or 5 with --durable) to see what can start, then the pool's own.
    // Before, the pool's writer task went with a thread it failed to create: the run hung for ever, even
    // on SIGTERM.
    const QStringList four{QStringLiteral("--jobs"), QStringLiteral("4")};
    QTest::newRow("the pool's first thread") << 5 << four;
    QTest::newRow("the pool's second thread") << 6 << four;
    QTest::newRow("the pool's last thread") << 8 << four;
    QTest::newRow("while probing") << 2 << four;
    QTest::newRow("durable, the flusher's thread")
        << 10 << QStringList{QStringLiteral("--jobs"), QStringLiteral("4"), QStringLiteral("--durable")};
}

// A real failure of the kernel's clone3, injected by strace: every run ends, writes every file with the
// threads it has, and says so.
void TestProcess::threadCreationFails()
{
    QFETCH(int, failingCall);
    QFETCH(QStringList, options);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (apt-get install strace): no fault can be injected");
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("out"));
    constexpr qint64 count = 3000;
    ChildSetup setup;
    setup.underPtrace = true;
    const QStringList args = QStringList{QStringLiteral("-f"),
                                         QStringLiteral("-qq"),
                                         QStringLiteral("-o"),
                                         QStringLiteral("/dev/null"),
                                         QStringLiteral("-e"),
                                         QStringLiteral("trace=clone3"),
                                         QStringLiteral("-e"),
                                         QStringLiteral("inject=clone3:error=EAGAIN:when=%1").arg(failingCall),
                                         cliPath()} +
                             runArgs(folder, count) + options + QStringList{QStringLiteral("--no-journal")};
    const CliResult result = runCli(args, setup, 60000, strace);
    QVERIFY2(!result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(u"writer threads could start") || result.err.contains(u"Thread creation error"),
             qPrintable(result.describe()));
    const FolderCheck check = checkFolder(folder, 1, count, nameOf, contentOf);
    QCOMPARE(check.exact, count);
    QCOMPARE(check.corrupt, 0);
}

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
