#include "core/base/safefile.h"

#include "core/base/oserror.h"
#include "core/base/progressformat.h"
#include "core/base/translations.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Quire {

namespace {

constexpr qsizetype ReadChunk = 64 * 1024;

QString limitText(qint64 limit)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (limit < MiB || limit % MiB != 0)
        return trCore("Quire::SafeFile", "the limit of %1 bytes").arg(formatCount(limit));
    return trCore("Quire::SafeFile", "the limit of %1 MiB (%2 bytes)").arg(limit / MiB).arg(formatCount(limit));
}

// message has %1 for the file's label and %2 for detail.
ReadResult failedRead(ReadProblem problem, const QString &detail, const QString &message, const QString &label)
{
    return {{}, message.arg(label, detail), problem, detail};
}

// Reads until EOF or until more than limit bytes came: never more than limit + 1.
ReadResult readBounded(int fd, qint64 limit, const QString &label)
{
    ReadResult result;
    qint64 done = 0;
    while (done <= limit) {
        const qsizetype want = qsizetype(std::min<qint64>(ReadChunk, limit + 1 - done));
        result.bytes.resize(qsizetype(done) + want);
        const ssize_t n = ::read(fd, result.bytes.data() + done, size_t(want));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result = failedRead(ReadProblem::CannotRead, osMessage(errno),
                                trCore("Quire::SafeFile", "cannot read %1: %2"), label);
            break;
        }
        if (n == 0)
            break;
        done += n;
    }
    result.bytes.resize(qsizetype(std::min(done, limit + 1)));
    if (result.ok() && done > limit) {
        result.problem = ReadProblem::TooLarge;
        result.error =
            trCore("Quire::SafeFile", "%1 is larger than %2 (name a smaller file)").arg(label, limitText(limit));
    }
    if (!result.ok())
        result.bytes.clear();
    return result;
}

// Why the entry name in dirFd must not be replaced; empty when it is missing or a regular file.
QString nameProblem(int dirFd, const QByteArray &name, const QString &label, struct stat *st)
{
    if (::fstatat(dirFd, name.constData(), st, AT_SYMLINK_NOFOLLOW) != 0) {
        st->st_mode = 0;
        return errno == ENOENT ? QString()
                               : trCore("Quire::SafeFile", "cannot check %1: %2").arg(label, osMessage(errno));
    }
    const QString kind = fileKind(st->st_mode);
    if (kind.isEmpty())
        return {};
    if (S_ISLNK(st->st_mode))
        return trCore("Quire::SafeFile",
                      "%1 is a symbolic link: Quire never writes through one (remove the link or name "
                      "another file)")
            .arg(label);
    return trCore("Quire::SafeFile",
                  "%1 is %2: Quire only replaces regular files (name another file, or - for standard "
                  "output)")
        .arg(label, kind);
}

// Opens the folder of path; sets *name to the last part. Returns the descriptor or -1 with *error set.
int openFolderOf(const QString &path, const QString &label, QByteArray *name, QString *error)
{
    const QFileInfo info(path);
    *name = QFile::encodeName(info.fileName());
    if (name->isEmpty() || *name == "." || *name == "..") {
        *error = trCore("Quire::SafeFile", "%1 names a folder: name a file").arg(label);
        return -1;
    }
    const QString folder = info.absolutePath();
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        return fd;
    *error = errno == ENOENT
                 ? trCore("Quire::SafeFile", "%1: folder %2 does not exist (create it first)").arg(label, folder)
                 : trCore("Quire::SafeFile", "%1: cannot open folder %2: %3").arg(label, folder, osMessage(errno));
    return -1;
}

} // namespace

QString fileKind(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISLNK(mode))
        return trCore("Quire::SafeFile", "a symbolic link");
    if (S_ISDIR(mode))
        return trCore("Quire::SafeFile", "a folder");
    if (S_ISCHR(mode))
        return trCore("Quire::SafeFile", "a character device");
    if (S_ISBLK(mode))
        return trCore("Quire::SafeFile", "a block device");
    if (S_ISFIFO(mode))
        return trCore("Quire::SafeFile", "a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return trCore("Quire::SafeFile", "a socket");
    return trCore("Quire::SafeFile", "not a regular file");
}

