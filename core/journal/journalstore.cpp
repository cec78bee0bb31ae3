#include "core/journal/journalstore.h"

#include "core/base/oserror.h"
#include "core/base/progressformat.h"
#include "core/base/translations.h"
#include "core/journal/journalfiles.h"
#include "core/journal/journalledgerstore.h"
#include "core/plan/planner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Quire::JournalFiles;

namespace Quire {

namespace {

QDateTime startFromId(const QString &id)
{
    return QDateTime::fromString(id.left(15), u"yyyyMMdd-HHmmss"_s);
}

/**
 * run.json read again once the lock is known to be free (or ours): a run that ended in between saved
 * its final phase before it let go of the lock. Running then means interrupted.
 */
QString rereadState(const QString &folder, RunRecord *record)
{
    const QString id = record->id;
    QString problem = readState(folder, record);
    record->id = id;
    if (problem.isEmpty() && record->phase == RunPhase::Running)
        record->phase = RunPhase::Interrupted;
    return problem;
}

RunInfo readInfo(const QString &root, const QString &id, bool withCounts)
{
    const QString folder = inFolder(root, id);
    RunInfo info;
    info.id = id;
    QStringList problems;
    RunRecord state;
    if (QString problem = readState(folder, &state); problem.isEmpty()) {
        info.phase = state.phase;
        info.start = state.start;
        info.files = state.fileCount;
        info.elapsedMs = state.elapsedMs;
    } else {
        info.start = startFromId(id); // still sorts where it belongs
        problems.append(problem);
    }
    JobSpec job;
    if (QString problem = readJob(folder, &job); problem.isEmpty()) {
        info.folders = job.folders;
        info.shard = job.shard;
    } else
        problems.append(problem);
    if (withCounts && problems.isEmpty()) {
        StatusFile status;
        QString problem = openStatus(folder, info.files, O_RDONLY, &status);
        if (problem.isEmpty())
            problem = countStatuses(status, &info.counts);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (info.phase == RunPhase::Running && lockIsFree(folder))
        info.phase = rereadState(folder, &state).isEmpty() ? state.phase : RunPhase::Interrupted;
    info.problem = problems.join(u' ');
    return info;
}

/** Folders that hold a journal; hidden ones (".ID.partial") are journals still being created. */
QStringList runIds(const QString &root)
{
    QStringList ids;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = inFolder(root, name);
        if (QFile::exists(inFolder(folder, RunFile)) || QFile::exists(inFolder(folder, JobFile)) ||
            QFile::exists(inFolder(folder, StatusName)))
            ids.append(name);
    }
    return ids;
}

QList<RunInfo> scan(const QString &root, bool withCounts)
{
    QList<RunInfo> runs;
    for (const QString &id : runIds(root))
        runs.append(readInfo(root, id, withCounts));
    std::sort(runs.begin(), runs.end(),
              [](const RunInfo &a, const RunInfo &b) { return a.start != b.start ? a.start > b.start : a.id > b.id; });
    return runs;
}

/** Reserves root/ID (an empty folder: list() ignores it) and makes root/.ID.partial to build the journal in. */
QString reserveFolder(const QString &root, RunRecord *record, QString *partial)
{
    if (!QDir().mkpath(QFileInfo(root).path()) || !makeDir(root))
        return trCore("Quire::Journal", "Cannot create %1: %2").arg(root, osMessage(errno));
    for (int attempt = 0; ::mkdir(QFile::encodeName(inFolder(root, record->id)).constData(), 0700) != 0; ++attempt) {
        if (errno != EEXIST || attempt == 100)
            return trCore("Quire::Journal", "Cannot create %1: %2").arg(inFolder(root, record->id), osMessage(errno));
        record->id = RunRecord::newId(record->start); // the same second and the same random tag
    }
    *partial = root + u"/."_s + record->id + u".partial"_s;
    if (::mkdir(QFile::encodeName(*partial).constData(), 0700) != 0)
        return trCore("Quire::Journal", "Cannot create %1: %2").arg(*partial, osMessage(errno));
    return {};
}

QString inUseMessage(const QString &id, const QString &folder, qint64 pid)
{
    const QString holder = pid == ::getpid() ? trCore("Quire::Journal", "this Quire process (pid %1)").arg(pid)
                           : pid > 0         ? trCore("Quire::Journal", "another Quire process (pid %1)").arg(pid)
                                             : trCore("Quire::Journal", "another Quire process (pid unknown)");
    return trCore("Quire::Journal",
                  "Run %1 is in use by %2: its journal %3 is locked. Try again when that run has ended.")
        .arg(id, holder, inFolder(folder, StatusName));
}

/** Maps the status file into record's ledger and restores names and failures; Write also locks it. */
QString attachLedger(const QString &folder, JournalStore::Access access, RunRecord *record, int *lockFd, bool *inUse)
{
    const bool write = access == JournalStore::Access::Write;
    StatusFile status;
    if (QString problem = openStatus(folder, record->fileCount, write ? O_RDWR : O_RDONLY, &status); !problem.isEmpty())
        return problem;
    if (write && ::flock(status.fd, LOCK_EX | LOCK_NB) != 0) {
        *inUse = errno == EWOULDBLOCK;
        return *inUse ? inUseMessage(record->id, folder, status.header.pid)
                      : trCore("Quire::Journal", "status file cannot be locked: %1.").arg(osMessage(errno));
    }
    // With the lock (Write), or with a free one, the run.json read before may be out of date.
    if (write || (record->phase == RunPhase::Running && lockIsFree(folder))) {
        if (QString problem = rereadState(folder, record); !problem.isEmpty())
            return problem;
    }
    if (write) {
        const QByteArray head = StatusFileHeader{record->fileCount, ::getpid()}.bytes();
        (void)::pwrite(status.fd, head.constData() + StatusFileHeader::PidOffset, 8, StatusFileHeader::PidOffset);
    }
    // Read maps copy-on-write: the ledger may be changed in memory, the journal never is.
    void *map =
        ::mmap(nullptr, size_t(status.size), PROT_READ | PROT_WRITE, write ? MAP_SHARED : MAP_PRIVATE, status.fd, 0);
    if (map == MAP_FAILED)
        return trCore("Quire::Journal", "status file cannot be mapped: %1.").arg(osMessage(errno));
    auto store = std::make_unique<JournalLedgerStore>(folder, map, status.size, write);
    Histogram histogram{};
    tally(store->statusBytes(), record->fileCount, histogram);
    StatusCounts counts;
    if (QString problem = statusProblem(histogram, &counts); !problem.isEmpty())
        return problem;
    record->ledger = std::make_shared<RunLedger>(record->fileCount, std::move(store));
    if (QString problem = restoreLog(folder, NamesFile, record->ledger.get(), false); !problem.isEmpty())
        return problem;
    if (QString problem = restoreLog(folder, FailuresFile, record->ledger.get(), true); !problem.isEmpty())
        return problem;
    *lockFd = write ? status.release() : -1;
    return {};
}

QString replanRecord(RunRecord *record)
{
    Plan plan = Planner::replan(record->job, record->start);
    if (!plan.isValid())
        return trCore("Quire::Journal", "job.json cannot be planned again: %1").arg(plan.errors().constFirst().message);
    if (plan.fileCount() != record->fileCount)
        return trCore("Quire::Journal", "job.json describes %1 files, run.json %2.")
            .arg(formatCount(plan.fileCount()), formatCount(record->fileCount));
    // A run killed before its mkdir -p made them: resume and retry may make them again, and only them.
    for (FolderPlan &folder : plan.folders)
        folder.create = record->createdFolders.contains(folder.path);
    record->plan = std::make_shared<const Plan>(std::move(plan));
    return {};
}

QString resolveId(const QString &root, const QString &id, QString *error)
{
    if (id == u"last") {
        const QList<RunInfo> runs = scan(root, false);
        if (runs.isEmpty())
            *error = trCore("Quire::Journal", "No run is recorded in %1 yet.").arg(root);
        return runs.isEmpty() ? QString() : runs.constFirst().id;
    }
    const QStringList ids = runIds(root);
    if (!id.isEmpty() && ids.contains(id))
        return id;
    QStringList matches;
    for (const QString &candidate : ids) {
        if (!id.isEmpty() && candidate.startsWith(id))
            matches.append(candidate);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    std::sort(matches.begin(), matches.end(), std::greater<>());
    if (matches.isEmpty())
        *error = trCore("Quire::Journal", "No run \"%1\" is recorded in %2.").arg(id, root);
    else
        *error = trCore("Quire::Journal", "Run id \"%1\" is ambiguous: it matches %2 runs (%3).")
                     .arg(id)
                     .arg(matches.size())
                     .arg(matches.mid(0, 5).join(u", ") + (matches.size() > 5 ? u", ..."_s : QString()));
    return {};
}

} // namespace

JournalStore::JournalStore(QString root)
    : m_root(std::move(root))
{
}

QString JournalStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/quire/runs"_s;
}

QString JournalStore::root() const
{
    return m_root;
}

namespace {

// An overwrite run with --backup keeps the files it replaces in its journal: undo puts them back.
QString attachBackup(RunRecord &record)
{
    if (!record.job.backup || record.job.ifExists != IfExists::Overwrite)
        return {};
    QString error;
    record.backupFolder = record.journal->backupFolder(&error);
    return record.backupFolder.isEmpty() ? error : QString();
}

} // namespace

std::shared_ptr<RunRecord> JournalStore::create(const Plan &plan, QString *error, int keep)
{
    if (!plan.isValid()) {
        if (error)
            *error = trCore("Quire::Journal", "Cannot create a journal for a plan with errors: %1")
                         .arg(plan.errors().constFirst().message);
        return nullptr;
    }
    std::shared_ptr<RunRecord> record = RunRecord::forPlan(plan);
    record->phase = RunPhase::Running;
    QString partial;
    StatusFile status;
    void *map = MAP_FAILED;
    QString problem = reserveFolder(m_root, record.get(), &partial);
    if (problem.isEmpty())
        problem = createStatus(partial, record->fileCount, &status, &map);
    if (problem.isEmpty())
        problem = writeAtomically(inFolder(partial, JobFile), QJsonDocument(record->job.toJson()).toJson());
    if (problem.isEmpty())
        problem = writeAtomically(inFolder(partial, RunFile), QJsonDocument(record->stateJson()).toJson());
    const QString folder = inFolder(m_root, record->id);
    // Over the empty reserved folder, in one step: list() never sees half a journal.
    if (problem.isEmpty() && ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(folder).constData()))
        problem = trCore("Quire::Journal", "Cannot rename %1 to %2: %3").arg(partial, folder, osMessage(errno));
    if (!problem.isEmpty()) {
        if (map != MAP_FAILED)
            ::munmap(map, size_t(status.size));
        std::error_code ignored;
        if (!partial.isEmpty())
            std::filesystem::remove_all(QFile::encodeName(partial).toStdString(), ignored);
        ::rmdir(QFile::encodeName(folder).constData());
        if (error)
            *error = trCore("Quire::Journal", "Cannot create the journal of run %1: %2").arg(record->id, problem);
        return nullptr;
    }
    auto store = std::make_unique<JournalLedgerStore>(folder, map, status.size, true);
    record->ledger = std::make_shared<RunLedger>(record->fileCount, std::move(store));
    record->journal = std::make_shared<RunJournal>(folder, status.release());
    if (const QString backupError = attachBackup(*record); !backupError.isEmpty()) {
        if (error)
            *error = trCore("Quire::Journal", "Cannot create the journal of run %1: %2").arg(record->id, backupError);
        return nullptr;
    }
    // What cannot be pruned now (removed by hand, permissions) is tried again after the next run.
    QStringList pruneErrors;
    prune(keep, &pruneErrors);
    return record;
}

