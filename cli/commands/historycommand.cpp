#include "cli/commands/historycommand.h"

#include "cli/clirunner.h"
#include "cli/clitext.h"
#include "cli/commands/commandsupport.h"
#include "core/base/progressformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quire {

namespace {

using namespace CommandSupport;

QString foldersText(const QStringList &folders)
{
    if (folders.isEmpty())
        return QStringLiteral("-");
    return folders.size() == 1 ? folders.constFirst()
                               : QCoreApplication::translate("Quire::HistoryCommand", "%1 (+%2 more)")
                                     .arg(folders.constFirst())
                                     .arg(folders.size() - 1);
}

QJsonObject infoJson(const RunInfo &info)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), info.id);
    json.insert(QStringLiteral("started"), info.start.toString(Qt::ISODate));
    json.insert(QStringLiteral("folders"), QJsonArray::fromStringList(info.folders));
    json.insert(QStringLiteral("files"), info.files);
    if (info.shard)
        json.insert(QStringLiteral("shard"), shardText(*info.shard));
    json.insert(QStringLiteral("phase"), runPhaseName(info.phase));
    json.insert(QStringLiteral("state"), stateText(info.phase, info.counts));
    json.insert(QStringLiteral("written"), info.counts.written());
    json.insert(QStringLiteral("created"), info.counts.of(FileStatus::Created));
    json.insert(QStringLiteral("replaced"), info.counts.of(FileStatus::Replaced));
    json.insert(QStringLiteral("skipped"), info.counts.of(FileStatus::Skipped));
    json.insert(QStringLiteral("failed"), info.counts.of(FileStatus::Failed));
    json.insert(QStringLiteral("inFlight"), info.counts.of(FileStatus::InFlight));
    json.insert(QStringLiteral("notAttempted"), info.counts.of(FileStatus::Pending));
    json.insert(QStringLiteral("undone"), info.counts.of(FileStatus::Undone));
    json.insert(QStringLiteral("elapsedMs"), info.elapsedMs);
    if (!info.problem.isEmpty())
        json.insert(QStringLiteral("problem"), info.problem);
    return json;
}

void printTable(const QList<RunInfo> &runs, QTextStream &out)
{
    const QString format = QStringLiteral("%1  %2  %3  %4  %5  %6\n");
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("Quire::HistoryCommand", text);
    };
    out << format.arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "ID")), -20)
               .arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "STARTED")), -19)
               .arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "FILES")), 9)
               .arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "STATE")), -34)
               .arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "WRITTEN / SKIPPED / FAILED")), -26)
               .arg(translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "FOLDERS")));
    for (const RunInfo &info : runs) {
        if (!info.problem.isEmpty()) {
            out << translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "%1  damaged: %2"))
                       .arg(info.id, -20)
                       .arg(info.problem)
                << '\n';
            continue;
        }
        out << format.arg(info.id, -20)
                   .arg(info.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(formatCount(info.files), 9)
                   .arg(stateText(info.phase, info.counts), -34)
                   .arg(countsText(info.counts), -26)
                   .arg(info.shard ? translated(QT_TRANSLATE_NOOP("Quire::HistoryCommand", "%1 (shard %2)"))
                                         .arg(foldersText(info.folders), shardText(*info.shard))
                                   : foldersText(info.folders));
    }
}

} // namespace

int HistoryCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The runs Quire remembers, newest first: id, start, files, state (finished, "
                                        "failed N, cancelled, interrupted, undone), files written / skipped / "
                                        "failed, and the folders."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the runs as a JSON array."));
    const QCommandLineOption pruneOption(QStringLiteral("prune"),
                                         tr("Remove the oldest journals, keeping the newest (see --keep)."));
    const QCommandLineOption keep(
        QStringLiteral("keep"), tr("With --prune: how many runs to keep (default %1).").arg(JournalStore::DefaultKeep),
        QStringLiteral("N"), QString::number(JournalStore::DefaultKeep));
    parser.addOptions({json, pruneOption, keep});
    if (const auto exit = parse(parser, args, out, err))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << errorPrefix()
            << tr("unexpected argument \"%1\" (see quire-cli history --help)")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return ExitInvalidJob;
    }
    if (parser.isSet(pruneOption))
        return prune(parser.value(keep), out, err);
    const QList<RunInfo> runs = JournalStore().list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RunInfo &info : runs)
            array.append(infoJson(info));
        out << QJsonDocument(array).toJson();
    } else if (runs.isEmpty()) {
        out << tr("No runs recorded yet in %1.").arg(JournalStore::defaultRoot()) << '\n';
    } else {
        printTable(runs, out);
    }
    out.flush();
    return ExitOk;
}

int HistoryCommand::prune(const QString &keepText, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const int keep = keepText.toInt(&ok);
    if (!ok || keep < 0) {
        err << errorPrefix() << tr("--keep %1: give a whole number of runs, 0 or more").arg(keepText) << '\n';
        return ExitInvalidJob;
    }
    QStringList errors;
    const int removed = JournalStore().prune(keep, &errors);
    out << tr("Removed %n journal(s), kept the newest %1.", nullptr, removed).arg(keep) << '\n';
    for (const QString &error : std::as_const(errors))
        err << errorPrefix() << error << '\n';
    out.flush();
    err.flush();
    return errors.isEmpty() ? ExitOk : ExitSomeFailed;
}

} // namespace Quire
