#include "core/journal/journalledgerstore.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/mman.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Quire {

namespace {

constexpr char Magic[] = "QUIRELOG";
constexpr qsizetype MagicSize = sizeof(Magic) - 1;

} // namespace

QByteArray StatusFileHeader::bytes() const
{
    QByteArray data(Size, '\0');
    std::memcpy(data.data(), Magic, MagicSize);
    qToLittleEndian<quint32>(Version, data.data() + 8);
    qToLittleEndian<quint32>(quint32(Size), data.data() + 12);
    qToLittleEndian<quint64>(quint64(fileCount), data.data() + 16);
    qToLittleEndian<quint64>(quint64(pid), data.data() + PidOffset);
    return data;
}

QString StatusFileHeader::read(QByteArrayView data, StatusFileHeader *header)
{
    if (data.size() < Size)
        return trCore("Quire::Journal", "status file has %1 bytes, too few for its %2-byte header.")
            .arg(data.size())
            .arg(Size);
    if (data.first(MagicSize) != QByteArrayView(Magic, MagicSize))
        return trCore(
            "Quire::Journal",
            "status file does not start with \"QUIRELOG\": it is not a Quire status file, or it was overwritten.");
    const quint32 version = qFromLittleEndian<quint32>(data.data() + 8);
    if (version != Version)
        return trCore("Quire::Journal", "status file has format version %1; this Quire reads version %2.")
            .arg(version)
            .arg(Version);
    const quint32 size = qFromLittleEndian<quint32>(data.data() + 12);
    if (size != Size)
        return trCore("Quire::Journal", "status file's header says it is %1 bytes long, expected %2.")
            .arg(size)
            .arg(Size);
    const quint64 count = qFromLittleEndian<quint64>(data.data() + 16);
    if (count > quint64(std::numeric_limits<qint64>::max()) - quint64(Size))
        return trCore("Quire::Journal", "status file's header gives an impossible file count (%1).").arg(count);
    header->fileCount = qint64(count);
    header->pid = qint64(qFromLittleEndian<quint64>(data.data() + PidOffset));
    return {};
}

JournalLedgerStore::JournalLedgerStore(QString folder, void *map, qint64 mapSize, bool shared)
    : m_folder(std::move(folder))
    , m_map(map)
    , m_mapSize(mapSize)
    , m_shared(shared)
{
}

JournalLedgerStore::~JournalLedgerStore()
{
    ::munmap(m_map, size_t(m_mapSize));
    if (m_namesFd >= 0)
        ::close(m_namesFd);
    if (m_failuresFd >= 0)
        ::close(m_failuresFd);
}

quint8 *JournalLedgerStore::statusBytes()
{
    return static_cast<quint8 *>(m_map) + StatusFileHeader::Size;
}

void JournalLedgerStore::nameChosen(qint64 position, const QString &name)
{
    append(m_namesFd, "names.log", logLine(position, name));
}

void JournalLedgerStore::failed(qint64 position, const QString &message)
{
    append(m_failuresFd, "failures.log", logLine(position, message));
}

void JournalLedgerStore::failuresCleared()
{
    QMutexLocker locker(&m_mutex);
    if (!m_shared)
        return;
    const QByteArray path = QFile::encodeName(m_folder + u"/failures.log"_s);
    const int result = m_failuresFd >= 0 ? ::ftruncate(m_failuresFd, 0) : ::truncate(path.constData(), 0);
    if (result != 0 && errno != ENOENT)
        noteError(trCore("Quire::Journal", "Cannot clear %1: %2").arg(QFile::decodeName(path), osMessage(errno)));
}

QString JournalLedgerStore::writeError() const
{
    QMutexLocker locker(&m_mutex);
    return m_writeError;
}

void JournalLedgerStore::append(int &fd, const char *fileName, const QByteArray &line)
{
    QMutexLocker locker(&m_mutex);
    if (!m_shared)
        return;
    const QString path = m_folder + u'/' + QLatin1StringView(fileName);
    if (fd < 0) {
        // Opened on first use: most runs never rename or fail a file. O_APPEND and one write() per line
        // keep every line whole.
        fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            noteError(trCore("Quire::Journal", "Cannot open %1: %2").arg(path, osMessage(errno)));
            return;
        }
    }
    ssize_t written;
    do {
        written = ::write(fd, line.constData(), size_t(line.size()));
    } while (written < 0 && errno == EINTR);
    if (written == line.size())
        return;
    const int error = written < 0 ? errno : ENOSPC;
    // A half line would make the whole journal unreadable: cut it off again (only this process appends).
    if (written > 0)
        (void)::ftruncate(fd, ::lseek(fd, 0, SEEK_END) - written);
    noteError(trCore("Quire::Journal", "Cannot append to %1: %2").arg(path, osMessage(error)));
}

void JournalLedgerStore::noteError(const QString &error)
{
    if (m_writeError.isEmpty())
        m_writeError = error;
}

QByteArray JournalLedgerStore::logLine(qint64 position, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray line = QByteArray::number(position);
    line.reserve(line.size() + utf8.size() + 8);
    line += '\t';
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\r':
            line += "\\r";
            break;
        case '\n':
            line += "\\n";
            break;
        default:
            line += c;
        }
    }
    line += '\n';
    return line;
}

QString JournalLedgerStore::parseLogLine(QByteArrayView line, qint64 count, qint64 *position, QString *text)
{
    if (!line.endsWith('\n'))
        return trCore("Quire::Journal", "does not end with a newline (the file was cut short)");
    line.chop(1);
    const qsizetype tab = line.indexOf('\t');
    if (tab < 0)
        return trCore("Quire::Journal", "has no tab after the position");
    bool ok = false;
    const qint64 p = line.first(tab).toLongLong(&ok);
    if (!ok)
        return trCore("Quire::Journal", "has \"%1\" where the position belongs")
            .arg(QString::fromUtf8(line.first(std::min<qsizetype>(tab, 40))));
    if (p < 0 || p >= count)
        return trCore("Quire::Journal", "names position %1, outside the run's %2 files").arg(p).arg(count);
    QByteArray out;
    out.reserve(line.size() - tab);
    for (qsizetype i = tab + 1; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\t' || c == '\r')
            return trCore("Quire::Journal", "has an unescaped tab or carriage return");
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = i + 1 < line.size() ? line.at(++i) : '\0';
        const char *decoded = e == '\\' ? "\\" : e == 't' ? "\t" : e == 'r' ? "\r" : e == 'n' ? "\n" : nullptr;
        if (!decoded)
            return trCore("Quire::Journal", "has an unknown escape after a backslash");
        out += decoded;
    }
    *position = p;
    *text = QString::fromUtf8(out);
    return {};
}

} // namespace Quire
