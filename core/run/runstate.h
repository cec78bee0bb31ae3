#pragma once

#include "core/plan/plan.h"
#include "core/run/filewriter.h"
#include "core/run/runresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace Quire {

/** A contiguous range of positions: the unit of work handed to QtConcurrent::map. */
struct Chunk
{
    qint64 begin = 0;
    qint64 end = 0;
};

/**
 * One worker's counters, on a cache line of their own: per file, a writer only writes a line that no
 * other writer touches (shared counters cost a cache-line transfer between cores per file).
 */
struct alignas(64) WorkerCounters
{
    std::atomic<qint64> written{0};
    std::atomic<qint64> bytes{0};
    std::atomic<int> busy{0}; ///< files this worker is writing right now
};

/**
 * Everything the worker threads share for one run. Held by shared_ptr so that it outlives the run's
 * QFuture. Successes cost one status byte; failures keep a message (deduplicated).
 */
struct RunState
{
    RunState(const Plan &plan, WriteMethod method);
    ~RunState();

    void runChunk(const Chunk &chunk);
    [[nodiscard]] WorkerCounters &countersOfThisThread();
    void recordFailure(qint64 position, const QString &message);
    [[nodiscard]] FileFailure failureAt(qsizetype i) const; ///< caller holds mutex
    void openFolders();
    [[nodiscard]] QStringList syncFolders() const; ///< durable mode: returns errors
    /** Durable mode, on its own thread: writes back what is written so far, until writesDone(). */
    void flushWhileWriting();
    void writesDone();

    const Plan plan;
    const WriteMethod method;
    std::vector<Chunk> chunks;
    std::unique_ptr<std::atomic<quint8>[]> statuses;
    std::vector<int> dirFds;
    QStringList folderErrors;    ///< per folder: why it could not be opened (empty if fine)
    QStringList newEntryParents; ///< folders that gained a subfolder when missing targets were created
    /** Workers beyond this many share slots: the counts stay exact, only the sharing costs. */
    static constexpr int CounterSlots = 64;
    std::array<WorkerCounters, CounterSlots> workers;
    std::atomic<int> nextWorker{0};
    const quint64 runId; ///< tells a pool thread that its slot of an earlier run is stale

    // Read per file, written rarely: on their own line, away from the counters.
    alignas(64) std::atomic_bool cancel{false};
    std::atomic_bool stop{false};
    std::atomic_bool paused{false};
    std::atomic<qint64> skipped{0};
    std::atomic<qint64> failed{0};

    [[nodiscard]] qint64 writtenCount() const;
    [[nodiscard]] qint64 byteCount() const;
    [[nodiscard]] bool anyBusy() const; ///< false while paused = really suspended

    void setPaused(bool pause);
    void wake(); ///< lets paused workers see a cancel
    /** Marks this worker busy unless paused; waits while paused. False if the run was cancelled. */
    bool enterFile(WorkerCounters &mine);

    QMutex gateMutex;
    QWaitCondition gate;

    QMutex flushMutex;
    QWaitCondition flushWake;
    bool writing = true; ///< guarded by flushMutex

    mutable QMutex mutex;               ///< guards everything below
    QList<QPair<qint64, int>> failures; ///< position, message id
    QHash<qint64, int> failureByPosition;
    QStringList messages;
    QHash<QString, int> messageIds;
    QHash<qint64, QString> renamed; ///< positions written under another name (IfExists::Rename)
};

} // namespace Quire
