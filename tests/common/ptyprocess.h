#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace QuireTest {

/** What a program run on a pseudo-terminal printed there (stdout and stderr together, as a user sees it). */
struct PtyResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray output;        ///< every byte, escape sequences and \r included (the terminal turns \n into \r\n)
    qsizetype resizedAt = -1; ///< output.size() when the terminal was resized, -1 if it was not
};

/** How to run it. */
struct PtyRequest
{
    QString program;
    QStringList args;
    QString workingDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int columns = 80;
    int rows = 24;
    /**
     * When > 0: once the output holds resizeAfter progress updates (each a '\r'), the terminal becomes
     * resizeTo columns wide (TIOCSWINSZ) and the program gets SIGWINCH, as a terminal emulator does.
     */
    int resizeTo = 0;
    int resizeAfter = 5;
    int timeoutMs = 120'000;
};

/**
 * Runs request.program with stdout and stderr on the slave side of a new pseudo-terminal (its controlling
 * terminal, in a session of its own) and stdin on /dev/null; reads the master side to the end.
 */
[[nodiscard]] PtyResult runInPty(const PtyRequest &request);

/** output without ANSI escape sequences (CSI, such as \x1b[K), for measuring what shows. */
[[nodiscard]] QString stripEscapes(const QByteArray &output);
/** The pieces a terminal shows on one row at a time: text split at every \r and \n. */
[[nodiscard]] QStringList screenSegments(const QString &text);

} // namespace QuireTest
