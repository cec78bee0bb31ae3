#include "cli/clirunner.h"

#include "cli/cliparser.h"
#include "cli/commands/command.h"
#include "cli/planprinter.h"
#include "cli/problemwording.h"
#include "cli/runsession.h"
#include "core/base/safefile.h"
#include "core/content/textencoder.h"
#include "core/job/jobfile.h"
#include "core/journal/journalstore.h"
#include "core/plan/planner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(Quire::CliSession)

public:
    CliSession(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
        , m_chat(&out)
    {
    }

    int run(const QStringList &args);

private:
    int invalid(const QStringList &errors);
    int planAndRun(const CliRequest &request);
    bool saveJob(const Plan &plan, const CliRequest &request);
    int dryRun(const Plan &plan, const CliRequest &request);
    int nothingToWrite(const Plan &plan, const CliRequest &request);
    int execute(const Plan &plan, const CliRequest &request);
    std::shared_ptr<RunRecord> makeRecord(const Plan &plan, const CliRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream *m_chat; ///< where the plan and summary go: stdout, unless a report or job claims it
};

// A side file (report, saved job) is checked before anything is written, so a bad path never costs a
// finished run its report, and it may never be a name the run itself writes.
QString sideFileProblem(const Plan &plan, const QString &path, const QString &option)
{
    if (path.isEmpty() || path == QLatin1String(StdStreamPath))
        return {};
    if (QString problem = checkWritable(path, option); !problem.isEmpty())
        return problem;
    if (plan.positionOfPath(path) >= 0)
        return QCoreApplication::translate("Quire::CliSession",
                                           "%1 %2 is one of the files this job writes: name a file outside the "
                                           "job's names")
            .arg(option, path);
    return {};
}

QStringList sideFileProblems(const Plan &plan, const CliRequest &request)
{
    QStringList problems;
    if (QString problem = sideFileProblem(plan, request.reportPath, QStringLiteral("--report")); !problem.isEmpty())
        problems.append(problem);
    if (QString problem = sideFileProblem(plan, request.saveJobPath, QStringLiteral("--save-job")); !problem.isEmpty())
        problems.append(problem);
    const auto absolute = [](const QString &path) {
        return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    };
    if (!request.reportPath.isEmpty() && request.reportPath != QLatin1String(StdStreamPath) &&
        !request.saveJobPath.isEmpty() && absolute(request.reportPath) == absolute(request.saveJobPath))
        problems.append(QCoreApplication::translate("Quire::CliSession",
                                                    "--report and --save-job both name %1: give them different files")
                            .arg(request.reportPath));
    return problems;
}

int CliSession::invalid(const QStringList &errors)
{
    for (const QString &error : errors)
        m_err << prefix << tr("error: %1").arg(error) << '\n';
    m_err << prefix << tr("nothing was written") << '\n';
    m_err.flush();
    return ExitInvalidJob;
}

// Only a job that plans cleanly is saved. Standard input cannot be read again: its content is saved as text.
bool CliSession::saveJob(const Plan &plan, const CliRequest &request)
{
    if (request.saveJobPath.isEmpty())
        return true;
    JobSpec spec = request.spec;
    if (spec.contentFile == QLatin1String(StdStreamPath)) {
        spec.contentFile.clear();
        spec.contentTemplate = plan.spec.contentTemplate;
    }
    const QByteArray json = JobFile::bytes(spec);
    if (request.saveJobPath == QLatin1String(StdStreamPath)) {
        m_out << QString::fromUtf8(json);
        m_out.flush();
        if (m_out.status() == QTextStream::Ok)
            return true;
        invalid({tr("cannot write the job to standard output")});
        return false;
    }
    if (const QString error = writeFileSafely(request.saveJobPath, json, tr("job file")); !error.isEmpty()) {
        invalid({error});
        return false;
    }
    return true;
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
                errors.append(cliProblemText(problem));
        }
        return invalid(errors);
    }
    if (request->help || request->version) {
        m_out << (request->help ? parser.helpText() : QStringLiteral("quire-cli " QUIRE_VERSION)) << '\n';
        return ExitOk;
    }
    if (request->listEncodings) {
        for (const QString &name : TextEncoder::availableEncodings())
            m_out << name << '\n';
        return ExitOk;
    }
    return planAndRun(*request);
}

