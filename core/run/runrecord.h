#pragma once

#include "core/job/jobspec.h"
#include "core/run/runledger.h"
#include "core/run/runresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Quire {

struct Plan;
class RunJournal;

/** Where a run stands. Interrupted is never saved: a journal that says Running but whose lock is free was interrupted.
 */
enum class RunPhase : quint8 {
    Running,
    Finished, ///< every file attempted (some may have failed)
    Cancelled,
    StoppedOnError,
    Interrupted, ///< the process died (kill -9, crash, power) while writing
    Undone,
};
QString runPhaseName(RunPhase phase); ///< "running", "finished", "cancelled", "stopped", "interrupted", "undone"
/** The same words for people, in their language (the names above stay English in JSON and journals). */
QString runPhaseText(RunPhase phase);
std::optional<RunPhase> runPhaseFromName(const QString &name);

/**
 * A run as it happened: the job exactly as run, the ledger of every file, and where it stands. It
 * outlives the runner (the report, the results view, history, undo, resume and retry read it) and,
 * with a journal, the process.
 */
struct RunRecord
{
    QString id;      ///< "20261202-003012-4f1a": sorts by start
    JobSpec job;     ///< as run: folders absolute, content resolved (no content file), seed and method set
    QDateTime start; ///< {date}/{time}; also what resume and retry render with
    qint64 fileCount = 0;
    RunPhase phase = RunPhase::Running;
    qint64 elapsedMs = 0;       ///< writing time of the run and its resumes and retries together
    QStringList jobErrors;      ///< failures of the run as a whole (folder creation, durable sync, a writer crash)
    QStringList createdFolders; ///< made by the run (mkdir -p), outermost first: undo removes them when empty
    std::shared_ptr<const Plan> plan;    ///< what each position is: names and bytes
    std::shared_ptr<RunLedger> ledger;   ///< what happened to each position
    std::shared_ptr<RunJournal> journal; ///< null for a run without journal (--no-journal)
    /** Where an overwrite run with job.backup keeps the files it replaces (inside the journal); set by the journal. */
    QString backupFolder;

    /** A record for a plan about to run, with a fresh id and the ledger in memory. */
    static std::shared_ptr<RunRecord> forPlan(const Plan &plan);
    /** A fresh id for a run starting at start: date, time and a random tag. */
    static QString newId(const QDateTime &start);

    [[nodiscard]] QString fileName(qint64 position) const; ///< as written: the ledger's final name, else the plan's
    [[nodiscard]] QString filePath(qint64 position) const;
    [[nodiscard]] QString folderOf(qint64 position) const;
    [[nodiscard]] qint64 indexAt(qint64 position) const;
    [[nodiscard]] StatusCounts counts() const;
    /** Every failure so far, in the order they happened, with index and path: built on demand. */
    [[nodiscard]] QList<FileFailure> failures() const;

    /** Everything but the job and the ledger: what run.json of a journal holds. */
    [[nodiscard]] QJsonObject stateJson() const;
    /** Reads stateJson() back; false and an error naming the bad key otherwise. */
    bool readStateJson(const QJsonObject &json, QString *error);
};

} // namespace Quire
