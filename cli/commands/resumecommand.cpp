#include "cli/commands/resumecommand.h"

#include "cli/clirunner.h"
#include "cli/clitext.h"
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
        tr("Writes the files an interrupted, cancelled or stopped run did not write, with its own job, seed and "
           "start, so the folders end as an uninterrupted run would have left them. A file at the name of one in "
           "flight is rewritten only if it is the run's own incomplete file.\nExit codes: 0 every file written, 1 "
           "some failed (listed), 2 unknown run or nothing to resume."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("No summary, and no progress unless --progress asks for it."));
    const QCommandLineOption progress = progressOption();
    parser.addOptions({quiet, progress});
    int exit = ExitOk;
    const auto record = parseAndOpenForWriting(parser, args, out, err, &exit);
    if (!record)
        return exit;
    const auto mode = progressMode(parser, progress, err);
    if (!mode)
        return ExitInvalidJob;
    const RunActions::ResumeCheck check = RunActions::prepareResume(*record);
    if (!check.error.isEmpty()) {
        err << errorPrefix() << tr("%1 (see quire-cli history)").arg(check.error) << '\n';
        return ExitInvalidJob;
    }
    for (const UndoItem &item : check.leftAlone)
        err << errorPrefix() << tr("%1: %2").arg(item.path, item.reason) << '\n';
    if (!parser.isSet(quiet)) {
        QString text = tr("Resuming run %1: %2 file(s) to write", nullptr, pluralN(check.toWrite))
                           .arg(record->id, formatCount(check.toWrite));
        if (check.incompleteRemoved > 0)
            text = tr("%1 (%2 of them incomplete: removed, written again)")
                       .arg(text, formatCount(check.incompleteRemoved));
        if (check.foundComplete > 0)
            text = tr("%1, %2 file(s) found complete", nullptr, pluralN(check.foundComplete))
                       .arg(text, formatCount(check.foundComplete));
        out << text << '\n';
        out.flush();
    }
    exit = RunSession(out, err, parser.isSet(quiet), *mode).run(record);
    return check.leftAlone.isEmpty() ? exit : ExitSomeFailed;
}

} // namespace Quire
