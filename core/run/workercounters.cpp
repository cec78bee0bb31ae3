#include "core/run/workercounters.h"

#include <algorithm>

namespace Quire {

namespace {

quint64 nextRunId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

} // namespace

WorkerCounters::WorkerCounters()
    : m_runId(nextRunId())
{
}

WorkerCounters::Slot &WorkerCounters::mine()
{
    thread_local quint64 slotRun = 0;
    thread_local int slot = 0;
    if (slotRun != m_runId) {
        slotRun = m_runId;
        slot = m_next.fetch_add(1) % Slots;
    }
    return m_slots[size_t(slot)];
}

template <typename Field>
qint64 WorkerCounters::sum(Field field) const
{
    qint64 total = 0;
    for (const Slot &slot : m_slots)
        total += (slot.*field).load(std::memory_order_relaxed);
    return total;
}

qint64 WorkerCounters::written() const
{
    return sum(&Slot::written);
}

qint64 WorkerCounters::skipped() const
{
    return sum(&Slot::skipped);
}

qint64 WorkerCounters::failed() const
{
    return sum(&Slot::failed);
}

qint64 WorkerCounters::bytes() const
{
    return sum(&Slot::bytes);
}

bool WorkerCounters::anyBusy() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return s.busy.load() != 0; });
}

} // namespace Quire
