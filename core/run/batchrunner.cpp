#include "core/run/batchrunner.h"

#include "core/base/translations.h"
#include "core/journal/journalstore.h"
#include "core/run/subfolders.h"
#include "core/run/threadnice.h"
#include "core/run/threadprobe.h"
#include "core/run/writeloop.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <dirent.h>
#include <sys/resource.h>

namespace Quire {

namespace {

constexpr int TickMs = 33;                     // front ends hear from us at most ~30 times a second
constexpr qsizetype MaxFailuresPerTick = 5000; // bounds the work a tick does on the receiving thread

// Every pool thread holds an event-dispatcher descriptor and up to two files open. Under a low
// RLIMIT_NOFILE, fewer threads degrade gracefully where more would fail (or make Qt abort).
int threadsAllowedByDescriptorLimit(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    qint64 open = 0;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        while (::readdir(dir))
            ++open;
        ::closedir(dir);
    }
    const qint64 spare = qint64(limit.rlim_cur) - open - 8;
    return int(std::clamp<qint64>(spare / 3, 1, wanted));
}

} // namespace

BatchRunner::BatchRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Quire::RunProgress>();
    qRegisterMetaType<Quire::RunSummary>();
    qRegisterMetaType<Quire::FileFailure>();
    m_ticker.setInterval(TickMs);
    renewPool();
    connect(&m_ticker, &QTimer::timeout, this, &BatchRunner::publish);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BatchRunner::onWritesFinished);
    connect(&m_syncWatcher, &QFutureWatcher<QStringList>::finished, this, &BatchRunner::onSyncFinished);
}

BatchRunner::~BatchRunner()
{
    if (m_loop) {
        m_loop->gate.cancel();
        m_loop->folders.writesDone();
    }
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_syncWatcher.waitForFinished();
    if (m_running && m_record) {
        m_record->phase = RunPhase::Cancelled;
        saveRecord();
    }
    if (m_poolLostTask)
        (void)m_pool.release(); // its destructor would wait for the lost task for ever
}

// A thread that ends when idle may not start again (a process limit reached meanwhile): the pool
// keeps the threads that did start (see primeThreads), so no task ever waits for a new one.
void BatchRunner::renewPool()
{
    if (m_poolLostTask)
        (void)m_pool.release();
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setExpiryTimeout(-1);
    m_poolLostTask = false;
    m_parkedThreads = 0;
    m_lostThreads = 0;
}

// Makes the pool hold count threads (kept parked between runs: a later start() makes none). Fewer when
// the system allows fewer (why says so) or when a thread took a task with it (m_poolLostTask).
void BatchRunner::ensureThreads(int count, QString *why)
{
    if (m_poolLostTask)
        renewPool();
    if (m_parkedThreads >= count)
        return;
    // The probe asks for the threads that are not there yet, alive together with those that are.
    const int startable = m_parkedThreads + startableThreads(count - m_parkedThreads, why);
    m_pool->setMaxThreadCount(std::max(startable, 1));
    m_parkedThreads = primeThreads(*m_pool, startable);
    m_lostThreads = startable - m_parkedThreads;
    m_poolLostTask = m_lostThreads > 0;
    if (m_poolLostTask && why->isEmpty())
        *why = trCore("Quire::Runner", "a thread could not be created");
}

void BatchRunner::prepareThreads(int count)
{
    if (m_running || count < 1)
        return;
    QString why;
    ensureThreads(threadsAllowedByDescriptorLimit(count), &why);
    m_pool->setMaxThreadCount(std::max(m_parkedThreads, 1) + m_lostThreads);
}

// Returns the writer threads running (0: none could start, why says so); durable mode's flusher,
// which only shortens the final sync, gets one more (*flusher) if the system allows it.
int BatchRunner::startWriterThreads(int wanted, bool durable, QString *why, bool *flusher)
{
    ensureThreads(wanted + (durable ? 1 : 0), why);
    const int writers = std::min(wanted, m_parkedThreads);
    *flusher = durable && m_parkedThreads > wanted;
    // The lost tasks' threads count as busy for ever: the capacity left is exactly what was primed.
    m_pool->setMaxThreadCount(writers + (*flusher ? 1 : 0) + m_lostThreads);
    return writers;
}

