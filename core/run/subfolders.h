#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace Quire {

struct Plan;
struct RunRecord;

/**
 * The sub-folders a nested name template ("{index/1000}/file-{index}.txt") puts below the target
 * folders, made on demand by the writer threads: mkdir -p with mkdirat/openat on the target folder's
 * descriptor, one component at a time and never through a symbolic link (O_NOFOLLOW | O_DIRECTORY).
 * Shared by the threads: a sub-folder another thread made (EEXIST) is fine if it is a folder, and a
 * sub-folder known to exist is not made again. Callers keep the descriptors they open for a while
 * (WriteLoop: per chunk), so a million files in a thousand sub-folders make a thousand folders and a
 * few thousand opens, not a million mkdirs.
 */
class Subfolders
{
public:
    Subfolders() = default;
    Q_DISABLE_COPY_MOVE(Subfolders)

    /** The sub-folders of plan missing now, absolute, parents first: what the run will make (for undo). */
    static QStringList missing(const Plan &plan);
    /** Adds missing() to record.createdFolders (those not listed yet): called before the run makes any. */
    static void recordMissing(RunRecord &record);

    /** Opens dir (relative, '/'-separated) below target folder folder (fd folderFd), making what is missing. */
    int open(int folder, int folderFd, const QByteArray &dir, QString *error);
    /** Durable mode: fsync of every sub-folder used (their new entries) and so of each new one's parent. */
    [[nodiscard]] QStringList sync(const std::vector<int> &folderFds, const QStringList &folderPaths) const;

private:
    static QByteArray key(int folder, const QByteArray &dir);

    mutable QMutex m_mutex;
    QSet<QByteArray> m_known; ///< key(): sub-folders that exist (made by anyone), guarded by m_mutex
};

} // namespace Quire
