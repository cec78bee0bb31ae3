#pragma once

#include "filewriter.h"
#include "plan.h"
#include "runresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

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
 * Everything the worker threads share for one run. Held by shared_ptr so that it outlives the run's
 * QFuture. Successes cost one status byte; failures keep a message (deduplicated).
 */
struct RunState
{
    RunState(const Plan &plan, WriteMethod method);
    ~RunState();

    void runChunk(const Chunk &chunk);
    void recordFailure(qint64 position, const QString &message);
    [[nodiscard]] FileFailure failureAt(qsizetype i) const; ///< caller holds mutex
    void openFolders();
    [[nodiscard]] QStringList syncFolders() const; ///< durable mode: returns errors

    const Plan plan;
    const WriteMethod method;
    std::vector<Chunk> chunks;
    std::unique_ptr<std::atomic<quint8>[]> statuses;
    std::vector<int> dirFds;
    QStringList folderErrors;    ///< per folder: why it could not be opened (empty if fine)
    QStringList newEntryParents; ///< folders that gained a subfolder when missing targets were created
    std::atomic<qint64> written{0};
    std::atomic<qint64> skipped{0};
    std::atomic<qint64> failed{0};
    std::atomic<qint64> bytes{0};
    std::atomic_bool cancel{false};
    std::atomic_bool stop{false};
    std::atomic_bool paused{false};
    std::atomic<int> busy{0}; ///< files being written right now (0 while paused = really suspended)

    void setPaused(bool pause);
    void wake(); ///< lets paused workers see a cancel
    /** Marks this thread busy unless paused; waits while paused. False if the run was cancelled. */
    bool enterFile();

    QMutex gateMutex;
    QWaitCondition gate;

    mutable QMutex mutex;               ///< guards everything below
    QList<QPair<qint64, int>> failures; ///< position, message id
    QHash<qint64, int> failureByPosition;
    QStringList messages;
    QHash<QString, int> messageIds;
    QHash<qint64, QString> renamed; ///< positions written under another name (IfExists::Rename)
};

} // namespace Quire
