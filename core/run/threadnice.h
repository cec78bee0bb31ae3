#pragma once

namespace Quire {

/** How many nice levels the desktop app's background threads (writers, planner, preview) sit below its GUI thread. */
inline constexpr int BackgroundNiceIncrement = 5;

/** The calling thread's own nice value (Linux: per thread; 0 elsewhere or when it cannot be read). */
int currentThreadNice();

/**
 * Gives the calling thread the nice value, once per thread and value. On Linux the nice value is an
 * attribute of each thread (setpriority(2) with a thread id); QThread::setPriority cannot do this: under
 * SCHED_OTHER its only priority is 0. Lowering works for everyone; raising back needs CAP_SYS_NICE, and a
 * refusal is harmless (the thread stays a little lower), so the result is not checked.
 */
void applyThreadNice(int nice);

/** The nice value for background work below the calling thread: increment levels lower, at most 19. */
int niceBelowThisThread(int increment);

} // namespace Quire
