#include "core/run/batchrunner.h"

#include "core/run/runstate.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <dirent.h>
#include <sys/resource.h>

namespace Quire {

namespace {

constexpr int TickMs = 33;                     // front ends hear from us at most ~30 times a second
constexpr qsizetype MaxFailuresPerTick = 5000; // bounds the work a tick does on the receiving thread

qint64 chunkSizeFor(qint64 files, int threads)
{
    // Small enough for prompt cancel, pause and smooth progress; large enough that QtConcurrent's
    // per-item overhead disappears next to the file system calls.
    return std::clamp<qint64>(files / (qint64(threads) * 32), 8, 512);
}

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
    connect(&m_ticker, &QTimer::timeout, this, &BatchRunner::publish);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BatchRunner::onWritesFinished);
    connect(&m_syncWatcher, &QFutureWatcher<QStringList>::finished, this, &BatchRunner::onSyncFinished);
}

BatchRunner::~BatchRunner()
{
    if (m_state) {
        m_state->cancel.store(true);
        m_state->wake();
        m_state->writesDone();
    }
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_syncWatcher.waitForFinished();
}

bool BatchRunner::start(const Plan &plan, WriteMethod method)
{
    if (!plan.isValid() || plan.fileCount <= 0 || m_running)
        return false;
    m_running = true;
    m_plan = plan;
    m_summary = RunSummary{};
    m_failuresSent = 0;
    // Durable means complete files or none under every name, even after a crash: always atomic.
    m_state = std::make_shared<RunState>(plan, plan.spec.durable ? WriteMethod::Atomic : method);
    const int threads =
        threadsAllowedByDescriptorLimit(plan.spec.parallel > 0 ? plan.spec.parallel : defaultParallelWrites());
    m_pool.setMaxThreadCount(threads);
    const qint64 chunk = chunkSizeFor(plan.fileCount, threads);
    for (qint64 begin = 0; begin < plan.fileCount; begin += chunk)
        m_state->chunks.push_back(Chunk{begin, std::min(begin + chunk, plan.fileCount)});
    m_state->openFolders();
    m_elapsed.start();
    m_pausedMs = 0;
    std::shared_ptr<RunState> state = m_state;
    m_watcher.setFuture(QtConcurrent::map(&m_pool, state->chunks, [state](const Chunk &c) { state->runChunk(c); }));
    if (plan.spec.durable) // not on m_pool: its threads are the writers
        QThreadPool::globalInstance()->start([state] { state->flushWhileWriting(); });
    m_ticker.start();
    return true;
}

void BatchRunner::pause()
{
    if (!isRunning() || isPaused() || m_watcher.isFinished())
        return;
    m_state->setPaused(true);
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
    m_state->setPaused(false);
    m_watcher.resume();
    publish();
    emit pausedChanged(false);
}

void BatchRunner::cancel()
{
    if (!isRunning() || !m_state)
        return;
    m_state->cancel.store(true);
    const bool wasPaused = isPaused();
    if (wasPaused)
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
    return isPaused() && m_state && !m_state->anyBusy();
}

QFuture<void> BatchRunner::future() const
{
    return m_watcher.future();
}

const Plan &BatchRunner::plan() const
{
    return m_plan;
}

FileStatus BatchRunner::statusAt(qint64 position) const
{
    if (!m_state || position < 0 || position >= m_plan.fileCount)
        return FileStatus::Pending;
    return FileStatus(m_state->statuses[size_t(position)].load(std::memory_order_relaxed));
}

QString BatchRunner::messageAt(qint64 position) const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex);
    const auto it = m_state->failureByPosition.constFind(position);
    return it == m_state->failureByPosition.cend() ? QString() : m_state->messages.at(*it);
}

QString BatchRunner::finalNameAt(qint64 position) const
{
    if (m_state) {
        QMutexLocker locker(&m_state->mutex);
        const auto it = m_state->renamed.constFind(position);
        if (it != m_state->renamed.cend())
            return *it;
    }
    return m_plan.fileName(position);
}

RunProgress BatchRunner::progress() const
{
    RunProgress p;
    if (!m_state)
        return p;
    p.total = m_plan.fileCount;
    p.written = m_state->writtenCount();
    p.skipped = m_state->skipped.load(std::memory_order_relaxed);
    p.failed = m_state->failed.load(std::memory_order_relaxed);
    p.done = p.written + p.skipped + p.failed;
    p.bytes = m_state->byteCount();
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
    RunSummary result = m_summary;
    if (!m_state)
        return result;
    QMutexLocker locker(&m_state->mutex);
    result.failures.clear();
    result.failures.reserve(m_state->failures.size());
    for (qsizetype i = 0; i < m_state->failures.size(); ++i)
        result.failures.append(m_state->failureAt(i));
    return result;
}

void BatchRunner::publish()
{
    if (!m_state)
        return;
    if (m_state->stop.load(std::memory_order_relaxed) && !m_watcher.isCanceled())
        m_watcher.cancel(); // stop at first error: no more chunks need to be dispatched
    QList<FileFailure> fresh;
    {
        QMutexLocker locker(&m_state->mutex);
        const qsizetype end = std::min(m_state->failures.size(), m_failuresSent + MaxFailuresPerTick);
        for (; m_failuresSent < end; ++m_failuresSent)
            fresh.append(m_state->failureAt(m_failuresSent));
    }
    emit progressChanged(progress());
    if (!fresh.isEmpty())
        emit failuresAdded(fresh);
}

void BatchRunner::onWritesFinished()
{
    m_state->writesDone();
    // A cancel during the durable sync comes too late to stop anything: only earlier ones count.
    m_summary.cancelled = m_state->cancel.load();
    const bool interrupted = m_summary.cancelled || m_state->stop.load();
    if (m_plan.spec.durable && !interrupted) {
        std::shared_ptr<RunState> state = m_state;
        m_syncWatcher.setFuture(QtConcurrent::run(&m_pool, [state] { return state->syncFolders(); }));
        return;
    }
    finish();
}

void BatchRunner::onSyncFinished()
{
    m_summary.jobErrors = m_syncWatcher.result();
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
    m_summary.stoppedOnError = m_state->stop.load();
    for (const QString &error : std::as_const(m_state->folderErrors)) {
        if (!error.isEmpty())
            m_summary.jobErrors.append(error);
    }
    if (wasPaused)
        emit pausedChanged(false);
    drainFailures();
}

// Failures the ticks did not send yet (a run where thousands fail within a tick) go out
// MaxFailuresPerTick at a time, one event each, so the receiver stays responsive; finished() follows.
void BatchRunner::drainFailures()
{
    publish();
    bool more = false;
    {
        QMutexLocker locker(&m_state->mutex);
        more = m_failuresSent < m_state->failures.size();
    }
    if (more) {
        QMetaObject::invokeMethod(this, &BatchRunner::drainFailures, Qt::QueuedConnection);
        return;
    }
    m_running = false;
    emit finished(summary());
}

} // namespace Quire
