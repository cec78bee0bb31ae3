#include "ui/asyncplanner.h"

#include "core/journal/journalstore.h"
#include "core/plan/planner.h"
#include "core/run/threadnice.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Quire {

AsyncPlanner::AsyncPlanner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    // Planning a 64 MB template is seconds of CPU: on a busy machine it must not take the GUI thread's turn.
    m_backgroundNice = niceBelowThisThread(BackgroundNiceIncrement);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &AsyncPlanner::launchNext);
    connect(&m_watcher, &QFutureWatcher<PlannedRun>::finished, this, &AsyncPlanner::onFinished);
}

AsyncPlanner::~AsyncPlanner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void AsyncPlanner::requestPreview(SpecSource source)
{
    m_previewSource = std::move(source);
    m_previewWanted = true;
    ++m_previewGeneration;
    if (m_running == Task::Preview)
        m_cancel->store(true); // the running plan is stale now
    setBusy(true);
    m_debounce.start();
}

void AsyncPlanner::requestPreview(const JobSpec &spec)
{
    requestPreview([spec] { return SpecMaker([spec] { return spec; }); });
}

void AsyncPlanner::requestRun(const JobSpec &spec, const JournalOptions &journal)
{
    m_debounce.stop(); // a waiting preview is overtaken: made after the run's plan unless that plan serves
    m_runWanted = true;
    m_runSpec = spec;
    m_runJournal = journal;
    m_runCancel = std::make_shared<std::atomic_bool>(false);
    if (m_running == Task::Preview)
        m_cancel->store(true); // Start comes first; the run's plan is the fresher one anyway
    launchNext();
}

void AsyncPlanner::cancelRun()
{
    if (m_runCancel)
        m_runCancel->store(true);
}

void AsyncPlanner::setDelay(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

bool AsyncPlanner::isBusy() const
{
    return m_busy;
}

bool AsyncPlanner::isPlanningRun() const
{
    return m_runWanted || m_running == Task::Run;
}

PlanPtr AsyncPlanner::latest() const
{
    return m_latest;
}

void AsyncPlanner::launchNext()
{
    if (m_running != Task::None)
        return; // onFinished() launches what is wanted next once the current plan has stopped
    if (m_runWanted)
        launchRun();
    else if (m_previewWanted && !m_debounce.isActive())
        launchPreview();
}

void AsyncPlanner::launchPreview()
{
    m_running = Task::Preview;
    m_runningGeneration = m_previewGeneration;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Asked for now, once the typing has paused, not on every keystroke; the costly part is made below.
    SpecMaker makeSpec = m_previewSource();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [makeSpec = std::move(makeSpec), cancel, nice = m_backgroundNice] {
        applyThreadNice(nice);
        return PlannedRun{std::make_shared<const Plan>(Planner::plan(makeSpec(), cancel.get())), {}, {}, false};
    }));
}

void AsyncPlanner::launchRun()
{
    m_running = Task::Run;
    m_runWanted = false;
    m_runningGeneration = m_previewGeneration;
    m_cancel = m_runCancel;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [spec = m_runSpec, journal = m_runJournal, cancel, nice = m_backgroundNice] {
            applyThreadNice(nice);
            return planAndJournal(spec, journal, cancel.get());
        }));
    m_runSpec = JobSpec(); // the content template is not kept twice
}

PlannedRun AsyncPlanner::planAndJournal(const JobSpec &spec, const JournalOptions &journal,
                                        const std::atomic_bool *cancel)
{
    PlannedRun run;
    run.plan = std::make_shared<const Plan>(Planner::plan(spec, cancel));
    // A cancel that comes after the journal was made starts the run and cancels it: history then says so.
    if (!journal.enabled || !run.plan->isValid() || cancel->load())
        return run;
    run.record = JournalStore(journal.root).create(*run.plan, &run.journalError, journal.keep);
    return run;
}

void AsyncPlanner::onFinished()
{
    const Task task = std::exchange(m_running, Task::None);
    // Taken out of the future: the future keeps no copy that would be destroyed here later (see dispose()).
    QFuture<PlannedRun> future = m_watcher.future();
    PlannedRun result = future.takeResult();
    if (task == Task::Run)
        finishRun(std::move(result));
    else
        finishPreview(std::move(result));
    launchNext();
}

void AsyncPlanner::finishPreview(PlannedRun result)
{
    if (m_runningGeneration != m_previewGeneration || m_runWanted) {
        dispose(std::move(result.plan)); // stale (or overtaken by Start): dropped
        return;
    }
    m_cancel.reset();
    m_previewWanted = false;
    PlanPtr previous = std::exchange(m_latest, std::move(result.plan));
    setBusy(false);
    Q_EMIT planReady(m_latest); // the preview lets go of the previous plan here
    dispose(std::move(previous));
}

// A plan of a 64 MB content template holds millions of compiled pieces: freeing them takes a second. The
// last reference is let go on the planner's thread, never on the GUI thread.
void AsyncPlanner::dispose(PlanPtr plan)
{
    if (plan)
        m_pool.start([plan = std::move(plan)]() mutable { plan.reset(); });
}

void AsyncPlanner::finishRun(PlannedRun run)
{
    run.cancelled = m_cancel->load();
    m_cancel.reset();
    if (!m_runWanted)
        m_runCancel.reset(); // else it is the flag of the next run, asked for meanwhile
    // No preview asked for since Start: the run's fresh plan is the preview too (problems and all).
    if (!run.cancelled && !m_runWanted && m_runningGeneration == m_previewGeneration) {
        m_previewWanted = false;
        m_debounce.stop();
        PlanPtr previous = std::exchange(m_latest, run.plan);
        setBusy(false);
        Q_EMIT planReady(m_latest);
        dispose(std::move(previous));
    }
    Q_EMIT runPlanned(run);
}

void AsyncPlanner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Quire
