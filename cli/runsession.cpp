#include "cli/runsession.h"

#include "cli/clirunner.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "core/base/progressformat.h"
#include "core/run/batchrunner.h"

#include <QEventLoop>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");

} // namespace

RunSession::RunSession(QTextStream &out, QTextStream &err, bool quiet, std::optional<ProgressMode> progress)
    : m_out(out)
    , m_err(err)
    , m_quiet(quiet)
    , m_progress(progress, quiet, out, err)
{
}

void RunSession::showFailures(const QList<FileFailure> &failures)
{
    m_progress.makeRoom();
    for (const FileFailure &failure : failures)
        m_err << prefix << tr("error: %1: %2").arg(failure.path, failure.message) << '\n';
    m_err.flush();
}

QString RunSession::writeReport(const RunRecord &record, const ReportRequest &report) const
{
    if (report.stream)
        return Report::write(record, *report.stream, report.format, tr("to standard output"));
    return Report::write(record, report.path, report.format);
}

void RunSession::printSummary(const RunRecord &record, const RunSummary &summary)
{
    for (const QString &error : std::as_const(summary.jobErrors))
        m_err << prefix << tr("error: %1").arg(error) << '\n';
    if (m_quiet)
        return;
    m_out << formatSummary(summary) << '\n';
    if (record.journal)
        m_out << tr("Run %1 (quire-cli show, undo, resume or retry %1)").arg(record.id) << '\n';
}

int RunSession::run(const std::shared_ptr<RunRecord> &record, const ReportRequest &report)
{
    QObject context;
    BatchRunner runner;
    QEventLoop loop;
    RunSummary summary;
    QObject::connect(&runner, &BatchRunner::progressChanged, &context,
                     [this](const RunProgress &p) { m_progress.update(p); });
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
        m_progress.makeRoom();
        m_err << prefix << tr("interrupted: cancelling (files being written are completed)") << '\n';
        m_err.flush();
        runner.cancel();
    });
    noteFilesChanged();
    m_out.flush(); // "Creating folder" and the plan before anything the run prints on stderr
    const bool started = runner.start(record);
    for (const QString &warning : runner.summary().warnings)
        m_err << prefix << tr("warning: %1").arg(warning) << '\n';
    m_err.flush();
    if (!started) {
        m_err << prefix << tr("error: run %1 could not start").arg(record->id) << '\n';
        m_err.flush();
        return ExitInvalidJob;
    }
    loop.exec();
    m_progress.finish(summary);
    printSummary(*record, summary);
    int exit = summary.success() ? ExitOk : ExitSomeFailed;
    if (!report.path.isEmpty()) {
        if (const QString error = writeReport(*record, report); !error.isEmpty()) {
            m_err << prefix << tr("error: %1").arg(error) << '\n';
            exit = ExitSomeFailed;
        }
    }
    m_out.flush();
    m_err.flush();
    return exit;
}

} // namespace Quire
