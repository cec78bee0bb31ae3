#pragma once

namespace Quire {

/**
 * The first thing main() calls, before Qt opens a descriptor: a standard stream closed by the
 * parent (`>&-`, `2>&-`) is reopened on /dev/null, so that no file Quire opens later gets descriptor
 * 0, 1 or 2 and receives its messages. SIGPIPE is ignored: a reader that went away (`| head -1`)
 * makes writes to that stream fail with EPIPE instead of killing a run mid-file.
 */
void prepareProcess();

} // namespace Quire
