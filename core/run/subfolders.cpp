#include "core/run/subfolders.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/plan/plan.h"
#include "core/run/runrecord.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Quire {

namespace {

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

bool existsAsFolder(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode);
}

} // namespace

QByteArray Subfolders::key(int folder, const QByteArray &dir)
{
    return QByteArray::number(folder) + '\0' + dir;
}

// At the start of the run, so that the record lists every folder the run may make before the first one
// exists: undo finds them even after a crash. The plan listed the sub-folders (parents first) when it
// scanned them; only their state is looked at again, not a name rendered (a million files, a thousand
// folders: a thousand lstat calls).
QStringList Subfolders::missing(const Plan &plan)
{
    QStringList result;
    for (const FolderPlan &folder : plan.folders) {
        for (const QString &dir : folder.subfolders) {
            const QString path = folder.path + u'/' + dir;
            if (!existsAsFolder(path))
                result.append(path);
        }
    }
    return result;
}

void Subfolders::recordMissing(RunRecord &record)
{
    const QStringList missingNow = missing(*record.plan);
    if (missingNow.isEmpty())
        return;
    const QSet<QString> listed(record.createdFolders.cbegin(), record.createdFolders.cend());
    for (const QString &path : missingNow) {
        if (!listed.contains(path))
            record.createdFolders.append(path);
    }
}

int Subfolders::open(int folder, int folderFd, const QByteArray &dir, QString *error)
{
    int fd = ::dup(folderFd);
    qsizetype start = 0;
    while (fd >= 0 && start <= dir.size()) {
        const qsizetype slash = dir.indexOf('/', start);
        const qsizetype end = slash < 0 ? dir.size() : slash;
        const QByteArray part = dir.mid(start, end - start);
        const QByteArray known = key(folder, dir.left(end));
        bool exists = false;
        {
            QMutexLocker locker(&m_mutex);
            exists = m_known.contains(known);
        }
        // EEXIST: made by another thread or before the run; openat below tells a folder from the rest.
        if (!exists && ::mkdirat(fd, part.constData(), 0777) != 0 && errno != EEXIST) {
            *error = trCore("Quire::Runner", "cannot create folder %1: %2")
                         .arg(QFile::decodeName(dir.left(end)), osMessage(errno));
            ::close(fd);
            return -1;
        }
        const int next = ::openat(fd, part.constData(), DirFlags);
        const int openError = errno;
        ::close(fd);
        fd = next;
        if (fd < 0) {
            *error = openError == ELOOP || openError == ENOTDIR
                         ? trCore("Quire::Runner", "%1 is not a folder (a file or a symbolic link is in the way): "
                                                   "nothing is written below it")
                               .arg(QFile::decodeName(dir.left(end)))
                         : trCore("Quire::Runner", "cannot open folder %1: %2")
                               .arg(QFile::decodeName(dir.left(end)), osMessage(openError));
            return -1;
        }
        if (!exists) {
            QMutexLocker locker(&m_mutex);
            m_known.insert(known);
        }
        start = end + 1;
    }
    return fd;
}

QStringList Subfolders::sync(const std::vector<int> &folderFds, const QStringList &folderPaths) const
{
    QSet<QByteArray> known;
    {
        QMutexLocker locker(&m_mutex);
        known = m_known;
    }
    QStringList errors;
    for (const QByteArray &entry : std::as_const(known)) {
        const qsizetype zero = entry.indexOf('\0');
        const int folder = entry.left(zero).toInt();
        const QByteArray dir = entry.mid(zero + 1);
        QString error;
        const int fd =
            folderFds.at(size_t(folder)) < 0 ? -1 : ::openat(folderFds.at(size_t(folder)), dir.constData(), DirFlags);
        if (fd < 0 || ::fsync(fd) != 0)
            errors.append(trCore("Quire::Runner", "durable sync of %1 failed: %2")
                              .arg(QDir(folderPaths.at(folder)).filePath(QFile::decodeName(dir)), osMessage(errno)));
        if (fd >= 0)
            ::close(fd);
    }
    return errors;
}

} // namespace Quire
