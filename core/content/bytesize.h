#pragma once

#include <QJsonValue>
#include <QString>

namespace Quire {

/** A size the user typed, in bytes; error holds a complete sentence when it could not be read. */
struct ByteSize
{
    qint64 bytes = -1;
    QString error;

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/**
 * Reads a size: a whole number of bytes with an optional unit, IEC (KiB MiB GiB TiB PiB EiB, powers of
 * 1024) or SI (kB MB GB TB PB EB, powers of 1000), e.g. 512, 4KiB, 1 MiB, 4kB, 2GB, 0. B alone means
 * bytes. Units are spelled exactly: "4KB" or "4k" could mean either 4,000 or 4,096 bytes, so they are
 * errors that name both readings. At most 2^63 - 1 bytes.
 */
ByteSize parseByteSize(const QString &text);

/** The same for a job file's value: a whole number of bytes or a string as above. */
ByteSize byteSizeFromJson(const QJsonValue &value);

} // namespace Quire
