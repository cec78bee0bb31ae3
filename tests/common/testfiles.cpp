#include "tests/common/testfiles.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace QuireTest {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable: ") + path.toUtf8() + '>';
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
}

QStringList entryNames(const QString &dir, QDir::Filters kinds)
{
    return QDir(dir).entryList(kinds | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

namespace {

QByteArray describeEntry(const QFileInfo &info)
{
    const QByteArray mode = QByteArray::number(info.permissions().toInt(), 16) + ' ';
    if (info.isSymLink())
        return mode + "link " + QFile::encodeName(info.symLinkTarget());
    if (info.isDir())
        return mode + "dir";
    // A FIFO would block the read and a device never end: their kind is their state.
    struct stat st = {};
    if (::lstat(QFile::encodeName(info.filePath()).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return mode + "special " + QByteArray::number(quint32(st.st_mode & S_IFMT), 8);
    const QByteArray bytes = readFile(info.filePath());
    return mode + "file " + QByteArray::number(info.size()) + ' ' +
           QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

} // namespace

QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> result;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.insert(base.relativeFilePath(path), describeEntry(QFileInfo(path)));
    }
    return result;
}

QString fastTempBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return QStringLiteral("/dev/shm");
    return QDir::tempPath();
}

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace QuireTest
