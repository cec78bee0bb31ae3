#include "core/plan/pathchecks.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <sys/stat.h>
#include <unistd.h>

namespace Quire {

namespace {

using StatBuffer = struct stat;

QString identityOf(const StatBuffer &info)
{
    return QStringLiteral("inode:%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
}

QString linkTarget(const QByteArray &native)
{
    return QFileInfo(QFile::decodeName(native)).symLinkTarget();
}

// stat() failed with ENOENT on path: tells a dangling symbolic link from a name that is simply free.
QString danglingLink(const QByteArray &native, const QString &shown)
{
    StatBuffer info{};
    if (::lstat(native.constData(), &info) != 0 || !S_ISLNK(info.st_mode))
        return {};
    return trCore("Quire::Planner", "%1 is a symbolic link to %2, which does not exist: %3 (fix or remove the link, or "
                                    "choose another folder)")
        .arg(shown, linkTarget(native), osMessage(ENOENT));
}

QString writableError(const QByteArray &native, const QString &what)
{
    if (::access(native.constData(), W_OK | X_OK) == 0)
        return {};
    return what + QStringLiteral(": %1").arg(osMessage(errno));
}

// The folder is missing: find the nearest existing ancestor, which must be a writable folder, and make
// sure no missing component is longer than the system allows.
FolderState inspectMissing(const QString &path)
{
    FolderState state;
    state.create = true;
    QString ancestor = path;
    QString rest;
    StatBuffer info{};
    while (true) {
        const QString component = QFileInfo(ancestor).fileName();
        const QByteArray native = QFile::encodeName(ancestor);
        if (QFile::encodeName(component).size() > NAME_MAX) {
            state.error =
                trCore("Quire::Planner", "cannot create folder %1: the name \"%2…\" is longer than %3 bytes: %4")
                    .arg(path, component.left(40))
                    .arg(NAME_MAX)
                    .arg(osMessage(ENAMETOOLONG));
            return state;
        }
        if (const QString dangling = danglingLink(native, ancestor); !dangling.isEmpty()) {
            state.error = trCore("Quire::Planner", "cannot create folder %1: %2").arg(path, dangling);
            return state;
        }
        rest = rest.isEmpty() ? component : component + u'/' + rest;
        ancestor = QFileInfo(ancestor).absolutePath();
        if (::stat(QFile::encodeName(ancestor).constData(), &info) == 0 || errno != ENOENT || ancestor == u'/')
            break;
    }
    const QByteArray native = QFile::encodeName(ancestor);
    if (::stat(native.constData(), &info) != 0)
        state.error = trCore("Quire::Planner", "cannot create folder %1: %2: %3").arg(path, ancestor, osMessage(errno));
    else if (!S_ISDIR(info.st_mode))
        state.error =
            trCore("Quire::Planner", "cannot create folder %1: %2 is a file, not a folder").arg(path, ancestor);
    else if (const QString why = writableError(native, trCore("Quire::Planner", "%1 is not writable").arg(ancestor));
             !why.isEmpty())
        state.error = trCore("Quire::Planner", "cannot create folder %1: %2").arg(path, why);
    const QString canonical = QFileInfo(ancestor).canonicalFilePath();
    state.identity = QStringLiteral("path:") + (canonical == u'/' ? QString() : canonical) + u'/' + rest;
    return state;
}

} // namespace

FolderState inspectFolder(const QString &path)
{
    FolderState state;
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= PATH_MAX) {
        state.error =
            trCore("Quire::Planner", "folder path %1… is %2 bytes long; the system allows %3: %4 (choose a shorter "
                                     "path)")
                .arg(path.left(60))
                .arg(native.size())
                .arg(PATH_MAX - 1)
                .arg(osMessage(ENAMETOOLONG));
        return state;
    }
    StatBuffer info{};
    if (::stat(native.constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            state.error = danglingLink(native, trCore("Quire::Planner", "folder %1").arg(path));
            return state.error.isEmpty() ? inspectMissing(path) : state;
        }
        state.error =
            trCore("Quire::Planner", "cannot use folder %1: %2 (choose another folder)").arg(path, osMessage(error));
        return state;
    }
    state.identity = identityOf(info);
    if (!S_ISDIR(info.st_mode))
        state.error = trCore("Quire::Planner", "%1 is a file, not a folder: choose a folder").arg(path);
    else
        state.error = writableError(native, trCore("Quire::Planner", "folder %1 is not writable").arg(path));
    if (!state.error.isEmpty() && S_ISDIR(info.st_mode))
        state.error += trCore("Quire::Planner", " (choose another folder or change its permissions)");
    return state;
}

qsizetype firstUnnameable(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isNull() || c.isSurrogate())
            return i;
    }
    return -1;
}

QString visibleText(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair) {
            shown += c;
            shown += text[++i];
        } else if (c.isNull()) {
            shown += QStringLiteral("\\0");
        } else if (c == u'\n') {
            shown += QStringLiteral("\\n");
        } else if (c == u'\r') {
            shown += QStringLiteral("\\r");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            shown += QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0').toUpper();
        } else if (c.isSurrogate()) {
            shown += QStringLiteral("\\u%1").arg(QString::number(c.unicode(), 16).toUpper());
        } else {
            shown += c;
        }
    }
    return shown;
}

QString describeUnnameable(QStringView text, qsizetype at)
{
    if (text[at].isNull())
        return trCore("Quire::Planner", "a NUL character at position %1").arg(at + 1);
    return trCore("Quire::Planner", "a lone surrogate U+%1 at position %2 (half of a character, not a character)")
        .arg(QString::number(text[at].unicode(), 16).toUpper())
        .arg(at + 1);
}

} // namespace Quire
