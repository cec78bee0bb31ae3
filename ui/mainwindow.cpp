#include "ui/mainwindow.h"

#include "core/output/report.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "ui/contenteditor.h"
#include "ui/dropcontroller.h"
#include "ui/folderlistwidget.h"
#include "ui/jobform.h"
#include "ui/previewpanel.h"
#include "ui/progresstext.h"
#include "ui/resultspanel.h"
#include "ui/runpanel.h"
#include "ui/settings.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Quire {

namespace {

constexpr int StatusTimeoutMs = 10'000;
constexpr int MaxFoldersOpened = 5;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new BatchRunner(this))
    , m_calculator(new PreviewCalculator(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Quire"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    m_planPool.setMaxThreadCount(1);
    buildUi();
    buildMenus();
    connectRunner();
    m_drops->watchChildren();
    loadSettings();
}

MainWindow::~MainWindow()
{
    if (m_planCancel)
        m_planCancel->store(true);
    m_planPool.waitForDone();
}

JobForm *MainWindow::form() const
{
    return m_form;
}

BatchRunner *MainWindow::runner() const
{
    return m_runner;
}

ResultsPanel *MainWindow::results() const
{
    return m_results;
}

PreviewPanel *MainWindow::preview() const
{
    return m_preview;
}

PreviewCalculator *MainWindow::previewCalculator() const
{
    return m_calculator;
}

RunPanel *MainWindow::runPanel() const
{
    return m_run;
}

void MainWindow::buildUi()
{
    m_form = new JobForm;
    m_formScroll = new QScrollArea;
    m_formScroll->setWidget(m_form);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setAccessibleName(tr("Job form"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The splitter may not squeeze the form below what it needs: it scrolls vertically, never sideways.
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width());
    m_preview = new PreviewPanel;
    m_results = new ResultsPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Preview and results"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_results, tr("Results"));
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_formScroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_run = new RunPanel;

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_run);
    setCentralWidget(central);
    auto *hint = new QLabel(tr("Drop folders anywhere to add them as targets"), this);
    hint->setEnabled(false);
    statusBar()->addPermanentWidget(hint);
    m_drops = new DropController(this, central, m_form->findChild<ContentEditor *>());
    connect(m_drops, &DropController::dropped, this, &MainWindow::onDropped);

    connectPanels();
}

void MainWindow::connectPanels()
{
    connect(m_form, &JobForm::specChanged, this, &MainWindow::onSpecChanged);
    connect(m_form, &JobForm::statusMessage, this, &MainWindow::showStatus);
    connect(m_calculator, &PreviewCalculator::busyChanged, m_preview, &PreviewPanel::setBusy);
    connect(m_calculator, &PreviewCalculator::busyChanged, this, &MainWindow::updateStartAllowed);
    connect(m_calculator, &PreviewCalculator::planReady, this, &MainWindow::onPreviewReady);
    connect(&m_planWatcher, &QFutureWatcher<PlanPtr>::finished, this, &MainWindow::onStartPlanned);
    connect(m_results, &ResultsPanel::failedCountChanged, this, [this](qint64 failed) {
        m_tabs->setTabText(1, failed > 0 ? tr("Results (%1 failed)").arg(failed) : tr("Results"));
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("E&xport report…"), this, &MainWindow::exportReport);
    m_exportAction->setEnabled(false);
    file->addAction(tr("&Restore defaults"), this, &MainWindow::restoreDefaults)
        ->setStatusTip(tr("Reset every field to its default; the target folders stay"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quire"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(m_run, &RunPanel::startRequested, this, &MainWindow::startRun);
    connect(m_run, &RunPanel::pauseRequested, m_runner, &BatchRunner::pause);
    connect(m_run, &RunPanel::resumeRequested, m_runner, &BatchRunner::resume);
    connect(m_run, &RunPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_run, &RunPanel::openFolderRequested, this, &MainWindow::openFolders);
    connect(m_run, &RunPanel::copyErrorsRequested, this, &MainWindow::copyErrors);
    connect(m_run, &RunPanel::exportReportRequested, this, &MainWindow::exportReport);
}

void MainWindow::connectRunner()
{
    connect(m_runner, &BatchRunner::progressChanged, this, &MainWindow::onProgress);
    connect(m_runner, &BatchRunner::failuresAdded, this, &MainWindow::onFailures);
    connect(m_runner, &BatchRunner::pausedChanged, this, &MainWindow::onPausedChanged);
    connect(m_runner, &BatchRunner::finished, this, &MainWindow::onRunFinished);
}

QStringList MainWindow::addTargets(const QStringList &paths)
{
    if (m_run->state() != RunPanel::State::Idle) {
        showStatus(tr("Targets cannot change during a run."));
        return paths;
    }
    const QStringList refused = m_form->folderList()->addFolders(paths);
    if (!refused.isEmpty()) {
        QStringList names;
        for (const QString &path : refused)
            names << QDir::toNativeSeparators(path);
        showStatus(tr("Not a folder, not added: %1. Only folders can be targets; drop a text file on the "
                      "content editor to use it as the content.")
                       .arg(names.join(QStringLiteral(", "))));
    }
    return refused;
}

void MainWindow::restoreDefaults()
{
    JobSpec defaults;
    defaults.folders = m_form->folderList()->folders();
    m_form->setSpec(defaults);
    showStatus(tr("Restored the defaults."));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

// ---- drag and drop: folders anywhere on the window ----

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    m_drops->handleDragEvent(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    m_drops->handleDragEvent(event);
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    Q_UNUSED(event);
    m_drops->setHighlight(false);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_drops->handleDragEvent(event);
}

void MainWindow::onDropped(const QStringList &localPaths, const QStringList &remoteUrls)
{
    if (!remoteUrls.isEmpty())
        showStatus(tr("Not a local folder, not added: %1").arg(remoteUrls.join(QStringLiteral(", "))));
    if (!localPaths.isEmpty())
        addTargets(localPaths);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_drops->updateGeometry();
}

// ---- preview and start ----

void MainWindow::onSpecChanged()
{
    m_calculator->request(m_form->spec());
    updateStartAllowed();
}

void MainWindow::onPreviewReady(const PlanPtr &plan)
{
    m_preview->setPlan(plan);
    updateStartAllowed();
}

void MainWindow::updateStartAllowed()
{
    const PlanPtr plan = m_calculator->latest();
    m_run->setStartAllowed(m_form->isInputValid() && !m_calculator->isBusy() && plan && plan->isValid());
}

void MainWindow::startRun()
{
    if (m_run->state() != RunPanel::State::Idle || !m_form->isInputValid())
        return;
    saveSettings();
    m_results->model()->setRecord(nullptr);
    m_results->setFailedCount(0);
    m_run->clearSummary();
    m_run->setState(RunPanel::State::Planning);
    m_form->setEditable(false);
    m_drops->setEnabled(false);
    // The final plan is made now (fresh {date}/{time}, fresh conflict scan), off the GUI thread.
    const JobSpec spec = m_form->spec();
    m_planCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_planCancel;
    m_planWatcher.setFuture(QtConcurrent::run(&m_planPool, [spec, cancel]() -> PlanPtr {
        return std::make_shared<const Plan>(Planner::plan(spec, cancel.get()));
    }));
}

void MainWindow::onStartPlanned()
{
    const PlanPtr plan = m_planWatcher.future().result();
    const bool cancelled = m_planCancel && m_planCancel->load();
    m_planCancel.reset();
    if (!cancelled && plan->isValid())
        m_results->model()->prepare(plan->fileCount()); // empty; the All view grows with the run
    if (cancelled || !plan->isValid() || !m_runner->start(*plan)) {
        m_results->model()->setRecord(nullptr);
        if (!cancelled) {
            m_preview->setPlan(plan);
            m_tabs->setCurrentWidget(m_preview);
            showStatus(tr("The job cannot run: see the problems in the preview."));
        }
        backToIdle();
        if (m_closeAfterRun)
            close();
        return;
    }
    m_hasRun = true;
    m_results->model()->setRecord(m_runner->record());
    m_run->setState(RunPanel::State::Running);
    m_run->setProgress(m_runner->progress());
    m_tabs->setCurrentWidget(m_results);
}

void MainWindow::cancelRun()
{
    if (m_run->state() == RunPanel::State::Planning && m_planCancel)
        m_planCancel->store(true);
    else if (m_runner->isRunning())
        m_runner->cancel();
}

// ---- the run ----

void MainWindow::onProgress(const RunProgress &progress)
{
    m_run->setProgress(progress);
    m_results->model()->refresh(progress);
}

void MainWindow::onFailures(const QList<FileFailure> &failures)
{
    m_results->model()->addFailures(failures);
    m_results->setFailedCount(m_results->model()->failedCount());
}

void MainWindow::onPausedChanged(bool paused)
{
    if (m_run->state() == RunPanel::State::Running || m_run->state() == RunPanel::State::Paused)
        m_run->setState(paused ? RunPanel::State::Paused : RunPanel::State::Running);
}

void MainWindow::onRunFinished(const RunSummary &summary)
{
    m_lastSummary = summary;
    m_results->model()->finish();
    m_results->setFailedCount(summary.counts.failed);
    backToIdle();
    m_run->showSummary(summary);
    m_exportAction->setEnabled(true);
    showStatus(summaryText(summary, displayLocale()).section(QLatin1Char('\n'), 0, 0));
    onSpecChanged(); // the folders changed: refresh the preview (conflicts)
    if (m_closeAfterRun)
        close();
}

void MainWindow::backToIdle()
{
    m_run->setState(RunPanel::State::Idle);
    m_form->setEditable(true);
    m_drops->setEnabled(true);
    updateStartAllowed();
}

// ---- closing ----

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run->state() == RunPanel::State::Idle) {
        saveSettings();
        event->accept();
        return;
    }
    event->ignore();
    if (!m_closeAfterRun)
        askToCancelAndClose();
}

void MainWindow::askToCancelAndClose()
{
    // open(), not exec(): no nested event loop. The window closes when the runner says it finished.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Quire"),
                                tr("Files are still being created. Cancel the run and quit?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("closeDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Cancel run and quit"));
    box->button(QMessageBox::No)->setText(tr("Keep running"));
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || m_run->state() == RunPanel::State::Idle)
            return;
        m_closeAfterRun = true;
        showStatus(tr("Cancelling, then closing…"));
        cancelRun();
    });
    box->open();
}

// ---- after a run ----

void MainWindow::openFolders()
{
    if (!m_hasRun)
        return;
    const QList<FolderPlan> &folders = m_results->model()->record()->plan->folders;
    for (qsizetype i = 0; i < std::min<qsizetype>(folders.size(), MaxFoldersOpened); ++i)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folders.at(i).path));
}

