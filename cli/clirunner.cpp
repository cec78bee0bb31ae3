#include "cli/clirunner.h"

#include "cli/cliparser.h"
#include "core/base/progressformat.h"
#include "core/content/textencoder.h"
#include "core/output/report.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");

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

class CliSession
{
public:
    CliSession(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
        , m_terminal(isTerminal(err))
    {
    }

    int run(const QStringList &args);

private:
    int invalid(const QStringList &errors);
    bool saveJob(const CliRequest &request);
    void printPlan(const Plan &plan);
    int execute(const Plan &plan, const CliRequest &request);
    void watchInterrupts(BatchRunner &runner, QObject *context);
    void showProgress(const RunProgress &progress);
    void showFailures(const QList<FileFailure> &failures);
    void clearProgressLine();

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_terminal;
    bool m_progressShown = false;
    bool m_quiet = false;
};

// Checked before anything is written, so a typo in --report never costs a finished run its report.
QString reportPathProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return QStringLiteral("--report %1: name a .csv or a .json file").arg(path);
    const QFileInfo parent(QFileInfo(path).absolutePath());
    if (!parent.isDir())
        return QStringLiteral("--report %1: folder %2 does not exist").arg(path, parent.filePath());
    if (::access(QFile::encodeName(parent.filePath()).constData(), W_OK | X_OK) != 0)
        return QStringLiteral("--report %1: folder %2 is not writable").arg(path, parent.filePath());
    return {};
}

int CliSession::invalid(const QStringList &errors)
{
    for (const QString &error : errors)
        m_err << prefix << "error: " << error << '\n';
    m_err << prefix << "nothing was written\n";
    m_err.flush();
    return ExitInvalidJob;
}

bool CliSession::saveJob(const CliRequest &request)
{
    if (request.saveJobPath.isEmpty())
        return true;
    QSaveFile file(request.saveJobPath);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(request.spec.toJson()).toJson()) >= 0 &&
        file.commit())
        return true;
    invalid({QStringLiteral("cannot write job file %1: %2").arg(request.saveJobPath, file.errorString())});
    return false;
}

int CliSession::run(const QStringList &args)
{
    CliParser parser;
    QStringList errors;
    const auto request = parser.parse(args, &errors);
    if (!request)
        return invalid(errors);
    if (!errors.isEmpty()) {
        // Report the plan's problems too, so one attempt shows every mistake.
        if (request->specComplete) {
            for (const PlanProblem &problem : Planner::plan(request->spec).errors())
                errors.append(problem.message);
        }
        return invalid(errors);
    }
    if (request->help || request->version) {
        m_out << (request->help ? parser.helpText() : QStringLiteral("quire-cli ") + QStringLiteral(QUIRE_VERSION))
              << '\n';
        return ExitOk;
    }
    if (request->listEncodings) {
        for (const QString &name : TextEncoder::availableEncodings())
            m_out << name << '\n';
        return ExitOk;
    }
    if (!saveJob(*request))
        return ExitInvalidJob;
    if (const QString problem = reportPathProblem(request->reportPath); !problem.isEmpty())
        return invalid({problem});
    m_quiet = request->quiet;
    const Plan plan = Planner::plan(request->spec);
    for (const PlanProblem &warning : plan.warnings())
        m_err << prefix << "warning: " << warning.message << '\n';
    if (!plan.isValid()) {
        QStringList messages;
        for (const PlanProblem &problem : plan.errors())
            messages.append(problem.message);
        return invalid(messages);
    }
    if (request->dryRun) {
        printPlan(plan);
        m_out << "Dry run: nothing was written.\n";
        return ExitOk;
    }
    return execute(plan, *request);
}

void CliSession::printPlan(const Plan &plan)
{
    m_out << "Plan: " << formatCount(plan.fileCount) << " files in " << plan.folders.size()
          << (plan.folders.size() == 1 ? " folder, " : " folders, ") << formatBytes(plan.totalBytes) << '\n';
    for (const FolderPlan &folder : plan.folders)
        m_out << "  folder " << folder.path << (folder.create ? " (will be created)" : "") << '\n';
    m_out << "  first: " << plan.firstName << '\n' << "  last:  " << plan.lastName << '\n';
    m_out << "  encoding " << plan.spec.encoding << (plan.spec.bom ? " with BOM" : "") << ", line ending "
          << lineEndingName(plan.spec.lineEnding) << ", if a file exists: " << ifExistsName(plan.spec.ifExists) << ", "
          << (plan.spec.parallel > 0 ? plan.spec.parallel : defaultParallelWrites()) << " parallel writes"
          << (plan.spec.durable ? ", durable" : "") << '\n';
    if (plan.conflictCount > 0)
        m_out << "  " << formatCount(plan.conflictCount) << " of these names exist already\n";
    m_out.flush();
}

void CliSession::clearProgressLine()
{
    if (m_progressShown) {
        m_err << "\r\x1b[K";
        m_progressShown = false;
    }
}

void CliSession::showProgress(const RunProgress &progress)
{
    if (!m_terminal || m_quiet)
        return;
    m_err << '\r' << formatProgress(progress) << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void CliSession::showFailures(const QList<FileFailure> &failures)
{
    clearProgressLine();
    for (const FileFailure &failure : failures)
        m_err << prefix << "error: " << failure.path << ": " << failure.message << '\n';
    m_err.flush();
}

// Ctrl+C cancels like the GUI's Cancel: in-flight files complete, nothing half-written stays behind.
void CliSession::watchInterrupts(BatchRunner &runner, QObject *context)
{
    if (interruptPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [this, &runner] {
        char byte = 0;
        [[maybe_unused]] const auto ignored = ::read(interruptPipe[0], &byte, 1);
        clearProgressLine();
        m_err << prefix << "interrupted: cancelling (files being written are completed)\n";
        m_err.flush();
        runner.cancel();
    });
    // A closed terminal (SIGHUP) cancels cleanly too, instead of killing the process mid-file.
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(signal, onInterrupt);
}

int CliSession::execute(const Plan &plan, const CliRequest &request)
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
    watchInterrupts(runner, &context);
    for (const FolderPlan &folder : plan.folders) {
        if (folder.create && !request.quiet)
            m_out << "Creating folder " << folder.path << '\n';
    }
    if (!runner.start(plan, request.writeMethod))
        return invalid({QStringLiteral("the run could not start")});
    loop.exec();
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(signal, SIG_DFL);
    clearProgressLine();
    for (const QString &error : std::as_const(summary.jobErrors))
        m_err << prefix << "error: " << error << '\n';
    if (!request.quiet)
        m_out << formatSummary(summary) << '\n';
    int exit = summary.success() ? ExitOk : ExitSomeFailed;
    if (!request.reportPath.isEmpty()) {
        if (const QString error = Report::write(runner, request.reportPath); !error.isEmpty()) {
            m_err << prefix << "error: " << error << '\n';
            exit = ExitSomeFailed;
        }
    }
    m_out.flush();
    m_err.flush();
    return exit;
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return CliSession(out, err).run(args);
}

} // namespace Quire
