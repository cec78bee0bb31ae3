#pragma once

#include "core/run/runresult.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Quire {

class RunProgressBar;

/** Start (Ctrl+Return), Pause/Resume, Cancel (Esc), the progress bar, and the end-of-run summary. */
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    enum class State {
        Idle,
        Planning, ///< the final plan is being computed before the run starts
        Running,
        Paused
    };

    explicit RunPanel(QWidget *parent = nullptr);

    void setState(State state);
    [[nodiscard]] State state() const;
    /** Whether the form is valid; Start is enabled only when idle and allowed. */
    void setStartAllowed(bool allowed);
    void setProgress(const RunProgress &progress);
    void showSummary(const RunSummary &summary);
    void clearSummary();

Q_SIGNALS:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void openFolderRequested();
    void copyErrorsRequested();
    void exportReportRequested();

private:
    QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName);
    void setupProgressBar();
    void buildFinishedActions();
    void onPauseClicked();
    void updateButtons();

    State m_state = State::Idle;
    bool m_startAllowed = false;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    RunProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_finishedActions = nullptr;
};

} // namespace Quire
