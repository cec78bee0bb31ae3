#include "core/job/commandline.h"
#include "core/run/batchrunner.h"
#include "ui/contenteditor.h"
#include "ui/folderlistwidget.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"
#include "ui/resultspanel.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstRunDefaults();
    void dropFoldersAndRefuseFiles();
    void dropTextFileOnContentEditor();
    void invalidTemplateDisablesStart();
    void typoMessageComesWithThePlan_data();
    void typoMessageComesWithThePlan();
    void settingsPersistAndRestoreDefaults();
    void accessibleNamesEverywhere();
    void tabOrderFollowsTheForm();
    void aboutShowsTheVersion();
    void copyAsCommandLine();
    void fitsSmallScreens();
};

void TestMainWindow::init()
{
    useTestSettings(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::firstRunDefaults()
{
    MainWindow window;
    const JobSpec spec = window.form()->spec();
    QCOMPARE(spec, JobSpec());
    QCOMPARE(child<QLineEdit>(window, "nameTemplate")->text(), QStringLiteral("file-{index:00}.txt"));
    QCOMPARE(child<QPlainTextEdit>(window, "contentTemplate")->toPlainText(), QStringLiteral("In file {index}{nl}"));
    QCOMPARE(child<QLineEdit>(window, "rangeFrom")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLineEdit>(window, "rangeTo")->text(), QStringLiteral("10"));
    QCOMPARE(child<QComboBox>(window, "encoding")->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(child<QComboBox>(window, "encoding")->itemText(0), QStringLiteral("UTF-8"));
    // No target folder yet: the preview says why, and Start stays disabled.
    QTRY_VERIFY(!window.planner()->isBusy());
    QVERIFY(!child<QPushButton>(window, "startButton")->isEnabled());
    QVERIFY(child<QListWidget>(window, "problemList")->count() > 0);
}

void TestMainWindow::dropFoldersAndRefuseFiles()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    QVERIFY(dir.createDir(QStringLiteral("a")) && dir.createDir(QStringLiteral("b")));
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(dir.createFile(QStringLiteral("notes.txt")));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(child<QWidget>(window, "dropOverlay")->isVisible()); // the drop highlight

    sendDrop(&window, {QUrl::fromLocalFile(a), QUrl::fromLocalFile(file)});
    QVERIFY(!child<QWidget>(window, "dropOverlay")->isVisible());
    QCOMPARE(window.form()->spec().folders, QStringList{a});
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Not a folder")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("notes.txt")));

    // A folder dropped on a line edit still becomes a target and leaves the text alone.
    auto *name = child<QLineEdit>(window, "nameTemplate");
    sendDrop(name, {QUrl::fromLocalFile(b)});
    QCOMPARE(window.form()->spec().folders, (QStringList{a, b}));
    QCOMPARE(name->text(), QStringLiteral("file-{index:00}.txt"));

    // Remove with the Delete key.
    auto *list = child<QListWidget>(window, "folderList");
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(window.form()->spec().folders, QStringList{b});
}

void TestMainWindow::dropTextFileOnContentEditor()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("template.json"));
    QVERIFY(dir.createFile(QStringLiteral("template.json"), "{{ \"id\": {index}, \"name\": \"é\" }}\n"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = child<ContentEditor>(window, "contentTemplate");
    sendDrop(editor->viewport(), {QUrl::fromLocalFile(path)});
    QCOMPARE(editor->toPlainText(), QString::fromUtf8("{{ \"id\": {index}, \"name\": \"é\" }}\n"));
    QVERIFY(window.form()->spec().folders.isEmpty()); // a file is content, not a target
}

void TestMainWindow::invalidTemplateDisablesStart()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    QVERIFY(waitStartEnabled(window));
    auto *name = child<QLineEdit>(window, "nameTemplate");
    auto *error = child<QLabel>(window, "nameError");
    auto *from = child<QLineEdit>(window, "rangeFrom");
    const QPoint fieldsBelow = from->mapTo(&window, QPoint());
    const QColor base = name->palette().color(QPalette::Base);
    typeInto(name, QStringLiteral("file-{indx}.txt"));
    QVERIFY(!child<QPushButton>(window, "startButton")->isEnabled()); // a newer plan is pending
    // The planner finds the typo off the GUI thread; its message comes with the plan.
    QTRY_VERIFY2(error->text().contains(QStringLiteral("{indx}")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("{index}"))); // the hint
    QCOMPARE(error->toolTip(), error->text());                  // whole, however narrow the window
    QVERIFY(name->palette().color(QPalette::Base) != base);     // the field is marked, by the palette
    QVERIFY(name->styleSheet().isEmpty());
    // The message sits in space kept for it: the fields under the cursor do not move.
    QCOMPARE(from->mapTo(&window, QPoint()), fieldsBelow);
    typeInto(name, QStringLiteral("file-{index}.txt"));
    QTRY_VERIFY(error->text().isEmpty());
    QCOMPARE(name->palette().color(QPalette::Base), base);
    QCOMPARE(from->mapTo(&window, QPoint()), fieldsBelow);
    QVERIFY(waitStartEnabled(window));
}

void TestMainWindow::typoMessageComesWithThePlan_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("errorLabel");
    QTest::addRow("name") << QByteArray("nameTemplate") << QByteArray("nameError");
    QTest::addRow("content") << QByteArray("contentTemplate") << QByteArray("contentError");
}

