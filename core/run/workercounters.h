#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace Quire {

/**
 * What the writers of one run count, one cache line per writer: per file, a writer only writes a
 * line that no other writer touches (shared counters cost a cache-line transfer between cores per
 * file). Sums are exact at any moment.
 */
class WorkerCounters
{
public:
    struct alignas(64) Slot
    {
        std::atomic<qint64> written{0};
        std::atomic<qint64> skipped{0};
        std::atomic<qint64> failed{0};
        std::atomic<qint64> bytes{0};
        std::atomic<int> busy{0}; ///< files this worker is writing right now
    };

    WorkerCounters();
    /** The calling thread's slot; a pool thread's slot of an earlier run is stale and replaced. */
    [[nodiscard]] Slot &mine();
    [[nodiscard]] qint64 written() const;
    [[nodiscard]] qint64 skipped() const;
    [[nodiscard]] qint64 failed() const;
    [[nodiscard]] qint64 bytes() const;
    [[nodiscard]] bool anyBusy() const; ///< false while paused = really suspended

    /** Workers beyond this many share slots: the counts stay exact, only the sharing costs. */
    static constexpr int Slots = 64;

private:
    template <typename Field>
    qint64 sum(Field field) const;

    std::array<Slot, Slots> m_slots;
    std::atomic<int> m_next{0};
    const quint64 m_runId;
};

} // namespace Quire
