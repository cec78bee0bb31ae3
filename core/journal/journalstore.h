#pragma once

#include "core/run/runrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Quire {

struct Plan;

/** One line of the history: read from a journal's small run file, without mapping its status. */
struct RunInfo
{
    QString id;
    RunPhase phase = RunPhase::Running; ///< Interrupted when it says Running and nobody holds its lock
    QDateTime start;
    QStringList folders;
    qint64 files = 0;
    StatusCounts counts; ///< from the status bytes
    qint64 elapsedMs = 0;
    std::optional<Shard> shard; ///< the run wrote this slice of its job (--shard)
    QString problem;            ///< set when the journal is damaged: what is wrong (the rest may be empty)
};

/**
 * The folder that holds one journal per run ($XDG_DATA_HOME/quire/runs/ID/ by default), never the
 * user's folders. A journal is: job.json (the job as run), run.json (RunRecord::stateJson), status
 * (a header, then one status byte per file, memory-mapped and updated by the writers as they go,
 * locked with flock while a process works on the run), names.log and failures.log (appended as
 * they happen), and backup/ (files replaced under --backup).
 */
class JournalStore
{
public:
    enum class Access : quint8 {
        Read,  ///< history, show: no lock taken, a run in progress can be read
        Write, ///< undo, resume, retry: locked for this process; refused while another holds it
    };

    explicit JournalStore(QString root = defaultRoot());
    /** $XDG_DATA_HOME/quire/runs (QStandardPaths::GenericDataLocation), shared by quire and quire-cli. */
    static QString defaultRoot();
    [[nodiscard]] QString root() const;

    /**
     * A journal for a plan about to run: writes job.json and run.json (Running), maps and locks the
     * status file, and returns the record (ledger in the journal). Prunes the oldest runs past keep.
     * nullptr and error (with the OS's reason) if the journal cannot be written.
     */
    std::shared_ptr<RunRecord> create(const Plan &plan, QString *error, int keep = DefaultKeep);

    /** Every run, newest first; a damaged journal is listed with its problem, never skipped. */
    [[nodiscard]] QList<RunInfo> list() const;

    /** Why open() failed, so that a front end can word it without reading the (translated) message. */
    enum class OpenFailure {
        None,
        UnknownRun, ///< no such id, or no run at all for "last"
        InUse,      ///< Write: another process holds the run's lock; trying again later can work
        Damaged,    ///< the journal's files cannot be read or make no sense
    };

    /**
     * A run by id, or "last" for the newest. The record's plan is planned again from job.json with
     * the recorded start and seed (no conflict scan, no folder checks: it is what was run). nullptr
     * and a specific error for an unknown id, a damaged journal, or (Write) a run another process holds;
     * failure (if given) says which.
     */
    std::shared_ptr<RunRecord> open(const QString &id, Access access, QString *error,
                                    OpenFailure *failure = nullptr) const;

    /** Removes the oldest journals past keep (never a locked one). Returns how many were removed. */
    int prune(int keep, QStringList *errors) const;

    static constexpr int DefaultKeep = 100;

private:
    QString m_root;
};

/** The journal of one run, held by its RunRecord: saves its state and keeps its lock. */
class RunJournal
{
public:
    /** lockFd: the status file's descriptor, locked LOCK_EX, now owned; -1 for a journal opened for reading. */
    RunJournal(QString folder, int lockFd);
    ~RunJournal(); ///< releases the lock
    Q_DISABLE_COPY_MOVE(RunJournal)

    [[nodiscard]] QString folder() const;
    /** backup/ inside the journal, created on first use; "" and error if it cannot be. */
    QString backupFolder(QString *error);
    /** Rewrites run.json atomically from the record; empty or the error (always one when opened for reading). */
    QString save(const RunRecord &record) const;
    /**
     * Flushes the status bytes to disk; the page cache already survives a killed process. Returns the
     * error (the journal's folder and the OS's reason), or an empty string.
     */
    [[nodiscard]] QString sync() const;

private:
    QString m_folder;
    int m_lockFd;
};

} // namespace Quire
