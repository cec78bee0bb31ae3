#include "cli/runsession.h"

#include "cli/clirunner.h"
#include "core/base/progressformat.h"
#include "core/output/report.h"
#include "core/run/batchrunner.h"

#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");
constexpr int handledSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(interruptPipe[1], &byte, 1);
}

bool isTerminal(QTextStream &stream)
{
    const auto *file = qobject_cast<QFile *>(stream.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
}

// Ctrl+C cancels like the GUI's Cancel: in-flight files complete, nothing half-written stays behind.
// A closed terminal (SIGHUP) cancels cleanly too, instead of killing the process mid-file.
void watchInterrupts(QObject *context, const std::function<void()> &onCancel)
{
    if (interruptPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onCancel] {
        char byte = 0;
        [[maybe_unused]] const auto ignored = ::read(interruptPipe[0], &byte, 1);
        onCancel();
    });
    for (int signal : handledSignals)
        std::signal(signal, onInterrupt);
}

} // namespace

RunSession::RunSession(QTextStream &out, QTextStream &err, bool quiet)
    : m_out(out)
    , m_err(err)
    , m_terminal(isTerminal(err))
    , m_quiet(quiet)
{
}

void RunSession::clearProgressLine()
{
    if (m_progressShown) {
        m_err << "\r\x1b[K";
        m_progressShown = false;
    }
}

void RunSession::showProgress(const RunProgress &progress)
{
    if (!m_terminal || m_quiet)
        return;
    m_err << '\r' << formatProgress(progress) << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void RunSession::showFailures(const QList<FileFailure> &failures)
{
    clearProgressLine();
    for (const FileFailure &failure : failures)
        m_err << prefix << "error: " << failure.path << ": " << failure.message << '\n';
    m_err.flush();
}

int RunSession::run(const std::shared_ptr<RunRecord> &record, const QString &reportPath)
{
    QObject context;
    BatchRunner runner;
    QEventLoop loop;
    RunSummary summary;
    QObject::connect(&runner, &BatchRunner::progressChanged, &context,
                     [this](const RunProgress &p) { showProgress(p); });
    QObject::connect(&runner, &BatchRunner::failuresAdded, &context,
                     [this](const QList<FileFailure> &f) { showFailures(f); });
    QObject::connect(&runner, &BatchRunner::finished, &context, [&summary, &loop](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    watchInterrupts(&context, [this, &runner] {
        clearProgressLine();
        m_err << prefix << "interrupted: cancelling (files being written are completed)\n";
        m_err.flush();
        runner.cancel();
    });
    const bool started = runner.start(record);
    if (started)
        loop.exec();
    for (int signal : handledSignals)
        std::signal(signal, SIG_DFL);
    if (!started) {
        m_err << prefix << "error: run " << record->id << " could not start\n";
        m_err.flush();
        return ExitInvalidJob;
    }
    clearProgressLine();
    for (const QString &error : std::as_const(summary.jobErrors))
        m_err << prefix << "error: " << error << '\n';
    if (!m_quiet) {
        m_out << formatSummary(summary) << '\n';
        if (record->journal)
            m_out << "Run " << record->id << " (quire-cli show, undo, resume or retry " << record->id << ")\n";
    }
    int exit = summary.success() ? ExitOk : ExitSomeFailed;
    if (!reportPath.isEmpty()) {
        if (const QString error = Report::write(*record, reportPath); !error.isEmpty()) {
            m_err << prefix << "error: " << error << '\n';
            exit = ExitSomeFailed;
        }
    }
    m_out.flush();
    m_err.flush();
    return exit;
}

} // namespace Quire
