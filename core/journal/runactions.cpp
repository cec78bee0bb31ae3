#include "core/journal/runactions.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/journal/journalstore.h"
#include "core/journal/runactions_p.h"
#include "core/plan/plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Quire {

namespace {

using Outcome = UndoItem::Outcome;
using namespace RunFiles;

/** Everything one chunk of the undo found; merged in order afterwards. */
struct ChunkResult
{
    QList<UndoItem> items;
    std::array<qint64, 6> counts{};
};

class Undoer
{
public:
    Undoer(RunRecord &record, bool dryRun)
        : m_record(record)
        , m_ledger(*record.ledger)
        , m_fds(record)
        , m_dryRun(dryRun)
        , m_overwrite(record.plan->spec.ifExists == IfExists::Overwrite)
    {
        for (const FolderPlan &folder : record.plan->folders)
            m_folderPaths.append(folder.path.endsWith(QLatin1Char('/')) ? folder.path : folder.path + QLatin1Char('/'));
    }

    void undoChunk(qint64 begin, qint64 end, ChunkResult &result);

private:
    Outcome undoOne(qint64 position, int dirFd, const QByteArray &name, const Found &found, QString *reason);
    Outcome restore(qint64 position, int dirFd, const QByteArray &name, QString *reason);

    RunRecord &m_record;
    RunLedger &m_ledger;
    FolderFds m_fds;
    const bool m_dryRun;
    const bool m_overwrite;
    QStringList m_folderPaths; ///< each ending in '/'
};

void Undoer::undoChunk(qint64 begin, qint64 end, ChunkResult &result)
{
    Expected expected(m_record);
    for (qint64 position = begin; position < end; ++position) {
        const FileStatus status = m_ledger.status(position);
        if (!isWritten(status) && status != FileStatus::InFlight)
            continue;
        QString reason;
        Outcome outcome = Outcome::Failed;
        const int folder = m_record.plan->folderOf(position);
        const int dirFd = m_fds.fds[size_t(folder)];
        if (dirFd < 0) {
            outcome = m_fds.errors[size_t(folder)] == ENOENT ? Outcome::Missing : Outcome::Failed;
            reason = osMessage(m_fds.errors[size_t(folder)]);
        } else if (expected.render(position, &reason)) {
            Found found;
            examine(dirFd, expected.name, expected.source(), found);
            outcome = undoOne(position, dirFd, expected.name, found, &reason);
        }
        const bool inFlightUntouched = status == FileStatus::InFlight && outcome == Outcome::Kept;
        if (inFlightUntouched && m_overwrite) {
            outcome = Outcome::Missing; // the replacement never happened: the old file is still there
            reason = trCore("Quire::RunActions", "the run had not replaced it yet");
        }
        ++result.counts[size_t(outcome)];
        if (!m_dryRun && (outcome == Outcome::Removed || outcome == Outcome::Restored || outcome == Outcome::Missing))
            m_ledger.setStatus(position, FileStatus::Undone);
        if (outcome == Outcome::Removed && !m_dryRun)
            continue;
        // The name just rendered: a dry run lists every file, and the plan's own fileName() is the slow path.
        const QString path = dirFd >= 0 && !expected.name.isEmpty()
                                 ? m_folderPaths.at(folder) + QFile::decodeName(expected.name)
                                 : m_record.filePath(position);
        result.items.append(UndoItem{position, path, outcome, reason});
    }
}

Outcome Undoer::undoOne(qint64 position, int dirFd, const QByteArray &name, const Found &found, QString *reason)
{
    const FileStatus status = m_ledger.status(position);
    const bool replaced = status == FileStatus::Replaced || (status == FileStatus::InFlight && m_overwrite);
    // A strict prefix under an in-flight name is this run's own incomplete file (direct writes only).
    const bool ours = found.kind == Found::Kind::Same ||
                      (found.kind == Found::Kind::Prefix && status == FileStatus::InFlight && !replaced);
    if (found.kind == Found::Kind::Missing)
        return Outcome::Missing;
    if (found.kind == Found::Kind::Error) {
        *reason = found.reason;
        return Outcome::Failed;
    }
    if (!ours) {
        *reason = found.reason.isEmpty() ? trCore("Quire::RunActions", "changed since the run") : found.reason;
        return Outcome::Kept;
    }
    if (const QString swapped = stillSame(dirFd, name, found); !swapped.isEmpty()) {
        *reason = swapped;
        return Outcome::Kept;
    }
    if (replaced)
        return restore(position, dirFd, name, reason);
    if (m_dryRun)
        return Outcome::Removed;
    if (::unlinkat(dirFd, name.constData(), 0) != 0) {
        *reason = osMessage(errno);
        return Outcome::Failed;
    }
    return Outcome::Removed;
}

Outcome Undoer::restore(qint64 position, int dirFd, const QByteArray &name, QString *reason)
{
    const QByteArray backupName = QByteArray::number(position);
    struct stat info = {};
    if (!m_record.job.backup) {
        *reason =
            trCore("Quire::RunActions", "replaced by a run that kept no backups: the old file cannot be brought back");
        return Outcome::NotRestorable;
    }
    if (m_fds.backup < 0 || ::fstatat(m_fds.backup, backupName.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        *reason = trCore("Quire::RunActions",
                         "its backup is gone from the run's journal: the old file cannot be brought back");
        return Outcome::NotRestorable;
    }
    if (m_dryRun)
        return Outcome::Restored;
    if (::renameat(m_fds.backup, backupName.constData(), dirFd, name.constData()) == 0)
        return Outcome::Restored;
    int error = errno;
    if (error == EXDEV)
        error = copyBack(m_fds.backup, backupName, dirFd, name);
    if (error == 0)
        return Outcome::Restored;
    *reason = trCore("Quire::RunActions", "the old file could not be put back: %1").arg(osMessage(error));
    return Outcome::Failed;
}

constexpr qint64 UndoChunk = 256;

// Folders the run created, innermost first, removed where empty (rmdir refuses the others).
QStringList removeFolders(const RunRecord &record, bool dryRun, const QSet<QString> &removedPaths)
{
    QStringList removed;
    QSet<QString> gone;
    for (auto it = record.createdFolders.crbegin(); it != record.createdFolders.crend(); ++it) {
        const QString &folder = *it;
        if (dryRun) {
            const QDir dir(folder);
            const QStringList entries =
                dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            const bool empty = dir.exists() && std::all_of(entries.cbegin(), entries.cend(), [&](const QString &entry) {
                                   const QString path = dir.filePath(entry);
                                   return removedPaths.contains(path) || gone.contains(path);
                               });
            if (empty) {
                gone.insert(QDir::cleanPath(folder));
                removed.append(folder);
            }
        } else if (::rmdir(QFile::encodeName(folder).constData()) == 0) {
            removed.append(folder);
        }
    }
    return removed;
}

void merge(UndoResult &result, std::vector<ChunkResult> &chunks)
{
    for (ChunkResult &chunk : chunks) {
        result.removed += chunk.counts[size_t(Outcome::Removed)];
        result.restored += chunk.counts[size_t(Outcome::Restored)];
        result.kept += chunk.counts[size_t(Outcome::Kept)];
        result.notRestorable += chunk.counts[size_t(Outcome::NotRestorable)];
        result.missing += chunk.counts[size_t(Outcome::Missing)];
        result.failed += chunk.counts[size_t(Outcome::Failed)];
        result.items.append(std::move(chunk.items));
    }
}

// On a pool of its own (never the global one, which the GUI uses for previews); true if cancelled.
bool undoChunks(Undoer &undoer, qint64 fileCount, std::vector<ChunkResult> &chunks,
                const RunActions::Progress &progress, const std::atomic_bool *cancel)
{
    std::vector<qint64> numbers(chunks.size());
    std::iota(numbers.begin(), numbers.end(), 0);
    std::atomic<qint64> done{0};
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 8));
    QFuture<void> future = QtConcurrent::map(&pool, numbers, [&](qint64 chunk) {
        const qint64 begin = chunk * UndoChunk;
        undoer.undoChunk(begin, std::min(begin + UndoChunk, fileCount), chunks[size_t(chunk)]);
        done.fetch_add(1, std::memory_order_relaxed);
    });
    while (!pool.waitForDone(50)) {
        if (progress)
            progress(std::min(done.load() * UndoChunk, fileCount), fileCount);
        if (cancel && cancel->load())
            future.cancel();
    }
    future.waitForFinished();
    return future.isCanceled();
}

} // namespace

