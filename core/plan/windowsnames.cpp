#include "core/plan/windowsnames.h"

#include "core/plan/plan.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Quire {

namespace {

constexpr int ReservedLength = 4;      // the longest reserved stem: COM1, LPT9
constexpr qint64 ShortNumber = 0xffff; // the largest number that renders in four characters (hex)

const QStringList &reservedStems()
{
    static const QStringList stems = [] {
        QStringList list{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL")};
        for (char digit = '0'; digit <= '9'; ++digit) {
            list.append(QStringLiteral("COM") + QLatin1Char(digit));
            list.append(QStringLiteral("LPT") + QLatin1Char(digit));
        }
        return list;
    }();
    return stems;
}

// The template's segments up to the first '.' of a literal: variable parts never render a dot.
QList<Template::Segment> stemOf(const Template &name)
{
    QList<Template::Segment> stem;
    for (const Template::Segment &segment : name.segments()) {
        stem.append(segment);
        if (segment.kind == Template::Kind::Literal && segment.text.contains(u'.')) {
            stem.last().text = segment.text.section(u'.', 0, 0);
            break;
        }
    }
    return stem;
}

// A stem of literals and {random} only: '?' stands for one drawn character (a letter or a digit).
ReservedNames possibleByRandom(const QList<Template::Segment> &stem)
{
    QString pattern;
    for (const Template::Segment &segment : stem)
        pattern += segment.kind == Template::Kind::Literal ? segment.text : QString(segment.width, u'?');
    ReservedNames result;
    if (pattern.size() > ReservedLength)
        return result;
    for (const QString &reserved : reservedStems()) {
        const bool fits = reserved.size() == pattern.size() &&
                          std::equal(reserved.cbegin(), reserved.cend(), pattern.cbegin(),
                                     [](QChar r, QChar p) { return p == u'?' || p.toUpper() == r; });
        if (fits) {
            result.first = pattern;
            result.possible = true;
            return result;
        }
    }
    return result;
}

// Rows whose {index} lies in [low, high]: a window of at most 2^17 / |step| rows.
std::pair<qint64, qint64> rowsForIndex(const Plan &plan, qint64 low, qint64 high)
{
    const double from = double(plan.files.firstIndex());
    const double step = double(plan.spec.step);
    double a = (double(low) - from) / step;
    double b = (double(high) - from) / step;
    if (a > b)
        std::swap(a, b);
    const double last = double(plan.filesPerFolder() - 1);
    // One row of slack each side for rounding; every row is rendered and checked anyway.
    return {qint64(std::clamp(std::floor(a) - 1, 0.0, last)), qint64(std::clamp(std::ceil(b) + 1, -1.0, last))};
}

} // namespace

bool isWindowsReserved(QStringView name)
{
    const QString stem = name.toString().section(u'.', 0, 0).toUpper();
    return reservedStems().contains(stem);
}

ReservedNames findReservedNames(const Plan &plan, int folder)
{
    const Template &name = plan.boundNames.at(folder);
    const QList<Template::Segment> stem = stemOf(name);
    const auto has = [&stem](Template::Kind kind) {
        return std::any_of(stem.cbegin(), stem.cend(), [kind](const auto &s) { return s.kind == kind; });
    };
    // Every segment renders at least one character, a literal or a padded number its length or width.
    qint64 shortest = 0;
    for (const Template::Segment &segment : stem)
        shortest += segment.kind == Template::Kind::Literal ? segment.text.size() : std::max(segment.width, 1);
    if (has(Template::Kind::Uuid) || shortest > ReservedLength)
        return {};
    const bool index = has(Template::Kind::Index);
    const bool n = has(Template::Kind::N);
    if (has(Template::Kind::Random) && !index && !n)
        return possibleByRandom(stem);
    const auto [sliceFirst, sliceEnd] = plan.files.rowsIn(folder); // a shard checks its own rows
    // Arithmetic ({index%10}) can give a short number for any row: every row is rendered.
    const bool expr = has(Template::Kind::Expr);
    qint64 firstRow = sliceFirst;
    qint64 lastRow = index || n || expr ? sliceEnd - 1 : std::min(sliceFirst, sliceEnd - 1);
    if (n && !expr)
        lastRow = std::min(lastRow, ShortNumber - 1); // {n} = row + 1
    if (index && !expr) {
        const auto [low, high] = rowsForIndex(plan, -999, ShortNumber);
        firstRow = std::max(firstRow, low);
        lastRow = std::min(lastRow, high);
    }
    ReservedNames result;
    for (qint64 row = firstRow; row <= lastRow; ++row) {
        const QString rendered = name.render(plan.contextAt(plan.files.positionOf(folder, row)));
        if (!isWindowsReserved(rendered))
            continue;
        if (result.count++ == 0)
            result.first = rendered;
    }
    return result;
}

} // namespace Quire
