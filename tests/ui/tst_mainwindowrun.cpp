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
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
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

#include <algorithm>
#include <atomic>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

namespace {

QStringList dropNewFolders(MainWindow &window, const QString &base, int count)
{
    QStringList folders;
    QList<QUrl> urls;
    for (int i = 0; i < count; ++i) {
        folders << QDir(base).filePath(QStringLiteral("target%1").arg(i));
        QDir().mkpath(folders.last());
        urls << QUrl::fromLocalFile(folders.last());
    }
    sendDrop(&window, urls);
    return folders;
}

} // namespace

class TestMainWindowRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runThroughTheForm_data();
    void runThroughTheForm();
    void startWithCtrlReturn();
    void failureShownLive();
    void allViewGrowsDuringRun();
    void cancelLeavesOnlyCompleteFiles();
    void pauseAndResume();
    void closeDuringRunCancelsThenCloses();
    void writersRunBelowTheGuiThread();
};

namespace {

// The nice value of the calling thread as the kernel reports it: field 19 of /proc/thread-self/stat.
int niceOfThisThread()
{
    QFile stat(QStringLiteral("/proc/thread-self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -100;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
    return fields.size() > 16 ? fields.at(16).toInt() : -100;
}

} // namespace

void TestMainWindowRun::init()
{
    useTestSettings(QStringLiteral("tst_mainwindowrun"));
}

void TestMainWindowRun::runThroughTheForm_data()
{
    QTest::addColumn<int>("folderCount");
    QTest::addColumn<QStringList>("fields"); // from, to, step, name template
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
    const auto fields = [](const char *from, const char *to, const char *step, const char *name) {
        return QStringList{QString::fromUtf8(from), QString::fromUtf8(to), QString::fromUtf8(step),
                           QString::fromUtf8(name)};
    };
    QTest::addRow("seed example") << 1 << fields("11", "20", "1", "file-{index:00}.txt") << "In file {index}{nl}"
                                  << "UTF-8" << false << 0 << seedNames << seedBytes;
    const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray("A\0\r\0\n\0B\0 \0001\0", 12);
    QTest::addRow("utf-16le bom crlf") << 1 << fields("1", "1", "1", "u{index}.txt") << "A\nB {index}"
                                       << "UTF-16LE" << true << 1 << QStringList{QStringLiteral("u1.txt")}
                                       << QByteArrayList{utf16};
    QTest::addRow("countdown hex, two folders")
        << 2 << fields("10", "1", "-3", "f{index:x}.dat") << "{index:X4}{tab}{n}/{count}"
        << "UTF-8" << false << 0
        << QStringList{QStringLiteral("f1.dat"), QStringLiteral("f4.dat"), QStringLiteral("f7.dat"),
                       QStringLiteral("fa.dat")}
        << QByteArrayList{"0001\t4/4", "0004\t3/4", "0007\t2/4", "000A\t1/4"};
}

void TestMainWindowRun::runThroughTheForm()
{
    QFETCH(int, folderCount);
    QFETCH(QStringList, fields);
    QFETCH(QString, content);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(int, eol);
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, bytes);

    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList folders = dropNewFolders(window, dir.path(), folderCount);
    QCOMPARE(window.form()->spec().folders, folders);
    const char *const fieldNames[] = {"rangeFrom", "rangeTo", "rangeStep", "nameTemplate"};
    for (qsizetype i = 0; i < fields.size(); ++i)
        typeInto(child<QLineEdit>(window, fieldNames[i]), fields.at(i));
    child<QPlainTextEdit>(window, "contentTemplate")->setPlainText(content);
    auto *encodings = child<QComboBox>(window, "encoding");
    encodings->setCurrentIndex(encodings->findText(encoding));
    child<QCheckBox>(window, "bom")->setChecked(bom);
    child<QComboBox>(window, "lineEnding")->setCurrentIndex(eol);

    QAbstractItemModelTester tester(window.results()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    startAndWait(window);
    verifyFiles(folders, names, bytes);
    if (QTest::currentTestFailed())
        return;
    const ResultsModel *model = window.results()->model();
    QCOMPARE(model->rowCount(), int(names.size() * folders.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, ResultsModel::StatusColumn)).toString(), QStringLiteral("created"));
    QVERIFY(child<QLabel>(window, "summaryLabel")->text().startsWith(QStringLiteral("Done: ")));
}

void TestMainWindowRun::startWithCtrlReturn()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.addTargets({dir.path()});
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(waitStartEnabled(window));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(entryNames(dir.path(), QDir::Files).size(), 10);
    QCOMPARE(dir.read(QStringLiteral("file-10.txt")), QByteArray("In file 10\n"));
}

