#include "batchrunner.h"
#include "contenteditor.h"
#include "folderlistwidget.h"
#include "jobform.h"
#include "mainwindow.h"
#include "resultspanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
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
#include <QTemporaryDir>
#include <QTest>

using namespace Quire;

namespace {

template <typename T>
T *child(const QWidget &window, const char *name)
{
    auto *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList filesIn(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstRunDefaults();
    void runThroughTheForm_data();
    void runThroughTheForm();
    void dropFoldersAndRefuseFiles();
    void dropTextFileOnContentEditor();
    void invalidTemplateDisablesStart();
    void failureShownLive();
    void cancelLeavesOnlyCompleteFiles();
    void pauseAndResume();
    void closeDuringRunCancelsThenCloses();
    void settingsPersistAndRestoreDefaults();
    void accessibleNamesEverywhere();
    void tabOrderFollowsTheForm();
    void aboutShowsTheVersion();
    void fitsSmallScreens();

private:
    static bool waitStartEnabled(MainWindow &window);
    static void startAndWait(MainWindow &window, int timeoutMs = 60'000);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

bool TestMainWindow::waitStartEnabled(MainWindow &window)
{
    auto *start = child<QPushButton>(window, "startButton");
    return start && QTest::qWaitFor([start] { return start->isEnabled(); }, 20'000);
}

void TestMainWindow::startAndWait(MainWindow &window, int timeoutMs)
{
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(finished.isValid());
    QVERIFY(waitStartEnabled(window));
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(timeoutMs));
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
    QTRY_VERIFY(!window.previewCalculator()->isBusy());
    QVERIFY(!child<QPushButton>(window, "startButton")->isEnabled());
    QVERIFY(child<QListWidget>(window, "problemList")->count() > 0);
}

void TestMainWindow::runThroughTheForm_data()
{
    QTest::addColumn<int>("folderCount");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("eol");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QByteArrayList>("bytes");

    QStringList seedNames;
    QByteArrayList seedBytes;
    for (int i = 11; i <= 20; ++i) {
        seedNames << QStringLiteral("file-%1.txt").arg(i);
        seedBytes << QByteArray("In file ") + QByteArray::number(i) + '\n';
    }
    QTest::addRow("seed example") << 1 << "11"
                                  << "20"
                                  << "1"
                                  << "file-{index:00}.txt"
                                  << "In file {index}{nl}"
                                  << "UTF-8" << false << 0 << seedNames << seedBytes;
    const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray("A\0\r\0\n\0B\0 \0001\0", 12);
    QTest::addRow("utf-16le bom crlf") << 1 << "1"
                                       << "1"
                                       << "1"
                                       << "u{index}.txt"
                                       << "A\nB {index}"
                                       << "UTF-16LE" << true << 1 << QStringList{QStringLiteral("u1.txt")}
                                       << QByteArrayList{utf16};
    QTest::addRow("countdown hex, two folders") << 2 << "10"
                                                << "1"
                                                << "-3"
                                                << "f{index:x}.dat"
                                                << "{index:X4}{tab}{n}/{count}"
                                                << "UTF-8" << false << 0
                                                << QStringList{QStringLiteral("f1.dat"), QStringLiteral("f4.dat"),
                                                               QStringLiteral("f7.dat"), QStringLiteral("fa.dat")}
                                                << QByteArrayList{"0001\t4/4", "0004\t3/4", "0007\t2/4", "000A\t1/4"};
}

void TestMainWindow::runThroughTheForm()
{
    QFETCH(int, folderCount);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, step);
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(int, eol);
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, bytes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList folders;
    for (int i = 0; i < folderCount; ++i) {
        folders << QDir(dir.path()).filePath(QStringLiteral("target%1").arg(i));
        QVERIFY(QDir().mkpath(folders.last()));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QUrl> urls;
    for (const QString &folder : folders)
        urls << QUrl::fromLocalFile(folder);
    sendDrop(&window, urls);
    QCOMPARE(window.form()->spec().folders, folders);
    typeInto(child<QLineEdit>(window, "rangeFrom"), from);
    typeInto(child<QLineEdit>(window, "rangeTo"), to);
    typeInto(child<QLineEdit>(window, "rangeStep"), step);
    typeInto(child<QLineEdit>(window, "nameTemplate"), name);
    child<QPlainTextEdit>(window, "contentTemplate")->setPlainText(content);
    auto *encodings = child<QComboBox>(window, "encoding");
    encodings->setCurrentIndex(encodings->findText(encoding));
    child<QCheckBox>(window, "bom")->setChecked(bom);
    child<QComboBox>(window, "lineEnding")->setCurrentIndex(eol);

    QAbstractItemModelTester tester(window.results()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    startAndWait(window);
    for (const QString &folder : folders) {
        QCOMPARE(filesIn(folder), names);
        for (qsizetype i = 0; i < names.size(); ++i)
            QCOMPARE(readFile(QDir(folder).filePath(names.at(i))), bytes.at(i));
    }
    const ResultsModel *model = window.results()->model();
    QCOMPARE(model->rowCount(), int(names.size() * folders.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, ResultsModel::StatusColumn)).toString(), QStringLiteral("written"));
    QVERIFY(child<QLabel>(window, "summaryLabel")->text().startsWith(QStringLiteral("Done: ")));
}

void TestMainWindow::dropFoldersAndRefuseFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = QDir(dir.path()).filePath(QStringLiteral("a"));
    const QString b = QDir(dir.path()).filePath(QStringLiteral("b"));
    QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
    const QString file = QDir(dir.path()).filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

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
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("template.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{{ \"id\": {index}, \"name\": \"é\" }}\n");
    file.close();
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
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    QVERIFY(waitStartEnabled(window));
    auto *name = child<QLineEdit>(window, "nameTemplate");
    auto *error = child<QLabel>(window, "nameError");
    typeInto(name, QStringLiteral("file-{indx}.txt"));
    QVERIFY(!child<QPushButton>(window, "startButton")->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("{indx}")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("{index}"))); // the hint
    QVERIFY(!name->styleSheet().isEmpty());                     // the field is marked
    typeInto(name, QStringLiteral("file-{index}.txt"));
    QVERIFY(!error->isVisible());
    QVERIFY(waitStartEnabled(window));
}

void TestMainWindow::failureShownLive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file-04.txt"))); // a folder where a file must go
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    auto *policy = child<QComboBox>(window, "ifExists");
    policy->setCurrentIndex(policy->findData(QStringLiteral("overwrite")));
    QSignalSpy failures(window.runner(), &BatchRunner::failuresAdded);
    startAndWait(window);
    QVERIFY(!failures.isEmpty());
    auto *badge = child<QLabel>(window, "failureBadge");
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("1 failed"));
    auto *filter = child<QComboBox>(window, "resultsFilter");
    filter->setCurrentIndex(1);
    const ResultsModel *model = window.results()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ResultsModel::FileColumn)).toString(), QStringLiteral("file-04.txt"));
    QVERIFY(!model->data(model->index(0, ResultsModel::MessageColumn)).toString().isEmpty());
    QVERIFY(child<QLabel>(window, "summaryLabel")->text().contains(QStringLiteral("1 failed")));
    QVERIFY(child<QPushButton>(window, "copyErrorsButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(window, "copyErrorsButton"), Qt::LeftButton);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Copied 1")));

    // Export report…: the (non-blocking) save dialog writes the CLI's CSV report.
    QTemporaryDir reports;
    QVERIFY(reports.isValid());
    const QString csv = QDir(reports.path()).filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(window, "exportReportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>()) != nullptr);
    dialog->selectFile(csv);
    dialog->accept();
    QTRY_VERIFY(QFileInfo::exists(csv));
    const QByteArray report = readFile(csv);
    QVERIFY2(report.startsWith("index,folder,file,status,bytes,message\n"), report.left(80).constData());
    QVERIFY(report.contains(",file-04.txt,failed,"));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Report written")));
}

