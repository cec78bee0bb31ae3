#pragma once

#include "core/journal/journalledgerstore.h"

#include <QString>
#include <QStringView>

#include <array>
#include <sys/types.h>

namespace Quire {

struct JobSpec;
struct RunRecord;
class RunLedger;
struct StatusCounts;

/** The files of one journal folder, read and written with the OS's reasons (JournalStore's parts). */
namespace JournalFiles {

constexpr QStringView JobFile = u"job.json";
constexpr QStringView RunFile = u"run.json";
constexpr QStringView StatusName = u"status";
constexpr QStringView NamesFile = u"names.log";
constexpr QStringView FailuresFile = u"failures.log";

QString inFolder(const QString &folder, QStringView name);
/** open(2) with O_CLOEXEC: no child or daemon ever inherits a journal's lock. */
int openPath(const QString &path, int flags, mode_t mode = 0);
/** mkdir with mode 0700; true if it exists afterwards. */
bool makeDir(const QString &path);
/** True when nobody holds the status file's lock (or there is no status file to lock). */
bool lockIsFree(const QString &folder);
/** Writes a temporary file beside path and renames it over path; empty or the error. */
QString writeAtomically(const QString &path, const QByteArray &data);

// The readers below return empty, or a sentence naming the file and what is wrong with it.
QString readJob(const QString &folder, JobSpec *job);
QString readState(const QString &folder, RunRecord *record);

/** A status file's descriptor (closed with it), size and header. */
struct StatusFile
{
    int fd = -1;
    qint64 size = 0;
    StatusFileHeader header;

    StatusFile() = default;
    ~StatusFile();
    Q_DISABLE_COPY_MOVE(StatusFile)
    int release();
};

/** Opens the status file (flags as open(2)) and checks its header and size against expectedCount files. */
QString openStatus(const QString &folder, qint64 expectedCount, int flags, StatusFile *status);
/** Creates, locks (LOCK_EX), sizes and maps (MAP_SHARED) the status file of count files. */
QString createStatus(const QString &folder, qint64 count, StatusFile *status, void **map);

using Histogram = std::array<qint64, 256>;
void tally(const quint8 *bytes, qint64 size, Histogram &histogram);
/** Fills counts from a histogram of status bytes; a problem if some are no FileStatus. */
QString statusProblem(const Histogram &histogram, StatusCounts *counts);
/** Reads the status bytes in big blocks: no object per file, fast for 10,000,000 files. */
QString countStatuses(const StatusFile &status, StatusCounts *counts);
/** Replays names.log (failures false) or failures.log into ledger; a bad line is named by its number. */
QString restoreLog(const QString &folder, QStringView name, RunLedger *ledger, bool failures);

} // namespace JournalFiles

} // namespace Quire
