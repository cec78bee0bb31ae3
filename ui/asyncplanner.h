#pragma once

#include "core/job/jobspec.h"
#include "core/plan/plan.h"
#include "core/run/runrecord.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Quire {

using PlanPtr = std::shared_ptr<const Plan>;

/** Whether and where a run keeps its journal. */
struct JournalOptions
{
    bool enabled = true;
    int keep = 100;
    QString root; ///< JournalStore's folder
};

/** The final plan of a run about to start, and its journaled record unless the journal is off or failed. */
struct PlannedRun
{
    PlanPtr plan;
    std::shared_ptr<RunRecord> record; ///< null: run without journal
    QString journalError;              ///< why the journal could not be written (the run goes on without)
    bool cancelled = false;
};

/**
 * The window's one planner, off the GUI thread, for the live preview and for Start.
 *
 * A preview request is debounced: the spec is built only when the delay has passed without a newer
 * request, and its costly part (the content template, 64 MB at most) on the planner's thread; a newer
 * request abandons the stale
 * computation (Planner's cancel flag) and stale results are dropped. A run request is immediate: it
 * abandons a preview being made, makes the final plan (fresh {date}/{time}, fresh conflict scan) and its
 * journal, and reports it through runPlanned(). At most one plan is computed at a time, so typing into a
 * 10,000,000-file range never piles up work. A run's plan also serves as the preview when no preview was
 * requested after it; a preview requested during run planning is made once the run's plan is ready.
 */
class AsyncPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncPlanner)

public:
    /** Makes the spec; runs on the planner's thread (it may copy a 64 MB content template there). */
    using SpecMaker = std::function<JobSpec()>;
    /** Called on the GUI thread once the delay has passed: the cheap part, returning the rest as a maker. */
    using SpecSource = std::function<SpecMaker()>;

    explicit AsyncPlanner(QObject *parent = nullptr);
    ~AsyncPlanner() override; ///< abandons what is being planned and waits for it (it stops promptly)

    /** Schedules a preview of source() after the debounce delay; replaces any earlier request. */
    void requestPreview(SpecSource source);
    void requestPreview(const JobSpec &spec);
    /** Plans the run now (after abandoning a preview being made); runPlanned() reports it. */
    void requestRun(const JobSpec &spec, const JournalOptions &journal);
    /** The run being planned is dropped: runPlanned() reports cancelled. */
    void cancelRun();
    void setDelay(int milliseconds);
    /** True from requestPreview() until the matching planReady(). */
    [[nodiscard]] bool isBusy() const;
    /** True from requestRun() until runPlanned(). */
    [[nodiscard]] bool isPlanningRun() const;
    /** The plan of the latest preview request (or of a run), once ready; null before. */
    [[nodiscard]] PlanPtr latest() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void planReady(const Quire::PlanPtr &plan);
    void runPlanned(const Quire::PlannedRun &run);

private:
    enum class Task {
        None,
        Preview,
        Run
    };

    static PlannedRun planAndJournal(const JobSpec &spec, const JournalOptions &journal,
                                     const std::atomic_bool *cancel);
    void launchNext();
    void launchPreview();
    void launchRun();
    void onFinished();
    void finishPreview(PlannedRun result);
    void dispose(PlanPtr plan);
    void finishRun(PlannedRun run);
    void setBusy(bool busy);

    QThreadPool m_pool;
    int m_backgroundNice = 0; ///< the planner thread's nice value: below the GUI thread, as the writers
    QTimer m_debounce;
    QFutureWatcher<PlannedRun> m_watcher;
    Task m_running = Task::None;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< of the task being computed
    SpecSource m_previewSource;
    bool m_previewWanted = false;
    quint64 m_previewGeneration = 0;
    quint64 m_runningGeneration = 0; ///< the preview request being computed, or the last one before the run
    bool m_runWanted = false;
    JobSpec m_runSpec;
    JournalOptions m_runJournal;
    std::shared_ptr<std::atomic_bool> m_runCancel;
    PlanPtr m_latest;
    bool m_busy = false;
};

} // namespace Quire