bool UndoResult::complete() const
{
    return error.isEmpty() && kept == 0 && notRestorable == 0 && failed == 0;
}

UndoResult RunActions::undo(RunRecord &record, bool dryRun, const Progress &progress, const std::atomic_bool *cancel)
{
    UndoResult result;
    const StatusCounts counts = record.counts();
    if (counts.written() + counts.of(FileStatus::InFlight) == 0) {
        result.nothingToUndo = true;
        return result;
    }
    std::vector<ChunkResult> chunks(size_t((record.fileCount + UndoChunk - 1) / UndoChunk));
    Undoer undoer(record, dryRun);
    const bool cancelled = undoChunks(undoer, record.fileCount, chunks, progress, cancel);
    merge(result, chunks);
    if (cancelled) {
        result.error =
            trCore("Quire::RunActions", "the undo of run %1 was cancelled; undo it again to finish").arg(record.id);
        return result;
    }
    QSet<QString> removedPaths;
    for (const UndoItem &item : std::as_const(result.items)) {
        if (dryRun && item.outcome == Outcome::Removed)
            removedPaths.insert(item.path);
    }
    result.foldersRemoved = removeFolders(record, dryRun, removedPaths);
    if (progress)
        progress(record.fileCount, record.fileCount);
    if (dryRun)
        return result;
    record.phase = RunPhase::Undone;
    if (record.journal) {
        QString error = record.journal->sync();
        if (error.isEmpty())
            error = record.journal->save(record);
        if (!error.isEmpty())
            result.error =
                trCore("Quire::RunActions", "the files were undone, but the journal of run %1 could not be saved: %2")
                    .arg(record.id, error);
    }
    return result;
}

