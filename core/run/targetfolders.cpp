#include "core/run/targetfolders.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/plan/plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Quire {

namespace {

// The missing folders on the way to path, outermost first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    for (QString at = path; !QFileInfo::exists(at) && at != u'/'; at = QFileInfo(at).absolutePath())
        missing.prepend(at);
    return missing;
}

} // namespace

TargetFolders::~TargetFolders()
{
    for (int fd : m_fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

void TargetFolders::open(const Plan &plan)
{
    for (const FolderPlan &folder : plan.folders) {
        QString error;
        const QStringList missing = folder.create ? missingFolders(folder.path) : QStringList();
        // Every folder that gains an entry through mkdir -p, for durable mode.
        if (!missing.isEmpty() && !m_newEntryParents.contains(QFileInfo(missing.first()).absolutePath()))
            m_newEntryParents.append(QFileInfo(missing.first()).absolutePath());
        for (qsizetype i = 0; i + 1 < missing.size(); ++i) {
            if (!m_newEntryParents.contains(missing.at(i)))
                m_newEntryParents.append(missing.at(i));
        }
        if (!missing.isEmpty() && !QDir().mkpath(folder.path))
            error = trCore("Quire::Runner", "could not create folder %1").arg(folder.path);
        const int fd = ::open(QFile::encodeName(folder.path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 && error.isEmpty())
            error = trCore("Quire::Runner", "cannot open folder %1: %2").arg(folder.path, osMessage(errno));
        m_fds.push_back(fd);
        m_paths.push_back(folder.path);
        m_errors.append(error);
    }
}

int TargetFolders::fd(int folder) const
{
    return m_fds.at(size_t(folder));
}

QString TargetFolders::error(int folder) const
{
    return m_errors.at(folder);
}

QStringList TargetFolders::errors() const
{
    QStringList result;
    for (const QString &error : m_errors) {
        if (!error.isEmpty())
            result.append(error);
    }
    return result;
}

QStringList TargetFolders::toCreate(const Plan &plan)
{
    QStringList result;
    for (const FolderPlan &folder : plan.folders) {
        for (const QString &path : missingFolders(folder.path)) {
            if (!result.contains(path))
                result.append(path);
        }
    }
    return result;
}

// The final syncfs of durable mode waits for everything still dirty; flushing while the writers work
// overlaps most of that I/O with the writing, so the end of the run has only the tail left. Errors
// here are not reported: the final sync() reports what did not reach the disk.
void TargetFolders::flushWhileWriting()
{
    constexpr int PauseMs = 20;
    QMutexLocker locker(&m_flushMutex);
    while (m_writing) {
        locker.unlock();
        for (int fd : m_fds) {
            if (fd >= 0)
                ::syncfs(fd);
        }
        locker.relock();
        if (m_writing)
            m_flushWake.wait(&m_flushMutex, PauseMs);
    }
}

void TargetFolders::writesDone()
{
    {
        QMutexLocker locker(&m_flushMutex);
        m_writing = false;
    }
    m_flushWake.wakeAll();
}

QStringList TargetFolders::sync() const
{
    QStringList errors;
    for (size_t f = 0; f < m_fds.size(); ++f) {
        // syncfs flushes every file written on that file system; fsync on the folder makes the
        // new directory entries durable.
        if (m_fds[f] >= 0 && (::syncfs(m_fds[f]) != 0 || ::fsync(m_fds[f]) != 0))
            errors.append(trCore("Quire::Runner", "durable sync of %1 failed: %2").arg(m_paths[f], osMessage(errno)));
    }
    for (const QString &path : m_newEntryParents) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0)
            errors.append(trCore("Quire::Runner", "durable sync of %1 failed: %2").arg(path, osMessage(errno)));
        if (fd >= 0)
            ::close(fd);
    }
    return errors;
}

} // namespace Quire
