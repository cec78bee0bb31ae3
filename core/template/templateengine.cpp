#include "core/template/templateengine.h"

#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/source/csvtable.h"
#include "core/template/filerandom.h"
#include "core/template/placeholderexpr.h"

#include <array>
#include <random>

namespace Quire {

namespace {

struct PlaceholderInfo
{
    QStringView name;
    Template::Kind kind;
};

constexpr std::array<PlaceholderInfo, 11> placeholders{{
    {u"index", Template::Kind::Index},
    {u"n", Template::Kind::N},
    {u"count", Template::Kind::Count},
    {u"date", Template::Kind::Date},
    {u"time", Template::Kind::Time},
    {u"uuid", Template::Kind::Uuid},
    {u"random", Template::Kind::Random},
    {u"folder", Template::Kind::Folder},
    {u"name", Template::Kind::Name},
    {u"nl", Template::Kind::Nl},
    {u"tab", Template::Kind::Tab},
}};

constexpr int MaxWidth = 64;
constexpr int MaxRandom = 256;
// Qt's date formatting rescans the rest of the format at every field, so its time grows with the square
// of the format's length; no useful format comes near this.
constexpr int MaxDateFormat = 256;
// Past this many mistakes the rest are only counted: a huge broken template must answer quickly.
constexpr int MaxReportedErrors = 20;

// What a message quotes of the user's text: enough to find it, never megabytes.
QString elided(QStringView text, qsizetype max = 40)
{
    return text.size() <= max ? text.toString() : text.left(max).toString() + QStringLiteral("…");
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

// CSV rows: the closest column, and every column, for a placeholder that names none.
QString columnSuggestion(QStringView unknown, const QStringList &columns)
{
    QString best;
    int bestDistance = std::max(3, int(unknown.size()) / 3 + 1);
    for (const QString &column : columns) {
        const int d = editDistance(unknown, QStringView(column).left(MaxWidth));
        if (d < bestDistance) {
            bestDistance = d;
            best = column;
        }
    }
    QStringList shown;
    for (const QString &column : columns.mid(0, 30))
        shown.append(u'{' + elided(column) + u'}');
    const QString available =
        trCore("Quire::Template", "the rows file has the columns %1%2")
            .arg(shown.join(u", "), columns.size() > 30 ? trCore("Quire::Template", ", ...") : QString());
    if (best.isEmpty())
        return QStringLiteral(" (") + available + u')';
    return trCore("Quire::Template", " (did you mean {%1}? %2)").arg(best, available);
}

QString suggestionFor(QStringView unknown, const QStringList &columns = {})
{
    if (!columns.isEmpty())
        return columnSuggestion(unknown, columns);
    QStringView best;
    int bestDistance = 3;
    for (const auto &info : placeholders) {
        const int d = editDistance(unknown, info.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = info.name;
        }
    }
    if (best.isEmpty())
        return trCore("Quire::Template", " (known placeholders: %1)").arg(Template::placeholderNames().join(u", "));
    return trCore("Quire::Template", " (did you mean {%1}?)").arg(best);
}

class Parser
{
public:
    Parser(const QString &text, TemplateKind kind, QList<TemplateError> *errors, const QStringList &columns)
        : m_text(text)
        , m_kind(kind)
        , m_errors(errors)
        , m_multiLine(text.contains(u'\n'))
        , m_columns(columns)
    {
    }

    QList<Template::Segment> parse();

private:
    void addError(qsizetype at, const QString &message);
    void appendLiteral(QChar c);
    qsizetype parsePlaceholder(qsizetype open);
    bool applySpec(Template::Segment &segment, QStringView name, QStringView spec, qsizetype at);
    bool applyNumberSpec(Template::Segment &segment, QStringView spec);
    bool parseExpression(Template::Segment &segment, QStringView name, qsizetype nameAt);
    QString where(qsizetype at) const;
    bool parseColumn(QStringView inside, QStringView name, QStringView spec, qsizetype open);

    const QString &m_text;
    TemplateKind m_kind;
    QList<TemplateError> *m_errors;
    QList<Template::Segment> m_segments;
    int m_errorCount = 0;
    // The line being parsed, kept as the parser moves on, so that every position costs O(1) to describe.
    int m_line = 1;
    qsizetype m_lineStart = 0;
    bool m_multiLine = false;
    const QStringList &m_columns; ///< CSV rows: the column names, empty for the index range
};

// Every position described is on the line being parsed: placeholders never span a line break.
QString Parser::where(qsizetype at) const
{
    const qsizetype column = at - m_lineStart + 1;
    if (!m_multiLine)
        return trCore("Quire::Template", "at column %1").arg(column);
    return trCore("Quire::Template", "at line %1, column %2").arg(m_line).arg(column);
}

void Parser::addError(qsizetype at, const QString &message)
{
    if (++m_errorCount > MaxReportedErrors || !m_errors)
        return;
    TemplateError error;
    error.line = m_line;
    error.column = int(at - m_lineStart + 1);
    error.message = message;
    m_errors->append(error);
}

void Parser::appendLiteral(QChar c)
{
    if (m_segments.isEmpty() || m_segments.last().kind != Template::Kind::Literal)
        m_segments.append(Template::Segment{});
    m_segments.last().text.append(c);
}

QList<Template::Segment> Parser::parse()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        const bool doubled = i + 1 < m_text.size() && m_text.at(i + 1) == c;
        if ((c == u'{' || c == u'}') && doubled) {
            appendLiteral(c);
            ++i;
        } else if (c == u'{') {
            i = parsePlaceholder(i);
        } else if (c == u'}') {
            addError(i, trCore("Quire::Template", "unmatched } %1 (write }} for a literal brace)").arg(where(i)));
        } else if ((c == u'\n' || c == u'\r') && m_kind == TemplateKind::Name) {
            addError(
                i, trCore("Quire::Template", "line break in the file name %1 (names must be one line)").arg(where(i)));
        } else {
            appendLiteral(c);
        }
        if (c == u'\n') {
            ++m_line;
            m_lineStart = i + 1;
        }
    }
    if (m_errorCount > MaxReportedErrors && m_errors)
        m_errors->append(
            TemplateError{m_line, 1,
                          trCore("Quire::Template", "and %1 more mistakes like these (fix the ones above first)")
                              .arg(m_errorCount - MaxReportedErrors)});
    return m_errorCount ? QList<Template::Segment>{} : m_segments;
}

// Returns the index of the closing brace (or of the last character consumed).
qsizetype Parser::parsePlaceholder(qsizetype open)
{
    qsizetype close = open + 1;
    while (close < m_text.size() && m_text.at(close) != u'}' && m_text.at(close) != u'{' && m_text.at(close) != u'\n')
        ++close;
    if (close >= m_text.size() || m_text.at(close) != u'}') {
        addError(open, trCore("Quire::Template", "unclosed { %1 (write {{ for a literal brace)").arg(where(open)));
        return close - 1;
    }
    const QStringView inside = QStringView(m_text).mid(open + 1, close - open - 1);
    if (inside.trimmed().isEmpty()) {
        addError(open,
                 trCore("Quire::Template", "empty placeholder {} %1 (write {{}} for literal braces)").arg(where(open)));
        return close;
    }
    const qsizetype colon = inside.indexOf(u':');
    const QStringView name = colon < 0 ? inside : inside.left(colon);
    const QStringView spec = colon < 0 ? QStringView() : inside.mid(colon + 1);
    const auto found = std::find_if(placeholders.begin(), placeholders.end(),
                                    [name](const PlaceholderInfo &info) { return info.name == name; });
    if (!m_columns.isEmpty() && parseColumn(inside, name, spec, open))
        return close;
    Template::Segment segment;
    if (found == placeholders.end() && PlaceholderExpr::looksLikeExpression(name)) {
        if (parseExpression(segment, name, open + 1) && applySpec(segment, name, spec, open) &&
            !(colon >= 0 && spec.isEmpty()))
            m_segments.append(segment);
        else if (colon >= 0 && spec.isEmpty())
            addError(open, trCore("Quire::Template", "empty format after {%1: %2").arg(elided(name), where(open)));
        return close;
    }
    if (found == placeholders.end()) {
        //: %1 the name, %2 where ("at column 3"), %3 a suggestion (" (did you mean {index}?)")
        addError(open, trCore("Quire::Template", "unknown placeholder {%1} %2%3")
                           .arg(elided(name), where(open), suggestionFor(name.left(MaxWidth), m_columns)));
        return close;
    }
    segment.kind = found->kind;
    if (!applySpec(segment, name, spec, open))
        return close;
    if (colon >= 0 && spec.isEmpty()) {
        addError(open, trCore("Quire::Template", "empty format after {%1: %2").arg(name, where(open)));
        return close;
    }
    if (m_kind == TemplateKind::Name && (segment.kind == Template::Kind::Name || segment.kind == Template::Kind::Nl)) {
        addError(open,
                 trCore("Quire::Template", "{%1} %2 can only be used in the content template").arg(name, where(open)));
        return close;
    }
    m_segments.append(segment);
    return close;
}

// CSV rows: {col:NAME} (by name, else by 1-based number) always names a column; {NAME} (the whole
// text inside the braces, so names may hold ':') when NAME is no built-in placeholder: built-ins win.
// True when the placeholder was handled here (a segment or an error).
bool Parser::parseColumn(QStringView inside, QStringView name, QStringView spec, qsizetype open)
{
    const bool escape = name == u"col" && !spec.isEmpty() && !m_columns.contains(QStringLiteral("col"));
    const bool builtIn = std::any_of(placeholders.begin(), placeholders.end(),
                                     [name](const PlaceholderInfo &info) { return info.name == name; });
    if (!escape && builtIn)
        return false;
    const QStringView wanted = escape ? spec : inside;
    qsizetype column = m_columns.indexOf(wanted.toString());
    bool number = false;
    const int position = wanted.toInt(&number);
    if (column < 0 && escape && number && position >= 1 && position <= m_columns.size())
        column = position - 1;
    if (column < 0 && !escape)
        return false; // reported as an unknown placeholder, with the columns
    if (column < 0) {
        addError(open, trCore("Quire::Template", "no column {col:%1} %2%3")
                           .arg(elided(wanted), where(open), suggestionFor(wanted.left(MaxWidth), m_columns)));
        return true;
    }
    Template::Segment segment;
    segment.kind = Template::Kind::Column;
    segment.column = int(column);
    segment.text = m_columns.at(column);
    m_segments.append(segment);
    return true;
}

bool Parser::applyNumberSpec(Template::Segment &segment, QStringView spec)
{
    if (spec.isEmpty())
        return true;
    bool ok = true;
    if (std::all_of(spec.begin(), spec.end(), [](QChar c) { return c == u'0'; })) {
        segment.width = int(spec.size());
    } else if (spec.front() == u'D' || spec.front() == u'd' || spec.front() == u'x' || spec.front() == u'X') {
        segment.hex = spec.front() == u'x' || spec.front() == u'X';
        segment.upper = spec.front() == u'X';
        segment.width = spec.size() > 1 ? spec.mid(1).toInt(&ok) : 0;
        ok = ok && std::all_of(spec.begin() + 1, spec.end(), [](QChar c) { return c.isDigit(); });
    } else {
        ok = false;
    }
    return ok && segment.width <= MaxWidth;
}

// The one place arithmetic enters a template: {index/1000:000}, {(index-1)%7+1}.
bool Parser::parseExpression(Template::Segment &segment, QStringView name, qsizetype nameAt)
{
    auto expr = std::make_shared<PlaceholderExpr>();
    PlaceholderExpr::Error error;
    if (!PlaceholderExpr::parse(name, expr.get(), &error)) {
        //: %1 the expression, %2 what is wrong, %3 where ("at column 3")
        addError(nameAt + error.offset, trCore("Quire::Template", "bad arithmetic in {%1}: %2 %3")
                                            .arg(elided(name), error.message, where(nameAt + error.offset)));
        return false;
    }
    segment.kind = Template::Kind::Expr;
    segment.text = name.toString();
    segment.expr = std::move(expr);
    return true;
}

bool Parser::applySpec(Template::Segment &segment, QStringView name, QStringView spec, qsizetype at)
{
    using K = Template::Kind;
    const QString shown = QStringLiteral("{") + name + u':' + elided(spec) + u'}';
    switch (segment.kind) {
    case K::Index:
    case K::N:
    case K::Count:
    case K::Expr:
        if (!applyNumberSpec(segment, spec)) {
            addError(at, trCore("Quire::Template",
                                "bad format %1 %2 (use 000 for zero padding, D4, x, or X8; width up to %3)")
                             .arg(shown, where(at))
                             .arg(MaxWidth));
            return false;
        }
        return true;
    case K::Date:
    case K::Time:
        if (spec.size() > MaxDateFormat) {
            addError(at, trCore("Quire::Template", "format %1 %2 is %3 characters long; the limit is %4 (shorten it)")
                             .arg(shown, where(at))
                             .arg(spec.size())
                             .arg(MaxDateFormat));
            return false;
        }
        segment.text = spec.isEmpty()
                           ? (segment.kind == K::Date ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("HH-mm-ss"))
                           : spec.toString();
        return true;
    case K::Random: {
        bool ok = true;
        segment.width = spec.isEmpty() ? 8 : spec.toInt(&ok);
        if (!ok || segment.width < 1 || segment.width > MaxRandom) {
            addError(at, trCore("Quire::Template",
                                "bad length %1 %2 (use a number of characters from 1 to %3, e.g. {random:8})")
                             .arg(shown, where(at))
                             .arg(MaxRandom));
            return false;
        }
        return true;
    }
    default:
        if (!spec.isEmpty()) {
            addError(at, QStringLiteral("{") + name +
                             trCore("Quire::Template", "} takes no format, found %1 %2").arg(shown, where(at)));
            return false;
        }
        return true;
    }
}

// Builds the digits right to left in a stack buffer and appends them once: this runs for every file.
template <typename Char, typename Append>
void appendNumber(qint64 value, const Template::Segment &segment, Append append)
{
    std::array<Char, MaxWidth + 24> buffer{};
    qsizetype at = qsizetype(buffer.size());
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const unsigned base = segment.hex ? 16 : 10;
    const char *alphabet = segment.upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        buffer[size_t(--at)] = Char(alphabet[magnitude % base]);
        magnitude /= base;
    } while (magnitude);
    const qsizetype minStart = qsizetype(buffer.size()) - segment.width;
    while (at > minStart)
        buffer[size_t(--at)] = Char('0');
    if (negative)
        buffer[size_t(--at)] = Char('-');
    append(buffer.data() + at, qsizetype(buffer.size()) - at);
}

