#include "core/run/pausegate.h"

namespace Quire {

// Pause takes effect between files, not only between chunks: a worker finishes the file it is writing,
// then waits here. busy is raised before paused is read (and paused set before busy is read by the
// runner), so the runner never sees "nothing busy" while a file is about to start.
bool PauseGate::enter(std::atomic<int> &busy)
{
    for (;;) {
        busy.fetch_add(1);
        if (!m_paused.load())
            break;
        busy.fetch_sub(1);
        QMutexLocker locker(&m_mutex);
        while (m_paused.load() && !m_cancel.load() && !m_stop.load())
            m_wake.wait(&m_mutex);
        if (m_cancel.load() || m_stop.load())
            return false;
    }
    if (m_cancel.load(std::memory_order_relaxed) || m_stop.load(std::memory_order_relaxed)) {
        busy.fetch_sub(1);
        return false;
    }
    return true;
}

void PauseGate::setPaused(bool pause)
{
    {
        QMutexLocker locker(&m_mutex);
        m_paused.store(pause);
    }
    m_wake.wakeAll();
}

void PauseGate::cancel()
{
    m_cancel.store(true);
    wake();
}

void PauseGate::stop()
{
    m_stop.store(true, std::memory_order_relaxed);
    wake();
}

bool PauseGate::isCancelled() const
{
    return m_cancel.load();
}

bool PauseGate::isStopped() const
{
    return m_stop.load(std::memory_order_relaxed);
}

bool PauseGate::isPaused() const
{
    return m_paused.load();
}

void PauseGate::wake()
{
    QMutexLocker locker(&m_mutex);
    m_wake.wakeAll();
}

} // namespace Quire
