#pragma once

#include <QByteArray>
#include <QString>

namespace Quire {

/**
 * What QJsonDocument::fromJson lets through or words poorly, found in one linear pass over the text:
 * bytes that are not UTF-8 (Qt would put U+FFFD in their place), \u escapes that leave a lone surrogate,
 * a key given twice in one object (Qt keeps the last one silently), nesting deeper than a job needs,
 * NaN/Infinity and numbers no 64-bit value can hold. Syntax errors are left to Qt, which names the offset.
 */
struct JsonPrescan
{
    static constexpr int MaxDepth = 64;
    static constexpr int MaxNumberLength = 64;

    /** The first problem as a complete sentence (what, where, how to fix), or an empty string. */
    static QString check(const QByteArray &json);
};

} // namespace Quire
