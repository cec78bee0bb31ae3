#include "core/base/pluraltranslator.h"
#include "core/journal/journalstore.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "ui/historycontroller.h"
#include "ui/historydialog.h"
#include "ui/historymodel.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/resumebar.h"
#include "ui/settings.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Quire::RunInfo)

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

namespace {

QStringList defaultNames(int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << QStringLiteral("file-%1.txt").arg(i, 2, 10, QLatin1Char('0'));
    return names;
}

QByteArrayList defaultBytes(int count)
{
    QByteArrayList bytes;
    for (int i = 1; i <= count; ++i)
        bytes << "In file " + QByteArray::number(i) + '\n';
    return bytes;
}

RunInfo runInfo(RunPhase phase, qint64 created, qint64 failed, qint64 inFlight = 0, const QString &problem = {})
{
    RunInfo run;
    run.id = QStringLiteral("20261202-003012-4f1a");
    run.phase = phase;
    run.start = QDateTime(QDate(2026, 12, 2), QTime(0, 30, 12));
    run.folders = {QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")};
    run.files = 10;
    run.counts.byStatus[std::size_t(FileStatus::Created)] = created;
    run.counts.byStatus[std::size_t(FileStatus::Failed)] = failed;
    run.counts.byStatus[std::size_t(FileStatus::InFlight)] = inFlight;
    run.problem = problem;
    return run;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stateAndActions_data();
    void stateAndActions();
    void historyListsRuns();
    void undoAfterRun();
    void resumeOfferedAfterInterruptedRun();
    void retryFailedFromHistory();
    void resumeCancelledRunFromHistory();
    void exportReportFromHistory();
    void useThisJobFillsTheForm();
    void preferencesSwitchTheJournal();
    void withoutJournal();
    void unwritableJournalRunsWithout();

private:
    static HistoryDialog *openHistory(MainWindow &window, int rows);
    static void runJob(MainWindow &window, const QString &folder, int to, IfExists policy = IfExists::Fail);
};

void TestHistory::init()
{
    useTestSettings(QStringLiteral("tst_history"));
    PluralTranslator::installOnce(); // as MainWindow does
}

HistoryDialog *TestHistory::openHistory(MainWindow &window, int rows)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("historyAction"));
    if (!action)
        return nullptr;
    action->trigger();
    HistoryDialog *dialog = window.history()->dialog();
    if (!dialog || !QTest::qWaitFor([&] { return dialog->model()->rowCount() == rows; }, 10'000))
        return nullptr;
    return dialog;
}

void TestHistory::runJob(MainWindow &window, const QString &folder, int to, IfExists policy)
{
    window.form()->setSpec([&] {
        JobSpec spec;
        spec.folders = {folder};
        spec.to = to;
        spec.ifExists = policy;
        return spec;
    }());
    startAndWait(window);
}

void TestHistory::stateAndActions_data()
{
    QTest::addColumn<RunInfo>("run");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("undo");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<bool>("retry");
    QTest::addRow("finished") << runInfo(RunPhase::Finished, 10, 0) << QStringLiteral("finished") << true << false
                              << false;
    QTest::addRow("failed") << runInfo(RunPhase::Finished, 7, 3) << QStringLiteral("failed 3") << true << false << true;
    QTest::addRow("cancelled") << runInfo(RunPhase::Cancelled, 4, 0) << QStringLiteral("cancelled") << true << true
                               << false;
    QTest::addRow("stopped") << runInfo(RunPhase::StoppedOnError, 4, 1) << QStringLiteral("stopped: failed 1") << true
                             << true << false;
    QTest::addRow("interrupted, 1 incomplete")
        << runInfo(RunPhase::Interrupted, 4, 0, 1) << QStringLiteral("interrupted (1 may be incomplete)") << true
        << true << false;
    QTest::addRow("interrupted, 2 incomplete")
        << runInfo(RunPhase::Interrupted, 4, 0, 2) << QStringLiteral("interrupted (2 may be incomplete)") << true
        << true << false;
    QTest::addRow("undone") << runInfo(RunPhase::Undone, 0, 1) << QStringLiteral("undone") << false << false << false;
    QTest::addRow("running") << runInfo(RunPhase::Running, 3, 0) << QStringLiteral("running") << false << false
                             << false;
    QTest::addRow("damaged") << runInfo(RunPhase::Running, 0, 0, 0, QStringLiteral("run.json: not JSON"))
                             << QStringLiteral("damaged: run.json: not JSON") << false << false << false;
}

void TestHistory::stateAndActions()
{
    QFETCH(RunInfo, run);
    QFETCH(QString, state);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({run});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(cell(&model, 0, HistoryModel::StateColumn), state);
    QCOMPARE(cell(&model, 0, HistoryModel::FoldersColumn), QStringLiteral("/tmp/a and 1 more"));
    QCOMPARE(cell(&model, 0, HistoryModel::FilesColumn), QStringLiteral("10"));
    QCOMPARE(model.data(model.index(0, 0), HistoryModel::IdRole).toString(), run.id);
    QFETCH(bool, undo);
    QFETCH(bool, resume);
    QFETCH(bool, retry);
    QCOMPARE(HistoryModel::canUndo(run), undo);
    QCOMPARE(HistoryModel::canResume(run), resume);
    QCOMPARE(HistoryModel::canRetry(run), retry);
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistory::historyListsRuns()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createDir(QStringLiteral("one/file-03.txt"))); // a folder at a file's name: that file fails
    MainWindow window;
    window.show();
    runJob(window, dir.filePath(QStringLiteral("one")), 10, IfExists::Overwrite);
    QVERIFY(dir.createDir(QStringLiteral("two")));
    runJob(window, dir.filePath(QStringLiteral("two")), 4);

    HistoryDialog *dialog = openHistory(window, 2);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    HistoryModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Newest first.
    QCOMPARE(cell(model, 0, HistoryModel::FoldersColumn),
             QDir::toNativeSeparators(dir.filePath(QStringLiteral("two"))));
    QCOMPARE(cell(model, 0, HistoryModel::FilesColumn), QStringLiteral("4"));
    QCOMPARE(cell(model, 0, HistoryModel::StateColumn), QStringLiteral("finished"));
    QCOMPARE(cell(model, 0, HistoryModel::WrittenColumn), QStringLiteral("4"));
    QCOMPARE(cell(model, 0, HistoryModel::FailedColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 1, HistoryModel::FoldersColumn),
             QDir::toNativeSeparators(dir.filePath(QStringLiteral("one"))));
    QCOMPARE(cell(model, 1, HistoryModel::FilesColumn), QStringLiteral("10"));
    QCOMPARE(cell(model, 1, HistoryModel::StateColumn), QStringLiteral("failed 1"));
    QCOMPARE(cell(model, 1, HistoryModel::WrittenColumn), QStringLiteral("9"));
    QCOMPARE(cell(model, 1, HistoryModel::SkippedColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 1, HistoryModel::FailedColumn), QStringLiteral("1"));
    QVERIFY(!cell(model, 1, HistoryModel::StartedColumn).isEmpty());

    // The buttons follow the selection: only what applies to the run is enabled.
    auto *undo = child<QPushButton>(*dialog, "historyUndo");
    auto *resume = child<QPushButton>(*dialog, "historyResume");
    auto *retry = child<QPushButton>(*dialog, "historyRetry");
    QCOMPARE(dialog->selectedId(), model->runAt(0)->id);
    QVERIFY(undo->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!retry->isEnabled());
    dialog->selectRun(model->runAt(1)->id);
    QVERIFY(retry->isEnabled());
    QVERIFY(!resume->isEnabled());
    for (auto *button : dialog->findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
}

void TestHistory::undoAfterRun()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    runJob(window, dir.path(), 10);
    QCOMPARE(entryNames(dir.path()), defaultNames(10));
    QVERIFY(dir.createFile(QStringLiteral("file-02.txt"), "changed since")); // undo keeps it

    auto *action = window.findChild<QAction *>(QStringLiteral("undoLastRunAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Undo));
    action->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("undoConfirmation"))) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Delete 9 files created by the run? 1 file changed since will be kept."));
    QCOMPARE(entryNames(dir.path()), defaultNames(10)); // the dry run changed nothing
    box->button(QMessageBox::Yes)->click();

    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Undid run")), 20'000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("9 files deleted, 1 kept (changed since)")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(entryNames(dir.path()), QStringList{QStringLiteral("file-02.txt")});
    QCOMPARE(dir.read(QStringLiteral("file-02.txt")), QByteArray("changed since"));
    // The results view shows the ledger as undo left it.
    const ResultsModel *results = window.results()->model();
    QCOMPARE(results->rowCount(), 10);
    QCOMPARE(cell(results, 0, ResultsModel::StatusColumn), QStringLiteral("undone"));
    QCOMPARE(cell(results, 9, ResultsModel::StatusColumn), QStringLiteral("undone"));
    const QList<RunInfo> runs = JournalStore().list();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.constFirst().phase, RunPhase::Undone);

