#include "ui/desktopfeedback.h"

#include "ui/uiresources.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Quire {

namespace {

const QString LauncherPath = QStringLiteral("/io/github/quire/Quire/launcher");

QString launcherAppUri()
{
    return QStringLiteral("application://%1.desktop").arg(appId());
}

} // namespace

DesktopFeedback::DesktopFeedback(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_baseTitle(window->windowTitle())
    // Connecting to the session bus takes milliseconds, and trying without one as long: once, off the GUI thread.
    , m_busConnected(QtConcurrent::run([] { return QDBusConnection::sessionBus().isConnected(); }))
{
}

DesktopFeedback::~DesktopFeedback()
{
    m_busConnected.waitForFinished();
}

std::optional<QDBusConnection> DesktopFeedback::bus() const
{
    // Waits only if a run starts within milliseconds of the window's creation.
    if (!m_busConnected.result())
        return std::nullopt;
    return QDBusConnection::sessionBus(); // connected by now: the connection is shared, nothing waits
}

void DesktopFeedback::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    if (!m_runTimer.isValid())
        m_window->setWindowTitle(title);
}

void DesktopFeedback::setAlwaysNotify(bool always)
{
    m_alwaysNotify = always;
}

void DesktopFeedback::runStarted()
{
    m_runTimer.start();
    m_lastPercent = -1;
    setProgress(0.0, false);
}

void DesktopFeedback::setProgress(double fraction, bool paused)
{
    const int percent = int(std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0));
    if (percent == m_lastPercent && paused == m_lastPaused)
        return; // the title and the taskbar change once per percent, not per progress batch
    m_lastPercent = percent;
    m_lastPaused = paused;
    updateTitle(percent, paused);
    sendLauncherEntry(fraction, true);
}

void DesktopFeedback::runFinished(const QString &headline, const QString &body)
{
    const qint64 elapsed = m_runTimer.isValid() ? m_runTimer.elapsed() : 0;
    m_runTimer.invalidate();
    m_lastPercent = -1;
    m_window->setWindowTitle(m_baseTitle);
    sendLauncherEntry(0.0, false);
    const bool away = !m_window->isActiveWindow() || m_window->isMinimized();
    if (m_alwaysNotify || (away && elapsed >= NotifyAfterMs))
        notify(headline, body);
}

void DesktopFeedback::updateTitle(int percent, bool paused)
{
    //: The window title during a run: percent done, then the usual title
    const QString progress = paused ? tr("%1% (paused)").arg(percent) : tr("%1%").arg(percent);
    m_window->setWindowTitle(QStringLiteral("%1 — %2").arg(progress, m_baseTitle));
}

void DesktopFeedback::sendLauncherEntry(double fraction, bool visible)
{
    const std::optional<QDBusConnection> bus = this->bus();
    if (!bus)
        return;
    QDBusMessage signal = QDBusMessage::createSignal(LauncherPath, QStringLiteral("com.canonical.Unity.LauncherEntry"),
                                                     QStringLiteral("Update"));
    QVariantMap properties;
    properties.insert(QStringLiteral("progress"), std::clamp(fraction, 0.0, 1.0));
    properties.insert(QStringLiteral("progress-visible"), visible);
    signal << launcherAppUri() << properties;
    bus->send(signal);
}

void DesktopFeedback::notify(const QString &summary, const QString &body)
{
    const std::optional<QDBusConnection> bus = this->bus();
    if (!bus)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), appId());
    call << QStringLiteral("Quire") << uint(0) << appId() << summary << body << QStringList() << hints << int(-1);
    // No daemon, no reply: asyncCall never blocks the GUI thread, and an error reply is simply dropped.
    bus->asyncCall(call);
    Q_EMIT notificationSent(summary);
}

} // namespace Quire
