#pragma once

// Private to RunActions: what undo and resume share to look at the files a run wrote.

#include "core/content/textencoder.h"
#include "core/run/runrecord.h"
#include "core/template/templateengine.h"

#include <QByteArray>
#include <QString>

#include <sys/stat.h>
#include <vector>

namespace Quire {

struct Plan;

namespace RunFiles {

/** The descriptors of the run's folders (and backup folder), opened once for every file. */
struct FolderFds
{
    explicit FolderFds(const RunRecord &record);
    ~FolderFds();
    Q_DISABLE_COPY_MOVE(FolderFds)

    std::vector<int> fds;
    std::vector<int> errors; ///< errno where a folder could not be opened
    int backup = -1;
};

/** The name and bytes the run wrote at one position, rendered again; one per thread, buffers reused. */
class Expected
{
public:
    explicit Expected(const RunRecord &record);
    /** Fills name and bytes; false (and error) if the content cannot be encoded any more. */
    bool render(qint64 position, QString *error);

    QByteArray name; ///< as written: the ledger's final name under the rename policy
    QByteArray bytes;

private:
    void renderName(qint64 position, int folder, const FileContext &context);

    const RunRecord &m_record;
    const Plan &m_plan;
    TextEncoder m_encoder;
    QByteArray m_bom;
    bool m_renamed;
    bool m_contentUsesName;
    QString m_text;
    QString m_nameText;
};

/** What is at a name compared with the bytes the run wrote there; holds the file open. */
struct Found
{
    enum class Kind : quint8 {
        Missing,
        Same,
        Prefix, ///< a regular file whose bytes are a strict prefix of the expected ones
        Different,
        Error,
    };
    Found() = default;
    ~Found();
    Q_DISABLE_COPY_MOVE(Found)

    Kind kind = Kind::Missing;
    QString reason; ///< for Different and Error
    int fd = -1;
    struct stat info = {};
};

/** Opens name without following a symlink, checks type and size, reads and compares with expected. */
void examine(int dirFd, const QByteArray &name, const QByteArray &expected, QByteArray &buffer, Found &found);
/** Empty if name is still the inode examine() compared, else why not. */
QString stillSame(int dirFd, const QByteArray &name, const Found &found);
/** Puts a backup back across file systems: a temporary copy with the old mode, then a rename. 0 or errno. */
int copyBack(int backupFd, const QByteArray &backupName, int dirFd, const QByteArray &name);

} // namespace RunFiles

} // namespace Quire
