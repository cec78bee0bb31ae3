#include "core/content/contentsource.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"

#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <memory>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Quire {

namespace {

int writeFully(int fd, const char *data, qint64 left)
{
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return errno;
        data += written;
        left -= written;
    }
    return 0;
}

int readFully(int fd, char *into, qint64 length, qint64 offset, qint64 *got)
{
    *got = 0;
    while (*got < length) {
        const ssize_t n = offset >= 0 ? ::pread(fd, into + *got, size_t(length - *got), offset + *got)
                                      : ::read(fd, into + *got, size_t(length - *got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            break;
        *got += n;
    }
    return 0;
}

constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;

} // namespace

QString contentModeName(ContentMode mode)
{
    switch (mode) {
    case ContentMode::Template:
        return QStringLiteral("template");
    case ContentMode::Fill:
        return QStringLiteral("fill");
    case ContentMode::Random:
        return QStringLiteral("random");
    case ContentMode::Copy:
        return QStringLiteral("copy");
    case ContentMode::Sparse:
        return QStringLiteral("sparse");
    }
    return {};
}

char *chunkBuffer(int which)
{
    thread_local std::unique_ptr<char[]> buffers[2];
    if (!buffers[which])
        buffers[which] = std::make_unique<char[]>(size_t(ContentSource::ChunkBytes));
    return buffers[which].get();
}

int ContentSource::writeTo(int fd)
{
    char *buffer = chunkBuffer();
    for (qint64 offset = 0; offset < size();) {
        const qint64 length = std::min(ChunkBytes, size() - offset);
        if (const int error = read(offset, buffer, length))
            return error;
        if (const int error = writeFully(fd, buffer, length))
            return error;
        offset += length;
    }
    return 0;
}

BytesSource::BytesSource(const QByteArray &bytes)
    : m_bytes(bytes)
{
}

qint64 BytesSource::size() const
{
    return m_bytes.size();
}

int BytesSource::writeTo(int fd)
{
    return writeFully(fd, m_bytes.constData(), m_bytes.size());
}

int BytesSource::read(qint64 offset, char *out, qint64 length)
{
    std::memcpy(out, m_bytes.constData() + offset, size_t(length));
    return 0;
}

FillSource::FillSource(const QByteArray &bom, const QByteArray &pattern, qint64 size)
    : m_bom(bom)
    , m_pattern(pattern)
    , m_size(size)
{
}

qint64 FillSource::size() const
{
    return m_size;
}

int FillSource::read(qint64 offset, char *out, qint64 length)
{
    const qint64 bom = m_bom.size();
    while (length > 0 && offset < bom) {
        *out++ = m_bom.at(offset++);
        --length;
    }
    if (length > 0 && m_pattern.isEmpty()) {
        m_message = trCore("Quire::Runner", "the content template renders no text for this file, so there is "
                                            "nothing to repeat up to the size");
        return OwnError;
    }
    if (length <= 0)
        return 0;
    // A short pattern ("x{index}") is first repeated into whole periods of up to 64 KiB, so that the copy
    // below moves large pieces, not a few bytes per memcpy.
    if (m_expanded.isEmpty()) {
        const qint64 want = std::min<qint64>(m_size, 64 * 1024);
        m_expanded = m_pattern.repeated(qsizetype(std::max<qint64>(1, want / m_pattern.size())));
    }
    const qint64 period = m_expanded.size();
    qint64 at = (offset - bom) % period;
    while (length > 0) {
        const qint64 piece = std::min(length, period - at);
        std::memcpy(out, m_expanded.constData() + at, size_t(piece));
        out += piece;
        length -= piece;
        at = 0;
    }
    return 0;
}

RandomSource::RandomSource(quint64 fileKey, qint64 size)
    : m_key(fileKey)
    , m_size(size)
{
}

qint64 RandomSource::size() const
{
    return m_size;
}

namespace {

constexpr quint64 MixA = 0xbf58476d1ce4e5b9ULL;
constexpr quint64 MixB = 0x94d049bb133111ebULL;

quint64 splitMix(quint64 z)
{
    z = (z ^ (z >> 30)) * MixA;
    z = (z ^ (z >> 27)) * MixB;
    return z ^ (z >> 31);
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && Q_BYTE_ORDER == Q_LITTLE_ENDIAN
// One build runs on every x86-64: the loader picks the AVX2 body where the CPU has it (4 words per vector
// multiply instead of 1), the baseline body elsewhere. Both make the same bytes.
#define QUIRE_RANDOM_CLONES __attribute__((target_clones("avx2", "default")))
#define QUIRE_RANDOM_VECTORS 1
#else
#define QUIRE_RANDOM_CLONES
#define QUIRE_RANDOM_VECTORS 0
#endif

/**
 * Writes `count` whole words of the stream, from word `first` on, to out (any alignment), little-endian.
 * The same as wordAt() word by word, without a call or branch per word: eight independent counters per
 * iteration, so the multiplies of different words overlap in the pipeline.
 */
QUIRE_RANDOM_CLONES void fillWords(quint64 key, quint64 first, char *out, qint64 count)
{
    const quint64 state = key + (first + 1) * Golden;
    qint64 i = 0;
#if QUIRE_RANDOM_VECTORS
    // GCC's generic vectors: the shifts, xors and 64-bit multiplies below act on 4 lanes at once.
    using Lanes = quint64 __attribute__((vector_size(32)));
    Lanes low = {state, state + Golden, state + 2 * Golden, state + 3 * Golden};
    Lanes high = low + 4 * Golden;
    for (; i + 8 <= count; i += 8) {
        Lanes a = low;
        Lanes b = high;
        a = (a ^ (a >> 30)) * MixA;
        b = (b ^ (b >> 30)) * MixA;
        a = (a ^ (a >> 27)) * MixB;
        b = (b ^ (b >> 27)) * MixB;
        a ^= a >> 31;
        b ^= b >> 31;
        std::memcpy(out + 8 * i, &a, sizeof a);
        std::memcpy(out + 8 * i + 32, &b, sizeof b);
        low += 8 * Golden;
        high += 8 * Golden;
    }
#endif
    for (; i < count; ++i) {
        const quint64 word = qToLittleEndian(splitMix(state + quint64(i) * Golden));
        std::memcpy(out + 8 * i, &word, sizeof word);
    }
}

} // namespace

quint64 RandomSource::wordAt(quint64 fileKey, quint64 w)
{
    // SplitMix64 (Steele, Lea, Flood 2014) in counter mode: state = key + (w + 1) * golden.
    return splitMix(fileKey + (w + 1) * Golden);
}

int RandomSource::read(qint64 offset, char *out, qint64 length)
{
    quint64 w = quint64(offset) / 8;
    // A range that starts or ends inside a word takes the part of it that falls in the range (once each).
    if (const int skip = int(offset % 8); skip != 0 && length > 0) {
        const quint64 word = qToLittleEndian(wordAt(m_key, w++));
        const qint64 piece = std::min<qint64>(8 - skip, length);
        std::memcpy(out, reinterpret_cast<const char *>(&word) + skip, size_t(piece));
        out += piece;
        length -= piece;
    }
    const qint64 words = length / 8;
    fillWords(m_key, w, out, words);
    if (const qint64 tail = length - words * 8; tail > 0) {
        const quint64 word = qToLittleEndian(wordAt(m_key, w + quint64(words)));
        std::memcpy(out + words * 8, &word, size_t(tail));
    }
    return 0;
}

CopySource::CopySource(int sourceFd, qint64 size)
    : m_source(sourceFd)
    , m_size(size)
{
}

qint64 CopySource::size() const
{
    return m_size;
}

int CopySource::sourceChanged(qint64 now)
{
    m_message = trCore("Quire::Runner", "the file to copy from changed size during the run (%1 bytes instead of %2); "
                                        "this file was not written")
                    .arg(now)
                    .arg(m_size);
    return OwnError;
}

int CopySource::checkSourceSize()
{
    struct stat info = {};
    if (::fstat(m_source, &info) != 0)
        return errno;
    return info.st_size == m_size ? 0 : sourceChanged(info.st_size);
}

int CopySource::writeTo(int fd)
{
    m_cloned = false;
    if (const int error = checkSourceSize())
        return error;
    // A reflink shares the source's blocks: nothing is copied (btrfs, XFS, bcachefs; not ext4, tmpfs).
    if (m_size > 0 && ::ioctl(fd, FICLONE, m_source) == 0) {
        m_cloned = true;
        return checkSourceSize();
    }
    loff_t from = 0;
    bool useRange = true;
    while (useRange && from < m_size) {
        const ssize_t copied = ::copy_file_range(m_source, &from, fd, nullptr, size_t(m_size - from), 0);
        if (copied > 0)
            continue; // from moved with it
        if (copied == 0)
            return sourceChanged(from); // shorter than planned
        if (errno == EINTR)
            continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EOPNOTSUPP && errno != EINVAL)
            return errno;
        useRange = false; // the kernel refuses this pair: go on by hand from where it stopped
    }
    char *buffer = chunkBuffer();
    while (from < m_size) {
        const qint64 length = std::min(ChunkBytes, m_size - from);
        if (const int error = read(from, buffer, length))
            return error;
        if (const int error = writeFully(fd, buffer, length))
            return error;
        from += length;
    }
    return checkSourceSize();
}

int CopySource::read(qint64 offset, char *out, qint64 length)
{
    qint64 got = 0;
    if (const int error = readFully(m_source, out, length, offset, &got))
        return error;
    return got == length ? 0 : sourceChanged(offset + got);
}

SparseSource::SparseSource(qint64 size)
    : m_size(size)
{
}

qint64 SparseSource::size() const
{
    return m_size;
}

int SparseSource::writeTo(int fd)
{
    return ::ftruncate(fd, off_t(m_size)) == 0 ? 0 : errno;
}

int SparseSource::read(qint64, char *out, qint64 length)
{
    std::memset(out, 0, size_t(length));
    return 0;
}

QString verifyAgainst(int fd, ContentSource &source)
{
    const qint64 size = source.size();
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return trCore("Quire::Runner", "verification failed: %1").arg(osMessage(errno));
    const auto wrongSize = [size](qint64 actual) {
        return trCore("Quire::Runner", "verification failed: the file has %1 bytes instead of %2")
            .arg(actual)
            .arg(size);
    };
    if (info.st_size != size)
        return wrongSize(info.st_size);
    char *actual = chunkBuffer(0);
    char *expected = chunkBuffer(1);
    for (qint64 offset = 0; offset < size; offset += ContentSource::ChunkBytes) {
        const qint64 want = std::min(ContentSource::ChunkBytes, size - offset);
        qint64 got = 0;
        if (const int error = readFully(fd, actual, want, -1, &got))
            return trCore("Quire::Runner", "verification failed: %1").arg(osMessage(error));
        if (got < want)
            return wrongSize(offset + got);
        if (const int error = source.read(offset, expected, want))
            return error == ContentSource::OwnError ? source.message() : osMessage(error);
        if (std::memcmp(actual, expected, size_t(want)) != 0) {
            const qint64 at = std::mismatch(actual, actual + want, expected).first - actual;
            return trCore("Quire::Runner", "verification failed: byte %1 differs").arg(offset + at + 1);
        }
    }
    return {};
}

} // namespace Quire
