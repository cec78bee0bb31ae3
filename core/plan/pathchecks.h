#pragma once

#include <QString>
#include <QStringView>

namespace Quire {

/** A target folder as the operating system sees it, before anything is created. */
struct FolderState
{
    bool create = false; ///< missing now: the run makes it like mkdir -p
    QString error;       ///< why the folder cannot be used, with the OS's reason; empty if it can
    /** The same for two paths that name one folder, whatever symbolic links lie between them. */
    QString identity;
};

/**
 * Looks at path (absolute, cleaned) with stat/lstat: a file in the way, a dangling symbolic link, a
 * path or component longer than the system allows and an unwritable folder are errors here, not
 * failures half-way through the run.
 */
FolderState inspectFolder(const QString &path);

/**
 * Text no file name can hold: a NUL (every system call stops there, so the name would silently end
 * early) or a lone UTF-16 surrogate (no character at all; encoding it would put U+FFFD or '?' on disk).
 * Returns the index of the first such character, or -1.
 */
qsizetype firstUnnameable(QStringView text);

/** text with NUL, line breaks, other control characters and lone surrogates spelled out (\0, \n, \x1B,
 *  \uD800), so that a message shows where they are instead of cutting or breaking the line there. */
QString visibleText(QStringView text);
/** "a NUL character at position 3" or "a lone surrogate U+D800 at position 3" for firstUnnameable(). */
QString describeUnnameable(QStringView text, qsizetype at);

} // namespace Quire