void BatchRunner::setWriterNiceIncrement(int increment)
{
    m_writerNiceIncrement = std::max(0, increment);
}

int BatchRunner::writerNiceIncrement() const
{
    return m_writerNiceIncrement;
}

bool BatchRunner::start(const Plan &plan)
{
    if (!plan.isValid() || plan.fileCount() <= 0 || m_running)
        return false;
    return start(RunRecord::forPlan(plan));
}

bool BatchRunner::start(const Plan &plan, WriteMethod method)
{
    if (!plan.isValid() || plan.fileCount() <= 0 || m_running)
        return false;
    auto record = RunRecord::forPlan(plan);
    record->job.writeMethod = method;
    return start(std::move(record));
}

bool BatchRunner::start(std::shared_ptr<RunRecord> record)
{
    if (!record || !record->plan || !record->ledger || !record->plan->isValid() || m_running)
        return false;
    m_running = true;
    m_record = std::move(record);
    m_summary = RunSummary{};
    m_failuresSent = 0;
    const Plan &plan = *m_record->plan;
    // Durable means complete files or none under every name, even after a crash: always atomic.
    m_loop = std::make_shared<WriteLoop>(m_record, plan.spec.durable ? WriteMethod::Atomic : m_record->job.writeMethod);
    const int wanted =
        threadsAllowedByDescriptorLimit(plan.spec.parallel > 0 ? plan.spec.parallel : defaultParallelWrites());
    QString why;
    bool flusher = false;
    const int threads = startWriterThreads(wanted, plan.spec.durable, &why, &flusher);
    if (threads == 0)
        return failToStart(why);
    if (threads < wanted)
        m_summary.warnings.append(trCore("Quire::Runner",
                                         "only %1 of %2 writer threads could start (%3): writing with %1; "
                                         "the process limit (ulimit -u) or memory is short")
                                      .arg(threads)
                                      .arg(wanted)
                                      .arg(why));
    // Saved before the first folder is made, so that undo knows every folder even after a crash.
    for (const QString &folder : TargetFolders::toCreate(plan)) {
        if (!m_record->createdFolders.contains(folder))
            m_record->createdFolders.append(folder);
    }
    Subfolders::recordMissing(*m_record); // nested names: the sub-folders too (issue 11)
    m_record->phase = RunPhase::Running;
    saveRecord();
    m_loop->beforeFile = m_fileHook;
    if (m_writerNiceIncrement > 0)
        m_loop->writerNice = niceBelowThisThread(m_writerNiceIncrement);
    m_loop->beforeVerify = m_verifyHook;
    m_loop->prepare(threads);
    m_writers = threads;
    m_cpuLoad = CpuLoadSampler(); // the first sample of the run only sets the starting point
    m_lastLoadSample.invalidate();
    m_elapsed.start();
    m_pausedMs = 0;
    std::shared_ptr<WriteLoop> loop = m_loop;
    if (flusher) // on a thread of its own, started before the writers take them all
        m_pool->start([loop] { loop->folders.flushWhileWriting(); });
    m_watcher.setFuture(QtConcurrent::map(m_pool.get(), loop->chunks(), [loop](const Chunk &c) { loop->runChunk(c); }));
    m_ticker.start();
    return true;
}

// Nothing is written, no folder made: the run stays resumable once threads can start again.
bool BatchRunner::failToStart(const QString &why)
{
    const QString then = m_record->journal ? trCore("Quire::Runner", ", then resume run %1").arg(m_record->id)
                                           : trCore("Quire::Runner", ", then run the job again");
    m_summary.jobErrors.append(trCore("Quire::Runner",
                                      "no writer thread could start: %1 (the process limit, ulimit -u, or "
                                      "memory is exhausted: end other processes of this user or raise the "
                                      "limit%2)")
                                   .arg(why, then));
    m_summary.counts.total = m_record->ledger->counts().of(FileStatus::Pending);
    m_summary.notAttempted = m_summary.counts.total;
    m_summary.stoppedOnError = true;
    m_record->jobErrors = m_summary.jobErrors;
    m_record->phase = RunPhase::StoppedOnError;
    saveRecord();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = false;
            emit finished(summary());
        },
        Qt::QueuedConnection);
    return true;
}

