#include "core/run/filewriter.h"

#include "core/base/filecopy.h"
#include "core/base/oserror.h"
#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/contentsource.h"

#include <QFile>
#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Quire {

namespace {

using StatBuffer = struct stat;

constexpr int MaxRenameAttempts = 10'000;

WriteOutcome failed(int error, const QString &context = {})
{
    return {FileStatus::Failed, {}, context.isEmpty() ? osMessage(error) : osMessage(error) + u" (" + context + u')'};
}

// Too many open files is a transient condition when writes run in parallel: wait for descriptors
// to be released instead of failing every remaining file.
template <typename Call>
int retryWhenOutOfDescriptors(Call call)
{
    auto delay = std::chrono::microseconds(200);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
        const int result = call();
        if (result >= 0 || (errno != EMFILE && errno != ENFILE) || std::chrono::steady_clock::now() > deadline)
            return result;
        std::this_thread::sleep_for(delay);
        delay = std::min(delay * 2, decltype(delay)(std::chrono::milliseconds(50)));
    }
}

int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        left -= written;
    }
    return 0;
}

// The bytes of a file: in memory (the fast path for small files) or pulled from a source piece by piece.
int writeBody(int fd, const FileWriter::Body &body)
{
    return body.source ? body.source->writeTo(fd) : writeAll(fd, *body.bytes);
}

WriteOutcome failedWriting(int error, const FileWriter::Body &body, const QString &context = {})
{
    if (error != ContentSource::OwnError)
        return failed(error, context);
    return {FileStatus::Failed,
            {},
            context.isEmpty() ? body.source->message() : body.source->message() + u" (" + context + u')'};
}

int closeChecked(int fd)
{
    return ::close(fd) == 0 || errno == EINTR ? 0 : errno;
}

/** Which file a descriptor or a name refers to; compared before a failed write removes "its" file. */
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool known = false;
};

FileIdentity identityOf(int fd)
{
    StatBuffer info{};
    if (::fstat(fd, &info) != 0)
        return {};
    return {info.st_dev, info.st_ino, true};
}

// Another run may have put its complete file at the name while ours failed (overwrite renames over
// it): remove the name only while it still holds the file this run created; when in doubt, leave it.
// Returns what happened, for the failure's message.
QString removeOwnFile(int dirFd, const QByteArray &name, const FileIdentity &own)
{
    if (!own.known)
        return trCore("Quire::Runner", "the incomplete file could not be identified; left it as it is");
    StatBuffer info{};
    if (::fstatat(dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return trCore("Quire::Runner", "the incomplete file is gone already");
        return trCore("Quire::Runner", "the name could not be checked (%1); left it as it is").arg(osMessage(errno));
    }
    if (info.st_dev != own.device || info.st_ino != own.inode)
        return trCore("Quire::Runner", "the name now holds another file; left it as it is");
    if (::unlinkat(dirFd, name.constData(), 0) != 0)
        return trCore("Quire::Runner", "the incomplete file could not be removed (%1); it is still there, incomplete")
            .arg(osMessage(errno));
    return trCore("Quire::Runner", "the incomplete file was removed");
}

QByteArray numberedName(const QByteArray &name, int number)
{
    const qsizetype dot = name.lastIndexOf('.');
    const bool hasSuffix = dot > 0;
    const QByteArray stem = hasSuffix ? name.left(dot) : name;
    const QByteArray suffix = hasSuffix ? name.mid(dot) : QByteArray();
    return stem + " (" + QByteArray::number(number) + ')' + suffix;
}

QByteArray hiddenTempName(const QByteArray &forName)
{
    const quint64 tag = QRandomGenerator::global()->generate64();
    return ".quire-" + QByteArray::number(tag, 36) + '-' + forName.left(100) + ".tmp";
}

/** A written temporary file, unnamed (O_TMPFILE) or hidden, not yet under its final name. */
struct TempFile
{
    int dirFd = -1;
    int fd = -1;
    QByteArray name; ///< empty for an O_TMPFILE

    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!name.isEmpty())
            ::unlinkat(dirFd, name.constData(), 0);
    }

    /** Closes and reports the error: on NFS or under quotas, a failed write can show only here. */
    int close()
    {
        const int error = closeChecked(fd);
        fd = -1;
        return error;
    }

    int create(int dir, const QByteArray &forName, bool allowUnnamed)
    {
        dirFd = dir;
        static std::atomic_bool unnamedWorks{true};
        if (allowUnnamed && unnamedWorks.load(std::memory_order_relaxed)) {
            fd =
                retryWhenOutOfDescriptors([dir] { return ::openat(dir, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666); });
            if (fd >= 0)
                return 0;
            if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
                return errno;
            unnamedWorks.store(false, std::memory_order_relaxed); // e.g. NFS: use hidden names from now on
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QByteArray candidate = hiddenTempName(forName);
            fd = retryWhenOutOfDescriptors([dir, &candidate] {
                return ::openat(dir, candidate.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
            });
            if (fd >= 0) {
                name = candidate;
                return 0;
            }
            if (errno != EEXIST)
                return errno;
        }
        return EEXIST;
    }

    /** Gives the temporary file the final name, never replacing anything. Returns 0 or errno. */
    int link(const QByteArray &finalName)
    {
        if (!name.isEmpty()) {
            if (::renameat2(dirFd, name.constData(), dirFd, finalName.constData(), RENAME_NOREPLACE) == 0) {
                name.clear();
                return 0;
            }
            // NFS and some FUSE file systems lack RENAME_NOREPLACE; link() never replaces either.
            if (errno != EINVAL && errno != ENOSYS)
                return errno;
            if (::linkat(dirFd, name.constData(), dirFd, finalName.constData(), 0) != 0)
                return errno;
            return 0; // the destructor unlinks the temporary name
        }
        // AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; /proc/self/fd works for everyone where /proc is mounted.
        static std::atomic_bool emptyPathWorks{true};
        if (emptyPathWorks.load(std::memory_order_relaxed)) {
            if (::linkat(fd, "", dirFd, finalName.constData(), AT_EMPTY_PATH) == 0)
                return 0;
            if (errno != ENOENT && errno != EPERM)
                return errno;
            emptyPathWorks.store(false, std::memory_order_relaxed);
        }
        const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
        return ::linkat(AT_FDCWD, proc.constData(), dirFd, finalName.constData(), AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
    }
};

} // namespace

