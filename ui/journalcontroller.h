#pragma once

#include "core/journal/journalstore.h"
#include "core/journal/runactions.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace Quire {

/** What one journal action off the GUI thread gave: the record it worked on and its own result. */
struct JournalOutcome
{
    std::shared_ptr<RunRecord> record; ///< null if it could not be opened (error says why)
    QString error;
    UndoResult undo;
    RunActions::ResumeCheck resume;
    qint64 retryCount = 0;
};

/**
 * The journals, off the GUI thread: listing, opening, undo, resume and retry preparation and reports run
 * on a pool of its own and answer on the GUI thread through a callback tied to a context object. A
 * journal this process holds (the run just made, a run opened for undo) keeps its lock as long as its
 * record lives, so the controller remembers those records and hands them out again instead of opening
 * the journal a second time (which its own lock would refuse).
 */
class JournalController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalController)

public:
    using Done = std::function<void(const JournalOutcome &outcome)>;
    using Listed = std::function<void(const QList<RunInfo> &runs)>;

    /** root: where the journals are; JournalStore's default when empty. */
    explicit JournalController(QObject *parent = nullptr, const QString &root = {});
    ~JournalController() override; ///< waits for the actions still running

    [[nodiscard]] QString root() const;
    /** A record with a journal of this process: open() returns it for its id. */
    void remember(const std::shared_ptr<RunRecord> &record);
    /** An action that writes (undo, resume, retry preparation) is going on. */
    [[nodiscard]] bool isBusy() const;

    void list(QObject *context, const Listed &done);
    /** Opens id ("last" for the newest); Write locks it for this process. */
    void open(const QString &id, JournalStore::Access access, QObject *context, const Done &done);
    void undo(const std::shared_ptr<RunRecord> &record, bool dryRun, QObject *context, const Done &done);
    void prepareResume(const std::shared_ptr<RunRecord> &record, QObject *context, const Done &done);
    void prepareRetry(const std::shared_ptr<RunRecord> &record, QObject *context, const Done &done);
    /** Report::write of record to path; done gets its error (empty on success). */
    void writeReport(const std::shared_ptr<const RunRecord> &record, const QString &path, QObject *context,
                     const std::function<void(const QString &error)> &done);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** From a real undo, now and then. */
    void undoProgress(qint64 done, qint64 total);

private:
    [[nodiscard]] std::shared_ptr<RunRecord> held(const QString &id) const;
    void runWriting(std::function<JournalOutcome()> work, QObject *context, const Done &done);

    QString m_root;
    QThreadPool m_pool;
    int m_writing = 0;
    mutable QMutex m_heldMutex; ///< the workers resolve ids against m_held too
    std::vector<std::weak_ptr<RunRecord>> m_held;
};

} // namespace Quire
