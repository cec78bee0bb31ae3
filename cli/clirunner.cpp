#include "cli/clirunner.h"

#include "cli/cliparser.h"
#include "cli/commands/command.h"
#include "cli/runsession.h"
#include "core/base/progressformat.h"
#include "core/content/textencoder.h"
#include "core/journal/journalstore.h"
#include "core/plan/planner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <unistd.h>

namespace Quire {

namespace {

const QString prefix = QStringLiteral("quire-cli: ");

class CliSession
{
public:
    CliSession(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &args);

private:
    int invalid(const QStringList &errors);
    bool saveJob(const CliRequest &request);
    void printPlan(const Plan &plan);
    int execute(const Plan &plan, const CliRequest &request);
    std::shared_ptr<RunRecord> makeRecord(const Plan &plan, const CliRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
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
    m_out << "Plan: " << formatCount(plan.fileCount()) << " files in " << plan.folders.size()
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
        invalid({QStringLiteral("--backup needs the run journal, which cannot be written: %1").arg(error)});
        return nullptr;
    }
    m_err << prefix << "warning: this run keeps no journal (no history, undo or resume for it): " << error << '\n';
    return RunRecord::forPlan(plan);
}

int CliSession::execute(const Plan &plan, const CliRequest &request)
{
    for (const FolderPlan &folder : plan.folders) {
        if (folder.create && !request.quiet)
            m_out << "Creating folder " << folder.path << '\n';
    }
    const std::shared_ptr<RunRecord> record = makeRecord(plan, request);
    if (!record)
        return ExitInvalidJob;
    return RunSession(m_out, m_err, request.quiet).run(record, request.reportPath);
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (auto command = Command::forName(args.value(1)))
        return command->execute(args.mid(1), out, err);
    return CliSession(out, err).run(args);
}

} // namespace Quire
