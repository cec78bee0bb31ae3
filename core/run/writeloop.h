#pragma once

#include "core/run/pausegate.h"
#include "core/run/runrecord.h"
#include "core/run/subfolders.h"
#include "core/run/targetfolders.h"
#include "core/run/workercounters.h"
#include "core/run/writerlimit.h"

#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Quire {

struct ChunkSetup;
class ContentSource;
class FileWriter;
struct WriteOutcome;

/** A contiguous range of positions: the unit of work handed to QtConcurrent::map. */
struct Chunk
{
    qint64 begin = 0;
    qint64 end = 0;
};

/**
 * One run's writing, shared by the worker threads (held by shared_ptr, so it outlives the run's
 * QFuture). The hot loop, runChunk(), is the one place that ties the pieces together: the gate
 * (pause, cancel, stop), the counters, the target folders and the record's ledger. It writes every
 * position whose status is Pending (all of them in a new run; what is left in a resume or retry).
 */
class WriteLoop
{
public:
    WriteLoop(std::shared_ptr<RunRecord> record, WriteMethod method);
    ~WriteLoop();
    Q_DISABLE_COPY_MOVE(WriteLoop)

    /** Opens the folders (and the backup folder) and cuts the pending positions into chunks. */
    void prepare(int threads);
    void runChunk(const Chunk &chunk);

    [[nodiscard]] const std::vector<Chunk> &chunks() const;
    [[nodiscard]] qint64 pendingAtStart() const;
    /** Failures of the run as a whole: folders, backup folder, a writer that threw. */
    [[nodiscard]] QStringList jobErrors() const;
    /** Durable mode, nested names: fsync of the sub-folders written into. */
    [[nodiscard]] QStringList syncSubfolders() const;

    PauseGate gate;
    WriterLimit writers; ///< how many write chunks at once (lowered to leave the GUI a core on a busy machine)
    WorkerCounters counters;
    TargetFolders folders;
    /**
     * The nice value every writer thread takes before its first file (Linux, per thread), or nothing:
     * the desktop app lowers its writers below the GUI thread, quire-cli leaves them as they are.
     */
    std::optional<int> writerNice;
    /** Tests only: called before each file is written (to inject an exception, say). */
    std::function<void(qint64)> beforeFile;
    /** Tests only: called with --verify between writing a file and reading it back (to corrupt it, say). */
    std::function<void(qint64 position, int dirFd, const QByteArray &name)> beforeVerify;

private:
    void writeOne(qint64 position, const ChunkSetup &setup, WorkerCounters::Slot &mine);
    /** The descriptor to write position's file into; for a nested name, cuts the name to its last part. */
    int folderFdFor(qint64 position, const ChunkSetup &setup, QString *error);
    // Content generators and --verify (core/content/contentsource.h); the template fast path skips them.
    /** Where one file goes: the writer for its folder, that folder's descriptor and the name inside it. */
    struct Target
    {
        const FileWriter &writer;
        int dirFd;
        const QByteArray &name;
    };
    WriteOutcome writeContent(qint64 position, const ChunkSetup &setup, const Target &target, qint64 &bytes);
    QString verifyWritten(qint64 position, int dirFd, const QByteArray &name, ContentSource &source);
    void fail(qint64 position, const QString &message, WorkerCounters::Slot &mine);
    void writerThrew(qint64 position, const QString &what, WorkerCounters::Slot &mine);

    const std::shared_ptr<RunRecord> m_record;
    const Plan &m_plan;
    RunLedger &m_ledger;
    const WriteMethod m_method;
    const bool m_generated; ///< a content generator or --verify: the path through writeContent()
    std::vector<Chunk> m_chunks;
    qint64 m_pending = 0;
    int m_backupFd = -1;
    int m_copyFd = -1; ///< --copy-from: the source, opened once per run and read with offsets by every thread
    mutable QMutex m_mutex;
    QStringList m_jobErrors; ///< guarded by m_mutex
    const bool m_nested;     ///< '/' in the name template: files go into sub-folders
    Subfolders m_subfolders;
};

} // namespace Quire
