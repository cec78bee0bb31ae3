#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <limits>

namespace Quire {

/**
 * How many writers may write chunks at once. Unlimited by default; the desktop app lowers it to leave a
 * core to its GUI thread while other processes keep the CPUs busy (see CpuLoadSampler), and raises it
 * again when they stop. A writer over the limit waits before its chunk until one leaves, so the limit
 * can never strand a chunk: the last writer always gets its turn. Cancel and pause need nothing here:
 * the writer inside a chunk leaves it at its next file (PauseGate) and hands the turn on.
 */
class WriterLimit
{
public:
    static constexpr int Unlimited = std::numeric_limits<int>::max();

    /** Waits until fewer than limit() writers hold a turn, then takes one. */
    void acquire();
    void release();
    /** At least 1; Unlimited lifts it. Waiting writers see a higher limit at once. */
    void setLimit(int limit);
    [[nodiscard]] int limit() const;

private:
    std::atomic<int> m_limit{Unlimited};
    std::atomic<int> m_active{0};
    QMutex m_mutex;
    QWaitCondition m_changed;
};

/** A writer's turn for one chunk (RAII). */
class WriterTurn
{
public:
    explicit WriterTurn(WriterLimit &limit)
        : m_limit(limit)
    {
        m_limit.acquire();
    }
    ~WriterTurn()
    {
        m_limit.release();
    }
    Q_DISABLE_COPY_MOVE(WriterTurn)

private:
    WriterLimit &m_limit;
};

} // namespace Quire
