#include "uitest.h"

#include "core/journal/journalstore.h"
#include "core/run/batchrunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quire;

namespace UiTest {

void useTestSettings(const QString &applicationName)
{
    // Settings (XDG_CONFIG_HOME) and run journals (XDG_DATA_HOME) in a folder of this test process, never
    // the user's. Not QStandardPaths' test mode: it ignores XDG_DATA_HOME and shares ~/.qttest between tests.
    static QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(false);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    clearJournals();
}

void clearJournals()
{
    const QString root = JournalStore::defaultRoot();
    QVERIFY2(root.startsWith(QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"))), qPrintable(root));
    QVERIFY(QDir(root).removeRecursively());
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void sendDrop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

void verifyFiles(const QStringList &folders, const QStringList &names, const QByteArrayList &bytes)
{
    for (const QString &folder : folders) {
        QCOMPARE(QuireTest::entryNames(folder, QDir::Files), names);
        for (qsizetype i = 0; i < names.size(); ++i)
            QCOMPARE(QuireTest::readFile(QDir(folder).filePath(names.at(i))), bytes.at(i));
    }
}

bool waitStartEnabled(MainWindow &window)
{
    auto *start = child<QPushButton>(window, "startButton");
    return start && QTest::qWaitFor([start] { return start->isEnabled(); }, 20'000);
}

void startAndWait(MainWindow &window, int timeoutMs)
{
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(finished.isValid());
    QVERIFY(waitStartEnabled(window));
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(timeoutMs));
}

} // namespace UiTest