void BatchRunner::saveRecord()
{
    if (m_record && m_record->journal) {
        if (const QString error = m_record->journal->save(*m_record); !error.isEmpty())
            m_summary.jobErrors.append(error);
    }
}

void BatchRunner::pause()
{
    if (!isRunning() || isPaused() || m_watcher.isFinished())
        return;
    m_loop->gate.setPaused(true);
    m_watcher.suspend();
    m_pauseTimer.start();
    publish();
    emit pausedChanged(true);
}

void BatchRunner::resume()
{
    if (!isPaused())
        return;
    m_pausedMs += m_pauseTimer.elapsed();
    m_pauseTimer.invalidate();
    m_loop->gate.setPaused(false);
    m_watcher.resume();
    publish();
    emit pausedChanged(false);
}

void BatchRunner::cancel()
{
    if (!isRunning() || !m_loop)
        return;
    m_loop->gate.cancel();
    if (isPaused())
        resume();
    m_watcher.cancel();
}

bool BatchRunner::isRunning() const
{
    return m_running;
}

bool BatchRunner::isPaused() const
{
    return m_pauseTimer.isValid();
}

bool BatchRunner::isSuspended() const
{
    return isPaused() && m_loop && !m_loop->counters.anyBusy();
}

bool BatchRunner::isCancelling() const
{
    return m_running && m_loop && m_loop->gate.isCancelled();
}

void BatchRunner::setLeaveCoreWhenBusy(bool leave)
{
    m_leaveCoreWhenBusy = leave;
}

bool BatchRunner::leavesCoreWhenBusy() const
{
    return m_leaveCoreWhenBusy;
}

int BatchRunner::writerLimit() const
{
    return m_loop ? m_loop->writers.limit() : WriterLimit::Unlimited;
}

void BatchRunner::setCpuLoadSourceForTesting(std::function<std::optional<double>()> source)
{
    m_cpuLoadForTesting = std::move(source);
}

// Half a core used by others starts leaving one to the GUI thread, a quarter ends it: the gap keeps a
// load near the line from switching at every sample.
void BatchRunner::adjustWriterLimit()
{
    constexpr qint64 SampleMs = 500;
    if (!m_leaveCoreWhenBusy || m_writers < 2 || m_loop->gate.isPaused())
        return;
    if (!m_cpuLoadForTesting && m_lastLoadSample.isValid() && m_lastLoadSample.elapsed() < SampleMs)
        return;
    m_lastLoadSample.start();
    const std::optional<double> others = m_cpuLoadForTesting ? m_cpuLoadForTesting() : m_cpuLoad.sample();
    if (!others)
        return;
    const bool limited = m_loop->writers.limit() < m_writers;
    if (!limited && *others >= 0.5)
        m_loop->writers.setLimit(m_writers - 1);
    else if (limited && *others < 0.25)
        m_loop->writers.setLimit(WriterLimit::Unlimited);
}

void BatchRunner::setFileHookForTesting(std::function<void(qint64)> hook)
{
    m_fileHook = std::move(hook);
}

void BatchRunner::setVerifyHookForTesting(std::function<void(qint64, int, const QByteArray &)> hook)
{
    m_verifyHook = std::move(hook);
}

std::shared_ptr<RunRecord> BatchRunner::record() const
{
    return m_record;
}

RunProgress BatchRunner::progress() const
{
    RunProgress p;
    if (!m_loop)
        return p;
    p.total = m_loop->pendingAtStart();
    p.written = m_loop->counters.written();
    p.skipped = m_loop->counters.skipped();
    p.failed = m_loop->counters.failed();
    p.done = p.written + p.skipped + p.failed;
    p.bytes = m_loop->counters.bytes();
    p.paused = isPaused();
    const qint64 pausedNow = m_pauseTimer.isValid() ? m_pauseTimer.elapsed() : 0;
    p.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() - m_pausedMs - pausedNow : 0;
    if (!isRunning() && m_summary.counts.total > 0)
        p.elapsedMs = m_summary.counts.elapsedMs;
    p.filesPerSecond = p.elapsedMs > 0 ? double(p.done) * 1000.0 / double(p.elapsedMs) : 0.0;
    if (p.filesPerSecond > 0 && p.done > 0)
        p.etaMs = qint64(double(p.total - p.done) * 1000.0 / p.filesPerSecond);
    return p;
}

