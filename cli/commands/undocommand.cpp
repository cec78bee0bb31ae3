#include "cli/commands/undocommand.h"

#include "cli/clirunner.h"
#include "cli/commands/commandsupport.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "core/base/progressformat.h"
#include "core/journal/runactions.h"

#include <QFile>

#include <atomic>
#include <unistd.h>

namespace Quire {

namespace {

using namespace CommandSupport;
using Outcome = UndoItem::Outcome;

std::atomic_bool cancelRequested{false};

// Ctrl+C stops between chunks (what was undone stays undone, recorded); a terminal sees the progress.
UndoResult undoWithProgress(RunRecord &record, bool dryRun, QTextStream &err)
{
    const auto *file = qobject_cast<QFile *>(err.device());
    const bool terminal = file && file->handle() >= 0 && ::isatty(file->handle());
    bool shown = false;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!terminal || total < 10'000)
            return;
        err << "\rUndoing " << formatCount(done) << " / " << formatCount(total) << "\x1b[K";
        err.flush();
        shown = true;
    };
    cancelRequested.store(false);
    if (!dryRun)
        noteFilesChanged();
    UndoResult result;
    {
        const InterruptWatch interrupts(&cancelRequested);
        result = RunActions::undo(record, dryRun, progress, &cancelRequested);
    }
    if (shown)
        err << "\r\x1b[K";
    return result;
}

QString summaryText(const UndoResult &result, bool dryRun)
{
    const QString verb = dryRun ? QStringLiteral("would delete") : QStringLiteral("deleted");
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(verb, formatCount(result.removed),
                            result.removed == 1 ? QStringLiteral("file") : QStringLiteral("files"));
    const auto add = [&text](qint64 n, const char *what) {
        if (n > 0)
            text += QStringLiteral(", %1 %2").arg(formatCount(n), QLatin1String(what));
    };
    add(result.restored, dryRun ? "would be restored" : "restored");
    add(result.kept, dryRun ? "would be kept (changed since)" : "kept (changed since)");
    add(result.notRestorable, "not restorable");
    add(result.missing, "already gone");
    add(result.failed, "failed");
    const qsizetype folders = result.foldersRemoved.size();
    if (folders == 1)
        add(folders, dryRun ? "folder would be removed" : "folder removed");
    else if (folders > 1)
        add(folders, dryRun ? "folders would be removed" : "folders removed");
    return text;
}

} // namespace

int UndoCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Deletes every file the run created that is still exactly what it wrote, puts back the files "
                       "it replaced if it kept them (--backup), then removes the folders it created if they are "
                       "empty. A file changed since is kept and listed.\nExit codes: 0 everything undone, 1 some "
                       "files kept or not removed (each listed), 2 unknown run or nothing to undo."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("List what would be deleted and kept; change nothing."));
    parser.addOption(dryRun);
    int exit = ExitOk;
    const auto id = parseWithRun(parser, args, out, err, &exit);
    if (!id)
        return exit;
    const bool dry = parser.isSet(dryRun);
    const auto record = openRun(*id, dry ? JournalStore::Access::Read : JournalStore::Access::Write, err);
    if (!record)
        return ExitInvalidJob;
    const UndoResult result = undoWithProgress(*record, dry, err);
    if (result.nothingToUndo) {
        err << errorPrefix << "run " << record->id << " has nothing to undo"
            << (record->phase == RunPhase::Undone ? " (it was undone already)" : " (it wrote no files)")
            << ": see quire-cli show " << record->id << '\n';
        err.flush();
        return ExitInvalidJob;
    }
    printItems(result, dry, out, err);
    out << (dry ? "Dry run of the undo of run " : "Undo of run ") << record->id << ": " << summaryText(result, dry)
        << (dry ? "; nothing was changed.\n" : ".\n");
    if (!result.error.isEmpty())
        err << errorPrefix << result.error << '\n';
    out.flush();
    err.flush();
    return result.complete() ? ExitOk : ExitSomeFailed;
}

void UndoCommand::printItems(const UndoResult &result, bool dryRun, QTextStream &out, QTextStream &err)
{
    for (const UndoItem &item : result.items) {
        switch (item.outcome) {
        case Outcome::Removed:
            out << "would delete " << item.path << '\n';
            break;
        case Outcome::Restored:
            out << (dryRun ? "would restore " : "restored ") << item.path << '\n';
            break;
        case Outcome::Kept:
            out << (dryRun ? "would keep " : "kept ") << item.path << ": " << item.reason << '\n';
            break;
        case Outcome::NotRestorable:
            out << "not restorable " << item.path << ": " << item.reason << '\n';
            break;
        case Outcome::Missing:
            break;
        case Outcome::Failed:
            err << errorPrefix << item.path << ": " << item.reason << '\n';
            break;
        }
    }
    for (const QString &folder : result.foldersRemoved)
        out << (dryRun ? "would remove folder " : "removed folder ") << folder << '\n';
}

} // namespace Quire
