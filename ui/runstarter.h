#pragma once

#include "core/run/runrecord.h"
#include "ui/previewcalculator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Quire {

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
 * Makes the final plan of a run (fresh {date}/{time}, fresh conflict scan) and creates its journal, both
 * off the GUI thread on a pool of its own; planned() hands the result back on the GUI thread, where
 * BatchRunner::start() takes it.
 */
class RunStarter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStarter)

public:
    explicit RunStarter(QObject *parent = nullptr);
    ~RunStarter() override; ///< cancels the planning and waits for it

    void plan(const JobSpec &spec, const JournalOptions &journal);
    /** The plan being made is dropped: planned() reports cancelled. */
    void cancel();
    [[nodiscard]] bool isPlanning() const;

Q_SIGNALS:
    void planned(const Quire::PlannedRun &run);

private:
    static PlannedRun planAndJournal(const JobSpec &spec, const JournalOptions &journal,
                                     const std::atomic_bool *cancel);
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<PlannedRun> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Quire
