#include "core/content/bytesize.h"

#include "core/base/translations.h"

#include <array>
#include <limits>

namespace Quire {

namespace {

struct Unit
{
    const char16_t *name;
    qint64 factor;
};

constexpr qint64 Ki = 1024;
constexpr qint64 K = 1000;

constexpr std::array<Unit, 13> Units{{
    {u"B", 1},
    {u"KiB", Ki},
    {u"MiB", Ki *Ki},
    {u"GiB", Ki *Ki *Ki},
    {u"TiB", Ki *Ki *Ki *Ki},
    {u"PiB", Ki *Ki *Ki *Ki *Ki},
    {u"EiB", Ki *Ki *Ki *Ki *Ki *Ki},
    {u"kB", K},
    {u"MB", K *K},
    {u"GB", K *K *K},
    {u"TB", K *K *K *K},
    {u"PB", K *K *K *K *K},
    {u"EB", K *K *K *K *K *K},
}};

ByteSize failure(const QString &message)
{
    return ByteSize{-1, message};
}

// "4KB", "4k", "4mib": one letter off from a real unit. Name what the user may have meant.
ByteSize unknownUnit(const QString &text, const QString &number, const QString &unit)
{
    const QChar first = unit.isEmpty() ? QChar() : unit.front().toUpper();
    const QString prefix = first == u'K' ? QStringLiteral("k") : QString(first);
    if (QStringLiteral("KMGTPE").contains(first) && unit.size() <= 3)
        return failure(trCore("Quire::ByteSize", "size \"%1\": unit \"%2\" is ambiguous: write %3%4B (powers of "
                                                 "1000) or %3%5iB (powers of 1024)")
                           .arg(text, unit, number, prefix, QString(first)));
    return failure(trCore("Quire::ByteSize", "size \"%1\": unknown unit \"%2\" (use B, KiB, MiB, GiB, TiB, kB, MB, "
                                             "GB, TB...)")
                       .arg(text, unit));
}

} // namespace

ByteSize parseByteSize(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype digits = 0;
    while (digits < trimmed.size() && trimmed.at(digits).isDigit() && trimmed.at(digits).unicode() < 128)
        ++digits;
    if (trimmed.startsWith(u'-'))
        return failure(trCore("Quire::ByteSize", "size \"%1\" is negative: give 0 or more bytes").arg(text));
    if (digits == 0)
        return failure(trCore("Quire::ByteSize", "size \"%1\" is not a size: give a whole number of bytes with an "
                                                 "optional unit, e.g. 512, 4KiB, 1MiB, 2GB")
                           .arg(text));
    const QString number = trimmed.left(digits);
    const QString unit = trimmed.mid(digits).trimmed();
    bool fits = false;
    const qint64 value = number.toLongLong(&fits);
    qint64 factor = unit.isEmpty() ? 1 : 0;
    for (const Unit &candidate : Units) {
        if (unit == QStringView(candidate.name))
            factor = candidate.factor;
    }
    if (factor == 0)
        return unknownUnit(text, number, unit);
    if (!fits || value > std::numeric_limits<qint64>::max() / factor)
        return failure(trCore("Quire::ByteSize", "size \"%1\" is too large: the most is 8 EiB - 1 byte "
                                                 "(9223372036854775807)")
                           .arg(text));
    return ByteSize{value * factor, {}};
}

ByteSize byteSizeFromJson(const QJsonValue &value)
{
    if (value.isString())
        return parseByteSize(value.toString());
    // toInteger() returns its default for fractions and out-of-range numbers: two defaults tell them apart.
    if (value.isDouble() && value.toInteger(1) == value.toInteger(2)) {
        if (value.toInteger() < 0)
            return failure(
                trCore("Quire::ByteSize", "size %1 is negative: give 0 or more bytes").arg(value.toInteger()));
        return ByteSize{value.toInteger(), {}};
    }
    return failure(trCore("Quire::ByteSize", "a size must be a whole number of bytes or a string such as \"4KiB\""));
}

} // namespace Quire
