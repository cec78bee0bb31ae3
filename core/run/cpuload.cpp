#include "core/run/cpuload.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <utility>

namespace Quire {

std::optional<qint64> machineBusyTicks(QByteArrayView procStat)
{
    const qsizetype end = procStat.indexOf('\n');
    const QByteArrayView line = end < 0 ? procStat : procStat.first(end);
    const QList<QByteArray> fields = line.toByteArray().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal [guest guest_nice, already inside user and nice]
    if (fields.size() < 9 || fields.front() != "cpu")
        return std::nullopt;
    qint64 busy = 0;
    for (const int field : {1, 2, 3, 6, 7, 8}) {
        bool ok = false;
        const qint64 ticks = fields.at(field).toLongLong(&ok);
        if (!ok || ticks < 0)
            return std::nullopt;
        busy += ticks;
    }
    return busy;
}

double otherProcessesCores(const CpuTimes &before, const CpuTimes &after, qint64 ticksPerSecond)
{
    const qint64 wall = after.wallNs - before.wallNs;
    if (wall <= 0 || ticksPerSecond <= 0 || after.machineBusyTicks < before.machineBusyTicks)
        return 0.0;
    const double machine = double(after.machineBusyTicks - before.machineBusyTicks) * 1e9 / double(ticksPerSecond);
    const double own = double(after.processNs - before.processNs);
    return std::max(0.0, (machine - own) / double(wall));
}

namespace {

std::optional<CpuTimes> readCpuTimes()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    const std::optional<qint64> busy = machineBusyTicks(stat.read(512));
    rusage usage{};
    timespec now{};
    if (!busy || ::getrusage(RUSAGE_SELF, &usage) != 0 || ::clock_gettime(CLOCK_MONOTONIC, &now) != 0)
        return std::nullopt;
    const auto ns = [](const timeval &t) {
        return qint64(t.tv_sec) * 1'000'000'000 + qint64(t.tv_usec) * 1000;
    };
    return CpuTimes{*busy, ns(usage.ru_utime) + ns(usage.ru_stime), qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec};
}

} // namespace

std::optional<double> CpuLoadSampler::sample()
{
    const std::optional<CpuTimes> now = readCpuTimes();
    if (!now)
        return std::nullopt;
    const std::optional<CpuTimes> last = std::exchange(m_last, now);
    if (!last)
        return std::nullopt;
    return otherProcessesCores(*last, *now, ::sysconf(_SC_CLK_TCK));
}

} // namespace Quire
