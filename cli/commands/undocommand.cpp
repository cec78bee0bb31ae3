#include "cli/commands/undocommand.h"

#include "cli/clirunner.h"
#include "cli/clitext.h"
#include "cli/commands/commandsupport.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "cli/terminal.h"
#include "core/base/progressformat.h"
#include "core/journal/runactions.h"

#include <atomic>

namespace Quire {

namespace {

using namespace CommandSupport;
using Outcome = UndoItem::Outcome;

std::atomic_bool cancelRequested{false};

// Ctrl+C stops between chunks (what was undone stays undone, recorded); a terminal sees the progress.
UndoResult undoWithProgress(RunRecord &record, bool dryRun, QTextStream &err)
{
    // A dumb terminal (TERM=dumb) gets no escape sequence: the counter only grows, so \r alone redraws it.
    const bool terminal = Terminal::isTerminal(err) && !Terminal::isDumb();
    const int width = Terminal::width(Terminal::descriptorOf(err));
    int shown = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!terminal || total < 10'000)
            return;
        const QString line = QCoreApplication::translate("Quire::UndoCommand", "Undoing %1 / %2")
                                 .arg(formatCount(done), formatCount(total));
        err << '\r' << Terminal::fitted(line, width - 1) << "\x1b[K";
        err.flush();
        shown = 1;
    };
    cancelRequested.store(false);
    if (!dryRun)
        noteFilesChanged();
    UndoResult result;
    {
        const InterruptWatch interrupts(&cancelRequested);
        result = RunActions::undo(record, dryRun, progress, &cancelRequested);
    }
    if (shown > 0)
        err << "\r\x1b[K";
    return result;
}

QString summaryText(const UndoResult &result, bool dryRun)
{
    // Each part is a whole phrase with its count, so a translation can word (and decline) it.
    const auto counted = [](const char *text, qint64 n) {
        return QCoreApplication::translate("Quire::UndoCommand", text, nullptr, pluralN(n)).arg(formatCount(n));
    };
    QStringList parts{
        dryRun ? counted(QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "would delete %1 file(s)"), result.removed)
               : counted(QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "deleted %1 file(s)"), result.removed)};
    const auto add = [&parts, &counted](qint64 n, const char *text) {
        if (n > 0)
            parts.append(counted(text, n));
    };
    add(result.restored, dryRun ? QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 would be restored")
                                : QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 restored"));
    add(result.kept, dryRun ? QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 would be kept (changed since)")
                            : QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 kept (changed since)"));
    add(result.notRestorable, QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 not restorable"));
    add(result.missing, QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 already gone"));
    add(result.failed, QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 failed"));
    add(result.foldersRemoved.size(), dryRun
                                          ? QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 folder(s) would be removed")
                                          : QT_TRANSLATE_N_NOOP("Quire::UndoCommand", "%1 folder(s) removed"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int UndoCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes every file the run created that is still exactly what it wrote, puts back the files it replaced "
           "if it kept them (--backup), then removes the folders it created if they are empty. A file changed since "
           "is kept and listed.\nExit codes: 0 everything undone, 1 some files kept or not removed (each listed), 2 "
           "unknown run or nothing to undo."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("List what would be deleted and kept; change nothing."));
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
        err << errorPrefix()
            << (record->phase == RunPhase::Undone
                    ? tr("run %1 has nothing to undo (it was undone already): see quire-cli show %1")
                    : tr("run %1 has nothing to undo (it wrote no files): see quire-cli show %1"))
                   .arg(record->id)
            << '\n';
        err.flush();
        return ExitInvalidJob;
    }
    printItems(result, dry, out, err);
    out << (dry ? tr("Dry run of the undo of run %1: %2; nothing was changed.") : tr("Undo of run %1: %2."))
               .arg(record->id, summaryText(result, dry))
        << '\n';
    if (!result.error.isEmpty())
        err << errorPrefix() << result.error << '\n';
    out.flush();
    err.flush();
    return result.complete() ? ExitOk : ExitSomeFailed;
}

void UndoCommand::printItems(const UndoResult &result, bool dryRun, QTextStream &out, QTextStream &err)
{
    for (const UndoItem &item : result.items) {
        switch (item.outcome) {
        case Outcome::Removed:
            out << tr("would delete %1").arg(item.path) << '\n';
            break;
        case Outcome::Restored:
            out << (dryRun ? tr("would restore %1") : tr("restored %1")).arg(item.path) << '\n';
            break;
        case Outcome::Kept:
            out << (dryRun ? tr("would keep %1: %2") : tr("kept %1: %2")).arg(item.path, item.reason) << '\n';
            break;
        case Outcome::NotRestorable:
            out << tr("not restorable %1: %2").arg(item.path, item.reason) << '\n';
            break;
        case Outcome::Missing:
            break;
        case Outcome::Failed:
            err << errorPrefix() << tr("%1: %2").arg(item.path, item.reason) << '\n';
            break;
        }
    }
    for (const QString &folder : result.foldersRemoved)
        out << (dryRun ? tr("would remove folder %1") : tr("removed folder %1")).arg(folder) << '\n';
}

} // namespace Quire
