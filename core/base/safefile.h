#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>
#include <sys/types.h>

namespace Quire {

/** The largest content template or job file read, in bytes (64 MiB): one limit for the CLI and the GUI. */
constexpr qint64 MaxInputFileBytes = 64 * 1024 * 1024;

/** "-" in a file option: standard input for a file read, standard output for a file written. */
inline constexpr char StdStreamPath[] = "-";

/** "a FIFO (named pipe)", "a folder", "a symbolic link", ... for messages; empty for a regular file. */
QString fileKind(mode_t mode);

/** Why a file could not be read, for a front end that words it for its own user. */
enum class ReadProblem : quint8 {
    None,
    CannotRead, ///< open or read failed: detail is the OS's reason
    NotRegular, ///< a device, FIFO, socket or folder: never read
    TooLarge,   ///< above the limit
};

/**
 * bytes, or why they could not be read: error is the command line's message (naming the file, what is
 * wrong and how to fix it), problem and detail the same as values.
 */
struct ReadResult
{
    QByteArray bytes;
    QString error;
    ReadProblem problem = ReadProblem::None;
    QString detail;
    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/**
 * Reads a whole regular file (or standard input for "-") of at most limit bytes, in bounded memory and
 * time: a device, FIFO, socket or folder is refused without reading it, and no more than limit + 1
 * bytes are ever read, so /dev/zero or a sparse 3 GB file answers at once. what names the file in
 * messages ("content file", "job file").
 */
ReadResult readRegularFile(const QString &path, qint64 limit, const QString &what);

/**
 * Why path cannot be written safely, or an empty string: the folder must exist and be writable, and
 * the name must be free or a regular file (never a symlink, folder, device, FIFO or socket). "-" is
 * always fine. Used before a run starts, so a bad path never costs a finished run its side file.
 */
QString checkWritable(const QString &path, const QString &what);

/**
 * Replaces path atomically with new content without ever following a symlink at it: the folder is
 * opened once, the name checked with fstatat(AT_SYMLINK_NOFOLLOW), the content written to a new
 * temporary file in that folder (O_CREAT|O_EXCL|O_NOFOLLOW), synced and renamed over the name. An
 * existing regular file keeps its permissions; anything else at the name is refused, never replaced.
 * Destroying an uncommitted writer removes the temporary file.
 */
class SafeFileWriter final
{
public:
    SafeFileWriter(const QString &path, const QString &what);
    ~SafeFileWriter();
    Q_DISABLE_COPY_MOVE(SafeFileWriter)

    /** Opens the temporary file; returns the error or an empty string. */
    QString open();
    /** The temporary file, open for writing after a successful open(). */
    [[nodiscard]] QFile *device();
    /** Syncs and renames the temporary file over the name; returns the error or an empty string. */
    QString commit();

private:
    QString fail(const QString &step, int error);
    void discard();

    QString m_path;
    QString m_what;
    int m_dirFd = -1;
    int m_fd = -1;
    QByteArray m_name;
    QByteArray m_temporary;
    mode_t m_mode = 0;
    bool m_keepMode = false;
    std::unique_ptr<QFile> m_file;
};

/** Writes data to path with SafeFileWriter; returns the error or an empty string. */
QString writeFileSafely(const QString &path, const QByteArray &data, const QString &what);

} // namespace Quire