namespace {

// A target folder that is gone and that the run did not make itself: writing there would recreate a
// folder the user removed (or moved) on purpose, and every file would fail on its own.
QString missingFolder(const RunRecord &record)
{
    for (const FolderPlan &folder : record.plan->folders) {
        if (!folder.create && !QFileInfo(folder.path).isDir())
            return trCore("Quire::RunActions",
                          "run %1 wrote into %2, which no longer exists: restore that folder first (or start "
                          "the job again as a new run)")
                .arg(record.id, folder.path);
    }
    return {};
}

QString notResumable(const RunRecord &record)
{
    if (QString missing = missingFolder(record); !missing.isEmpty())
        return missing;
    const StatusCounts counts = record.counts();
    switch (record.phase) {
    case RunPhase::Interrupted:
    case RunPhase::Cancelled:
    case RunPhase::StoppedOnError:
        return {};
    case RunPhase::Running:
        return trCore("Quire::RunActions", "run %1 is still running in another process: wait for it to end")
            .arg(record.id);
    case RunPhase::Undone:
        return trCore("Quire::RunActions", "run %1 was undone: nothing to resume (start the job again as a new run)")
            .arg(record.id);
    case RunPhase::Finished:
        break;
    }
    if (counts.of(FileStatus::Pending) + counts.of(FileStatus::InFlight) > 0)
        return {};
    if (const qint64 failed = counts.of(FileStatus::Failed); failed > 0)
        return trCore("Quire::RunActions", "run %1 finished: nothing to resume (%2 failed: retry the run instead)")
            .arg(record.id)
            .arg(failed);
    return trCore("Quire::RunActions", "run %1 finished: nothing to resume").arg(record.id);
}

// The planned name after an interruption: missing, this run's own file (complete or cut short) or another.
void checkInFlight(RunRecord &record, qint64 position, int dirFd, Expected &expected, RunActions::ResumeCheck &check)
{
    RunLedger &ledger = *record.ledger;
    const JobSpec &spec = record.plan->spec;
    const bool direct = spec.writeMethod == WriteMethod::Direct && !spec.durable;
    // Overwrite and rename never leave a partial file under a final name: write it again.
    if (spec.ifExists == IfExists::Overwrite || spec.ifExists == IfExists::Rename || dirFd < 0) {
        ledger.setStatus(position, FileStatus::Pending);
        return;
    }
    QString reason;
    if (!expected.render(position, &reason)) {
        ledger.setStatus(position, FileStatus::Pending); // the writer reports the same problem
        return;
    }
    Found found;
    examine(dirFd, expected.name, expected.source(), found);
    if (found.kind == Found::Kind::Missing) {
        ledger.setStatus(position, FileStatus::Pending);
        return;
    }
    if (found.kind == Found::Kind::Same) {
        ledger.setStatus(position, FileStatus::Created);
        ++check.foundComplete;
        return;
    }
    if (found.kind == Found::Kind::Prefix && direct && stillSame(dirFd, expected.name, found).isEmpty() &&
        ::unlinkat(dirFd, expected.name.constData(), 0) == 0) {
        ledger.setStatus(position, FileStatus::Pending);
        ++check.incompleteRemoved;
        return;
    }
    reason = trCore("Quire::RunActions", "a different file is at this name; it was left alone");
    ledger.addFailure(position, reason);
    check.leftAlone.append(UndoItem{position, record.filePath(position), Outcome::Kept, reason});
}

} // namespace

RunActions::ResumeCheck RunActions::prepareResume(RunRecord &record)
{
    ResumeCheck check;
    check.error = notResumable(record);
    if (!check.error.isEmpty())
        return check;
    const FolderFds fds(record);
    Expected expected(record);
    RunLedger &ledger = *record.ledger;
    for (qint64 position = 0; position < record.fileCount; ++position) {
        if (ledger.status(position) != FileStatus::InFlight)
            continue;
        checkInFlight(record, position, fds.fds[size_t(record.plan->folderOf(position))], expected, check);
    }
    check.toWrite = ledger.counts().of(FileStatus::Pending);
    return check;
}

qint64 RunActions::prepareRetry(RunRecord &record, QString *error)
{
    QString problem;
    if (record.phase == RunPhase::Running)
        problem = trCore("Quire::RunActions", "run %1 is still running in another process: wait for it to end")
                      .arg(record.id);
    else if (record.phase == RunPhase::Undone)
        problem = trCore("Quire::RunActions", "run %1 was undone: nothing to retry (start the job again as a new run)")
                      .arg(record.id);
    else if (record.phase != RunPhase::Finished)
        // Retry writes only what failed; the files never attempted are resume's (then retry what failed).
        problem = trCore("Quire::RunActions", "run %1 did not run to the end (%2): resume it first, then retry its "
                                              "failed files")
                      .arg(record.id, runPhaseName(record.phase));
    else if (record.counts().of(FileStatus::Failed) == 0)
        problem = trCore("Quire::RunActions", "run %1 has no failed files: nothing to retry").arg(record.id);
    else
        problem = missingFolder(record);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return -1;
    }
    return record.ledger->resetFailed();
}

} // namespace Quire
