#pragma once

#include "core/run/runledger.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Quire {

/** A file that could not be written, with the OS's reason. */
struct FileFailure
{
    qint64 position = -1; ///< see Plan; -1 for a failure of the whole job (e.g. syncfs)
    qint64 index = 0;
    QString path;
    QString message; ///< e.g. "No space left on device"
};

/** Counters of a run in progress; sent to front ends at most ~30 times a second. */
struct RunProgress
{
    qint64 total = 0;
    qint64 done = 0;    ///< written + skipped + failed
    qint64 written = 0; ///< created + replaced
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 bytes = 0; ///< bytes written so far
    qint64 elapsedMs = 0;
    double filesPerSecond = 0;
    qint64 etaMs = -1; ///< -1 while unknown
    bool paused = false;
};

/** What a run (or a resume, or a retry) did, exactly; each file's outcome is in the record's ledger. */
struct RunSummary
{
    RunProgress counts;
    qint64 notAttempted = 0; ///< cancelled or stopped before these were tried
    bool cancelled = false;
    bool stoppedOnError = false;
    QStringList jobErrors; ///< failures of the job as a whole (folder creation, durable sync)
    QStringList warnings;  ///< known when the run starts, e.g. fewer writer threads than asked

    [[nodiscard]] bool success() const; ///< nothing failed and nothing left undone
};

} // namespace Quire

Q_DECLARE_METATYPE(Quire::RunProgress)
Q_DECLARE_METATYPE(Quire::RunSummary)
Q_DECLARE_METATYPE(Quire::FileFailure)
