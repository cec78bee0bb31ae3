#pragma once

#include "core/run/runrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Quire {

/** What undo did (or, in a dry run, would do) with one file of the run. */
struct UndoItem
{
    enum class Outcome : quint8 {
        Removed,       ///< created by the run, unchanged since: deleted
        Restored,      ///< replaced by the run, unchanged since: the old file put back from the backup
        Kept,          ///< changed since the run (or not a regular file any more): left alone
        NotRestorable, ///< replaced by the run without --backup: the old content is gone
        Missing,       ///< no longer there: nothing to do
        Failed,        ///< could not be removed or restored: the OS's reason
    };
    qint64 position = -1;
    QString path;
    Outcome outcome = Outcome::Removed;
    QString reason; ///< for Kept and Failed: why ("changed since the run: 12 bytes instead of 10")
};

/** The whole of an undo. */
struct UndoResult
{
    qint64 removed = 0;
    qint64 restored = 0;
    qint64 kept = 0;
    qint64 notRestorable = 0;
    qint64 missing = 0;
    qint64 failed = 0;
    QList<UndoItem> items;      ///< every file but the Removed ones (all of them in a dry run)
    QStringList foldersRemoved; ///< folders the run created, empty now, removed
    bool nothingToUndo = false; ///< the run has no file left that undo could remove or restore
    QString error;              ///< the undo could not run at all (journal unwritable, say)

    [[nodiscard]] bool complete() const; ///< nothing kept, not restorable or failed
};

/** Undo, resume and retry of a recorded run: what the journal makes possible. */
class RunActions
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /**
     * Deletes every file the run created that is still exactly what it wrote (the bytes the recorded
     * job renders), puts back every file it replaced whose backup was kept, then removes the folders it
     * created if they are empty. A changed file is kept and listed. Records the outcome in the ledger
     * (Undone) and the journal (phase Undone), so a second undo finds nothing left. dryRun changes
     * nothing. progress is called now and then from the calling thread; cancel is polled.
     */
    static UndoResult undo(RunRecord &record, bool dryRun, const Progress &progress = {},
                           const std::atomic_bool *cancel = nullptr);

    /** What resume found at the names of the files in flight when the run was interrupted. */
    struct ResumeCheck
    {
        qint64 toWrite = 0;           ///< pending + in flight without a file: BatchRunner writes them
        qint64 incompleteRemoved = 0; ///< this run's own incomplete file (a strict prefix of its bytes): rewritten
        qint64 foundComplete = 0;     ///< the file was complete: counted as created
        QList<UndoItem> leftAlone;    ///< something else is at the name: left alone, marked failed with the reason
        QString error;                ///< the run cannot be resumed (finished, undone, running...), and why
    };
    /**
     * Makes an interrupted, cancelled or stopped run ready for BatchRunner::start(record): each file in
     * flight at the interruption is checked at its name, the rest stays Pending, so that the folder ends
     * exactly as an uninterrupted run would have left it.
     */
    static ResumeCheck prepareResume(RunRecord &record);

    /**
     * Makes the failed files of a run that ran to the end (Finished) Pending again for
     * BatchRunner::start(record); how many, or -1 and error. A run that stopped early is resumed first.
     */
    static qint64 prepareRetry(RunRecord &record, QString *error);
};

} // namespace Quire