QList<RunInfo> JournalStore::list() const
{
    return scan(m_root, true);
}

std::shared_ptr<RunRecord> JournalStore::open(const QString &id, Access access, QString *error,
                                              OpenFailure *failure) const
{
    OpenFailure ignored = OpenFailure::None;
    if (!failure)
        failure = &ignored;
    *failure = OpenFailure::None;
    QString resolveError;
    const QString resolved = resolveId(m_root, id, &resolveError);
    if (resolved.isEmpty()) {
        *failure = OpenFailure::UnknownRun;
        if (error)
            *error = resolveError;
        return nullptr;
    }
    const QString folder = inFolder(m_root, resolved);
    auto record = std::make_shared<RunRecord>();
    QString problem = readState(folder, record.get());
    record->id = resolved; // the folder's name is the id history showed
    if (problem.isEmpty())
        problem = readJob(folder, &record->job);
    int lockFd = -1;
    bool inUse = false;
    if (problem.isEmpty())
        problem = attachLedger(folder, access, record.get(), &lockFd, &inUse);
    record->journal = std::make_shared<RunJournal>(folder, lockFd); // from here on, the lock is released on return
    if (problem.isEmpty())
        problem = replanRecord(record.get());
    if (problem.isEmpty() && access == Access::Write)
        problem = attachBackup(*record);
    if (problem.isEmpty())
        return record;
    *failure = inUse ? OpenFailure::InUse : OpenFailure::Damaged;
    if (error)
        *error = inUse ? problem
                       : trCore("Quire::Journal", "Run %1 cannot be read from %2: %3").arg(resolved, folder, problem);
    return nullptr;
}