int CliSession::planAndRun(const CliRequest &request)
{
    // A report or job on standard output must stay parseable: the rest of stdout goes to stderr then.
    if (request.reportPath == QLatin1String(StdStreamPath) || request.saveJobPath == QLatin1String(StdStreamPath) ||
        request.list || request.jsonPlan)
        m_chat = &m_err;
    const Plan plan = Planner::plan(request.spec);
    for (const PlanProblem &warning : plan.warnings())
        m_err << prefix << tr("warning: %1").arg(cliProblemText(warning)) << '\n';
    if (request.jsonPlan) // scripts read the problems there too
        PlanPrinter::printJson(plan, request.list, m_out);
    if (!plan.isValid()) {
        QStringList messages;
        for (const PlanProblem &problem : plan.errors())
            messages.append(cliProblemText(problem));
        return invalid(messages);
    }
    if (const QStringList problems = sideFileProblems(plan, request); !problems.isEmpty())
        return invalid(problems);
    if (!saveJob(plan, request))
        return ExitInvalidJob;
    if (plan.fileCount() == 0) // only an empty shard (more shards than files) plans no file and is valid
        return nothingToWrite(plan, request);
    if (request.dryRun)
        return dryRun(plan, request);
    return execute(plan, request);
}

// A job of 3 files in 4 shards leaves one shard empty: that is no mistake (exit 0), and no journal or report.
int CliSession::nothingToWrite(const Plan &plan, const CliRequest &request)
{
    if (request.jsonPlan)
        return ExitOk;
    if (plan.spec.shard && !request.quiet)
        *m_chat << describeShard(*plan.spec.shard, {plan.files.sliceBegin(), 0}, plan.files.totalCount()) << '\n';
    if (!request.quiet)
        *m_chat << tr("Nothing to write.") << '\n';
    m_chat->flush();
    return ExitOk;
}

// The JSON document is out already; the text plan goes to stdout, or to stderr when stdout lists the paths.
int CliSession::dryRun(const Plan &plan, const CliRequest &request)
{
    if (request.jsonPlan)
        return ExitOk;
    PlanPrinter::printText(plan, *m_chat);
    *m_chat << tr("Dry run: nothing was written.") << '\n';
    m_chat->flush();
    if (request.list)
        PlanPrinter::printList(plan, m_out);
    return ExitOk;
}

// Every run keeps a journal unless asked not to; a journal that cannot be written costs the run its
// history and undo, not the files, so it is a warning, except where the run needs it (--backup).
std::shared_ptr<RunRecord> CliSession::makeRecord(const Plan &plan, const CliRequest &request)
{
    if (!request.journal)
        return RunRecord::forPlan(plan);
    QString error;
    JournalStore store;
    if (auto record = store.create(plan, &error))
        return record;
    if (plan.spec.backup) {
        invalid({tr("--backup needs the run journal, which cannot be written: %1").arg(error)});
        return nullptr;
    }
    m_err << prefix << tr("warning: this run keeps no journal (no history, undo or resume for it): %1").arg(error)
          << '\n';
    return RunRecord::forPlan(plan);
}

int CliSession::execute(const Plan &plan, const CliRequest &request)
{
    for (const FolderPlan &folder : plan.folders) {
        if (folder.create && !request.quiet)
            *m_chat << tr("Creating folder %1").arg(folder.path) << '\n';
    }
    const std::shared_ptr<RunRecord> record = makeRecord(plan, request);
    if (!record)
        return ExitInvalidJob;
    ReportRequest report{request.reportPath, ReportFormat::Json, nullptr};
    if (request.reportPath == QLatin1String(StdStreamPath))
        report.stream = &m_out;
    report.format =
        request.reportFormat.value_or(report.stream ? ReportFormat::Json : Report::formatForPath(request.reportPath));
    return RunSession(*m_chat, m_err, request.quiet, request.progress).run(record, report);
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (auto command = Command::forName(args.value(1)))
        return command->execute(args.mid(1), out, err);
    return CliSession(out, err).run(args);
}

} // namespace Quire
