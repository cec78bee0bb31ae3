#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>

namespace Quire {

/** State of one file of a run; stored as one byte per file (in memory, or in the run's journal). */
enum class FileStatus : quint8 {
    Pending = 0,  ///< not attempted (yet, or never because the run was cancelled or stopped)
    InFlight = 1, ///< being written; after a crash: may be incomplete under its final name
    Created = 2,  ///< a new file
    Replaced = 3, ///< an existing file replaced (overwrite)
    Skipped = 4,  ///< existed, left alone by the skip policy
    Failed = 5,
    Undone = 6, ///< created by the run, then removed (or put back from its backup) by undo
};
constexpr int FileStatusCount = 7;

/** "not attempted", "in flight", "created", "replaced", "skipped", "failed", "undone". */
QString fileStatusName(FileStatus status);
/** The same words for people, in their language (the names above stay English in reports and JSON). */
QString fileStatusText(FileStatus status);
/** Written by the run: Created or Replaced. */
constexpr bool isWritten(FileStatus status)
{
    return status == FileStatus::Created || status == FileStatus::Replaced;
}

/**
 * Where a ledger keeps its status bytes, and who hears of names and failures as they happen: memory
 * only, or a run journal on disk that still knows after a crash.
 */
class LedgerStore
{
public:
    virtual ~LedgerStore() = default;
    /** count bytes, each a FileStatus; valid as long as the store. */
    [[nodiscard]] virtual quint8 *statusBytes() = 0;
    /** A file was written under another name than the planned one (rename policy). */
    virtual void nameChosen(qint64 position, const QString &name);
    virtual void failed(qint64 position, const QString &message);
    /** Retry starts over for the failed files: what failed() kept is obsolete. */
    virtual void failuresCleared();
};

/** A failure in the order it happened. */
struct LedgerFailure
{
    qint64 position = -1;
    QString message;
};

/** Files per status, read from the status bytes. */
struct StatusCounts
{
    std::array<qint64, FileStatusCount> byStatus{};

    [[nodiscard]] qint64 of(FileStatus status) const;
    [[nodiscard]] qint64 written() const; ///< created + replaced
};

/**
 * What happened to every file of a run: a status byte per file, the final name where it differs from
 * the planned one, and each failure's message (messages deduplicated: a million "No space left on
 * device" are stored once). Status updates are lock-free (one relaxed byte store); names and failures,
 * which are rare, take a mutex. Outlives the runner: reports, results, history, undo, resume and retry
 * read it.
 */
class RunLedger
{
public:
    /** With no store, the status bytes live in memory. */
    explicit RunLedger(qint64 count, std::unique_ptr<LedgerStore> store = {});
    ~RunLedger();
    Q_DISABLE_COPY_MOVE(RunLedger)

    [[nodiscard]] qint64 count() const;
    [[nodiscard]] FileStatus status(qint64 position) const
    {
        return FileStatus(std::atomic_ref<quint8>(m_status[position]).load(std::memory_order_relaxed));
    }
    void setStatus(qint64 position, FileStatus status)
    {
        std::atomic_ref<quint8>(m_status[position]).store(quint8(status), std::memory_order_relaxed);
    }

    void setFinalName(qint64 position, const QString &name);
    [[nodiscard]] QString finalName(qint64 position) const; ///< empty if the planned name was used

    /** Marks the file failed and keeps the message. */
    void addFailure(qint64 position, const QString &message);
    [[nodiscard]] QString message(qint64 position) const; ///< empty unless it failed
    [[nodiscard]] qsizetype failureCount() const;
    [[nodiscard]] LedgerFailure failure(qsizetype i) const;
    /** Every failed file back to Pending and the messages forgotten (retry). Returns how many. */
    qint64 resetFailed();

    /** For a journal being read back: what LedgerStore::nameChosen()/failed() had been told. */
    void restoreName(qint64 position, const QString &name);
    void restoreFailure(qint64 position, const QString &message);

    [[nodiscard]] StatusCounts counts() const;
    [[nodiscard]] LedgerStore *store() const;

private:
    void restoreFailureLocked(qint64 position, const QString &message);

    qint64 m_count;
    std::unique_ptr<LedgerStore> m_store;
    quint8 *m_status;
    mutable QMutex m_mutex;               ///< guards everything below
    QList<QPair<qint64, int>> m_failures; ///< position, message id
    QHash<qint64, int> m_failureByPosition;
    QStringList m_messages;
    QHash<QString, int> m_messageIds;
    QHash<qint64, QString> m_finalNames;
};

} // namespace Quire
