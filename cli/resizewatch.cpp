#include "cli/resizewatch.h"

#include <QObject>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Quire {

namespace {

int wakePipe[2] = {-1, -1};
struct sigaction previous = {};

void onWindowChange(int)
{
    const int saved = errno; // the interrupted code may be about to read errno
    if (wakePipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto ignored = ::write(wakePipe[1], &byte, 1);
    }
    errno = saved;
}

} // namespace

ResizeWatch::ResizeWatch(QObject *context, std::function<void()> onResize)
{
    if (wakePipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, wakePipe) != 0)
        wakePipe[0] = wakePipe[1] = -1;
    if (wakePipe[0] < 0)
        return;
    auto *notifier = new QSocketNotifier(wakePipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(onResize)] {
        char bytes[64];
        bool resized = false;
        while (::read(wakePipe[0], bytes, sizeof bytes) > 0)
            resized = true;
        if (resized) // several resizes in a row: one redraw
            handler();
    });
    struct sigaction action = {};
    action.sa_handler = onWindowChange;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_installed = ::sigaction(SIGWINCH, &action, &previous) == 0;
}

ResizeWatch::~ResizeWatch()
{
    if (m_installed)
        ::sigaction(SIGWINCH, &previous, nullptr);
}

} // namespace Quire
