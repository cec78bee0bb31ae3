#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace Quire {

/**
 * While alive, SIGWINCH (the terminal was resized) calls onResize in context's thread, from its event
 * loop, through a self-pipe as InterruptWatch does: a signal handler may only write a byte. The
 * destructor restores what was there before.
 */
class ResizeWatch final
{
public:
    ResizeWatch(QObject *context, std::function<void()> onResize);
    ~ResizeWatch();
    Q_DISABLE_COPY_MOVE(ResizeWatch)

private:
    bool m_installed = false;
};

} // namespace Quire
