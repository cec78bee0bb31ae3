#include "immutabledir.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

bool changeFlag(const QByteArray &path, bool on, int *error)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    *error = ok ? 0 : errno;
    ::close(fd);
    return ok;
}

} // namespace

ImmutableDir::ImmutableDir(const QString &path)
    : m_path(QFile::encodeName(path))
{
    int error = 0;
    m_set = changeFlag(m_path, true, &error);
    if (!m_set)
        m_error = QString::fromLocal8Bit(std::strerror(error));
}

ImmutableDir::~ImmutableDir()
{
    int error = 0;
    if (m_set)
        changeFlag(m_path, false, &error);
}

bool ImmutableDir::isSet() const
{
    return m_set;
}

QString ImmutableDir::error() const
{
    return m_error;
}
