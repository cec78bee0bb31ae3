#pragma once

#include "core/source/filemap.h"
#include "core/template/templateengine.h"

#include <QByteArray>

#include <string_view>

namespace Quire {

/**
 * Tells which planned file, if any, an existing name is: the conflict scan's fast path, one pass over
 * a folder's listing with no table of names. It reads the first number of the name template
 * ({index} or {n}) out of the existing name, renders the planned name for that number and compares
 * the bytes, so a match is exact. Usable for templates of ASCII text, {index} and {n} whose first
 * number is followed by the end or by text that cannot be one of its digits (the usual
 * "file-{index:0000}.txt"); otherwise the scan falls back to hashing the listing.
 */
class NameMatcher
{
public:
    /** name: the folder's bound name template; files: the job's rows. */
    NameMatcher(const Template &name, const FileMap &files);

    [[nodiscard]] bool isUsable() const;
    /** The position (0-based, within the folder) of the planned file named exactly name, or -1. */
    [[nodiscard]] qint64 positionOf(std::string_view name);

private:
    [[nodiscard]] bool readNumber(std::string_view text, qint64 &value) const;
    [[nodiscard]] qint64 positionFor(qint64 value) const;

    Template m_name;
    QByteArray m_prefix; // the text before the first number
    bool m_usable = false;
    bool m_isN = false;
    bool m_hex = false;
    FileMap m_files;
    QByteArray m_rendered;
};

} // namespace Quire