void appendNumber(QString &out, qint64 value, const Template::Segment &segment)
{
    appendNumber<char16_t>(value, segment,
                           [&out](const char16_t *digits, qsizetype size) { out.append(QStringView(digits, size)); });
}

void appendNumber(QByteArray &out, qint64 value, const Template::Segment &segment)
{
    appendNumber<char>(value, segment, [&out](const char *digits, qsizetype size) { out.append(digits, size); });
}

// The k-th {random} of a file is stream 2k + 1 of its key, the k-th {uuid} stream 2k: the same in its
// name and its content, different for every other placeholder and file.
void appendRandom(QString &out, int length, quint64 key, int ordinal)
{
    static constexpr char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    FileRandom random(key, 2 * quint64(ordinal) + 1);
    std::array<char16_t, MaxRandom> buffer{};
    for (int i = 0; i < length; i += 2) {
        const quint64 bits = random.next();
        // 32 bits per character, scaled to 62 by multiply-shift: a bias below 1e-8.
        buffer[size_t(i)] = alphabet[((bits & 0xffffffffU) * 62) >> 32];
        if (i + 1 < length)
            buffer[size_t(i) + 1] = alphabet[((bits >> 32) * 62) >> 32];
    }
    out.append(QStringView(buffer.data(), length));
}

