#include "core/journal/runactions.h"

#include "core/base/oserror.h"
#include "core/content/textencoder.h"
#include "core/journal/journalstore.h"
#include "core/plan/plan.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Quire {

namespace {

using Outcome = UndoItem::Outcome;

/** The descriptors of the run's folders (and backup folder), opened once for every file. */
struct FolderFds
{
    std::vector<int> fds;
    std::vector<int> errors; ///< errno where a folder could not be opened
    int backup = -1;

    explicit FolderFds(const RunRecord &record)
    {
        for (const FolderPlan &folder : record.plan->folders) {
            const int fd = ::open(QFile::encodeName(folder.path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            fds.push_back(fd);
            errors.push_back(fd < 0 ? errno : 0);
        }
        QString folder = record.backupFolder;
        if (folder.isEmpty() && record.journal)
            folder = record.journal->folder() + QStringLiteral("/backup");
        if (record.job.backup && !folder.isEmpty())
            backup = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    ~FolderFds()
    {
        for (int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
        if (backup >= 0)
            ::close(backup);
    }
    Q_DISABLE_COPY_MOVE(FolderFds)
};

/** The name and bytes the run wrote at one position, rendered again; one per thread, buffers reused. */
class Expected
{
public:
    explicit Expected(const RunRecord &record)
        : m_record(record)
        , m_plan(*record.plan)
        , m_encoder(m_plan.spec.encoding)
        , m_bom(m_plan.spec.bom ? m_encoder.bom() : QByteArray())
        , m_renamed(m_plan.spec.ifExists == IfExists::Rename)
        , m_contentUsesName(m_plan.contentTemplate.contains(Template::Kind::Name))
    {
    }

    /** Fills name and bytes; false (and error) if the content cannot be encoded any more. */
    bool render(qint64 position, QString *error)
    {
        const int folder = m_plan.folderOf(position);
        FileContext context = m_plan.contextAt(position);
        renderName(position, folder, context);
        if (m_contentUsesName) {
            m_nameText = QString::fromUtf8(name);
            context.name = m_nameText;
        }
        bytes.resize(0);
        bytes.append(m_bom);
        const Template &content = m_plan.boundContents.at(folder);
        if (m_encoder.encodesAsciiAsItself() && content.renderAscii(context, bytes))
            return true;
        content.render(context, m_text);
        if (m_encoder.encode(m_text, bytes) < 0)
            return true;
        *error = QStringLiteral("its content cannot be rendered again in %1").arg(m_encoder.name());
        return false;
    }

    QByteArray name;
    QByteArray bytes;

private:
    void renderName(qint64 position, int folder, const FileContext &context)
    {
        name.resize(0);
        if (m_renamed) {
            if (const QString chosen = m_record.ledger->finalName(position); !chosen.isEmpty()) {
                name = QFile::encodeName(chosen);
                return;
            }
        }
        const Template &names = m_plan.boundNames.at(folder);
        if (names.renderAscii(context, name))
            return;
        names.render(context, m_text);
        name = m_text.toUtf8();
    }

    const RunRecord &m_record;
    const Plan &m_plan;
    TextEncoder m_encoder;
    QByteArray m_bom;
    bool m_renamed;
    bool m_contentUsesName;
    QString m_text;
    QString m_nameText;
};

/** What is at a name compared with the bytes the run wrote there. */
struct Found
{
    enum class Kind : quint8 {
        Missing,
        Same,
        Prefix, ///< a regular file whose bytes are a strict prefix of the expected ones
        Different,
        Error,
    };
    Kind kind = Kind::Missing;
    QString reason; ///< for Different and Error
    int fd = -1;
    struct stat info = {};

    Found() = default;
    ~Found()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(Found)
};

QString notRegularReason(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder is at this name now");
    return QStringLiteral("not a regular file any more");
}

bool readExactly(int fd, char *into, qsizetype size)
{
    for (qsizetype done = 0; done < size;) {
        const ssize_t got = ::read(fd, into + done, size_t(size - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

// O_NOFOLLOW: a symlink at the name is never followed; O_NONBLOCK: a FIFO there cannot hang the undo.
void examine(int dirFd, const QByteArray &name, const QByteArray &expected, QByteArray &buffer, Found &found)
{
    found.fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (found.fd < 0) {
        const int error = errno;
        found.kind = error == ENOENT ? Found::Kind::Missing : Found::Kind::Different;
        if (error == ELOOP) {
            found.reason = QStringLiteral("a symbolic link is at this name now");
        } else if (error != ENOENT) {
            found.kind = Found::Kind::Error;
            found.reason = osMessage(error);
        }
        return;
    }
    if (::fstat(found.fd, &found.info) != 0) {
        found.kind = Found::Kind::Error;
        found.reason = osMessage(errno);
        return;
    }
    found.kind = Found::Kind::Different;
    if (!S_ISREG(found.info.st_mode)) {
        found.reason = notRegularReason(found.info.st_mode);
        return;
    }
    const qint64 size = found.info.st_size;
    if (size > expected.size()) {
        found.reason = QStringLiteral("changed since the run: %1 bytes instead of %2").arg(size).arg(expected.size());
        return;
    }
    buffer.resize(qsizetype(size));
    if (!readExactly(found.fd, buffer.data(), buffer.size())) {
        found.reason = QStringLiteral("changed while it was read");
        return;
    }
    const bool same = std::memcmp(buffer.constData(), expected.constData(), size_t(size)) == 0;
    if (same)
        found.kind = size == expected.size() ? Found::Kind::Same : Found::Kind::Prefix;
    else if (size == expected.size())
        found.reason = QStringLiteral("changed since the run: same size, different bytes");
    else
        found.reason = QStringLiteral("changed since the run: %1 bytes instead of %2").arg(size).arg(expected.size());
}

// The name must still be the inode that was compared: a file swapped in meanwhile is not ours.
QString stillSame(int dirFd, const QByteArray &name, const Found &found)
{
    struct stat now = {};
    if (::fstatat(dirFd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0)
        return osMessage(errno);
    if (now.st_ino != found.info.st_ino || now.st_dev != found.info.st_dev)
        return QStringLiteral("replaced by another file during the undo");
    return {};
}

// copy_file_range refuses some pairs of file systems (EXDEV again since Linux 5.19): then read and write.
int copyAll(int in, int out)
{
    ssize_t copied = 1;
    while (copied > 0)
        copied = ::copy_file_range(in, nullptr, out, nullptr, 1 << 20, 0);
    if (copied == 0)
        return 0;
    if (errno != EXDEV && errno != ENOSYS && errno != EOPNOTSUPP && errno != EINVAL)
        return errno;
    char buffer[1 << 16];
    for (ssize_t got = 1; got > 0;) {
        got = ::read(in, buffer, sizeof buffer);
        if (got < 0)
            return errno;
        for (ssize_t done = 0; done < got;) {
            const ssize_t put = ::write(out, buffer + done, size_t(got - done));
            if (put < 0)
                return errno;
            done += put;
        }
    }
    return 0;
}

/** Puts the backup back across file systems: a temporary copy with the old mode, then a rename. */
int copyBack(int backupFd, const QByteArray &backupName, int dirFd, const QByteArray &name)
{
    const int in = ::openat(backupFd, backupName.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return errno;
    struct stat info = {};
    const QByteArray temp = '.' + name + ".quire-undo";
    int out = ::fstat(in, &info) == 0
                  ? ::openat(dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)
                  : -1;
    int error = out < 0 ? errno : 0;
    if (!error)
        error = copyAll(in, out);
    if (!error && ::fchmod(out, info.st_mode & 07777) != 0)
        error = errno;
    ::close(in);
    if (out >= 0 && ::close(out) != 0 && !error)
        error = errno;
    if (!error && ::renameat(dirFd, temp.constData(), dirFd, name.constData()) != 0)
        error = errno;
    if (error && out >= 0)
        ::unlinkat(dirFd, temp.constData(), 0);
    if (!error)
        ::unlinkat(backupFd, backupName.constData(), 0);
    return error;
}

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
};

void Undoer::undoChunk(qint64 begin, qint64 end, ChunkResult &result)
{
    thread_local QByteArray buffer;
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
            examine(dirFd, expected.name, expected.bytes, buffer, found);
            outcome = undoOne(position, dirFd, expected.name, found, &reason);
        }
        const bool inFlightUntouched = status == FileStatus::InFlight && outcome == Outcome::Kept;
        if (inFlightUntouched && m_overwrite) {
            outcome = Outcome::Missing; // the replacement never happened: the old file is still there
            reason = QStringLiteral("the run had not replaced it yet");
        }
        ++result.counts[size_t(outcome)];
        if (!m_dryRun && (outcome == Outcome::Removed || outcome == Outcome::Restored || outcome == Outcome::Missing))
            m_ledger.setStatus(position, FileStatus::Undone);
        if (outcome != Outcome::Removed || m_dryRun)
            result.items.append(UndoItem{position, m_record.filePath(position), outcome, reason});
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
        *reason = found.reason.isEmpty() ? QStringLiteral("changed since the run") : found.reason;
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
        *reason = QStringLiteral("replaced by the run without --backup: the old file cannot be brought back");
        return Outcome::NotRestorable;
    }
    if (m_fds.backup < 0 || ::fstatat(m_fds.backup, backupName.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        *reason = QStringLiteral("its backup is gone from the run's journal: the old file cannot be brought back");
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
    *reason = QStringLiteral("the old file could not be put back: %1").arg(osMessage(error));
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
    std::vector<ChunkResult> chunkResults(size_t((record.fileCount + UndoChunk - 1) / UndoChunk));
    std::vector<qint64> chunks(chunkResults.size());
    for (size_t i = 0; i < chunks.size(); ++i)
        chunks[i] = qint64(i);
    std::atomic<qint64> done{0};
    Undoer undoer(record, dryRun);
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 8));
    QFuture<void> future = QtConcurrent::map(&pool, chunks, [&](qint64 chunk) {
        const qint64 begin = chunk * UndoChunk;
        undoer.undoChunk(begin, std::min(begin + UndoChunk, record.fileCount), chunkResults[size_t(chunk)]);
        done.fetch_add(1, std::memory_order_relaxed);
    });
    while (!pool.waitForDone(50)) {
        if (progress)
            progress(std::min(done.load() * UndoChunk, record.fileCount), record.fileCount);
        if (cancel && cancel->load())
            future.cancel();
    }
    future.waitForFinished();
    merge(result, chunkResults);
    if (future.isCanceled()) {
        result.error = QStringLiteral("the undo of run %1 was cancelled; undo it again to finish").arg(record.id);
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
        record.journal->sync();
        if (const QString error = record.journal->save(record); !error.isEmpty())
            result.error = QStringLiteral("the files were undone, but the journal of run %1 could not be saved: %2")
                               .arg(record.id, error);
    }
    return result;
}

namespace {

QString notResumable(const RunRecord &record)
{
    const StatusCounts counts = record.counts();
    switch (record.phase) {
    case RunPhase::Interrupted:
    case RunPhase::Cancelled:
    case RunPhase::StoppedOnError:
        return {};
    case RunPhase::Running:
        return QStringLiteral("run %1 is still running in another process: wait for it to end").arg(record.id);
    case RunPhase::Undone:
        return QStringLiteral("run %1 was undone: nothing to resume (start the job again as a new run)").arg(record.id);
    case RunPhase::Finished:
        break;
    }
    if (counts.of(FileStatus::Pending) + counts.of(FileStatus::InFlight) > 0)
        return {};
    if (const qint64 failed = counts.of(FileStatus::Failed); failed > 0)
        return QStringLiteral("run %1 finished: nothing to resume (%2 failed: quire-cli retry %1)")
            .arg(record.id)
            .arg(failed);
    return QStringLiteral("run %1 finished: nothing to resume").arg(record.id);
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
    thread_local QByteArray buffer;
    Found found;
    examine(dirFd, expected.name, expected.bytes, buffer, found);
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
    reason = QStringLiteral("a different file is at this name; it was left alone");
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
        problem = QStringLiteral("run %1 is still running in another process: wait for it to end").arg(record.id);
    else if (record.phase == RunPhase::Undone)
        problem =
            QStringLiteral("run %1 was undone: nothing to retry (start the job again as a new run)").arg(record.id);
    else if (record.counts().of(FileStatus::Failed) == 0)
        problem = QStringLiteral("run %1 has no failed files: nothing to retry").arg(record.id);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return -1;
    }
    return record.ledger->resetFailed();
}

} // namespace Quire
