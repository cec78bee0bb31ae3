#pragma once

#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"
#include "ui/mainwindow.h"

#include <QByteArrayList>
#include <QLineEdit>
#include <QList>
#include <QStringList>
#include <QUrl>

// Shared helpers for the desktop app's tests: find widgets by objectName, type, drop, check files (the
// files themselves through tests/common).
namespace UiTest {

template <typename T>
T *child(const QWidget &window, const char *name)
{
    auto *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

/**
 * Settings and run journals in a temporary folder of this process (XDG_CONFIG_HOME, XDG_DATA_HOME),
 * never the user's; an app name of its own, nothing saved from before, no journals.
 */
void useTestSettings(const QString &applicationName);
/** Removes every run journal: call in init() so each test starts with an empty history. */
void clearJournals();
void typeInto(QLineEdit *edit, const QString &text);
/** A DragEnter then a Drop of these URLs on target, as a file manager would send them. */
void sendDrop(QWidget *target, const QList<QUrl> &urls);
/** Compares every folder's file names and bytes; reports through QCOMPARE. */
void verifyFiles(const QStringList &folders, const QStringList &names, const QByteArrayList &bytes);
/** Waits until the preview is computed and Start is enabled. */
bool waitStartEnabled(Quire::MainWindow &window);
/** Clicks Start and waits for the run to finish; reports through QVERIFY. */
void startAndWait(Quire::MainWindow &window, int timeoutMs = 60'000);

} // namespace UiTest