    // A second undo finds nothing left to undo, and asks nothing.
    QTRY_VERIFY(!window.history()->isActing());
    action->trigger();
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("nothing left to undo")),
                 qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("undoConfirmation")));
}

void TestHistory::resumeOfferedAfterInterruptedRun()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 10;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    const QByteArrayList bytes = defaultBytes(10);
    {
        // What kill -9 leaves: three files written, the fourth half written, the journal saying Running.
        QString error;
        const std::shared_ptr<RunRecord> record = JournalStore().create(plan, &error);
        QVERIFY2(record, qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(dir.createFile(defaultNames(10).at(i), bytes.at(i)));
            record->ledger->setStatus(i, FileStatus::Created);
        }
        QVERIFY(dir.createFile(QStringLiteral("file-04.txt"), bytes.at(3).left(4)));
        record->ledger->setStatus(3, FileStatus::InFlight);
    } // the journal's lock is free now: the run reads as interrupted
    QCOMPARE(JournalStore().list().constFirst().phase, RunPhase::Interrupted);

    MainWindow window;
    window.show();
    ResumeBar *bar = window.resumeBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(
        bar->message().contains(QStringLiteral("was interrupted: 3 of 10 files written. 1 file may be incomplete.")),
        qPrintable(bar->message()));
    QVERIFY(child<QPushButton>(*bar, "resumeBarHistory"));
    QVERIFY(child<QPushButton>(*bar, "resumeBarDismiss"));
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QTest::mouseClick(child<QPushButton>(*bar, "resumeBarResume"), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY(!bar->isVisible());
    verifyFiles({dir.path()}, defaultNames(10), bytes);
    QCOMPARE(window.results()->model()->record()->id, JournalStore().list().constFirst().id);
    QTRY_COMPARE(JournalStore().list().constFirst().phase, RunPhase::Finished);
}

