#pragma once

#include "core/job/jobspec.h"
#include "ui/journalcontroller.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMainWindow;
class QMenu;
class QProgressBar;

namespace Quire {

class HistoryDialog;
class ResumeBar;

/**
 * What the desktop app does with recorded runs: the History dialog, Edit › Undo last run (a dry run,
 * a confirmation with the numbers, the undo with progress), resume and retry (prepared, then handed to
 * the window to run), "Use this job", reports, and the bar that offers to resume an interrupted run at
 * start. Every journal access runs off the GUI thread (JournalController); confirmations use open(),
 * never exec(). One action at a time, and none while a run is going on.
 */
class HistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    HistoryController(QMainWindow *window, ResumeBar *bar);

    /** Edit › Undo last run (Ctrl+Z), Edit › Preferences…, View › History… */
    void addMenuActions(QMenu *edit, QMenu *view);
    [[nodiscard]] JournalController *journal() const;
    /** The dialog once it was shown, else nullptr. */
    [[nodiscard]] HistoryDialog *dialog() const;
    /** A run is going on (or being planned): actions wait for it. */
    void setRunActive(bool active);
    /** An action is going on (or waits for a confirmation). */
    [[nodiscard]] bool isActing() const;

    void showHistory();
    void refresh();
    /** At start: the bar offers Resume if the newest run was interrupted. */
    void checkInterrupted();
    /** id from the history, or "last". */
    void undo(const QString &id);
    void resume(const QString &id);
    void retry(const QString &id);
    void useJob(const QString &id);
    void exportReport(const QString &id, const QString &path);
    void showPreferences();

Q_SIGNALS:
    /** A prepared resume or retry: the window starts the runner with record. */
    void startRequested(const std::shared_ptr<Quire::RunRecord> &record, const QString &message);
    void useJobRequested(const Quire::JobSpec &job);
    /** Undo changed record's ledger: a results view that shows this run refreshes. */
    void undone(const std::shared_ptr<Quire::RunRecord> &record);
    void statusMessage(const QString &message);
    void actingChanged(bool acting);

private:
    bool begin();
    void end(const QString &message = {});
    void openForWrite(const QString &id, const QString &what,
                      const std::function<void(const std::shared_ptr<RunRecord> &)> &then);
    void confirmUndo(const JournalOutcome &dryRun);
    void runUndo(const std::shared_ptr<RunRecord> &record);
    void onUndoProgress(qint64 done, qint64 total);
    void onUndone(const JournalOutcome &outcome);
    void onResumePrepared(const JournalOutcome &outcome);
    void onRetryPrepared(const JournalOutcome &outcome);
    void updateBusy();

    QMainWindow *m_window;
    ResumeBar *m_bar;
    JournalController *m_journal;
    QPointer<HistoryDialog> m_dialog;
    QProgressBar *m_undoProgress = nullptr;
    bool m_runActive = false;
    bool m_acting = false;
};

} // namespace Quire