ReadResult readRegularFile(const QString &path, qint64 limit, const QString &what)
{
    if (path == QLatin1String(StdStreamPath))
        return readBounded(STDIN_FILENO, limit, trCore("Quire::SafeFile", "%1 from standard input").arg(what));
    const QString label = QStringLiteral("%1 %2").arg(what, path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused right after.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failedRead(ReadProblem::CannotRead, osMessage(errno), trCore("Quire::SafeFile", "cannot read %1: %2"),
                          label);
    struct stat st = {};
    ReadResult result;
    if (::fstat(fd, &st) != 0)
        result = failedRead(ReadProblem::CannotRead, osMessage(errno), trCore("Quire::SafeFile", "cannot read %1: %2"),
                            label);
    else if (const QString kind = fileKind(st.st_mode); !kind.isEmpty())
        result =
            failedRead(ReadProblem::NotRegular, kind,
                       trCore("Quire::SafeFile", "%1 is %2, not a regular file: name a regular file (or - for standard "
                                                 "input)"),
                       label);
    else if (st.st_size > limit)
        result = {{},
                  trCore("Quire::SafeFile", "%1 is %2, larger than %3 (name a smaller file)")
                      .arg(label, formatBytes(st.st_size), limitText(limit)),
                  ReadProblem::TooLarge,
                  formatBytes(st.st_size)};
    else
        result = readBounded(fd, limit, label);
    ::close(fd);
    return result;
}

QString checkWritable(const QString &path, const QString &what)
{
    if (path == QLatin1String(StdStreamPath))
        return {};
    const QString label = QStringLiteral("%1 %2").arg(what, path);
    QByteArray name;
    QString error;
    const int dirFd = openFolderOf(path, label, &name, &error);
    if (dirFd < 0)
        return error;
    struct stat st = {};
    error = nameProblem(dirFd, name, label, &st);
    if (error.isEmpty() && ::faccessat(dirFd, ".", W_OK | X_OK, AT_EACCESS) != 0)
        error = trCore("Quire::SafeFile", "%1: folder %2 is not writable: %3")
                    .arg(label, QFileInfo(path).absolutePath(), osMessage(errno));
    ::close(dirFd);
    return error;
}

SafeFileWriter::SafeFileWriter(const QString &path, const QString &what)
    : m_path(path)
    , m_what(what)
{
}

SafeFileWriter::~SafeFileWriter()
{
    discard();
}

QString SafeFileWriter::fail(const QString &step, int error)
{
    discard();
    return trCore("Quire::SafeFile", "cannot write %1 %2: %3: %4").arg(m_what, m_path, step, osMessage(error));
}

void SafeFileWriter::discard()
{
    m_file.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlinkat(m_dirFd, m_temporary.constData(), 0);
        m_fd = -1;
    }
    if (m_dirFd >= 0)
        ::close(m_dirFd);
    m_dirFd = -1;
}

QString SafeFileWriter::open()
{
    const QString label = QStringLiteral("%1 %2").arg(m_what, m_path);
    QString error;
    m_dirFd = openFolderOf(m_path, label, &m_name, &error);
    if (m_dirFd < 0)
        return error;
    struct stat st = {};
    if (error = nameProblem(m_dirFd, m_name, label, &st); !error.isEmpty()) {
        discard();
        return error;
    }
    m_keepMode = S_ISREG(st.st_mode);
    m_mode = st.st_mode & 07777;
    for (int attempt = 0; m_fd < 0 && attempt < 100; ++attempt) {
        m_temporary = ".quire-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".tmp";
        m_fd = ::openat(m_dirFd, m_temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (m_fd < 0 && errno != EEXIST)
            return fail(trCore("Quire::SafeFile", "cannot create a temporary file in its folder"), errno);
    }
    if (m_fd < 0)
        return fail(trCore("Quire::SafeFile", "cannot create a temporary file in its folder"), EEXIST);
    if (m_keepMode && ::fchmod(m_fd, m_mode) != 0)
        return fail(trCore("Quire::SafeFile", "cannot keep the old file's permissions"), errno);
    m_file = std::make_unique<QFile>();
    m_file->open(m_fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    return {};
}

QFile *SafeFileWriter::device()
{
    return m_file.get();
}

QString SafeFileWriter::commit()
{
    if (m_fd < 0)
        return trCore("Quire::SafeFile", "cannot write %1 %2: it was not opened").arg(m_what, m_path);
    if (!m_file->flush()) {
        const QString message = m_file->errorString();
        discard();
        return trCore("Quire::SafeFile", "cannot write %1 %2: %3").arg(m_what, m_path, message);
    }
    if (::fsync(m_fd) != 0)
        return fail(QStringLiteral("sync"), errno);
    // Checked again: something other than a regular file may have appeared at the name meanwhile.
    struct stat st = {};
    if (const QString error = nameProblem(m_dirFd, m_name, QStringLiteral("%1 %2").arg(m_what, m_path), &st);
        !error.isEmpty()) {
        discard();
        return error;
    }
    if (::renameat(m_dirFd, m_temporary.constData(), m_dirFd, m_name.constData()) != 0)
        return fail(QStringLiteral("rename"), errno);
    m_file.reset();
    ::close(m_fd);
    m_fd = -1;
    discard();
    return {};
}

QString writeFileSafely(const QString &path, const QByteArray &data, const QString &what)
{
    SafeFileWriter writer(path, what);
    if (QString error = writer.open(); !error.isEmpty())
        return error;
    if (writer.device()->write(data) != data.size()) {
        const QString message = writer.device()->errorString();
        return trCore("Quire::SafeFile", "cannot write %1 %2: %3").arg(what, path, message);
    }
    return writer.commit();
}

} // namespace Quire
