#pragma once

#include "core/plan/plan.h"
#include "core/run/cpuload.h"
#include "core/run/filewriter.h"
#include "core/run/runrecord.h"
#include "core/run/runresult.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Quire {

class WriteLoop;

/**
 * Runs a RunRecord (a new run, or what a resume or retry left Pending) on its own QThreadPool through
 * QtConcurrent::map over chunks of files. Reports progress and new failures as batched updates at most
 * ~30 times a second. What happened to each file goes into the record's ledger (one status byte per
 * file), which outlives the runner; with a journal, the record's state is saved at start and end.
 */
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    explicit BatchRunner(QObject *parent = nullptr);
    ~BatchRunner() override; ///< cancels and waits for in-flight files

    /** Starts a new run without journal; false (and nothing emitted) if the plan is invalid or a run is going on. */
    bool start(const Plan &plan);
    /** Same, with another write method than the job's (tests, benchmarks). */
    bool start(const Plan &plan, WriteMethod method);
    /** Writes every Pending file of the record (all of a new one). The method is the job's; durable: atomic. */
    bool start(std::shared_ptr<RunRecord> record);
    void pause();
    void resume();
    void cancel();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isPaused() const; ///< pause() was called (files being written still complete)
    /** Paused and no file is being written any more: nothing changes on disk until resume() or cancel(). */
    [[nodiscard]] bool isSuspended() const;
    [[nodiscard]] bool isCancelling() const; ///< cancel() was called and the run has not finished yet
    /** The run going on or the last one; it stays valid (and complete) after the next start(). */
    [[nodiscard]] std::shared_ptr<RunRecord> record() const;
    [[nodiscard]] RunProgress progress() const;
    /**
     * From the next start() on, the writer threads run increment nice levels below the thread that calls
     * start() (Linux; 0, the default, leaves them alone). The desktop app keeps its GUI thread ahead of
     * the writers on a busy machine this way; quire-cli has no GUI thread and leaves it off.
     */
    void setWriterNiceIncrement(int increment);
    [[nodiscard]] int writerNiceIncrement() const;
    /**
     * Makes count writer threads now, for the runs to come (they stay parked between runs), so that
     * start() does not wait for threads to be created and scheduled: on a busy machine that wait was the
     * desktop app's longest stall when Start was pressed. start() makes any that are missing.
     */
    void prepareThreads(int count);
    /**
     * From the next start() on, while other processes keep at least half a core busy, one writer fewer
     * writes at a time (at least one), leaving a core to the thread that called start() (the desktop
     * app's GUI thread: on a busy machine two writers beside it made it wait 40-60 ms for a core even
     * with nothing to do). Checked twice a second; off by default (quire-cli takes every core).
     */
    void setLeaveCoreWhenBusy(bool leave);
    [[nodiscard]] bool leavesCoreWhenBusy() const;
    /** The writers allowed to write at once now (WriterLimit::Unlimited when not limited). */
    [[nodiscard]] int writerLimit() const;
    /** Tests only: the cores other processes use, instead of /proc/stat's, read at every tick. */
    void setCpuLoadSourceForTesting(std::function<std::optional<double>()> source);
    /** Tests only: called on a writer thread before each file of the next start() (to inject a fault). */
    void setFileHookForTesting(std::function<void(qint64)> hook);
    /** Tests only: with --verify, called between writing a file and reading it back (to corrupt it). */
    void setVerifyHookForTesting(std::function<void(qint64, int, const QByteArray &)> hook);
    [[nodiscard]] RunSummary summary() const; ///< complete once finished() was emitted

Q_SIGNALS:
    void progressChanged(const Quire::RunProgress &progress);
    /** New failures, in batches of at most 5,000 (one per tick); every one of them before finished(). */
    void failuresAdded(const QList<Quire::FileFailure> &failures);
    void pausedChanged(bool paused);
    void finished(const Quire::RunSummary &summary);

private:
    bool failToStart(const QString &why);
    int startWriterThreads(int wanted, bool durable, QString *why, bool *flusher);
    void ensureThreads(int count, QString *why);
    void renewPool();
    void publish();
    void adjustWriterLimit();
    void onWritesFinished();
    void onSyncFinished();
    void finish();
    void drainFailures();
    void saveRecord();

    std::unique_ptr<QThreadPool> m_pool;
    bool m_poolLostTask = false; ///< a thread it could not create took a task with it: never destroy it
    int m_parkedThreads = 0;     ///< threads the pool made and keeps (expiry off), busy or not
    int m_lostThreads = 0;       ///< tasks that never got their thread: they count as busy for ever
    QFutureWatcher<void> m_watcher;
    QFutureWatcher<QStringList> m_syncWatcher;
    QTimer m_ticker;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_pauseTimer; ///< valid while paused
    qint64 m_pausedMs = 0;
    bool m_running = false; ///< from start() until finished() is emitted, queued signals included
    std::shared_ptr<WriteLoop> m_loop;
    std::shared_ptr<RunRecord> m_record;
    RunSummary m_summary;
    qsizetype m_failuresSent = 0;
    int m_writerNiceIncrement = 0;
    int m_writers = 0; ///< writer threads of the run going on
    bool m_leaveCoreWhenBusy = false;
    CpuLoadSampler m_cpuLoad;
    QElapsedTimer m_lastLoadSample;
    std::function<std::optional<double>()> m_cpuLoadForTesting;
    std::function<void(qint64)> m_fileHook;
    std::function<void(qint64, int, const QByteArray &)> m_verifyHook;
};

} // namespace Quire