// A version 4 (random) UUID, written as QUuid writes it: lower-case hex, no braces.
void appendUuid(QString &out, quint64 key, int ordinal)
{
    FileRandom random(key, 2 * quint64(ordinal));
    const quint64 high = (random.next() & ~quint64(0xf000)) | 0x4000;
    const quint64 low = (random.next() & ~(quint64(3) << 62)) | (quint64(2) << 62);
    static constexpr char16_t hex[] = u"0123456789abcdef";
    std::array<char16_t, 36> text{};
    int at = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[size_t(at++)] = u'-';
        const quint64 word = nibble < 16 ? high : low;
        text[size_t(at++)] = hex[(word >> (60 - 4 * (nibble % 16))) & 0xf];
    }
    out.append(QStringView(text.data(), 36));
}

QString normalisedLineBreaks(const QString &text, const QString &eol)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF counts once, at its LF
        result.append(c == u'\n' || c == u'\r' ? eol : QString(c));
    }
    return result;
}

// CSV values straight from the file's bytes when they are ASCII: the run's fast path for CSV rows.
bool appendAsciiValue(QByteArrayView value, QByteArray &out)
{
    if (std::any_of(value.begin(), value.end(), [](char c) { return uchar(c) >= 0x80; }))
        return false;
    out.append(value);
    return true;
}

} // namespace