void TestMainWindow::cancelLeavesOnlyCompleteFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("200000"));
    typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("f{index}.txt"));
    QSignalSpy progress(window.runner(), &BatchRunner::progressChanged);
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(waitStartEnabled(window));
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->progress().done > 0, 30'000);
    QTest::keyClick(&window, Qt::Key_Escape); // Cancel's shortcut
    if (!window.runner()->future().isCanceled())
        QTest::mouseClick(child<QPushButton>(window, "cancelButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.notAttempted > 0);
    const QStringList names = filesIn(dir.path());
    QCOMPARE(qint64(names.size()), summary.counts.written);
    for (const QString &name : names) {
        const QByteArray index = name.mid(1, name.size() - 5).toLatin1();
        QCOMPARE(readFile(QDir(dir.path()).filePath(name)), QByteArray("In file ") + index + '\n');
    }
    QVERIFY(child<QLabel>(window, "summaryLabel")->text().startsWith(QStringLiteral("Cancelled: ")));
}

void TestMainWindow::pauseAndResume()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("30000"));
    QSignalSpy paused(window.runner(), &BatchRunner::pausedChanged);
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(waitStartEnabled(window));
    auto *pause = child<QPushButton>(window, "pauseButton");
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 30'000);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(paused.size(), 1);
    QCOMPARE(paused.first().first().toBool(), true);
    QCOMPARE(pause->text(), QStringLiteral("&Resume"));
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->future().isSuspended() || !finished.isEmpty(), 30'000);
    if (finished.isEmpty()) {
        const qint64 done = window.runner()->progress().done;
        QSignalSpy progress(window.runner(), &BatchRunner::progressChanged);
        progress.wait(300); // a paused run makes no progress, ticks or not
        QCOMPARE(window.runner()->progress().done, done);
        QVERIFY(done < 30'000);
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE(paused.size(), 2);
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        QVERIFY(finished.wait(60'000));
    }
    QCOMPARE(filesIn(dir.path()).size(), 30'000);
    QCOMPARE(readFile(QDir(dir.path()).filePath(QStringLiteral("file-29999.txt"))), QByteArray("In file 29999\n"));
}

void TestMainWindow::closeDuringRunCancelsThenCloses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("200000"));
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(waitStartEnabled(window));
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->isRunning(), 30'000);
    QVERIFY(!window.close()); // asks first
    QVERIFY(window.isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("closeDialog"))) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    QVERIFY(finished.first().first().value<RunSummary>().cancelled);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::settingsPersistAndRestoreDefaults()
{
    QTemporaryDir dir;
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
    box->accept();
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
