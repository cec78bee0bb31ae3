#include "cli/interrupts.h"

#include <QObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Quire {

namespace {

constexpr int HandledSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
constexpr int SignalCount = int(std::size(HandledSignals));

int wakePipe[2] = {-1, -1};
std::atomic_int firstSignal{0};
std::atomic<std::atomic_bool *> pollFlag{nullptr};
struct sigaction previous[SignalCount] = {};
bool installed[SignalCount] = {};

void onSignal(int signal)
{
    int none = 0;
    firstSignal.compare_exchange_strong(none, signal);
    if (std::atomic_bool *flag = pollFlag.load())
        flag->store(true);
    if (wakePipe[1] >= 0) {
        const char byte = char(signal);
        [[maybe_unused]] const auto ignored = ::write(wakePipe[1], &byte, 1);
    }
}

} // namespace

InterruptWatch::InterruptWatch(QObject *context, std::function<void(int signal)> onSignalInLoop)
{
    if (wakePipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, wakePipe) != 0)
        wakePipe[0] = wakePipe[1] = -1;
    if (wakePipe[0] >= 0) {
        auto *notifier = new QSocketNotifier(wakePipe[0], QSocketNotifier::Read, context);
        QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(onSignalInLoop)] {
            char byte = 0;
            while (::read(wakePipe[0], &byte, 1) == 1)
                handler(int(byte));
        });
    }
    install();
}

InterruptWatch::InterruptWatch(std::atomic_bool *flag)
{
    pollFlag.store(flag);
    install();
}

void InterruptWatch::install()
{
    for (int i = 0; i < SignalCount; ++i) {
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        installed[i] = ::sigaction(HandledSignals[i], nullptr, &previous[i]) == 0 &&
                       previous[i].sa_handler != SIG_IGN && ::sigaction(HandledSignals[i], &action, nullptr) == 0;
    }
}

InterruptWatch::~InterruptWatch()
{
    for (int i = 0; i < SignalCount; ++i) {
        if (installed[i])
            ::sigaction(HandledSignals[i], &previous[i], nullptr);
        installed[i] = false;
    }
    pollFlag.store(nullptr);
}

int receivedInterrupt()
{
    return firstSignal.load();
}

void reraiseInterrupt()
{
    if (firstSignal.load() != SIGINT)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::raise(SIGINT);
}

} // namespace Quire
