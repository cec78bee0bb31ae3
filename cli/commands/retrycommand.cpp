#include "cli/commands/retrycommand.h"

#include "cli/clirunner.h"
#include "cli/commands/commandsupport.h"
#include "cli/runsession.h"
#include "core/base/progressformat.h"
#include "core/journal/runactions.h"

namespace Quire {

using namespace CommandSupport;

int RetryCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes again only the files that failed in a run (same names, same bytes, same policy), "
        "after the cause was fixed. Only for a run that ran to the end: resume a cancelled, stopped or interrupted "
        "run first (quire-cli resume), then retry what failed.\nExit codes: 0 every file written, 1 some "
        "failed again (listed), "
        "2 unknown run or no failed files."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress and no summary."));
    parser.addOption(quiet);
    int exit = ExitOk;
    const auto record = parseAndOpenForWriting(parser, args, out, err, &exit);
    if (!record)
        return exit;
    QString error;
    const qint64 count = RunActions::prepareRetry(*record, &error);
    if (count < 0) {
        err << errorPrefix << error << " (see quire-cli show " << record->id << ")\n";
        return ExitInvalidJob;
    }
    if (!parser.isSet(quiet)) {
        out << "Retrying " << formatCount(count) << (count == 1 ? " failed file" : " failed files") << " of run "
            << record->id << '\n';
        out.flush();
    }
    return RunSession(out, err, parser.isSet(quiet)).run(record);
}

} // namespace Quire