// Issue 13, a busy machine: the window's writers are 5 nice levels below its GUI thread, which stays as it was.
void TestMainWindowRun::writersRunBelowTheGuiThread()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.runner()->writerNiceIncrement(), 5);
    const int gui = niceOfThisThread();
    QVERIFY(gui > -100);
    std::atomic_int writers{-100};
    window.runner()->setFileHookForTesting([&writers](qint64) { writers = niceOfThisThread(); });
    window.addTargets({dir.path()});
    startAndWait(window);
    QCOMPARE(entryNames(dir.path(), QDir::Files).size(), 10);
    QCOMPARE(writers.load(), std::min(19, gui + 5));
    QCOMPARE(niceOfThisThread(), gui);
}

void TestMainWindowRun::failureShownLive()
{
    TestDir dir;
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
    TestDir reports;
    QVERIFY(reports.isValid());
    const QString csv = QDir(reports.path()).filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(window, "exportReportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>()) != nullptr);
    dialog->selectFile(csv);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected; QDialog::accept() is public
    // Written off the GUI thread: the status bar says when it is complete.
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Report written")));
    QVERIFY(QFileInfo::exists(csv));
    const QByteArray report = readFile(csv);
    QVERIFY2(report.startsWith("index,folder,file,status,bytes,message\n"), report.left(80).constData());
    QVERIFY(report.contains(",file-04.txt,failed,"));
}

void TestMainWindowRun::allViewGrowsDuringRun()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    // A reset makes QHeaderView do O(rows) work in one go: during a run, the view may only be emptied.
    QList<int> rowsAfterReset;
    qint64 aheadOfProgress = 0; // rows shown beyond the files done: must stay 0
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("30000"));
    typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("f{index}.txt"));
    ResultsModel *model = window.results()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(model, &QAbstractItemModel::modelReset, &window, [&] { rowsAfterReset << model->rowCount(); });
    connect(window.runner(), &BatchRunner::progressChanged, &window, [&](const RunProgress &progress) {
        aheadOfProgress = std::max(aheadOfProgress, model->rowCount() - progress.done);
    });
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    startAndWait(window);
    QVERIFY(!rowsAfterReset.isEmpty());
    QCOMPARE(rowsAfterReset, QList<int>(rowsAfterReset.size(), 0));
    QCOMPARE(aheadOfProgress, qint64(0));
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(model->rowCount(), 30000);
    QCOMPARE(model->data(model->index(29999, ResultsModel::FileColumn)).toString(), QStringLiteral("f30000.txt"));
    QCOMPARE(model->data(model->index(29999, ResultsModel::StatusColumn)).toString(), QStringLiteral("created"));

    auto *filter = child<QComboBox>(window, "resultsFilter");
    filter->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 0);
    filter->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 30000);
    QCOMPARE(model->positionAt(12345), qint64(12345));
}

void TestMainWindowRun::cancelLeavesOnlyCompleteFiles()
{
    TestDir dir;
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
    if (!window.runner()->isCancelling())
        QTest::mouseClick(child<QPushButton>(window, "cancelButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.notAttempted > 0);
    const QStringList names = entryNames(dir.path(), QDir::Files);
    QCOMPARE(qint64(names.size()), summary.counts.written);
    for (const QString &name : names) {
        const QByteArray index = name.mid(1, name.size() - 5).toLatin1();
        QCOMPARE(dir.read(name), QByteArray("In file ") + index + '\n');
    }
    QVERIFY(child<QLabel>(window, "summaryLabel")->text().startsWith(QStringLiteral("Cancelled: ")));
}

void TestMainWindowRun::pauseAndResume()
{
    TestDir dir;
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
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->isSuspended() || !finished.isEmpty(), 30'000);
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
    QCOMPARE(entryNames(dir.path(), QDir::Files).size(), 30'000);
    QCOMPARE(dir.read(QStringLiteral("file-29999.txt")), QByteArray("In file 29999\n"));
}

void TestMainWindowRun::closeDuringRunCancelsThenCloses()
{
    TestDir dir;
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

QTEST_MAIN(TestMainWindowRun)
#include "tst_mainwindowrun.moc"
