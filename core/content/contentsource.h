#pragma once

#include <QByteArray>
#include <QString>

namespace Quire {

/** How the bytes of every file are made (one mode per job; see README "Content generators"). */
enum class ContentMode : quint8 {
    Template, ///< the rendered content template (the default)
    Fill,     ///< --size: the rendered template repeated and cut to a size
    Random,   ///< --random-bytes: bytes from the run's seed and the file's position
    Copy,     ///< --copy-from: another file's bytes
    Sparse    ///< --sparse: a size and no data (holes)
};

QString contentModeName(ContentMode mode); ///< "template", "fill", "random", "copy", "sparse"

/**
 * The bytes of one file, produced piece by piece so that no file is ever held whole: the writer pulls
 * them (writeTo), verification and previews read any range of them (read). Made per file, used by one
 * thread.
 */
class ContentSource
{
public:
    /** Returned by writeTo() and read() for a failure that is no errno: see message(). */
    static constexpr int OwnError = -1;

    virtual ~ContentSource() = default;
    [[nodiscard]] virtual qint64 size() const = 0;
    /** Writes every byte to fd, which is empty and at offset 0. Returns 0, an errno or OwnError. */
    virtual int writeTo(int fd);
    /** Fills out with the bytes at [offset, offset + length), all inside size(). 0, errno or OwnError. */
    virtual int read(qint64 offset, char *out, qint64 length) = 0;
    [[nodiscard]] QString message() const
    {
        return m_message;
    }

    /** The buffer size of writeTo() and verification: large enough for full-speed writes, small to keep. */
    static constexpr qint64 ChunkBytes = qint64(1) << 20;

protected:
    QString m_message;
};

/** Bytes already in memory (the plain template; verification of it). */
class BytesSource final : public ContentSource
{
public:
    explicit BytesSource(const QByteArray &bytes);
    [[nodiscard]] qint64 size() const override;
    int writeTo(int fd) override;
    int read(qint64 offset, char *out, qint64 length) override;

private:
    QByteArray m_bytes; ///< implicitly shared: no copy of the bytes, and nothing to dangle
};

/** --size: an optional BOM, then the pattern again and again, cut at exactly size bytes. */
class FillSource final : public ContentSource
{
public:
    FillSource(const QByteArray &bom, const QByteArray &pattern, qint64 size);
    [[nodiscard]] qint64 size() const override;
    int read(qint64 offset, char *out, qint64 length) override;

private:
    // Held by value (implicitly shared, so no bytes are copied): a caller's temporary must not dangle.
    QByteArray m_bom;
    QByteArray m_pattern;
    qint64 m_size;
    QByteArray m_expanded; ///< the pattern repeated to whole periods of up to 64 KiB, made on first read
};

/**
 * --random-bytes: the 64-bit word w of a file is SplitMix64's output for counter w under the file's key
 * (FileRandom::keyFor): any range can be made without the ones before it, so resume, verify and previews
 * see the same bytes, and filling is a few multiplies per 8 bytes (several GB/s per core).
 */
class RandomSource final : public ContentSource
{
public:
    RandomSource(quint64 fileKey, qint64 size);
    [[nodiscard]] qint64 size() const override;
    int read(qint64 offset, char *out, qint64 length) override;

    /** Word w of the file with this key (little-endian bytes 8w .. 8w+7). */
    static quint64 wordAt(quint64 fileKey, quint64 w);

private:
    quint64 m_key;
    qint64 m_size;
};

/**
 * --copy-from: the bytes of an open source file, which must still have the size the plan saw. Tries a
 * reflink (FICLONE: shares the blocks, copies nothing), then copy_file_range, then read/write. Reads
 * with explicit offsets, so one descriptor serves every thread.
 */
class CopySource final : public ContentSource
{
public:
    CopySource(int sourceFd, qint64 size);
    [[nodiscard]] qint64 size() const override;
    int writeTo(int fd) override;
    int read(qint64 offset, char *out, qint64 length) override;
    /** True when the last writeTo() cloned the file (the file system shares the source's blocks). */
    [[nodiscard]] bool cloned() const
    {
        return m_cloned;
    }

private:
    int sourceChanged(qint64 now);
    int checkSourceSize();

    int m_source;
    qint64 m_size;
    bool m_cloned = false;
};

/** --sparse: a file of size bytes with no data written: the file system keeps holes, which read as zeros. */
class SparseSource final : public ContentSource
{
public:
    explicit SparseSource(qint64 size);
    [[nodiscard]] qint64 size() const override;
    int writeTo(int fd) override;
    int read(qint64 offset, char *out, qint64 length) override;

private:
    qint64 m_size;
};

/**
 * Reads the file at fd from its start and compares it with source. Returns an empty string when equal,
 * else the reason ("verification failed: byte N differs", counted from 1 like cmp).
 */
QString verifyAgainst(int fd, ContentSource &source);

/** The current thread's buffer of ContentSource::ChunkBytes (reused: the hot loop allocates nothing). */
char *chunkBuffer(int which = 0);

} // namespace Quire
