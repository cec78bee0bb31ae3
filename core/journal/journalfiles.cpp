#include "core/journal/journalfiles.h"

#include "core/base/oserror.h"
#include "core/base/progressformat.h"
#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/job/jobspec.h"
#include "core/run/runrecord.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Quire::JournalFiles {

namespace {

// job.json holds the content template (at most 64 MiB), which JSON's escapes can make up to six times longer.
constexpr qint64 MaxJsonBytes = 6 * MaxInputFileBytes + 64 * 1024;
// A names.log or failures.log line is a position, a name or an OS message: never near this long.
constexpr qint64 MaxLogLineBytes = 1024 * 1024;

struct JournalFile
{
    int fd = -1;
    bool missing = false;
    qint64 size = 0;
    QString problem;
};

// The journal is the user's own folder, but a damaged one must not hang or exhaust the memory of
// history, show or resume: a link, FIFO or device in a file's place, or a huge file, is damage.
JournalFile openJournalFile(const QString &path, QStringView name, qint64 limit)
{
    JournalFile opened;
    opened.fd = openPath(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    if (opened.fd < 0) {
        opened.missing = errno == ENOENT;
        opened.problem = opened.missing
                             ? trCore("Quire::Journal", "%1 is missing.").arg(name)
                             : trCore("Quire::Journal", "%1 cannot be read: %2.").arg(name, osMessage(errno));
        return opened;
    }
    struct stat st = {};
    if (::fstat(opened.fd, &st) != 0)
        opened.problem = trCore("Quire::Journal", "%1 cannot be read: %2.").arg(name, osMessage(errno));
    else if (!S_ISREG(st.st_mode))
        opened.problem = trCore("Quire::Journal", "%1 is not a regular file.").arg(name);
    else if (limit > 0 && st.st_size > limit)
        opened.problem = trCore("Quire::Journal", "%1 is %2, larger than any journal file can be.")
                             .arg(name, formatBytes(st.st_size));
    opened.size = st.st_size;
    if (!opened.problem.isEmpty()) {
        ::close(opened.fd);
        opened.fd = -1;
    }
    return opened;
}

QString readJsonObject(const QString &folder, QStringView name, QJsonObject *json)
{
    const JournalFile opened = openJournalFile(inFolder(folder, name), name, MaxJsonBytes);
    if (opened.fd < 0)
        return opened.problem;
    QFile file;
    QByteArray data;
    if (file.open(opened.fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        data = file.read(opened.size + 1); // what fstat said, not the limit: read() allocates what it is asked
    else
        ::close(opened.fd);
    if (data.isEmpty())
        return trCore("Quire::Journal", "%1 is empty.").arg(name);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return trCore("Quire::Journal", "%1 is not valid JSON (%2 at offset %3).")
            .arg(name, parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return trCore("Quire::Journal", "%1 does not hold a JSON object.").arg(name);
    *json = document.object();
    return {};
}

} // namespace

QString inFolder(const QString &folder, QStringView name)
{
    return folder + u'/' + name;
}

int openPath(const QString &path, int flags, mode_t mode)
{
    return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, mode);
}

bool makeDir(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0 || errno == EEXIST;
}

bool lockIsFree(const QString &folder)
{
    const int fd = openPath(inFolder(folder, StatusName), O_RDONLY);
    if (fd < 0)
        return true;
    const bool free = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    ::close(fd); // releases the probe's shared lock
    return free;
}

// No fsync: the journal has to survive a killed process, which the page cache does; a power cut may
// lose the last save, never leave half a file.
QString writeAtomically(const QString &path, const QByteArray &data)
{
    const QString temporary = path + u".tmp"_s;
    // O_NOFOLLOW: a link planted at the temporary name must not have its target truncated.
    const int fd = openPath(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return trCore("Quire::Journal", "Cannot write %1: %2").arg(temporary, osMessage(errno));
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(QFile::encodeName(temporary).constData());
            return trCore("Quire::Journal", "Cannot write %1: %2").arg(temporary, osMessage(error));
        }
        done += n;
    }
    ::close(fd);
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return trCore("Quire::Journal", "Cannot rename %1 to %2: %3").arg(temporary, path, osMessage(errno));
    return {};
}

QString readJob(const QString &folder, JobSpec *job)
{
    QJsonObject json;
    if (QString problem = readJsonObject(folder, JobFile, &json); !problem.isEmpty())
        return problem;
    QStringList errors;
    const std::optional<JobSpec> spec = JobSpec::fromJson(json, &errors);
    if (!spec)
        return trCore("Quire::Journal", "job.json is not a valid job: %1.").arg(errors.join(u"; "));
    *job = *spec;
    return {};
}

QString readState(const QString &folder, RunRecord *record)
{
    QJsonObject json;
    if (QString problem = readJsonObject(folder, RunFile, &json); !problem.isEmpty())
        return problem;
    QString error;
    if (!record->readStateJson(json, &error))
        return trCore("Quire::Journal", "run.json is damaged: %1.").arg(error);
    return {};
}

StatusFile::~StatusFile()
{
    if (fd >= 0)
        ::close(fd);
}

int StatusFile::release()
{
    return std::exchange(fd, -1);
}

QString openStatus(const QString &folder, qint64 expectedCount, int flags, StatusFile *status)
{
    status->fd = openPath(inFolder(folder, StatusName), flags);
    if (status->fd < 0)
        return errno == ENOENT ? trCore("Quire::Journal", "status file is missing.")
                               : trCore("Quire::Journal", "status file cannot be opened: %1.").arg(osMessage(errno));
    struct stat info = {};
    if (::fstat(status->fd, &info) != 0)
        return trCore("Quire::Journal", "status file cannot be read: %1.").arg(osMessage(errno));
    status->size = info.st_size;
    QByteArray head(StatusFileHeader::Size, '\0');
    const ssize_t n = ::pread(status->fd, head.data(), size_t(head.size()), 0);
    if (n < 0)
        return trCore("Quire::Journal", "status file cannot be read: %1.").arg(osMessage(errno));
    if (QString problem = StatusFileHeader::read(QByteArrayView(head).first(n), &status->header); !problem.isEmpty())
        return problem;
    const qint64 count = status->header.fileCount;
    if (count != expectedCount)
        return trCore("Quire::Journal", "status file is for %1 files, run.json says %2.")
            .arg(formatCount(count), formatCount(expectedCount));
    if (status->size != StatusFileHeader::Size + count)
        return trCore("Quire::Journal", "status file has %1 bytes, expected %2 for %3 files.")
            .arg(formatCount(status->size), formatCount(StatusFileHeader::Size + count), formatCount(count));
    return {};
}

using Histogram = std::array<qint64, 256>;

void tally(const quint8 *bytes, qint64 size, Histogram &histogram)
{
    for (qint64 i = 0; i < size; ++i)
        ++histogram[bytes[i]];
}

QString statusProblem(const Histogram &histogram, StatusCounts *counts)
{
    qint64 invalid = 0;
    for (size_t byte = 0; byte < histogram.size(); ++byte) {
        if (byte < size_t(FileStatusCount))
            counts->byStatus[byte] = histogram[byte];
        else
            invalid += histogram[byte];
    }
    if (invalid == 0)
        return {};
    return invalid == 1
               ? trCore("Quire::Journal", "status file is damaged: one of its status bytes holds no valid status.")
               : trCore("Quire::Journal", "status file is damaged: %1 of its status bytes hold no valid status.")
                     .arg(formatCount(invalid));
}

// Big blocks and a histogram: a 10,000,000-file journal lists in milliseconds, with no object per file.
QString countStatuses(const StatusFile &status, StatusCounts *counts)
{
    constexpr qint64 BlockSize = 1 << 20;
    std::vector<quint8> block(BlockSize);
    Histogram histogram{};
    for (qint64 offset = StatusFileHeader::Size; offset < status.size;) {
        const ssize_t n = ::pread(status.fd, block.data(), size_t(std::min(BlockSize, status.size - offset)), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return trCore("Quire::Journal", "status file cannot be read: %1.")
                .arg(n < 0 ? osMessage(errno) : trCore("Quire::Journal", "it ended early"));
        tally(block.data(), n, histogram);
        offset += n;
    }
    return statusProblem(histogram, counts);
}

QString restoreLog(const QString &folder, QStringView name, RunLedger *ledger, bool failures)
{
    const JournalFile opened = openJournalFile(inFolder(folder, name), name, 0);
    if (opened.missing)
        return {}; // created on the first name or failure
    if (opened.fd < 0)
        return opened.problem;
    QFile file;
    if (!file.open(opened.fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(opened.fd);
        return trCore("Quire::Journal", "%1 cannot be read: %2.").arg(name, file.errorString());
    }
    // One buffer for every line: readLine(maxSize) would allocate maxSize bytes for each.
    QByteArray buffer(MaxLogLineBytes, Qt::Uninitialized);
    for (qint64 lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        if (length < 0)
            return trCore("Quire::Journal", "%1 cannot be read: %2.").arg(name, file.errorString());
        const QByteArray line = QByteArray::fromRawData(buffer.constData(), qsizetype(length));
        qint64 position = -1;
        QString text;
        const QString problem = JournalLedgerStore::parseLogLine(line, ledger->count(), &position, &text);
        if (!problem.isEmpty())
            return trCore("Quire::Journal", "%1 line %2 %3.").arg(name).arg(lineNumber).arg(problem);
        if (failures)
            ledger->restoreFailure(position, text);
        else
            ledger->restoreName(position, text);
    }
    return {};
}

QString createStatus(const QString &folder, qint64 count, StatusFile *status, void **map)
{
    const QString path = inFolder(folder, StatusName);
    status->fd = openPath(path, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (status->fd < 0)
        return trCore("Quire::Journal", "Cannot create %1: %2").arg(path, osMessage(errno));
    if (::flock(status->fd, LOCK_EX | LOCK_NB) != 0)
        return trCore("Quire::Journal", "Cannot lock %1: %2").arg(path, osMessage(errno));
    status->header.fileCount = count;
    status->header.pid = ::getpid();
    status->size = StatusFileHeader::Size + count;
    const QByteArray head = status->header.bytes();
    if (::pwrite(status->fd, head.constData(), size_t(head.size()), 0) != head.size() ||
        ::ftruncate(status->fd, status->size) != 0)
        return trCore("Quire::Journal", "Cannot write %1: %2").arg(path, osMessage(errno));
    // Reserved now, so that a full disk fails here and not as SIGBUS when a writer stores a status.
    const int reserved = count > 0 ? ::posix_fallocate(status->fd, StatusFileHeader::Size, count) : 0;
    if (reserved != 0 && reserved != EOPNOTSUPP && reserved != EINVAL)
        return trCore("Quire::Journal", "Cannot reserve %1 bytes for %2: %3")
            .arg(formatCount(count), path, osMessage(reserved));
    *map = ::mmap(nullptr, size_t(status->size), PROT_READ | PROT_WRITE, MAP_SHARED, status->fd, 0);
    if (*map == MAP_FAILED)
        return trCore("Quire::Journal", "Cannot map %1: %2").arg(path, osMessage(errno));
    return {};
}

} // namespace Quire::JournalFiles
