#pragma once

namespace Quire {

/**
 * Copies everything from in's offset to out's: copy_file_range where the kernel can (reflinks,
 * server-side copies), read/write where it refuses (across file systems before Linux 5.19 and
 * after it for some, FUSE, procfs). Returns 0 or errno.
 */
int copyFileContents(int in, int out);

} // namespace Quire