Template Template::compile(const QString &text, TemplateKind kind, QList<TemplateError> *errors)
{
    return compile(text, kind, errors, {});
}

Template Template::compile(const QString &text, TemplateKind kind, QList<TemplateError> *errors,
                           const QStringList &columns)
{
    const qsizetype before = errors ? errors->size() : 0;
    QList<TemplateError> local;
    Parser parser(text, kind, errors ? errors : &local, columns);
    Template result;
    result.m_segments = parser.parse();
    result.m_valid = (errors ? errors->size() : local.size()) == (errors ? before : 0);
    if (!result.m_valid)
        result.m_segments.clear();
    return result;
}

Template Template::bound(const TemplateConstants &constants) const
{
    Template result;
    result.m_valid = m_valid;
    auto appendText = [&result](const QString &text) {
        if (result.m_segments.isEmpty() || result.m_segments.last().kind != Kind::Literal)
            result.m_segments.append(Segment{});
        result.m_segments.last().text += text;
    };
    for (const Segment &segment : m_segments) {
        switch (segment.kind) {
        case Kind::Literal:
            appendText(normalisedLineBreaks(segment.text, constants.eol));
            break;
        case Kind::Count: {
            QString number;
            appendNumber(number, constants.count, segment);
            appendText(number);
            break;
        }
        case Kind::Date:
        case Kind::Time:
            appendText(constants.start.toString(segment.text));
            break;
        case Kind::Folder:
            appendText(constants.folderName);
            break;
        case Kind::Nl:
            appendText(constants.eol);
            break;
        case Kind::Tab:
            appendText(QStringLiteral("\t"));
            break;
        default:
            result.m_segments.append(segment);
        }
    }
    return result;
}

