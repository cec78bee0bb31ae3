#include "cli/runsession.h"

#include "cli/clirunner.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "core/base/progressformat.h"
#include "core/run/batchrunner.h"

#include <QEventLoop>
#include <QFile>

#include <unistd.h>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");

bool isTerminal(QTextStream &stream)
{
    const auto *file = qobject_cast<QFile *>(stream.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
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

QString RunSession::writeReport(const RunRecord &record, const ReportRequest &report) const
{
    if (report.stream)
        return Report::write(record, *report.stream, report.format, QStringLiteral("to standard output"));
    return Report::write(record, report.path, report.format);
}

int RunSession::run(const std::shared_ptr<RunRecord> &record, const ReportRequest &report)
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
    // Ctrl+C, a closed terminal or a kill cancel like the GUI's Cancel: files in flight complete.
    const InterruptWatch interrupts(&context, [this, &runner](int) {
        if (runner.isCancelling())
            return;
        clearProgressLine();
        m_err << prefix << "interrupted: cancelling (files being written are completed)\n";
        m_err.flush();
        runner.cancel();
    });
    noteFilesChanged();
    const bool started = runner.start(record);
    for (const QString &warning : runner.summary().warnings)
        m_err << prefix << "warning: " << warning << '\n';
    m_err.flush();
    if (started)
        loop.exec();
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
    if (!report.path.isEmpty()) {
        if (const QString error = writeReport(*record, report); !error.isEmpty()) {
            m_err << prefix << "error: " << error << '\n';
            exit = ExitSomeFailed;
        }
    }
    m_out.flush();
    m_err.flush();
    return exit;
}

} // namespace Quire