WriteMethod defaultWriteMethod()
{
    // Atomic costs more than the 30% allowed for a default on ext4 (docs/performance.md); durable
    // mode always uses it (see BatchRunner::start).
    return WriteMethod::Direct;
}

FileWriter::FileWriter(int dirFd, IfExists policy, WriteMethod method, bool syncReplacements, int backupDirFd)
    : m_dirFd(dirFd)
    , m_policy(policy)
    , m_method(method)
    , m_syncReplacements(syncReplacements)
    , m_backupDirFd(backupDirFd)
{
}

WriteOutcome FileWriter::write(const QString &name, const QByteArray &bytes) const
{
    WriteOutcome outcome = write(QFile::encodeName(name), bytes);
    if (outcome.finalName.isEmpty() && outcome.status != FileStatus::Failed)
        outcome.finalName = name;
    return outcome;
}

WriteOutcome FileWriter::write(const QByteArray &nativeName, const QByteArray &bytes,
                               const QByteArray &backupName) const
{
    return dispatch(nativeName, Body{&bytes, nullptr}, backupName);
}

WriteOutcome FileWriter::write(const QByteArray &nativeName, ContentSource &source, const QByteArray &backupName) const
{
    return dispatch(nativeName, Body{nullptr, &source}, backupName);
}

WriteOutcome FileWriter::dispatch(const QByteArray &nativeName, const Body &bytes, const QByteArray &backupName) const
{
    // A renamed copy is found under a name chosen while writing: only an atomic write leaves no
    // partial file under a name that nobody recorded (after kill -9).
    return m_method == WriteMethod::Direct && m_policy != IfExists::Rename ? writeDirect(nativeName, bytes, backupName)
                                                                           : writeAtomic(nativeName, bytes, backupName);
}

