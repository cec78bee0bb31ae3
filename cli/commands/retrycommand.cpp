#include "cli/commands/retrycommand.h"

#include "cli/clirunner.h"
#include "cli/clitext.h"
#include "cli/commands/commandsupport.h"
#include "cli/runsession.h"
#include "core/base/progressformat.h"
#include "core/journal/runactions.h"

namespace Quire {

using namespace CommandSupport;

int RetryCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes again only the files that failed in a run (same names, same bytes, same policy), after the cause "
           "was fixed. Only for a run that ran to the end: resume a cancelled, stopped or interrupted run first "
           "(quire-cli resume), then retry what failed.\nExit codes: 0 every file written, 1 some failed again "
           "(listed), 2 unknown run or no failed files."));
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
    QString error;
    const qint64 count = RunActions::prepareRetry(*record, &error);
    if (count < 0) {
        err << errorPrefix() << tr("%1 (see quire-cli show %2)").arg(error, record->id) << '\n';
        return ExitInvalidJob;
    }
    if (!parser.isSet(quiet)) {
        out << tr("Retrying %1 failed file(s) of run %2", nullptr, pluralN(count)).arg(formatCount(count), record->id)
            << '\n';
        out.flush();
    }
    return RunSession(out, err, parser.isSet(quiet), *mode).run(record);
}

} // namespace Quire
