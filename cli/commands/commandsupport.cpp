#include "cli/commands/commandsupport.h"

#include "cli/clirunner.h"
#include "cli/clitext.h"
#include "core/base/progressformat.h"

#include <QCoreApplication>

namespace Quire::CommandSupport {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("Quire::CommandSupport", text, nullptr, n);
}

} // namespace

QString errorPrefix()
{
    return QStringLiteral("quire-cli: ") + translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "error: "));
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "Show this help and exit.")));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram[0] = QStringLiteral("quire-cli ") + args.value(0);
    if (!parser.parse(withProgram)) {
        err << errorPrefix()
            << translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "%1 (see quire-cli %2 --help)"))
                   .arg(parser.errorText(), args.value(0))
            << '\n';
        err.flush();
        return ExitInvalidJob;
    }
    if (parser.isSet(help)) {
        // helpText() names the program from the application; the command is what the user typed.
        QString text = parser.helpText();
        // The first line is "Usage: PROGRAM [options] [RUN]" (or Qt's translation of it).
        const qsizetype program = text.indexOf(QCoreApplication::arguments().value(0));
        if (program >= 0 && program < text.indexOf(QLatin1Char('\n')))
            text.replace(program, QCoreApplication::arguments().value(0).size(),
                         QStringLiteral("quire-cli ") + args.value(0));
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
        err << errorPrefix()
            << translated(QT_TRANSLATE_NOOP("Quire::CommandSupport",
                                            "quire-cli %1 takes one run, not %2 (%3): see quire-cli "
                                            "%1 --help"))
                   .arg(command)
                   .arg(positional.size())
                   .arg(positional.join(QLatin1Char(' ')))
            << '\n';
        err.flush();
        return std::nullopt;
    }
    return positional.value(0, QStringLiteral("last"));
}

std::optional<QString> parseWithRun(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                    QTextStream &err, int *exit)
{
    parser.addPositionalArgument(
        QStringLiteral("RUN"),
        translated(QT_TRANSLATE_NOOP("Quire::CommandSupport",
                                     "A run id from quire-cli history (or a unique start of one), or "
                                     "last (the default).")),
        QStringLiteral("[RUN]"));
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
    JournalStore::OpenFailure failure = JournalStore::OpenFailure::None;
    auto record = JournalStore().open(id, access, &error, &failure);
    if (record)
        return record;
    if (failure == JournalStore::OpenFailure::InUse) {
        err << errorPrefix() << error; // it already says to try again later
    } else {
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        err << errorPrefix()
            << (failure == JournalStore::OpenFailure::Damaged
                    ? translated(QT_TRANSLATE_NOOP("Quire::CommandSupport",
                                                   "%1: the journal is damaged; delete that folder to forget the run"))
                    : translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "%1: see quire-cli history")))
                   .arg(error);
    }
    err << '\n';
    err.flush();
    return nullptr;
}

QCommandLineOption progressOption()
{
    return QCommandLineOption(
        QStringLiteral("progress"),
        translated(QT_TRANSLATE_NOOP("Quire::CommandSupport",
                                     "Progress on standard error: auto (a bar on a terminal, else none; "
                                     "the default), bar, plain, json or none.")),
        QStringLiteral("MODE"));
}

std::optional<std::optional<ProgressMode>> progressMode(const QCommandLineParser &parser,
                                                        const QCommandLineOption &option, QTextStream &err)
{
    if (!parser.isSet(option))
        return std::optional<ProgressMode>();
    if (const auto mode = progressModeFromName(parser.value(option)))
        return mode;
    err << errorPrefix()
        << translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "--progress: unknown mode \"%1\" (use %2)"))
               .arg(parser.value(option), progressModeNames())
        << '\n';
    err.flush();
    return std::nullopt;
}

QString stateText(RunPhase phase, const StatusCounts &counts)
{
    const qint64 failed = counts.of(FileStatus::Failed);
    switch (phase) {
    case RunPhase::Interrupted:
        return translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "interrupted (%1 may be incomplete)"))
            .arg(formatCount(counts.of(FileStatus::InFlight)));
    case RunPhase::Finished:
    case RunPhase::StoppedOnError:
        if (failed > 0)
            return translated(QT_TRANSLATE_NOOP("Quire::CommandSupport", "failed %1")).arg(formatCount(failed));
        return runPhaseText(phase);
    default:
        return runPhaseText(phase);
    }
}

QString countsText(const StatusCounts &counts)
{
    return QStringLiteral("%1 / %2 / %3")
        .arg(formatCount(counts.written()), formatCount(counts.of(FileStatus::Skipped)),
             formatCount(counts.of(FileStatus::Failed)));
}

} // namespace Quire::CommandSupport
