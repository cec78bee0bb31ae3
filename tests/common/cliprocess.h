#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace QuireTest {

/** What a run of quire-cli (in process or as a child) did, streams read to the end. */
struct CliResult
{
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1; ///< -1 unless it exited normally
    int signal = 0;    ///< the signal that ended it, when it crashed (QProcess gives it as the exit code)
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    /** Everything above, for failure messages. */
    [[nodiscard]] QString describe() const;
};

/** The quire-cli under test (env QUIRE_CLI); empty if not set or not executable. */
[[nodiscard]] QString cliPath();
/** The result of a process that finished (or, when finished is false, did not). */
[[nodiscard]] CliResult collect(QProcess &process, bool finished);
/** Starts a prepared process and waits for it with a QSignalSpy (no sleeps); kills it after timeoutMs. */
[[nodiscard]] CliResult runToEnd(QProcess &process, int timeoutMs);
/** This process's environment in the C locale (LC_ALL=C.UTF-8, no LANGUAGE): English messages, C numbers. */
[[nodiscard]] QProcessEnvironment englishEnvironment();
/** Runs cliPath() with args in workingDir (the current one when empty), stdin never a terminal, in English. */
[[nodiscard]] CliResult runCli(const QStringList &args, const QString &workingDir = {}, int timeoutMs = 30'000);
/** runCli in the given environment (e.g. LANG=de_DE.UTF-8 for German messages). */
[[nodiscard]] CliResult runCliIn(const QProcessEnvironment &environment, const QStringList &args,
                                 const QString &workingDir = {}, int timeoutMs = 30'000);
/**
 * Starts quire-cli with args (English, stdin not a terminal), waits until folder has one entry more than
 * before (the run is writing), then delayMs more, and sends signal (e.g. SIGKILL) if it still runs. The
 * result of the ended process.
 */
[[nodiscard]] CliResult interruptCli(const QStringList &args, const QString &folder, int delayMs, int signal,
                                     int timeoutMs = 120'000);

} // namespace QuireTest