void TestHistory::retryFailedFromHistory()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createDir(QStringLiteral("file-03.txt")));
    MainWindow window;
    window.show();
    runJob(window, dir.path(), 5, IfExists::Overwrite);
    QCOMPARE(window.runner()->summary().counts.failed, qint64(1));
    QVERIFY(QDir(dir.filePath(QStringLiteral("file-03.txt"))).removeRecursively()); // the cause, fixed

    HistoryDialog *dialog = openHistory(window, 1);
    QVERIFY(dialog);
    auto *retry = child<QPushButton>(*dialog, "historyRetry");
    QTRY_VERIFY(retry->isEnabled());
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    verifyFiles({dir.path()}, defaultNames(5), defaultBytes(5));
    // The list is read again once the run finished.
    QTRY_COMPARE(cell(dialog->model(), 0, HistoryModel::WrittenColumn), QStringLiteral("5"));
    QCOMPARE(cell(dialog->model(), 0, HistoryModel::StateColumn), QStringLiteral("finished"));
    QCOMPARE(cell(dialog->model(), 0, HistoryModel::FailedColumn), QStringLiteral("0"));
}

void TestHistory::resumeCancelledRunFromHistory()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    window.form()->setSpec([&] {
        JobSpec spec;
        spec.folders = {dir.path()};
        spec.to = 40'000;
        spec.nameTemplate = QStringLiteral("f{index}.txt");
        return spec;
    }());
    QSignalSpy finished(window.runner(), &BatchRunner::finished);
    QVERIFY(waitStartEnabled(window));
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->progress().done > 0, 30'000);
    window.cancelRun();
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.takeFirst().first().value<RunSummary>().notAttempted > 0);

    // This process still holds the run's journal (its record is the results view's): resume uses it.
    HistoryDialog *dialog = openHistory(window, 1);
    QVERIFY(dialog);
    QCOMPARE(cell(dialog->model(), 0, HistoryModel::StateColumn), QStringLiteral("cancelled"));
    auto *resume = child<QPushButton>(*dialog, "historyResume");
    QTRY_VERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(entryNames(dir.path()).size(), 40'000);
    QCOMPARE(dir.read(QStringLiteral("f40000.txt")), QByteArray("In file 40000\n"));
    QTRY_COMPARE(cell(dialog->model(), 0, HistoryModel::StateColumn), QStringLiteral("finished"));
    QCOMPARE(cell(dialog->model(), 0, HistoryModel::WrittenColumn), QStringLiteral("40,000"));
}

