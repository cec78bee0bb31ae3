#pragma once

#include <QByteArrayView>

#include <optional>

namespace Quire {

/** CPU time of the whole machine and of this process, at one moment. */
struct CpuTimes
{
    qint64 machineBusyTicks = 0; ///< /proc/stat's first line: every state but idle and iowait (USER_HZ ticks)
    qint64 processNs = 0;        ///< this process's user + system time (getrusage)
    qint64 wallNs = 0;           ///< a monotonic clock
};

/** The busy ticks of /proc/stat's "cpu" line, or nothing when text does not start with one. */
std::optional<qint64> machineBusyTicks(QByteArrayView procStat);

/**
 * How many cores other processes kept busy between two readings: the machine's busy time less this
 * process's own, over the wall time between them (0 when they are not in order).
 */
double otherProcessesCores(const CpuTimes &before, const CpuTimes &after, qint64 ticksPerSecond);

/**
 * Watches how busy other processes keep the CPUs, for the desktop app: while they use at least half a
 * core, its writers leave a core to the GUI thread (Linux; elsewhere nothing is ever busy).
 */
class CpuLoadSampler
{
public:
    /** Cores other processes used since the last call; nothing on the first call or without /proc. */
    std::optional<double> sample();

private:
    std::optional<CpuTimes> m_last;
};

} // namespace Quire
