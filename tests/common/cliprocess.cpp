#include "tests/common/cliprocess.h"

#include "tests/common/testfiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace QuireTest {

QString CliResult::describe() const
{
    return QStringLiteral(
               "started=%1 timedOut=%2 crashed=%3 (signal %6) exit=%4 (%5 ms)\n--- stderr:\n%7\n--- stdout:\n%8")
        .arg(started)
        .arg(timedOut)
        .arg(crashed)
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(signal)
        .arg(err.left(4000), out.left(2000));
}

QString cliPath()
{
    const QString path = qEnvironmentVariable("QUIRE_CLI");
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

CliResult collect(QProcess &process, bool finished)
{
    CliResult result;
    result.started = true;
    result.timedOut = !finished;
    result.crashed = finished && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = finished && !result.crashed ? process.exitCode() : -1;
    result.signal = result.crashed ? process.exitCode() : 0;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runToEnd(QProcess &process, int timeoutMs)
{
    QSignalSpy finishedSpy(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30'000))
        return {};
    const bool finished = finishedSpy.wait(timeoutMs);
    if (!finished) {
        process.kill();
        finishedSpy.wait(30'000);
    }
    CliResult result = collect(process, finished);
    result.elapsedMs = timer.elapsed();
    return result;
}

QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

CliResult runCli(const QStringList &args, const QString &workingDir, int timeoutMs)
{
    return runCliIn(englishEnvironment(), args, workingDir, timeoutMs);
}

CliResult runCliIn(const QProcessEnvironment &environment, const QStringList &args, const QString &workingDir,
                   int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(cliPath());
    process.setArguments(args);
    process.setWorkingDirectory(workingDir);
    // Never a terminal: no progress line, output is what a script would read.
    process.setStandardInputFile(QProcess::nullDevice());
    return runToEnd(process, timeoutMs);
}

CliResult interruptCli(const QStringList &args, const QString &folder, int delayMs, int signal, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(englishEnvironment());
    process.setProgram(cliPath());
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    const qsizetype before = entryNames(folder).size(); // e.g. another shard's files
    process.start();
    if (!process.waitForStarted(30'000))
        return {};
    for (int waited = 0; entryNames(folder).size() <= before && process.state() == QProcess::Running && waited < 30'000;
         waited += 5)
        QTest::qWait(5);
    QTest::qWait(delayMs);
    if (process.state() == QProcess::Running)
        ::kill(pid_t(process.processId()), signal);
    const bool ended = finished.count() > 0 || finished.wait(timeoutMs);
    return collect(process, ended);
}

} // namespace QuireTest
