#include "ui/runstarter.h"

#include "core/journal/journalstore.h"
#include "core/plan/planner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Quire {

RunStarter::RunStarter(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<PlannedRun>::finished, this, &RunStarter::onFinished);
}

RunStarter::~RunStarter()
{
    cancel();
    m_pool.waitForDone();
}

void RunStarter::plan(const JobSpec &spec, const JournalOptions &journal)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [spec, journal, cancel] { return planAndJournal(spec, journal, cancel.get()); }));
}

void RunStarter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RunStarter::isPlanning() const
{
    return m_cancel != nullptr;
}

PlannedRun RunStarter::planAndJournal(const JobSpec &spec, const JournalOptions &journal,
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

void RunStarter::onFinished()
{
    PlannedRun run = m_watcher.future().result();
    run.cancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    Q_EMIT planned(run);
}

} // namespace Quire
