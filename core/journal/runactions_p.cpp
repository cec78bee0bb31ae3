#include "core/journal/runactions_p.h"

#include "core/base/filecopy.h"
#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/content/contentplan.h"
#include "core/journal/journalstore.h"
#include "core/plan/plan.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Quire::RunFiles {

FolderFds::FolderFds(const RunRecord &record)
{
    for (const FolderPlan &folder : record.plan->folders) {
        const int fd = ::open(QFile::encodeName(folder.path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        fds.push_back(fd);
        errors.push_back(fd < 0 ? errno : 0);
    }
    QString folder = record.backupFolder;
    if (folder.isEmpty() && record.journal)
        folder = record.journal->folder() + QStringLiteral("/backup");
    if (record.job.backup && !folder.isEmpty())
        backup = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

FolderFds::~FolderFds()
{
    for (int fd : fds) {
        if (fd >= 0)
            ::close(fd);
    }
    if (backup >= 0)
        ::close(backup);
}

Expected::Expected(const RunRecord &record)
    : m_record(record)
    , m_plan(*record.plan)
    , m_encoder(m_plan.spec.encoding)
    , m_bom(m_plan.spec.bom ? m_encoder.bom() : QByteArray())
    , m_renamed(m_plan.spec.ifExists == IfExists::Rename)
    , m_contentUsesName(m_plan.contentTemplate.contains(Template::Kind::Name))
    , m_copyFd(m_plan.contentMode == ContentMode::Copy ? openCopySource(m_plan) : -1)
{
}

Expected::~Expected()
{
    if (m_copyFd >= 0)
        ::close(m_copyFd);
}

ContentSource &Expected::source()
{
    return *m_source;
}

bool Expected::render(qint64 position, QString *error)
{
    const int folder = m_plan.folderOf(position);
    FileContext context = m_plan.contextAt(position);
    renderName(position, folder, context);
    if (m_contentUsesName) {
        m_nameText = QString::fromUtf8(name);
        context.name = m_nameText;
    }
    bytes.resize(0);
    // Fill puts its BOM in front itself; the other generators render no template at all.
    const bool fill = m_plan.contentMode == ContentMode::Fill;
    if (m_plan.contentMode == ContentMode::Template || fill) {
        if (!fill)
            bytes.append(m_bom);
        const Template &content = m_plan.boundContents.at(folder);
        if (!m_encoder.encodesAsciiAsItself() || !content.renderAscii(context, bytes)) {
            content.render(context, m_text);
            if (m_encoder.encode(m_text, bytes) >= 0) {
                *error =
                    trCore("Quire::RunActions", "its content cannot be rendered again in %1").arg(m_encoder.name());
                return false;
            }
        }
    }
    // Made from the rendered bytes (it holds them, implicitly shared), so only once they are complete.
    m_source = makeContentSource(m_plan, position, m_bom, bytes, m_copyFd);
    return true;
}

void Expected::renderName(qint64 position, int folder, const FileContext &context)
{
    name.resize(0);
    if (m_renamed) {
        if (const QString chosen = m_record.ledger->finalName(position); !chosen.isEmpty()) {
            name = QFile::encodeName(chosen);
            return;
        }
    }
    const Template &names = m_plan.boundNames.at(folder);
    if (names.renderAscii(context, name))
        return;
    names.render(context, m_text);
    name = m_text.toUtf8();
}

Found::~Found()
{
    if (fd >= 0)
        ::close(fd);
}

namespace {

QString notRegularReason(mode_t mode)
{
    if (S_ISDIR(mode))
        return trCore("Quire::RunActions", "a folder is at this name now");
    return trCore("Quire::RunActions", "not a regular file any more");
}

bool readExactly(int fd, char *into, qint64 size)
{
    for (qsizetype done = 0; done < size;) {
        const ssize_t got = ::read(fd, into + done, size_t(size - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

} // namespace

// O_NOFOLLOW: a symlink at the name is never followed; O_NONBLOCK: a FIFO there cannot hang the undo.
void examine(int dirFd, const QByteArray &name, ContentSource &expected, Found &found)
{
    found.fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (found.fd < 0) {
        const int error = errno;
        found.kind = error == ENOENT ? Found::Kind::Missing : Found::Kind::Different;
        if (error == ELOOP) {
            found.reason = trCore("Quire::RunActions", "a symbolic link is at this name now");
        } else if (error != ENOENT) {
            found.kind = Found::Kind::Error;
            found.reason = osMessage(error);
        }
        return;
    }
    if (::fstat(found.fd, &found.info) != 0) {
        found.kind = Found::Kind::Error;
        found.reason = osMessage(errno);
        return;
    }
    found.kind = Found::Kind::Different;
    if (!S_ISREG(found.info.st_mode)) {
        found.reason = notRegularReason(found.info.st_mode);
        return;
    }
    const qint64 size = found.info.st_size;
    const qint64 want = expected.size();
    const QString otherSize =
        trCore("Quire::RunActions", "changed since the run: %1 bytes instead of %2").arg(size).arg(want);
    if (size > want) {
        found.reason = otherSize;
        return;
    }
    char *actual = chunkBuffer(0);
    char *wanted = chunkBuffer(1);
    for (qint64 offset = 0; offset < size; offset += ContentSource::ChunkBytes) {
        const qint64 length = std::min(ContentSource::ChunkBytes, size - offset);
        if (!readExactly(found.fd, actual, length)) {
            found.reason = trCore("Quire::RunActions", "changed while it was read");
            return;
        }
        if (const int error = expected.read(offset, wanted, length)) {
            found.kind = Found::Kind::Error;
            found.reason = error == ContentSource::OwnError ? expected.message() : osMessage(error);
            return;
        }
        if (std::memcmp(actual, wanted, size_t(length)) != 0) {
            found.reason = size == want
                               ? trCore("Quire::RunActions", "changed since the run: same size, different bytes")
                               : otherSize;
            return;
        }
    }
    found.kind = size == want ? Found::Kind::Same : Found::Kind::Prefix;
}

// The name must still be the inode that was compared: a file swapped in meanwhile is not ours.
QString stillSame(int dirFd, const QByteArray &name, const Found &found)
{
    struct stat now = {};
    if (::fstatat(dirFd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0)
        return osMessage(errno);
    if (now.st_ino != found.info.st_ino || now.st_dev != found.info.st_dev)
        return trCore("Quire::RunActions", "replaced by another file during the undo");
    return {};
}

namespace {

// copy_file_range refuses some pairs of file systems (EXDEV again since Linux 5.19): then read and write.
} // namespace

int copyBack(int backupFd, const QByteArray &backupName, int dirFd, const QByteArray &name)
{
    const int in = ::openat(backupFd, backupName.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return errno;
    struct stat info = {};
    // Beside the file, in its own sub-folder for a nested name: "sub/.name.quire-undo".
    const qsizetype slash = name.lastIndexOf('/');
    const QByteArray temp = name.left(slash + 1) + '.' + name.mid(slash + 1) + ".quire-undo";
    int out = ::fstat(in, &info) == 0
                  ? ::openat(dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)
                  : -1;
    int error = out < 0 ? errno : 0;
    if (!error)
        error = copyFileContents(in, out);
    if (!error && ::fchmod(out, info.st_mode & 07777) != 0)
        error = errno;
    ::close(in);
    if (out >= 0 && ::close(out) != 0 && !error)
        error = errno;
    if (!error && ::renameat(dirFd, temp.constData(), dirFd, name.constData()) != 0)
        error = errno;
    if (error && out >= 0)
        ::unlinkat(dirFd, temp.constData(), 0);
    if (!error)
        ::unlinkat(backupFd, backupName.constData(), 0);
    return error;
}

} // namespace Quire::RunFiles