void Template::render(const FileContext &context, QString &out) const
{
    out.resize(0);
    int uuids = 0;
    int randoms = 0;
    for (const Segment &segment : m_segments) {
        switch (segment.kind) {
        case Kind::Literal:
            out.append(segment.text);
            break;
        case Kind::Index:
            appendNumber(out, context.index, segment);
            break;
        case Kind::N:
            appendNumber(out, context.n, segment);
            break;
        case Kind::Expr:
            appendNumber(out, exprValue(segment, context), segment);
            break;
        case Kind::Uuid:
            appendUuid(out, context.random, uuids++);
            break;
        case Kind::Random:
            appendRandom(out, segment.width, context.random, randoms++);
            break;
        case Kind::Name:
            out.append(context.name);
            break;
        case Kind::Column:
            if (context.rows)
                out.append(CsvTable::text(context.rows->field(context.row, segment.column)));
            else
                out.append(u'{' + segment.text + u'}');
            break;
        default:
            // Only an unbound template gets here: show the placeholder as it was written.
            out.append(u'{' + placeholderNames().at(int(segment.kind) - 1) + u'}');
        }
    }
}

bool Template::renderAscii(const FileContext &context, QByteArray &out) const
{
    const qsizetype start = out.size();
    for (const Segment &segment : m_segments) {
        bool ok = true;
        switch (segment.kind) {
        case Kind::Literal:
            ok = TextEncoder::appendAscii(segment.text, out);
            break;
        case Kind::Index:
            appendNumber(out, context.index, segment);
            break;
        case Kind::N:
            appendNumber(out, context.n, segment);
            break;
        case Kind::Column:
            ok = context.rows && appendAsciiValue(context.rows->field(context.row, segment.column), out);
            break;
        case Kind::Expr:
            appendNumber(out, exprValue(segment, context), segment);
            break;
        default:
            ok = false;
        }
        if (!ok) {
            out.resize(start);
            return false;
        }
    }
    return true;
}

QString Template::render(const FileContext &context) const
{
    QString out;
    render(context, out);
    return out;
}

bool Template::isValid() const
{
    return m_valid;
}

const QList<Template::Segment> &Template::segments() const
{
    return m_segments;
}

bool Template::contains(Kind kind) const
{
    return std::any_of(m_segments.begin(), m_segments.end(), [kind](const Segment &s) { return s.kind == kind; });
}

// Certain only when one part of the path (between literal '/') holds {index} or {n} as its one number:
// "{index}{n}" or "{index}-{index/10}" could render the same text for two files, and is checked name by
// name by the planner instead.
bool Template::isUniquePerFile() const
{
    if (contains(Kind::Uuid))
        return true;
    int numbers = 0;
    bool plain = false;
    for (const Segment &segment : m_segments) {
        if (segment.kind == Kind::Literal && segment.text.contains(u'/')) {
            if (numbers == 1 && plain)
                return true;
            numbers = 0;
            plain = false;
            continue;
        }
        const bool number = segment.kind == Kind::Index || segment.kind == Kind::N || segment.kind == Kind::Expr ||
                            segment.kind == Kind::Random;
        numbers += number ? 1 : 0;
        plain = plain || segment.kind == Kind::Index || segment.kind == Kind::N;
    }
    return numbers == 1 && plain;
}

qint64 Template::exprValue(const Segment &segment, const FileContext &context, bool *ok)
{
    const PlaceholderExpr::Result r = segment.expr->evaluate(context.index, context.n);
    if (ok)
        *ok = r.status == PlaceholderExpr::Status::Ok;
    return r.value;
}

QStringList Template::placeholderNames()
{
    QStringList names;
    for (const auto &info : placeholders)
        names.append(info.name.toString());
    return names;
}

QString formatTemplateError(const QString &what, const TemplateError &error)
{
    return what + QStringLiteral(": ") + error.message;
}

} // namespace Quire