void TestHistory::exportReportFromHistory()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    runJob(window, dir.path(), 3);
    HistoryDialog *dialog = openHistory(window, 1);
    QVERIFY(dialog);
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(*dialog, "historyExport"), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog->findChild<QFileDialog *>()) != nullptr);
    files->selectFile(csv);
    static_cast<QDialog *>(files)->accept();
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Report written")));
    const QByteArray report = readFile(csv);
    QVERIFY2(report.startsWith("index,folder,file,status,bytes,message\n"), report.left(80).constData());
    QVERIFY(report.contains(",file-03.txt,created,"));
}

void TestHistory::useThisJobFillsTheForm()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    auto *name = child<QLineEdit>(window, "nameTemplate");
    typeInto(name, QStringLiteral("u-{index}.dat"));
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("3"));
    window.addTargets({dir.path()});
    startAndWait(window);
    QCOMPARE(entryNames(dir.path()),
             QStringList({QStringLiteral("u-1.dat"), QStringLiteral("u-2.dat"), QStringLiteral("u-3.dat")}));
    typeInto(name, QStringLiteral("other-{index}.txt"));
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("7"));

    HistoryDialog *dialog = openHistory(window, 1);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(*dialog, "historyUseJob"), Qt::LeftButton);
    QTRY_COMPARE(name->text(), QStringLiteral("u-{index}.dat"));
    QCOMPARE(child<QLineEdit>(window, "rangeTo")->text(), QStringLiteral("3"));
    QCOMPARE(window.form()->spec().folders, QStringList{dir.path()});
}

void TestHistory::preferencesSwitchTheJournal()
{
    MainWindow window;
    window.show();
    QCOMPARE(Settings::loadJournalEnabled(QSettings()), true);
    QCOMPARE(Settings::loadJournalKeep(QSettings()), JournalStore::DefaultKeep);
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"))) != nullptr);
    QVERIFY(dialog->isVisible());
    auto *enabled = child<QCheckBox>(*dialog, "journalEnabled");
    auto *keep = child<QSpinBox>(*dialog, "journalKeep");
    QVERIFY(enabled->isChecked());
    QCOMPARE(keep->value(), 100);
    QVERIFY(!enabled->accessibleName().isEmpty());
    QVERIFY(!keep->accessibleName().isEmpty());
    keep->setValue(7);
    enabled->setChecked(false);
    QVERIFY(!keep->isEnabled());
    dialog->accept();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(Settings::loadJournalEnabled(QSettings()), false);
    QCOMPARE(Settings::loadJournalKeep(QSettings()), 7);
}

void TestHistory::withoutJournal()
{
    {
        QSettings settings;
        Settings::saveJournal(settings, false, 100);
    }
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    runJob(window, dir.path(), 3);
    QCOMPARE(entryNames(dir.path()), defaultNames(3));
    QVERIFY(JournalStore().list().isEmpty());
    QVERIFY(!window.runner()->record()->journal);
}

void TestHistory::unwritableJournalRunsWithout()
{
    const QString root = JournalStore::defaultRoot();
    QVERIFY(QDir().mkpath(QFileInfo(root).path()));
    QVERIFY(writeFile(root, "not a folder"));
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    runJob(window, dir.path(), 3);
    QFile::remove(root);
    QCOMPARE(entryNames(dir.path()), defaultNames(3));
    const bool said = std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &args) {
        return args.constFirst().toString().startsWith(
            QStringLiteral("Running without a journal (no history, no undo): "));
    });
    QVERIFY(said);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
