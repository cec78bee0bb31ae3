#include "tests/common/ptyprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace QuireTest {

namespace {

void drain(int master, QByteArray &output)
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0) // EAGAIN: nothing now; EIO: every slave descriptor is closed
            return;
        output.append(buffer, n);
    }
}

void resize(int master, int columns, int rows, qint64 pid)
{
    struct winsize size = {};
    size.ws_col = static_cast<unsigned short>(columns);
    size.ws_row = static_cast<unsigned short>(rows);
    ::ioctl(master, TIOCSWINSZ, &size);
    // The kernel signals the terminal's foreground group; say it directly too, as some emulators do.
    ::kill(pid_t(pid), SIGWINCH);
}

} // namespace

PtyResult runInPty(const PtyRequest &request)
{
    PtyResult result;
    int master = -1;
    int slave = -1;
    struct winsize size = {};
    size.ws_col = static_cast<unsigned short>(request.columns);
    size.ws_row = static_cast<unsigned short>(request.rows);
    if (::openpty(&master, &slave, nullptr, nullptr, &size) != 0)
        return result;
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    QProcess process;
    process.setProgram(request.program);
    process.setArguments(request.args);
    process.setWorkingDirectory(request.workingDir);
    process.setProcessEnvironment(request.environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([slave] {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(slave, STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
        if (slave > STDERR_FILENO)
            ::close(slave);
    });
    process.start();
    result.started = process.waitForStarted(30'000);
    ::close(slave);
    QElapsedTimer timer;
    timer.start();
    while (result.started && process.state() != QProcess::NotRunning) {
        drain(master, result.output);
        if (request.resizeTo > 0 && result.resizedAt < 0 && result.output.count('\r') >= request.resizeAfter) {
            result.resizedAt = result.output.size();
            resize(master, request.resizeTo, request.rows, process.processId());
        }
        if (timer.elapsed() > request.timeoutMs) {
            result.timedOut = true;
            process.kill();
        }
        process.waitForFinished(20);
    }
    drain(master, result.output);
    ::close(master);
    if (result.started && !result.timedOut && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString stripEscapes(const QByteArray &output)
{
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    return QString::fromUtf8(output).remove(csi);
}

QStringList screenSegments(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\r\n]"));
    return text.split(breaks);
}

} // namespace QuireTest
