#pragma once

#include "core/job/jobspec.h"
#include "core/run/runresult.h"

#include <QByteArray>
#include <QString>

namespace Quire {

class ContentSource;

/** Outcome of writing one file: errors are values, carrying the OS's message. */
struct WriteOutcome
{
    FileStatus status = FileStatus::Pending;
    QString finalName; ///< the name used; from the native-name write(): empty unless it differs (Rename)
    QString error;     ///< the OS's message with what failed, when status is Failed
};

/**
 * Writes one file into a directory given as an open descriptor. Never follows a symlink at the target
 * name, never clobbers a file unless the policy is Overwrite (then atomically, and never a FIFO, socket
 * or device), and on any error removes the half-written file while the name still holds it (another
 * run may have put its own file there). Thread-safe: holds no mutable state.
 */
class FileWriter
{
public:
    /**
     * syncReplacements: fsync a replacement before it takes the old file's name (durable mode).
     * backupDirFd: where Overwrite keeps each replaced file (see write()); -1 for none.
     * Rename always writes atomically, whatever the method, so that no partial copy is ever left
     * under a numbered name that nobody recorded.
     */
    FileWriter(int dirFd, IfExists policy, WriteMethod method, bool syncReplacements = false, int backupDirFd = -1);

    [[nodiscard]] WriteOutcome write(const QString &name, const QByteArray &bytes) const;
    /**
     * Same, with the name already encoded for the file system (avoids a conversion per file). With a
     * backup folder and a backupName, a file that Overwrite replaces is first kept there under that name.
     */
    [[nodiscard]] WriteOutcome write(const QByteArray &nativeName, const QByteArray &bytes,
                                     const QByteArray &backupName = {}) const;
    /**
     * Same, with bytes pulled from a source piece by piece (content generators: a file may be larger than
     * memory). Every method and policy works as with bytes; a source that fails midway (the file to copy
     * from changed size) fails the file like a failed write, leaving no partial file.
     */
    [[nodiscard]] WriteOutcome write(const QByteArray &nativeName, ContentSource &source,
                                     const QByteArray &backupName = {}) const;

    /** The bytes of one file: exactly one of the two is set. */
    struct Body
    {
        const QByteArray *bytes = nullptr;
        ContentSource *source = nullptr;
    };

private:
    WriteOutcome dispatch(const QByteArray &nativeName, const Body &bytes, const QByteArray &backupName) const;
    WriteOutcome writeDirect(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const;
    WriteOutcome writeAtomic(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const;
    WriteOutcome replace(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const;
    WriteOutcome onExisting(const QByteArray &name, const Body &bytes, const QByteArray &backupName) const;
    int keepBackup(const QByteArray &name, const QByteArray &backupName) const;

    int m_dirFd;
    IfExists m_policy;
    WriteMethod m_method;
    bool m_syncReplacements;
    int m_backupDirFd;
};

/** The method used when nothing else is asked (Direct; durable runs always use Atomic): see README "Safety". */
WriteMethod defaultWriteMethod();

} // namespace Quire
