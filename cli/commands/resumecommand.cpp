#include "cli/commands/resumecommand.h"

#include "cli/clirunner.h"
#include "cli/commands/commandsupport.h"
#include "cli/runsession.h"
#include "core/base/progressformat.h"
#include "core/journal/runactions.h"

namespace Quire {

using namespace CommandSupport;

int ResumeCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the files an interrupted, cancelled or stopped run did not write, with its own job, "
                       "seed and start, so the folders end as an uninterrupted run would have left them. A file at "
                       "the name of one in flight is rewritten only if it is the run's own incomplete file.\nExit "
                       "codes: 0 every file written, 1 some failed (listed), 2 unknown run or nothing to resume."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress and no summary."));
    parser.addOption(quiet);
    int exit = ExitOk;
    const auto record = parseAndOpenForWriting(parser, args, out, err, &exit);
    if (!record)
        return exit;
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    if (!check.error.isEmpty()) {
        err << errorPrefix << check.error << " (see quire-cli history)\n";
        return ExitInvalidJob;
    }
    for (const UndoItem &item : check.leftAlone)
        err << errorPrefix << item.path << ": " << item.reason << '\n';
    if (!parser.isSet(quiet)) {
        const auto files = [](qint64 n) -> QString {
            return formatCount(n) + (n == 1 ? QStringLiteral(" file") : QStringLiteral(" files"));
        };
        out << "Resuming run " << record->id << ": " << files(check.toWrite) << " to write";
        if (check.incompleteRemoved > 0)
            out << " (" << formatCount(check.incompleteRemoved) << " of them incomplete: removed, written again)";
        if (check.foundComplete > 0)
            out << ", " << files(check.foundComplete) << " found complete";
        out << '\n';
        out.flush();
    }
    exit = RunSession(out, err, parser.isSet(quiet)).run(record);
    return check.leftAlone.isEmpty() ? exit : ExitSomeFailed;
}

} // namespace Quire