void MainWindow::copyErrors()
{
    const std::shared_ptr<const RunRecord> record = m_results->model()->record();
    if (!record)
        return;
    QStringList lines = record->jobErrors;
    for (qsizetype i = 0; i < record->ledger->failureCount(); ++i) {
        const LedgerFailure failure = record->ledger->failure(i);
        lines << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(record->filePath(failure.position)),
                                              failure.message);
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    showStatus(tr("Copied %1 error(s) to the clipboard.").arg(lines.size()));
}

void MainWindow::exportReport()
{
    if (!m_hasRun || m_runner->isRunning())
        return;
    auto *dialog = new QFileDialog(this, tr("Export report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV report (*.csv)"), tr("JSON report (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("quire-report.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::writeReport);
    dialog->open();
}

void MainWindow::writeReport(const QString &path)
{
    const std::shared_ptr<const RunRecord> record = m_results->model()->record();
    if (!record)
        return;
    const QString error = Report::write(*record, path);
    showStatus(error.isEmpty() ? tr("Report written to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Could not write the report: %1").arg(error));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Quire"),
                                tr("<h3>Quire %1</h3><p>Create files in bulk, in parallel, from a name and a "
                                   "content template.</p><p>Built with Qt %2.</p>")
                                    .arg(QStringLiteral(QUIRE_VERSION), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---- settings ----

void MainWindow::loadSettings()
{
    const QSettings settings;
    m_form->setSpec(Settings::loadJob(settings));
    const QByteArray geometry = Settings::loadGeometry(settings);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
    }
    const QByteArray state = Settings::loadWindowState(settings);
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({500, 600}); // proportions: the splitter scales them to its width
}

void MainWindow::saveSettings()
{
    QSettings settings;
    Settings::saveJob(settings, m_form->spec());
    Settings::saveWindow(settings, saveGeometry(), m_splitter->saveState());
}

} // namespace Quire
