#include "cli/commands/historycommand.h"

#include "cli/clirunner.h"
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
                               : QStringLiteral("%1 (+%2 more)").arg(folders.constFirst()).arg(folders.size() - 1);
}

QJsonObject infoJson(const RunInfo &info)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), info.id);
    json.insert(QStringLiteral("started"), info.start.toString(Qt::ISODate));
    json.insert(QStringLiteral("folders"), QJsonArray::fromStringList(info.folders));
    json.insert(QStringLiteral("files"), info.files);
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
    out << format.arg(QStringLiteral("ID"), -20)
               .arg(QStringLiteral("STARTED"), -19)
               .arg(QStringLiteral("FILES"), 9)
               .arg(QStringLiteral("STATE"), -34)
               .arg(QStringLiteral("WRITTEN / SKIPPED / FAILED"), -26)
               .arg(QStringLiteral("FOLDERS"));
    for (const RunInfo &info : runs) {
        if (!info.problem.isEmpty()) {
            out << QStringLiteral("%1  damaged: %2\n").arg(info.id, -20).arg(info.problem);
            continue;
        }
        out << format.arg(info.id, -20)
                   .arg(info.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(formatCount(info.files), 9)
                   .arg(stateText(info.phase, info.counts), -34)
                   .arg(countsText(info.counts), -26)
                   .arg(foldersText(info.folders));
    }
}

} // namespace

int HistoryCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The runs Quire remembers, newest first: id, start, files, state "
                                                    "(finished, failed N, cancelled, interrupted, undone), files "
                                                    "written / skipped / failed, and the folders."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the runs as a JSON array."));
    const QCommandLineOption pruneOption(
        QStringLiteral("prune"), QStringLiteral("Remove the oldest journals, keeping the newest (see --keep)."));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("With --prune: how many runs to keep (default %1).").arg(JournalStore::DefaultKeep),
        QStringLiteral("N"), QString::number(JournalStore::DefaultKeep));
    parser.addOptions({json, pruneOption, keep});
    if (const auto exit = parse(parser, args, out, err))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << errorPrefix << "unexpected argument \"" << parser.positionalArguments().constFirst()
            << "\" (see quire-cli history --help)\n";
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
        out << "No runs recorded yet in " << JournalStore::defaultRoot() << ".\n";
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
        err << errorPrefix << "--keep " << keepText << ": give a whole number of runs, 0 or more\n";
        return ExitInvalidJob;
    }
    QStringList errors;
    const int removed = JournalStore().prune(keep, &errors);
    out << "Removed " << removed << (removed == 1 ? " journal" : " journals") << ", kept the newest " << keep << ".\n";
    for (const QString &error : std::as_const(errors))
        err << errorPrefix << error << '\n';
    out.flush();
    err.flush();
    return errors.isEmpty() ? ExitOk : ExitSomeFailed;
}

} // namespace Quire
