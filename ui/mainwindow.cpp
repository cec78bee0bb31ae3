#include "ui/mainwindow.h"

#include "core/base/pluraltranslator.h"
#include "core/job/commandline.h"
#include "core/run/batchrunner.h"
#include "core/run/threadnice.h"
#include "core/source/csvtable.h"
#include "ui/contenteditor.h"
#include "ui/desktopfeedback.h"
#include "ui/dropcontroller.h"
#include "ui/folderlistwidget.h"
#include "ui/historycontroller.h"
#include "ui/jobdocument.h"
#include "ui/jobform.h"
#include "ui/previewpanel.h"
#include "ui/progresstext.h"
#include "ui/resultsactions.h"
#include "ui/resultspanel.h"
#include "ui/resumebar.h"
#include "ui/runpanel.h"
#include "ui/settings.h"
#include "ui/sourcefields.h"
#include "ui/templatereference.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quire {

namespace {

constexpr int StatusTimeoutMs = 10'000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new BatchRunner(this))
    , m_planner(new AsyncPlanner(this))
{
    PluralTranslator::installOnce();
    // The writers run below the GUI thread (BackgroundNiceIncrement): with autogroup (the default on desktop
    // kernels) the process's share against other programs stays the same; only the GUI thread goes first.
    m_runner->setWriterNiceIncrement(BackgroundNiceIncrement);
    m_runner->setLeaveCoreWhenBusy(true); // the GUI thread keeps a core while other processes load the machine
    m_runner->prepareThreads(defaultParallelWrites()); // now, not when Start is pressed (a busy machine's stall)
    m_settingsWriter.setMaxThreadCount(1);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Quire"));
    m_feedback = new DesktopFeedback(this);
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    buildUi();
    m_history = new HistoryController(this, m_resumeBar);
    m_resultsActions = new ResultsActions(this, m_results->model(), m_runner, m_history->journal());
    m_document = new JobDocument(this, m_form);
    buildMenus();
    connectRunner();
    connectHistory();
    m_drops->watchChildren();
    loadSettings();
    m_document->startUntitled();
    m_history->checkInterrupted();
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

AsyncPlanner *MainWindow::planner() const
{
    return m_planner;
}

RunPanel *MainWindow::runPanel() const
{
    return m_run;
}

HistoryController *MainWindow::history() const
{
    return m_history;
}

ResumeBar *MainWindow::resumeBar() const
{
    return m_resumeBar;
}

DesktopFeedback *MainWindow::feedback() const
{
    return m_feedback;
}

JobDocument *MainWindow::document() const
{
    return m_document;
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
    m_resumeBar = new ResumeBar;

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_run);
    setCentralWidget(central);
    auto *hint =
        new QLabel(tr("Drop folders anywhere to add them as targets, or a CSV file for one file per row"), this);
    hint->setEnabled(false);
    statusBar()->addPermanentWidget(hint);
    m_drops = new DropController(this, central, m_form->findChild<ContentEditor *>());
    connect(m_drops, &DropController::dropped, this, &MainWindow::onDropped);
    connect(m_drops, &DropController::statusMessage, this, &MainWindow::showStatus);

    connectPanels();
}

void MainWindow::connectPanels()
{
    connect(m_form, &JobForm::specChanged, this, &MainWindow::onSpecChanged);
    connect(m_form, &JobForm::statusMessage, this, &MainWindow::showStatus);
    connect(m_planner, &AsyncPlanner::busyChanged, m_preview, &PreviewPanel::setBusy);
    connect(m_planner, &AsyncPlanner::busyChanged, this, &MainWindow::updateStartAllowed);
    connect(m_planner, &AsyncPlanner::planReady, this, &MainWindow::onPreviewReady);
    connect(m_planner, &AsyncPlanner::runPlanned, this, &MainWindow::onStartPlanned);
    connect(m_results, &ResultsPanel::failedCountChanged, this, [this](qint64 failed) {
        m_tabs->setTabText(1, failed > 0 ? tr("Results (%1 failed)").arg(failed) : tr("Results"));
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("E&xport report…"), m_resultsActions, &ResultsActions::exportReport);
    m_exportAction->setEnabled(false);
    file->addAction(tr("&Restore defaults"), this, &MainWindow::restoreDefaults)
        ->setStatusTip(tr("Reset every field to its default; the target folders stay"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_document->addMenuActions(file);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyCommand = edit->addAction(tr("Copy as &command line"), this, &MainWindow::copyCommandLine);
    copyCommand->setObjectName(QStringLiteral("copyCommandLineAction"));
    copyCommand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyCommand->setStatusTip(tr("Copy the quire-cli command that runs this job, quoted for a shell"));
    edit->addSeparator();
    m_history->addMenuActions(edit, menuBar()->addMenu(tr("&View")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *reference = new TemplateReference(this);
    addDockWidget(Qt::RightDockWidgetArea, reference);
    reference->hide(); // F1 shows it beside the form, and it stays open while typing
    connect(reference, &QDockWidget::visibilityChanged, this, [this, reference](bool visible) {
        if (visible && reference->width() < 360) // wide enough for the table's two columns
            resizeDocks({reference}, {420}, Qt::Horizontal);
    });
    QAction *showReference = reference->toggleViewAction();
    showReference->setText(tr("&Template reference"));
    showReference->setShortcut(QKeySequence::HelpContents);
    showReference->setObjectName(QStringLiteral("templateReferenceAction"));
    help->addAction(showReference);
    help->addSeparator();
    help->addAction(tr("&About Quire"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(m_run, &RunPanel::startRequested, this, &MainWindow::startRun);
    connect(m_run, &RunPanel::pauseRequested, m_runner, &BatchRunner::pause);
    connect(m_run, &RunPanel::resumeRequested, m_runner, &BatchRunner::resume);
    connect(m_run, &RunPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_run, &RunPanel::openFolderRequested, m_resultsActions, &ResultsActions::openFolders);
    connect(m_run, &RunPanel::copyErrorsRequested, m_resultsActions, &ResultsActions::copyErrors);
    connect(m_run, &RunPanel::exportReportRequested, m_resultsActions, &ResultsActions::exportReport);
}

void MainWindow::connectRunner()
{
    connect(m_runner, &BatchRunner::progressChanged, this, &MainWindow::onProgress);
    connect(m_runner, &BatchRunner::failuresAdded, this, &MainWindow::onFailures);
    connect(m_runner, &BatchRunner::pausedChanged, this, &MainWindow::onPausedChanged);
    connect(m_runner, &BatchRunner::finished, this, &MainWindow::onRunFinished);
}

void MainWindow::connectHistory()
{
    connect(m_history, &HistoryController::statusMessage, this, &MainWindow::showStatus);
    connect(m_history, &HistoryController::actingChanged, this, &MainWindow::updateStartAllowed);
    connect(m_resultsActions, &ResultsActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_document, &JobDocument::statusMessage, this, &MainWindow::showStatus);
    connect(m_document, &JobDocument::titleChanged, m_feedback, &DesktopFeedback::setBaseTitle);
    connect(m_history, &HistoryController::startRequested, this, &MainWindow::startRecord);
    connect(m_history, &HistoryController::undone, this, &MainWindow::onUndone);
    connect(m_history, &HistoryController::useJobRequested, m_form, &JobForm::setSpec);
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
    // The spec is made when the typing pauses, not per keystroke; its content template on the planner's thread.
    m_planner->requestPreview([form = QPointer<JobForm>(m_form)] {
        return form ? form->specMaker() : AsyncPlanner::SpecMaker([] { return JobSpec(); });
    });
    updateStartAllowed();
}

void MainWindow::onPreviewReady(const PlanPtr &plan)
{
    m_preview->setPlan(plan);
    m_form->showPlanProblems(plan);
    m_form->setColumns(plan && plan->rows ? plan->rows->columnNames() : QStringList());
    m_form->findChild<CsvSourceFields *>()->showRows(plan ? plan->rows : nullptr); // the CSV's first rows
    updateStartAllowed();
}

void MainWindow::updateStartAllowed()
{
    const PlanPtr plan = m_planner->latest();
    m_run->setStartAllowed(m_form->isInputValid() && !m_planner->isBusy() && plan && plan->isValid() &&
                           !(m_history && m_history->isActing())); // an undo or a resume being prepared comes first
}

void MainWindow::startRun()
{
    if (m_run->state() != RunPanel::State::Idle || !m_form->isInputValid() || m_history->isActing())
        return;
    saveSettings();
    m_results->model()->setRecord(nullptr);
    enterRunMode();
    m_run->setState(RunPanel::State::Planning);
    // The final plan is made now (fresh {date}/{time}, fresh conflict scan), with its journal, off the GUI thread.
    const QSettings settings;
    m_planner->requestRun(m_form->spec(),
                          JournalOptions{Settings::loadJournalEnabled(settings), Settings::loadJournalKeep(settings),
                                         m_history->journal()->root()});
}

void MainWindow::onStartPlanned(const PlannedRun &planned)
{
    const PlanPtr &plan = planned.plan;
    const bool valid = (!planned.cancelled || planned.record) && plan->isValid();
    if (valid)
        m_results->model()->prepare(plan->fileCount()); // empty; the All view grows with the run
    if (!valid || !(planned.record ? m_runner->start(planned.record) : m_runner->start(*plan))) {
        m_results->model()->setRecord(nullptr);
        if (!planned.cancelled) {
            m_preview->setPlan(plan);
            m_tabs->setCurrentWidget(m_preview);
            showStatus(tr("The job cannot run: see the problems in the preview."));
        }
        backToIdle();
        if (m_closeAfterRun)
            close();
        return;
    }
    m_history->journal()->remember(planned.record);
    beginRun(planned.journalError.isEmpty()
                 ? QString()
                 : tr("Running without a journal (no history, no undo): %1").arg(planned.journalError));
    if (planned.cancelled) // the journal was made already: the run records that it was cancelled
        m_runner->cancel();
}

bool MainWindow::startRecord(const std::shared_ptr<RunRecord> &record, const QString &message)
{
    if (m_run->state() != RunPanel::State::Idle || m_history->isActing()) {
        showStatus(tr("A run is going on: wait until it finishes."));
        return false;
    }
    m_results->model()->prepare(record->fileCount);
    if (!m_runner->start(record)) {
        m_results->model()->setRecord(nullptr);
        showStatus(tr("Run %1 cannot be started.").arg(record->id));
        return false;
    }
    enterRunMode();
    beginRun(message);
    return true;
}

void MainWindow::enterRunMode()
{
    m_results->setFailedCount(0);
    m_run->clearSummary();
    m_form->setEditable(false);
    m_drops->setEnabled(false);
    m_history->setRunActive(true);
}

void MainWindow::beginRun(const QString &message)
{
    m_results->model()->setRecord(m_runner->record());
    m_run->setState(RunPanel::State::Running);
    m_run->setProgress(m_runner->progress());
    m_feedback->runStarted();
    m_tabs->setCurrentWidget(m_results);
    if (!message.isEmpty())
        showStatus(message);
}

void MainWindow::onUndone(const std::shared_ptr<RunRecord> &record)
{
    const std::shared_ptr<const RunRecord> shown = m_results->model()->record();
    if (!shown || shown->id != record->id)
        return;
    if (shown != record)
        m_results->model()->setRecord(record);
    m_results->model()->finish(); // the ledger now says undone
    onSpecChanged();              // the folders changed: refresh the preview (conflicts)
}

void MainWindow::cancelRun()
{
    if (m_run->state() == RunPanel::State::Planning)
        m_planner->cancelRun();
    else if (m_runner->isRunning())
        m_runner->cancel();
}

// ---- the run ----

void MainWindow::onProgress(const RunProgress &progress)
{
    m_run->setProgress(progress);
    m_results->model()->refresh(progress);
    m_feedback->setProgress(progress.total > 0 ? double(progress.done) / double(progress.total) : 0.0, progress.paused);
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
    // The summary is shown once, under the progress bar; the status bar stays free for the next message.
    const QString text = summaryText(summary, displayLocale());
    m_feedback->runFinished(text.section(QLatin1Char('\n'), 0, 0), text.section(QLatin1Char('\n'), 1));
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
    m_history->setRunActive(false);
}

// ---- closing ----

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run->state() == RunPanel::State::Idle) {
        saveSettings();
        m_settingsWriter.waitForDone(); // on disk when the window is gone
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

void MainWindow::copyCommandLine()
{
    QGuiApplication::clipboard()->setText(shellCommandLine(m_form->spec()));
    showStatus(tr("Copied the quire-cli command line of this job"));
}

void MainWindow::showAbout()
{
    const QString homepage = QStringLiteral("https://github.com/quire/quire");
    const QString text =
        tr("<h3>Quire %1</h3><p>Create files in bulk, in parallel, from a name and a content template.</p>"
           "<p>Free software under the MIT licence: use, copy, change and share it; it comes with no warranty.</p>"
           "<p><a href=\"%2\">Homepage</a> · <a href=\"%2/issues\">Report a bug</a></p>"
           "<p>Built with Qt %3; running on Qt %4.</p>")
            .arg(QStringLiteral(QUIRE_VERSION), homepage, QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Quire"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction); // the links open in the browser
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

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
    // QSettings writes its file (a QSaveFile: write, sync, rename) when it goes out of scope: 9 to 34 ms on
    // Start on a busy machine. One thread of its own keeps the saves in order.
    m_settingsWriter.start([spec = m_form->spec(), geometry = saveGeometry(), state = m_splitter->saveState()] {
        QSettings settings;
        Settings::saveJob(settings, spec);
        Settings::saveWindow(settings, geometry, state);
    });
}

} // namespace Quire
