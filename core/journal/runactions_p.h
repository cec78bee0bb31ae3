#pragma once

// Private to RunActions: what undo and resume share to look at the files a run wrote.

#include "core/content/contentsource.h"
#include "core/content/textencoder.h"
#include "core/run/runrecord.h"
#include "core/template/templateengine.h"

#include <QByteArray>
#include <QString>

#include <memory>
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
    ~Expected();
    Q_DISABLE_COPY_MOVE(Expected)
    /** Fills name and bytes; false (and error) if the content cannot be encoded any more. */
    bool render(qint64 position, QString *error);
    /** The bytes of the last render(), as a source: content generators make them piece by piece. */
    [[nodiscard]] ContentSource &source();

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
    int m_copyFd = -1; ///< --copy-from: the source, opened once per Expected
    std::unique_ptr<ContentSource> m_source;
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

/**
 * Opens name without following a symlink, checks type and size, reads and compares with expected piece by
 * piece (a generated file may be larger than memory).
 */
void examine(int dirFd, const QByteArray &name, ContentSource &expected, Found &found);
/** Empty if name is still the inode examine() compared, else why not. */
QString stillSame(int dirFd, const QByteArray &name, const Found &found);
/** Puts a backup back across file systems: a temporary copy with the old mode, then a rename. 0 or errno. */
int copyBack(int backupFd, const QByteArray &backupName, int dirFd, const QByteArray &name);

} // namespace RunFiles

} // namespace Quire
