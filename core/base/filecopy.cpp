#include "core/base/filecopy.h"

#include <cerrno>
#include <unistd.h>

namespace Quire {

int copyFileContents(int in, int out)
{
    ssize_t copied = 1;
    while (copied > 0)
        copied = ::copy_file_range(in, nullptr, out, nullptr, 1 << 20, 0);
    if (copied == 0)
        return 0;
    if (errno != EXDEV && errno != ENOSYS && errno != EOPNOTSUPP && errno != EINVAL)
        return errno;
    // The offsets moved with what was copied: the loop goes on from there.
    char buffer[1 << 16];
    for (ssize_t got = 1; got > 0;) {
        got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return errno;
        for (ssize_t done = 0; done < got;) {
            const ssize_t put = ::write(out, buffer + done, size_t(got - done));
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0)
                return errno;
            done += put;
        }
    }
    return 0;
}

} // namespace Quire
