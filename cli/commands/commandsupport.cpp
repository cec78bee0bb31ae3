#include "cli/commands/commandsupport.h"

#include "cli/clirunner.h"
#include "core/base/progressformat.h"

namespace Quire::CommandSupport {

const QString errorPrefix = QStringLiteral("quire-cli: error: ");

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram[0] = QStringLiteral("quire-cli ") + args.value(0);
    if (!parser.parse(withProgram)) {
        err << errorPrefix << parser.errorText() << " (see quire-cli " << args.value(0) << " --help)\n";
        err.flush();
        return ExitInvalidJob;
    }
    if (parser.isSet(help)) {
        // helpText() names the program from the application; the command is what the user typed.
        QString text = parser.helpText();
        const qsizetype usage = text.indexOf(QStringLiteral("Usage: "));
        if (usage >= 0) {
            const qsizetype end = text.indexOf(QLatin1Char(' '), usage + 7);
            text.replace(usage + 7, end - usage - 7, QStringLiteral("quire-cli ") + args.value(0));
        }
        out << text;
        out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<QString> runArgument(const QCommandLineParser &parser, const QString &command, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << errorPrefix << "quire-cli " << command << " takes one run, not " << positional.size() << " ("
            << positional.join(QLatin1Char(' ')) << "): see quire-cli " << command << " --help\n";
        err.flush();
        return std::nullopt;
    }
    return positional.value(0, QStringLiteral("last"));
}

std::optional<QString> parseWithRun(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                    QTextStream &err, int *exit)
{
    parser.addPositionalArgument(QStringLiteral("RUN"),
                                 QStringLiteral("A run id from quire-cli history (or a unique start of one), or last "
                                                "(the default)."));
    if (const auto ended = parse(parser, args, out, err)) {
        *exit = *ended;
        return std::nullopt;
    }
    auto id = runArgument(parser, args.value(0), err);
    if (!id)
        *exit = ExitInvalidJob;
    return id;
}

std::shared_ptr<RunRecord> parseAndOpenForWriting(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                                  QTextStream &err, int *exit)
{
    const auto id = parseWithRun(parser, args, out, err, exit);
    if (!id)
        return nullptr;
    auto record = openRun(*id, JournalStore::Access::Write, err);
    if (!record)
        *exit = ExitInvalidJob;
    return record;
}

std::shared_ptr<RunRecord> openRun(const QString &id, JournalStore::Access access, QTextStream &err)
{
    QString error;
    auto record = JournalStore().open(id, access, &error);
    if (!record) {
        if (error.contains(QStringLiteral("Try again"))) {
            err << errorPrefix << error;
        } else {
            if (error.endsWith(QLatin1Char('.')))
                error.chop(1);
            const bool damaged = error.contains(QStringLiteral(" cannot be read from "));
            err << errorPrefix << error
                << (damaged ? QStringLiteral(": the journal is damaged; delete that folder to forget the run")
                            : QStringLiteral(": see quire-cli history"));
        }
        err << '\n';
        err.flush();
        return nullptr;
    }
    return record;
}

QString stateText(RunPhase phase, const StatusCounts &counts)
{
    const qint64 failed = counts.of(FileStatus::Failed);
    switch (phase) {
    case RunPhase::Interrupted:
        return QStringLiteral("interrupted (%1 may be incomplete)").arg(formatCount(counts.of(FileStatus::InFlight)));
    case RunPhase::Finished:
    case RunPhase::StoppedOnError:
        if (failed > 0)
            return QStringLiteral("failed %1").arg(formatCount(failed));
        return runPhaseName(phase);
    default:
        return runPhaseName(phase);
    }
}

QString countsText(const StatusCounts &counts)
{
    return QStringLiteral("%1 / %2 / %3")
        .arg(formatCount(counts.written()), formatCount(counts.of(FileStatus::Skipped)),
             formatCount(counts.of(FileStatus::Failed)));
}

} // namespace Quire::CommandSupport