RunSummary BatchRunner::summary() const
{
    return m_summary;
}

void BatchRunner::publish()
{
    if (!m_loop)
        return;
    if (m_loop->gate.isStopped() && !m_watcher.isCanceled())
        m_watcher.cancel(); // stop at first error: no more chunks need to be dispatched
    QList<FileFailure> fresh;
    const RunLedger &ledger = *m_record->ledger;
    const qsizetype end = std::min(ledger.failureCount(), m_failuresSent + MaxFailuresPerTick);
    for (; m_failuresSent < end; ++m_failuresSent) {
        const LedgerFailure failure = ledger.failure(m_failuresSent);
        fresh.append(FileFailure{failure.position, m_record->indexAt(failure.position),
                                 m_record->filePath(failure.position), failure.message});
    }
    adjustWriterLimit();
    emit progressChanged(progress());
    if (!fresh.isEmpty())
        emit failuresAdded(fresh);
}

void BatchRunner::onWritesFinished()
{
    m_loop->folders.writesDone();
    // A cancel during the durable sync comes too late to stop anything: only earlier ones count.
    m_summary.cancelled = m_loop->gate.isCancelled();
    const bool interrupted = m_summary.cancelled || m_loop->gate.isStopped();
    if (m_record->plan->spec.durable && !interrupted) {
        // The journal's status bytes too (off the GUI thread: fdatasync of a 10 MB mapping can take long).
        std::shared_ptr<WriteLoop> loop = m_loop;
        std::shared_ptr<RunJournal> journal = m_record->journal;
        m_syncWatcher.setFuture(QtConcurrent::run(m_pool.get(), [loop, journal] {
            QStringList errors = loop->folders.sync();
            errors.append(loop->syncSubfolders());
            // A journal that did not reach the disk could not tell the truth after a power cut.
            if (const QString error = journal ? journal->sync() : QString(); !error.isEmpty())
                errors.append(trCore("Quire::Runner", "durable sync failed: ") + error);
            return errors;
        }));
        return;
    }
    finish();
}

void BatchRunner::onSyncFinished()
{
    m_summary.jobErrors.append(m_syncWatcher.result());
    finish();
}

void BatchRunner::finish()
{
    m_ticker.stop();
    const bool wasPaused = m_pauseTimer.isValid();
    if (wasPaused) {
        m_pausedMs += m_pauseTimer.elapsed();
        m_pauseTimer.invalidate();
    }
    m_summary.counts = progress();
    m_summary.counts.paused = false;
    m_summary.notAttempted = m_summary.counts.total - m_summary.counts.done;
    m_summary.stoppedOnError = m_loop->gate.isStopped() && !m_summary.cancelled;
    m_summary.jobErrors = m_loop->folders.errors() + m_loop->jobErrors() + m_summary.jobErrors;
    m_record->elapsedMs += m_summary.counts.elapsedMs;
    m_record->jobErrors = m_summary.jobErrors;
    m_record->phase = m_summary.cancelled        ? RunPhase::Cancelled
                      : m_summary.stoppedOnError ? RunPhase::StoppedOnError
                                                 : RunPhase::Finished;
    saveRecord();
    if (wasPaused)
        emit pausedChanged(false);
    drainFailures();
}

// Failures the ticks did not send yet (a run where thousands fail within a tick) go out
// MaxFailuresPerTick at a time, one event each, so the receiver stays responsive; finished() follows.
void BatchRunner::drainFailures()
{
    publish();
    if (m_failuresSent < m_record->ledger->failureCount()) {
        QMetaObject::invokeMethod(this, &BatchRunner::drainFailures, Qt::QueuedConnection);
        return;
    }
    m_running = false;
    emit finished(summary());
}

} // namespace Quire
