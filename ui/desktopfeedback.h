#pragma once

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace Quire {

/**
 * Tells the desktop about a run: progress in the window title and on the taskbar entry
 * (com.canonical.Unity.LauncherEntry, which KDE, Dock and others read), and a notification
 * (org.freedesktop.Notifications) when a run that took a while ends while the window is not active.
 * Everything goes over the session bus asynchronously; without a bus or a notification daemon,
 * nothing happens and nothing waits.
 */
class DesktopFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopFeedback)

public:
    /** window: whose title shows the progress; baseTitle: the title without it. */
    explicit DesktopFeedback(QWidget *window);
    ~DesktopFeedback() override;

    void setBaseTitle(const QString &title);
    void runStarted();
    /** fraction from 0 to 1. */
    void setProgress(double fraction, bool paused);
    /** headline: one line ("Done: 10 written, ..."); body: more detail for the notification. */
    void runFinished(const QString &headline, const QString &body);

    /** Runs shorter than this end without a notification: the user just watched them. */
    static constexpr qint64 NotifyAfterMs = 5'000;
    /** Tests: notify whatever the run's length and the window's state. */
    void setAlwaysNotify(bool always);

Q_SIGNALS:
    /** Emitted when a notification was handed to the bus (tests). */
    void notificationSent(const QString &summary);

private:
    void updateTitle(int percent, bool paused);
    void sendLauncherEntry(double fraction, bool visible);
    void notify(const QString &summary, const QString &body);
    /** The session bus (connected off the GUI thread when the window was made), or nothing without one. */
    [[nodiscard]] std::optional<QDBusConnection> bus() const;

    QWidget *m_window;
    QString m_baseTitle;
    QElapsedTimer m_runTimer;
    int m_lastPercent = -1;
    bool m_lastPaused = false;
    bool m_alwaysNotify = false;
    QFuture<bool> m_busConnected;
};

} // namespace Quire
