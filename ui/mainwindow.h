#pragma once

#include "core/run/runresult.h"
#include "ui/previewcalculator.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace Quire {

class BatchRunner;
class DropController;
class JobForm;
class PreviewPanel;
class ResultsPanel;
class RunPanel;

/**
 * The Quire window: the job form on the left, preview and results on the right, the run controls
 * below. Folders dropped anywhere become targets. The GUI thread never blocks: plans are computed
 * with QtConcurrent, the run is a BatchRunner, and closing during a run cancels, then closes once
 * the runner reports it finished.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] JobForm *form() const;
    [[nodiscard]] BatchRunner *runner() const;
    [[nodiscard]] ResultsPanel *results() const;
    [[nodiscard]] PreviewPanel *preview() const;
    [[nodiscard]] PreviewCalculator *previewCalculator() const;
    [[nodiscard]] RunPanel *runPanel() const;

    /** Adds target folders (command line, drops); anything that is not a folder is reported and returned. */
    QStringList addTargets(const QStringList &paths);
    /** Resets every field to JobSpec's defaults, keeping the target folders. */
    void restoreDefaults();
    void startRun();
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
    void onDropped(const QStringList &localPaths, const QStringList &remoteUrls);
    void showStatus(const QString &message);

    void onSpecChanged();
    void onPreviewReady(const PlanPtr &plan);
    void updateStartAllowed();
    void onStartPlanned();
    void onProgress(const RunProgress &progress);
    void onFailures(const QList<FileFailure> &failures);
    void onPausedChanged(bool paused);
    void onRunFinished(const RunSummary &summary);
    void backToIdle();
    void askToCancelAndClose();

    void openFolders();
    void copyErrors();
    void exportReport();
    void writeReport(const QString &path);
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
    QAction *m_exportAction = nullptr;
    BatchRunner *m_runner = nullptr;
    PreviewCalculator *m_calculator = nullptr;
    QThreadPool m_planPool;
    QFutureWatcher<PlanPtr> m_planWatcher;
    std::shared_ptr<std::atomic_bool> m_planCancel;
    RunSummary m_lastSummary;
    bool m_hasRun = false;
    bool m_closeAfterRun = false;
};

} // namespace Quire
