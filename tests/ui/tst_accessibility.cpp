#include "core/run/batchrunner.h"
#include "ui/desktopfeedback.h"
#include "ui/mainwindow.h"
#include "uitest.h"

#include <QAccessible>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

namespace {

// What Qt shows for a label with a mnemonic: "Pre&view" reads "Preview", "&&" reads "&".
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/** A stand-in for a desktop's notification daemon, on a private session bus. */
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(FakeNotifications)

public:
    FakeNotifications() = default;
    QStringList summaries;
    QStringList bodies;
    QList<QVariantMap> launcherUpdates;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                             const QStringList &, const QVariantMap &, int)
    {
        summaries << summary;
        bodies << body;
        return uint(summaries.size());
    }
    void onLauncherUpdate(const QString &appUri, const QVariantMap &properties)
    {
        if (appUri == QStringLiteral("application://io.github.quire.Quire.desktop"))
            launcherUpdates << properties;
    }
};

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void valueLabelsReadWhatTheyShow();
    void progressBarSaysItsTextAndNoTimeLeftAtTheEnd();
    void titleShowsProgressDuringARun();
    void notificationAndTaskbarOverTheSessionBus();

private:
    void runWithOneFailure(MainWindow &window, TestDir &dir);
    QProcess m_bus;
    QString m_busAddress;
};

void TestAccessibility::initTestCase()
{
    // A private session bus for this process only (before anything in it connects to one).
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        return;
    m_bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000))
        return;
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
}

void TestAccessibility::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

void TestAccessibility::init()
{
    useTestSettings(QStringLiteral("tst_accessibility"));
}

void TestAccessibility::runWithOneFailure(MainWindow &window, TestDir &dir)
{
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file-04.txt"))); // a folder where a file must go
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    auto *policy = child<QComboBox>(window, "ifExists");
    policy->setCurrentIndex(policy->findData(QStringLiteral("overwrite")));
    startAndWait(window);
}

void TestAccessibility::valueLabelsReadWhatTheyShow()
{
    MainWindow window;
    TestDir dir;
    runWithOneFailure(window, dir);
    QVERIFY(child<QLabel>(window, "failureBadge")->isVisible());
    QVERIFY(child<QLabel>(window, "summaryLabel")->isVisible());
    QTRY_VERIFY(!child<QLabel>(window, "previewFirst")->text().isEmpty());
    int checked = 0;
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
        QVERIFY(iface);
        const QString shown = label->buddy() ? withoutMnemonic(label->text()) : label->text();
        QCOMPARE(iface->text(QAccessible::Name), shown);
        ++checked;
    }
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    // What each value is stays available, as the description.
    QCOMPARE(
        QAccessible::queryAccessibleInterface(child<QLabel>(window, "summaryLabel"))->text(QAccessible::Description),
        QStringLiteral("Summary of the run"));
    QCOMPARE(QAccessible::queryAccessibleInterface(child<QLabel>(window, "failureBadge"))->text(QAccessible::Name),
             QStringLiteral("1 failed"));
}

void TestAccessibility::progressBarSaysItsTextAndNoTimeLeftAtTheEnd()
{
    MainWindow window;
    TestDir dir;
    runWithOneFailure(window, dir);
    auto *bar = child<QProgressBar>(window, "progressBar");
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Progress"));
    QCOMPARE(iface->text(QAccessible::Description), bar->format());
    QVERIFY2(bar->format().startsWith(QStringLiteral("10 / 10")), qPrintable(bar->format()));
    QVERIFY2(!bar->format().contains(QStringLiteral("left")), qPrintable(bar->format()));
}

void TestAccessibility::titleShowsProgressDuringARun()
{
    MainWindow window;
    QStringList titles;
    connect(&window, &QWidget::windowTitleChanged, &window, [&titles](const QString &title) { titles << title; });
    TestDir dir;
    runWithOneFailure(window, dir);
    // The [*] is Qt's modified mark: shown as "*" only while the job has unsaved changes.
    QVERIFY2(titles.contains(QStringLiteral("100% — Untitled[*] — Quire")), qPrintable(titles.join(QLatin1Char('|'))));
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Quire"));
}

void TestAccessibility::notificationAndTaskbarOverTheSessionBus()
{
    if (m_busAddress.isEmpty())
        QSKIP("no dbus-daemon here to start a private session bus (install dbus-daemon)");
    QDBusConnection service = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("fake-desktop"));
    QVERIFY2(service.isConnected(), qPrintable(service.lastError().message()));
    FakeNotifications fake;
    QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                   QDBusConnection::ExportScriptableSlots));
    QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));
    QVERIFY(service.connect(QString(), QString(), QStringLiteral("com.canonical.Unity.LauncherEntry"),
                            QStringLiteral("Update"), &fake, SLOT(onLauncherUpdate(QString, QVariantMap))));

    MainWindow window;
    window.feedback()->setAlwaysNotify(true); // a short run in an active window would not notify
    QSignalSpy sent(window.feedback(), &DesktopFeedback::notificationSent);
    TestDir dir;
    runWithOneFailure(window, dir);
    QCOMPARE(sent.size(), 1);
    QTRY_COMPARE(fake.summaries.size(), 1);
    QVERIFY2(fake.summaries.first().contains(QStringLiteral("9 written")), qPrintable(fake.summaries.first()));
    QVERIFY2(fake.summaries.first().contains(QStringLiteral("1 failed")), qPrintable(fake.summaries.first()));
    QTRY_VERIFY(fake.launcherUpdates.size() >= 2);
    QCOMPARE(fake.launcherUpdates.last().value(QStringLiteral("progress-visible")).toBool(), false);
    const auto shown =
        std::find_if(fake.launcherUpdates.cbegin(), fake.launcherUpdates.cend(),
                     [](const QVariantMap &p) { return p.value(QStringLiteral("progress-visible")).toBool(); });
    QVERIFY(shown != fake.launcherUpdates.cend());
    service.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-desktop"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
