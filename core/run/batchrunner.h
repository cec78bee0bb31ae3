#pragma once

#include "core/plan/plan.h"
#include "core/run/filewriter.h"
#include "core/run/runresult.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace Quire {

struct RunState;

/**
 * Runs a valid Plan on its own QThreadPool through QtConcurrent::map over chunks of files. Controlled
 * through its QFuture (pause = suspend, cancel). Reports progress and new failures as batched updates
 * at most ~30 times a second. Keeps one status byte per file, no per-file objects for successes.
 */
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    explicit BatchRunner(QObject *parent = nullptr);
    ~BatchRunner() override; ///< cancels and waits for in-flight files

    /** Starts the run; returns false (and emits nothing) if the plan is invalid or a run is going on. */
    bool start(const Plan &plan, WriteMethod method = defaultWriteMethod());
    void pause();
    void resume();
    void cancel();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isPaused() const; ///< pause() was called (files being written still complete)
    /** Paused and no file is being written any more: nothing changes on disk until resume() or cancel(). */
    [[nodiscard]] bool isSuspended() const;
    [[nodiscard]] QFuture<void> future() const;
    [[nodiscard]] const Plan &plan() const;

    /** Cheap, for models and reports; call from the runner's thread. Valid after start() until the next start(). */
    [[nodiscard]] FileStatus statusAt(qint64 position) const;
    [[nodiscard]] QString messageAt(qint64 position) const;   ///< the failure message, if it failed
    [[nodiscard]] QString finalNameAt(qint64 position) const; ///< the name actually used
    [[nodiscard]] RunProgress progress() const;
    [[nodiscard]] RunSummary summary() const; ///< complete once finished() was emitted

Q_SIGNALS:
    void progressChanged(const Quire::RunProgress &progress);
    /** New failures, in batches of at most 5,000 (one per tick); every one of them before finished(). */
    void failuresAdded(const QList<Quire::FileFailure> &failures);
    void pausedChanged(bool paused);
    void finished(const Quire::RunSummary &summary);

private:
    void publish();
    void onWritesFinished();
    void onSyncFinished();
    void finish();
    void drainFailures();

    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    QFutureWatcher<QStringList> m_syncWatcher;
    QTimer m_ticker;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_pauseTimer; ///< valid while paused
    qint64 m_pausedMs = 0;
    bool m_running = false; ///< from start() until finished() is emitted, queued signals included
    std::shared_ptr<RunState> m_state;
    Plan m_plan;
    RunSummary m_summary;
    qsizetype m_failuresSent = 0;
};

} // namespace Quire
