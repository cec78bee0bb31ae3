#include "core/run/threadprobe.h"

#include "core/base/oserror.h"

#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <vector>

namespace Quire {

namespace {

struct Hold
{
    std::mutex mutex;
    std::condition_variable released;
    bool open = false;
};

void *waitForRelease(void *arg)
{
    auto *hold = static_cast<Hold *>(arg);
    std::unique_lock lock(hold->mutex);
    hold->released.wait(lock, [hold] { return hold->open; });
    return nullptr;
}

} // namespace

int startableThreads(int wanted, QString *why)
{
    Hold hold;
    std::vector<pthread_t> started;
    started.reserve(size_t(std::max(wanted, 0)));
    // All held at once: the limit counts threads alive together, as the pool's writers will be.
    for (int i = 0; i < wanted; ++i) {
        pthread_t thread{};
        if (const int error = ::pthread_create(&thread, nullptr, waitForRelease, &hold); error != 0) {
            if (why)
                *why = osMessage(error);
            break;
        }
        started.push_back(thread);
    }
    {
        const std::lock_guard lock(hold.mutex);
        hold.open = true;
    }
    hold.released.notify_all();
    for (pthread_t thread : started)
        ::pthread_join(thread, nullptr);
    return int(started.size());
}

} // namespace Quire
