#pragma once

#include "core/run/runledger.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QString>

namespace Quire {

/**
 * The fixed header of a journal's status file, little-endian: "QUIRELOG", format version (u32), header
 * size (u32), file count (u64), pid of the process that last locked it for writing (u64), zeros. The
 * status bytes, one per file, follow it.
 */
struct StatusFileHeader
{
    static constexpr qint64 Size = 64;
    static constexpr quint32 Version = 1;
    static constexpr qint64 PidOffset = 24;

    qint64 fileCount = 0;
    qint64 pid = 0;

    [[nodiscard]] QByteArray bytes() const;
    /** Reads the first Size bytes of a status file; empty if they are a header, else what is wrong. */
    static QString read(QByteArrayView data, StatusFileHeader *header);
};

/**
 * A run journal's ledger store: the status bytes are the mapped status file (shared: the writers'
 * stores reach the page cache, which keeps them after kill -9), and names and failures are appended
 * to names.log and failures.log as "position<TAB>text" lines. A private store (a journal opened for
 * reading) maps copy-on-write and never writes to the journal.
 */
class JournalLedgerStore final : public LedgerStore
{
public:
    /** Takes over map (mapSize bytes: the header, then the status bytes); unmapped when destroyed. */
    JournalLedgerStore(QString folder, void *map, qint64 mapSize, bool shared);
    ~JournalLedgerStore() override;
    Q_DISABLE_COPY_MOVE(JournalLedgerStore)

    quint8 *statusBytes() override;
    void nameChosen(qint64 position, const QString &name) override;
    void failed(qint64 position, const QString &message) override;
    void failuresCleared() override;

    /** The first error writing names.log or failures.log, empty if none (the ledger in memory has them). */
    [[nodiscard]] QString writeError() const;

    /** "position<TAB>text\n" with backslash, tab, CR and LF escaped: one line whatever the text holds. */
    static QByteArray logLine(qint64 position, const QString &text);
    /** Reads one line of logLine() (newline included); empty if it is one, else what is wrong. */
    static QString parseLogLine(QByteArrayView line, qint64 count, qint64 *position, QString *text);

private:
    void append(int &fd, const char *fileName, const QByteArray &line);
    void noteError(const QString &error);

    QString m_folder;
    void *m_map;
    qint64 m_mapSize;
    bool m_shared;
    mutable QMutex m_mutex; ///< guards the descriptors and m_writeError
    int m_namesFd = -1;
    int m_failuresFd = -1;
    QString m_writeError;
};

} // namespace Quire
