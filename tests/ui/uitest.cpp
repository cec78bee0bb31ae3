#include "uitest.h"

#include "core/run/batchrunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Quire;

namespace UiTest {

void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
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
