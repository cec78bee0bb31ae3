#include "ui/journalcontroller.h"

#include "core/output/report.h"
#include "ui/async.h"

#include <QMutexLocker>
#include <QPointer>

#include <algorithm>

namespace Quire {

JournalController::JournalController(QObject *parent, const QString &root)
    : QObject(parent)
    , m_root(root.isEmpty() ? JournalStore::defaultRoot() : root)
{
    m_pool.setMaxThreadCount(2); // a list can run beside an undo
}

JournalController::~JournalController()
{
    m_pool.waitForDone();
}

QString JournalController::root() const
{
    return m_root;
}

void JournalController::remember(const std::shared_ptr<RunRecord> &record)
{
    if (!record || !record->journal)
        return;
    const QMutexLocker locker(&m_heldMutex);
    std::erase_if(m_held, [](const std::weak_ptr<RunRecord> &held) { return held.expired(); });
    m_held.push_back(record);
}

bool JournalController::isBusy() const
{
    return m_writing > 0;
}

std::shared_ptr<RunRecord> JournalController::held(const QString &id) const
{
    const QMutexLocker locker(&m_heldMutex);
    for (const std::weak_ptr<RunRecord> &weak : m_held) {
        if (std::shared_ptr<RunRecord> record = weak.lock(); record && record->id == id)
            return record;
    }
    return nullptr;
}

void JournalController::list(QObject *context, const Listed &done)
{
    const QString root = m_root;
    runAsync(
        &m_pool, context, [root] { return JournalStore(root).list(); }, done);
}

void JournalController::open(const QString &id, JournalStore::Access access, QObject *context, const Done &done)
{
    auto work = [this, id, access] {
        const JournalStore store(m_root);
        QString resolved = id;
        if (id == QLatin1String("last")) {
            const QList<RunInfo> runs = store.list();
            resolved = runs.isEmpty() ? id : runs.constFirst().id;
        }
        JournalOutcome outcome;
        outcome.record = held(resolved);
        if (!outcome.record)
            outcome.record = store.open(resolved, access, &outcome.error);
        return outcome;
    };
    if (access == JournalStore::Access::Read) {
        runAsync(&m_pool, context, std::move(work), done);
        return;
    }
    runWriting(std::move(work), context, [this, done](const JournalOutcome &outcome) {
        remember(outcome.record);
        done(outcome);
    });
}

void JournalController::undo(const std::shared_ptr<RunRecord> &record, bool dryRun, QObject *context, const Done &done)
{
    // Progress is sent to the GUI thread through this object: the call comes from the worker.
    QPointer<JournalController> self(this);
    auto progress = [self](qint64 doneCount, qint64 total) {
        QMetaObject::invokeMethod(
            self, [self, doneCount, total] { Q_EMIT self->undoProgress(doneCount, total); }, Qt::QueuedConnection);
    };
    runWriting(
        [record, dryRun, progress] {
            JournalOutcome outcome{record, {}, {}, {}, 0};
            outcome.undo = RunActions::undo(*record, dryRun, dryRun ? RunActions::Progress() : progress);
            outcome.error = outcome.undo.error;
            return outcome;
        },
        context, done);
}

void JournalController::prepareResume(const std::shared_ptr<RunRecord> &record, QObject *context, const Done &done)
{
    runWriting(
        [record] {
            JournalOutcome outcome{record, {}, {}, {}, 0};
            outcome.resume = RunActions::prepareResume(*record);
            outcome.error = outcome.resume.error;
            return outcome;
        },
        context, done);
}

void JournalController::prepareRetry(const std::shared_ptr<RunRecord> &record, QObject *context, const Done &done)
{
    runWriting(
        [record] {
            JournalOutcome outcome{record, {}, {}, {}, 0};
            outcome.retryCount = RunActions::prepareRetry(*record, &outcome.error);
            return outcome;
        },
        context, done);
}

void JournalController::writeReport(const std::shared_ptr<const RunRecord> &record, const QString &path,
                                    QObject *context, const std::function<void(const QString &error)> &done)
{
    runAsync(
        &m_pool, context, [record, path] { return Report::write(*record, path); }, done);
}

void JournalController::runWriting(std::function<JournalOutcome()> work, QObject *context, const Done &done)
{
    if (++m_writing == 1)
        Q_EMIT busyChanged(true);
    // The watcher lives on this object, so the count comes down even if context is gone by then.
    runAsync(&m_pool, this, std::move(work), [this, context = QPointer<QObject>(context), done](auto outcome) {
        if (--m_writing == 0)
            Q_EMIT busyChanged(false);
        if (context)
            done(outcome);
    });
}

} // namespace Quire
