#pragma once

#include <QString>

namespace Quire {

/**
 * n for tr()'s plural forms from a 64-bit count: a negative one as 0, one beyond int keeping its last
 * nine digits (which is what plural rules look at) but never becoming 1.
 */
[[nodiscard]] int pluralN(qint64 n);

/** text as a JSON string literal, quotes included: for documents written piece by piece. */
[[nodiscard]] QString jsonString(const QString &text);

} // namespace Quire
