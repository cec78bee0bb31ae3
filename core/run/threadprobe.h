#pragma once

#include <QString>

namespace Quire {

/**
 * How many of wanted threads the system lets this process start now (RLIMIT_NPROC, memory for their
 * stacks): starts them, waiting, and lets them end. QThreadPool cannot tell a thread that failed to
 * start: its task would wait for ever, and so would the run. why gets the OS's reason when fewer start.
 */
int startableThreads(int wanted, QString *why);

} // namespace Quire
