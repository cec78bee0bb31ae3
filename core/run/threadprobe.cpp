#include "core/run/threadprobe.h"

#include "core/base/oserror.h"

#include <QThreadPool>

#include <chrono>
#include <condition_variable>
#include <memory>
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
    int arrived = 0;
};

// A thread that was created runs within milliseconds; one that was not never does.
constexpr std::chrono::seconds PrimeWait{3};

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

int primeThreads(QThreadPool &pool, int count)
{
    auto hold = std::make_shared<Hold>();
    // Each one waits until all have arrived, so that each takes a thread of its own.
    for (int i = 0; i < count; ++i) {
        pool.start([hold] {
            std::unique_lock lock(hold->mutex);
            ++hold->arrived;
            hold->released.notify_all();
            hold->released.wait(lock, [&hold] { return hold->open; });
        });
    }
    std::unique_lock lock(hold->mutex);
    hold->released.wait_for(lock, PrimeWait, [&hold, count] { return hold->arrived >= count; });
    const int arrived = hold->arrived;
    hold->open = true;
    lock.unlock();
    hold->released.notify_all();
    return arrived;
}

} // namespace Quire
