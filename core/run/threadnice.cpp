#include "core/run/threadnice.h"

#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace Quire {

int currentThreadNice()
{
    errno = 0; // the calling thread is who 0 names for PRIO_PROCESS on Linux
    const int nice = ::getpriority(PRIO_PROCESS, 0);
    return errno == 0 ? nice : 0;
}

void applyThreadNice(int nice)
{
#ifdef Q_OS_LINUX
    thread_local std::optional<int> applied;
    if (applied == nice)
        return;
    applied = nice;
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), nice);
#else
    Q_UNUSED(nice);
#endif
}

int niceBelowThisThread(int increment)
{
    constexpr int MaxNice = 19;
    return std::min(MaxNice, currentThreadNice() + std::max(increment, 0));
}

} // namespace Quire
