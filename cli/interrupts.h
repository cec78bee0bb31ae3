#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

class QObject;

namespace Quire {

/**
 * While alive, SIGINT, SIGTERM, SIGHUP and SIGQUIT ask to cancel instead of killing the process, so
 * files in flight are completed and nothing half-written stays behind. A signal that the parent set
 * to be ignored (nohup, a background job's SIGINT) stays ignored. The destructor restores what was
 * there before.
 */
class InterruptWatch final
{
public:
    /** onSignal runs in context's thread, from its event loop. */
    InterruptWatch(QObject *context, std::function<void(int signal)> onSignal);
    /** For a loop that polls: flag is set from the handler (async-signal-safe). */
    explicit InterruptWatch(std::atomic_bool *flag);
    ~InterruptWatch();
    Q_DISABLE_COPY_MOVE(InterruptWatch)

private:
    void install();
};

/** The first signal that asked this process to cancel, or 0. */
int receivedInterrupt();

/**
 * After a cancel asked for by SIGINT: die by SIGINT (default action, re-raised), so that the shell
 * loop, make or xargs that started us stops too. Flush every stream before calling it.
 */
void reraiseInterrupt();

} // namespace Quire
