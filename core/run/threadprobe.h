#pragma once

#include <QString>

class QThreadPool;

namespace Quire {

/**
 * How many of wanted threads the system lets this process start now (RLIMIT_NPROC, memory for their
 * stacks): starts them, waiting, and lets them end. QThreadPool cannot tell a thread that failed to
 * start: its task would wait for ever, and so would the run. why gets the OS's reason when fewer start.
 */
int startableThreads(int wanted, QString *why);

/**
 * Creates count threads in pool now, before it holds any work, and returns how many it created. Qt 6.4's
 * QThreadPool drops the task of a thread it fails to create and then waits for that task for ever (its
 * destructor too), so a writer's task must never be the one that makes it create a thread: with the
 * pool's expiry off, the threads made here stay parked and every later task reuses them. Fewer than
 * count means the pool lost a task (another process took the last thread between the probe and here):
 * it must then never be destroyed.
 */
int primeThreads(QThreadPool &pool, int count);

} // namespace Quire
