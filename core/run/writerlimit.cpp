#include "core/run/writerlimit.h"

#include <algorithm>

namespace Quire {

void WriterLimit::acquire()
{
    int active = m_active.load();
    for (;;) {
        if (active < m_limit.load()) {
            if (m_active.compare_exchange_weak(active, active + 1))
                return;
            continue; // another writer moved the count: look again
        }
        // Checked again under the mutex that release() and setLimit() notify under: no wake-up is lost.
        QMutexLocker locker(&m_mutex);
        if (m_active.load() >= m_limit.load())
            m_changed.wait(&m_mutex);
        active = m_active.load();
    }
}

void WriterLimit::release()
{
    m_active.fetch_sub(1);
    const QMutexLocker locker(&m_mutex);
    m_changed.wakeOne();
}

void WriterLimit::setLimit(int limit)
{
    m_limit.store(std::max(limit, 1));
    const QMutexLocker locker(&m_mutex);
    m_changed.wakeAll();
}

int WriterLimit::limit() const
{
    return m_limit.load();
}

} // namespace Quire
