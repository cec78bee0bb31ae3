#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

namespace Quire {

/**
 * Pause, cancel and stop-on-error of one run, as the writers see them: read once per file, so the
 * flags sit on a cache line of their own, away from the counters the writers update.
 */
class PauseGate
{
public:
    /** Marks busy unless paused; waits while paused. False if the run was cancelled or stopped. */
    bool enter(std::atomic<int> &busy);
    void setPaused(bool pause);
    void cancel();
    void stop();
    [[nodiscard]] bool isCancelled() const;
    [[nodiscard]] bool isStopped() const;
    [[nodiscard]] bool isPaused() const;

private:
    void wake();

    alignas(64) std::atomic_bool m_cancel{false};
    std::atomic_bool m_stop{false};
    std::atomic_bool m_paused{false};
    QMutex m_mutex;
    QWaitCondition m_wake;
};

} // namespace Quire