// The old file stays what it is, under a second name in the backup folder: a hard link where both
// are on one file system, else a copy of its bytes. Returns 0 or errno.
int FileWriter::keepBackup(const QByteArray &name, const QByteArray &backupName) const
{
    if (::linkat(m_dirFd, name.constData(), m_backupDirFd, backupName.constData(), 0) == 0)
        return 0;
    if (errno != EXDEV)
        return errno;
    // O_NONBLOCK: a FIFO that took the name meanwhile must not hang the writer.
    const int in = ::openat(m_dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (in < 0)
        return errno;
    const int out =
        ::openat(m_backupDirFd, backupName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    int error = out < 0 ? errno : copyFileContents(in, out);
    ::close(in);
    if (out >= 0 && closeChecked(out) != 0 && !error)
        error = errno;
    if (error && out >= 0)
        ::unlinkat(m_backupDirFd, backupName.constData(), 0);
    return error;
}

WriteOutcome FileWriter::writeDirect(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const
{
    QByteArray candidate = name;
    for (int attempt = 1; attempt <= MaxRenameAttempts; ++attempt) {
        // O_EXCL never follows a symlink and never opens a file that exists: nothing is clobbered.
        const int fd = retryWhenOutOfDescriptors([this, &candidate] {
            return ::openat(m_dirFd, candidate.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        });
        if (fd >= 0) {
            // Identified only when a write fails: an fstat for every file costs 10% of the CPU on small files.
            const int error = writeBody(fd, bytes);
            const FileIdentity own = error ? identityOf(fd) : FileIdentity{};
            const int closeError = closeChecked(fd);
            if (error)
                return failedWriting(error, bytes, removeOwnFile(m_dirFd, candidate, own));
            // A failed close (NFS, EIO) comes too late to tell our file from one another run put there.
            if (closeError)
                return failed(closeError,
                              trCore("Quire::Runner", "the file may be incomplete; left it as it is, since after "
                                                      "a failed close it cannot be told from another run's file"));
            return {FileStatus::Created, candidate == name ? QString() : QFile::decodeName(candidate), {}};
        }
        if (errno != EEXIST)
            return failed(errno);
        if (m_policy != IfExists::Rename)
            return onExisting(name, bytes, backupName);
        candidate = numberedName(name, attempt + 1);
    }
    return failed(EEXIST, trCore("Quire::Runner", "no free name up to (%1)").arg(MaxRenameAttempts));
}

WriteOutcome FileWriter::writeAtomic(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const
{
    if (m_policy == IfExists::Skip) {
        StatBuffer info{};
        if (::fstatat(m_dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0)
            return {FileStatus::Skipped, {}, {}};
    }
    TempFile temp;
    if (const int error = temp.create(m_dirFd, name, true))
        return failed(error);
    if (const int error = writeBody(temp.fd, bytes))
        return failedWriting(error, bytes);
    const FileIdentity own = identityOf(temp.fd);
    QByteArray candidate = name;
    for (int attempt = 1; attempt <= MaxRenameAttempts; ++attempt) {
        const int error = temp.link(candidate);
        if (error == 0) {
            if (const int closeError = temp.close())
                return failed(closeError, removeOwnFile(m_dirFd, candidate, own));
            return {FileStatus::Created, candidate == name ? QString() : QFile::decodeName(candidate), {}};
        }
        if (error != EEXIST)
            return failed(error);
        if (m_policy != IfExists::Rename)
            return onExisting(name, bytes, backupName);
        candidate = numberedName(name, attempt + 1);
    }
    return failed(EEXIST, trCore("Quire::Runner", "no free name up to (%1)").arg(MaxRenameAttempts));
}

WriteOutcome FileWriter::onExisting(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const
{
    switch (m_policy) {
    case IfExists::Skip:
        return {FileStatus::Skipped, {}, {}};
    case IfExists::Overwrite:
        return replace(name, bytes, backupName);
    default:
        return failed(EEXIST, trCore("Quire::Runner", "it appeared after the plan was made and was left untouched"));
    }
}

// The old file keeps its content until the new one is complete: write a hidden temporary file in the
// same folder, then rename it over the old name in one step. A symlink there is replaced, not followed.
WriteOutcome FileWriter::replace(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const
{
    StatBuffer info{};
    const bool exists = ::fstatat(m_dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0;
    if (exists && S_ISDIR(info.st_mode))
        return failed(EISDIR, trCore("Quire::Runner", "a folder has this name; it was left untouched"));
    // Never opened (it could block, or be a device); replacing it with a file is not what overwrite means.
    if (const QString kind = exists && !S_ISLNK(info.st_mode) ? fileKind(info.st_mode) : QString(); !kind.isEmpty())
        return {FileStatus::Failed,
                {},
                trCore("Quire::Runner",
                       "%1 has this name; overwrite replaces only files and symlinks, so it was left untouched")
                    .arg(kind)};
    TempFile temp;
    if (const int error = temp.create(m_dirFd, name, false))
        return failed(error);
    // The replacement keeps the old file's permissions and, where we may, its owner.
    if (exists && S_ISREG(info.st_mode)) {
        ::fchmod(temp.fd, info.st_mode & 07777);
        [[maybe_unused]] const int ignored = ::fchown(temp.fd, info.st_uid, info.st_gid);
    }
    int error = writeBody(temp.fd, bytes);
    if (!error && m_syncReplacements && ::fsync(temp.fd) != 0)
        error = errno;
    if (!error)
        error = temp.close();
    if (error)
        return failedWriting(error, bytes, trCore("Quire::Runner", "the old file was kept"));
    if (exists && !backupName.isEmpty()) {
        if (const int backupError = keepBackup(name, backupName))
            return failed(backupError,
                          trCore("Quire::Runner", "no backup of the old file could be kept; the old file was kept"));
    }
    if (::renameat(m_dirFd, temp.name.constData(), m_dirFd, name.constData()) != 0) {
        if (exists && !backupName.isEmpty())
            ::unlinkat(m_backupDirFd, backupName.constData(), 0);
        return failed(errno, trCore("Quire::Runner", "the old file was kept"));
    }
    temp.name.clear();
    return {exists ? FileStatus::Replaced : FileStatus::Created, {}, {}};
}

} // namespace Quire
