#include "core/plan/namematcher.h"

#include <algorithm>
#include <limits>

namespace Quire {

namespace {

using Kind = Template::Kind;

bool isDigit(char c, bool hex)
{
    if (c >= '0' && c <= '9')
        return true;
    return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

unsigned digitValue(char c)
{
    if (c <= '9')
        return unsigned(c - '0');
    return unsigned((c | 0x20) - 'a' + 10);
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

NameMatcher::NameMatcher(const Template &name, const FileMap &files)
    : m_name(name)
    , m_files(files)
{
    const QList<Template::Segment> &segments = name.segments();
    qsizetype first = -1;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const Template::Segment &segment = segments.at(s);
        const bool number = segment.kind == Kind::Index || segment.kind == Kind::N;
        if ((!number && segment.kind != Kind::Literal) || (segment.kind == Kind::Literal && !isAscii(segment.text)))
            return;
        if (number && first < 0)
            first = s;
        else if (first < 0)
            m_prefix += segment.text.toLatin1();
    }
    if (first < 0 || files.perFolder() <= 0)
        return;
    const Template::Segment &number = segments.at(first);
    m_isN = number.kind == Kind::N;
    m_hex = number.hex;
    // The number's digits must end where the name says: at the end, or at text that is no digit.
    if (first + 1 < segments.size()) {
        const Template::Segment &next = segments.at(first + 1);
        if (next.kind != Kind::Literal || next.text.isEmpty() || isDigit(char(next.text.at(0).unicode()), m_hex))
            return;
    }
    m_usable = true;
}

bool NameMatcher::isUsable() const
{
    return m_usable;
}

qint64 NameMatcher::positionOf(std::string_view name)
{
    if (!m_usable || !name.starts_with(std::string_view(m_prefix.constData(), size_t(m_prefix.size()))))
        return -1;
    qint64 value = 0;
    if (!readNumber(name.substr(size_t(m_prefix.size())), value))
        return -1;
    const qint64 position = positionFor(value);
    if (position < 0)
        return -1;
    m_rendered.resize(0);
    if (!m_name.renderAscii(FileContext{m_files.indexOfRow(position), position + 1, {}}, m_rendered))
        return -1;
    return name == std::string_view(m_rendered.constData(), size_t(m_rendered.size())) ? position : -1;
}

// The longest run of digits (after an optional '-'), as the renderer writes them; false on overflow.
bool NameMatcher::readNumber(std::string_view text, qint64 &value) const
{
    const bool negative = !text.empty() && text.front() == '-';
    size_t at = negative ? 1 : 0;
    const unsigned base = m_hex ? 16 : 10;
    const quint64 limit =
        negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0;
    const size_t start = at;
    for (; at < text.size() && isDigit(text[at], m_hex); ++at) {
        const unsigned digit = digitValue(text[at]);
        if (magnitude > (limit - digit) / base)
            return false;
        magnitude = magnitude * base + digit;
    }
    if (at == start)
        return false;
    value = negative ? qint64(quint64(0) - magnitude) : qint64(magnitude);
    return true;
}

qint64 NameMatcher::positionFor(qint64 value) const
{
    if (m_isN)
        return value >= 1 && value <= m_files.perFolder() ? value - 1 : -1;
    return m_files.rowOfIndex(value);
}

} // namespace Quire
