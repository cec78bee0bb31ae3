#pragma once

#include "core/run/runrecord.h"
#include "core/run/runresult.h"
#include "ui/asyncplanner.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace Quire {

class BatchRunner;
class DesktopFeedback;
class DropController;
class JobDocument;
class HistoryController;
class JobForm;
class PreviewPanel;
class ResultsActions;
class ResultsPanel;
class ResumeBar;
class RunPanel;

/**
 * The Quire window: the job form on the left, preview and results on the right, the run controls
 * below. Folders dropped anywhere become targets. The GUI thread never blocks: plans (and the run's
 * journal) are made with QtConcurrent, the run is a BatchRunner, history, undo, resume and retry go
 * through the HistoryController, and closing during a run cancels, then closes once the runner
 * reports it finished.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    [[nodiscard]] JobForm *form() const;
    [[nodiscard]] BatchRunner *runner() const;
    [[nodiscard]] ResultsPanel *results() const;
    [[nodiscard]] PreviewPanel *preview() const;
    [[nodiscard]] AsyncPlanner *planner() const;
    [[nodiscard]] RunPanel *runPanel() const;
    [[nodiscard]] HistoryController *history() const;
    [[nodiscard]] ResumeBar *resumeBar() const;
    [[nodiscard]] DesktopFeedback *feedback() const;
    [[nodiscard]] JobDocument *document() const;

    /** Adds target folders (command line, drops); anything that is not a folder is reported and returned. */
    QStringList addTargets(const QStringList &paths);
    /** Resets every field to JobSpec's defaults, keeping the target folders. */
    void restoreDefaults();
    void startRun();
    /** Runs what record left Pending (a prepared resume or retry); false if it cannot start now. */
    bool startRecord(const std::shared_ptr<RunRecord> &record, const QString &message = {});
    void cancelRun();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void connectPanels();
    void connectRunner();
    void connectHistory();
    void onDropped(const QStringList &localPaths, const QStringList &remoteUrls);
    void showStatus(const QString &message);

    void onSpecChanged();
    void onPreviewReady(const PlanPtr &plan);
    void updateStartAllowed();
    void onStartPlanned(const PlannedRun &planned);
    void beginRun(const QString &message);
    void onUndone(const std::shared_ptr<RunRecord> &record);
    void enterRunMode();
    void onProgress(const RunProgress &progress);
    void onFailures(const QList<FileFailure> &failures);
    void onPausedChanged(bool paused);
    void onRunFinished(const RunSummary &summary);
    void backToIdle();
    void askToCancelAndClose();

    void copyCommandLine();
    void showAbout();
    void loadSettings();
    void saveSettings();

    JobForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreviewPanel *m_preview = nullptr;
    ResultsPanel *m_results = nullptr;
    RunPanel *m_run = nullptr;
    DropController *m_drops = nullptr;
    ResumeBar *m_resumeBar = nullptr;
    QAction *m_exportAction = nullptr;
    BatchRunner *m_runner = nullptr;
    AsyncPlanner *m_planner = nullptr;
    HistoryController *m_history = nullptr;
    DesktopFeedback *m_feedback = nullptr;
    JobDocument *m_document = nullptr;
    ResultsActions *m_resultsActions = nullptr;
    RunSummary m_lastSummary;
    bool m_closeAfterRun = false;
    QThreadPool m_settingsWriter; ///< one thread: saves the settings off the GUI thread, in order; last, so that
                                  ///< it waits for the last save before anything else goes
};

} // namespace Quire