// Typed key by key: Start is disabled while the plan is pending and while it has errors, the message shows
// under the field once the planner (off the GUI thread) is done, and the fix enables Start again.
void TestMainWindow::typoMessageComesWithThePlan()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, errorLabel);
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    QVERIFY(waitStartEnabled(window));
    auto *start = child<QPushButton>(window, "startButton");
    auto *error = child<QLabel>(window, errorLabel.constData());
    auto *editor = child<QWidget>(window, field.constData());
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->end(false);
    else
        qobject_cast<QPlainTextEdit *>(editor)->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("{indx}"));
    QVERIFY(!start->isEnabled());
    QVERIFY(window.planner()->isBusy()); // the plan of the last key is pending
    QTRY_VERIFY2(error->text().contains(QStringLiteral("{indx}")), qPrintable(error->text()));
    QVERIFY(!window.planner()->isBusy());
    QVERIFY(!start->isEnabled()); // the latest plan has an error
    QCOMPARE(window.planner()->latest()->isValid(), false);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(editor, Qt::Key_Backspace);
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY(error->text().isEmpty());
    QVERIFY(waitStartEnabled(window));
}

void TestMainWindow::settingsPersistAndRestoreDefaults()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addTargets({dir.path()});
        typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("saved-{n}.txt"));
        auto *encodings = child<QComboBox>(window, "encoding");
        encodings->setCurrentIndex(encodings->findText(QStringLiteral("UTF-16BE")));
        child<QCheckBox>(window, "durable")->setChecked(true);
        QVERIFY(window.close());
    }
    MainWindow window;
    JobSpec spec = window.form()->spec();
    QCOMPARE(spec.folders, QStringList{QDir::cleanPath(dir.path())});
    QCOMPARE(spec.nameTemplate, QStringLiteral("saved-{n}.txt"));
    QCOMPARE(spec.encoding, QStringLiteral("UTF-16BE"));
    QVERIFY(spec.durable);
    window.restoreDefaults();
    JobSpec expected;
    expected.folders = spec.folders;
    QCOMPARE(window.form()->spec(), expected);
}

void TestMainWindow::accessibleNamesEverywhere()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window) || widget->inherits("QScrollBar"))
            continue;
        if (widget->inherits("QLabel"))
            continue; // a label's name is the text it shows (tst_accessibility checks that), empty or not
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // the spin box's inner line edit
        if (widget->parentWidget() && widget->parentWidget()->inherits("QComboBox"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                          QString::fromLatin1(widget->metaObject()->className()))));
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void TestMainWindow::tabOrderFollowsTheForm()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList expected = {
        QStringLiteral("folderList"),        QStringLiteral("addFolderButton"), QStringLiteral("nameTemplate"),
        QStringLiteral("rangeFrom"),         QStringLiteral("rangeTo"),         QStringLiteral("rangeStep"),
        QStringLiteral("loadContentButton"), QStringLiteral("contentTemplate"), QStringLiteral("encoding"),
        QStringLiteral("lineEnding"),        QStringLiteral("ifExists"),        QStringLiteral("parallel"),
        QStringLiteral("durable"),           QStringLiteral("stopOnError"),     QStringLiteral("previewFileNumber"),
        QStringLiteral("startButton")};
    QStringList chain;
    QWidget *widget = child<QWidget>(window, "folderList");
    for (int i = 0; i < 200 && widget; ++i, widget = widget->nextInFocusChain()) {
        if (expected.contains(widget->objectName()) && !chain.contains(widget->objectName()))
            chain << widget->objectName();
    }
    QCOMPARE(chain, expected);
}

void TestMainWindow::aboutShowsTheVersion()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("&About Quire"))
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral(QUIRE_VERSION)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("MIT licence")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("href=\"https://github.com/quire/quire\"")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("href=\"https://github.com/quire/quire/issues\">Report a bug")),
             qPrintable(box->text()));
    box->accept();
}

void TestMainWindow::copyAsCommandLine()
{
    MainWindow window;
    TestDir dir;
    QVERIFY(dir.isValid());
    window.addTargets({dir.path()});
    typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("it's {index}.txt"));
    auto *copy = child<QAction>(window, "copyCommandLineAction");
    QVERIFY(copy);
    copy->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, shellCommandLine(window.form()->spec()));
    QVERIFY2(copied.contains(QStringLiteral("'--name=it'\\''s {index}.txt'")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("--folder=") + QDir::cleanPath(dir.path())), qPrintable(copied));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied the quire-cli command")));
}

void TestMainWindow::fitsSmallScreens()
{
    MainWindow window;
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(800, 600));
    QVERIFY(child<QPushButton>(window, "startButton")->isVisible());
    QVERIFY(child<QWidget>(window, "progressBar")->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