int JournalStore::prune(int keep, QStringList *errors) const
{
    // Every run prunes: a listing of names answers the usual case without reading any journal.
    if (runIds(m_root).size() <= std::max(keep, 0))
        return 0;
    const QList<RunInfo> runs = scan(m_root, false);
    int removed = 0;
    for (qsizetype i = std::max(keep, 0); i < runs.size(); ++i) {
        const QString folder = inFolder(m_root, runs.at(i).id);
        // Held while removing, so that no process takes the run up in between.
        StatusFile status;
        status.fd = openPath(inFolder(folder, StatusName), O_RDONLY);
        if (status.fd >= 0 && ::flock(status.fd, LOCK_EX | LOCK_NB) != 0)
            continue;
        std::error_code failure;
        std::filesystem::remove_all(QFile::encodeName(folder).toStdString(), failure);
        if (!failure) {
            ++removed;
        } else if (errors) {
            errors->append(trCore("Quire::Journal", "Cannot remove the journal %1: %2")
                               .arg(folder, QString::fromStdString(failure.message())));
        }
    }
    return removed;
}

RunJournal::RunJournal(QString folder, int lockFd)
    : m_folder(std::move(folder))
    , m_lockFd(lockFd)
{
}

RunJournal::~RunJournal()
{
    if (m_lockFd < 0)
        return;
    // The holder's pid goes with the lock, so that "in use by pid N" never names a process long gone.
    const char noPid[8] = {};
    (void)::pwrite(m_lockFd, noPid, sizeof noPid, StatusFileHeader::PidOffset);
    ::close(m_lockFd);
}

QString RunJournal::folder() const
{
    return m_folder;
}

QString RunJournal::backupFolder(QString *error)
{
    const QString path = inFolder(m_folder, u"backup");
    if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
        return path;
    const int failure = errno;
    if (failure == EEXIST && QFileInfo(path).isDir())
        return path;
    if (error)
        *error = trCore("Quire::Journal", "Cannot create %1: %2").arg(path, osMessage(failure));
    return {};
}

QString RunJournal::save(const RunRecord &record) const
{
    if (m_lockFd < 0)
        return trCore("Quire::Journal", "Run %1 was opened for reading: its journal %2 is not changed.")
            .arg(record.id, m_folder);
    return writeAtomically(inFolder(m_folder, RunFile), QJsonDocument(record.stateJson()).toJson());
}

QString RunJournal::sync() const
{
    // The lock descriptor is the status file's: fdatasync writes back its pages, mapped ones included.
    if (m_lockFd >= 0 && ::fdatasync(m_lockFd) != 0)
        return trCore("Quire::Journal", "cannot flush the run's journal %1 to disk: %2")
            .arg(m_folder, osMessage(errno));
    return {};
}

} // namespace Quire