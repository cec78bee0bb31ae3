#include "core/job/jsonprescan.h"

#include "core/base/translations.h"

#include <QHash>
#include <QList>

#include <charconv>
#include <utility>

namespace Quire {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool inRange(char c, int low, int high)
{
    const int u = static_cast<unsigned char>(c);
    return u >= low && u <= high;
}

// Length of the UTF-8 sequence starting at at, 0 if it is not one (overlong forms, encoded surrogates
// and code points above U+10FFFF included).
qsizetype utf8Length(const QByteArray &text, qsizetype at)
{
    const int lead = static_cast<unsigned char>(text[at]);
    int low = 0x80;
    int high = 0xbf;
    qsizetype length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (at + length > text.size() || !inRange(text[at + 1], low, high))
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!inRange(text[at + i], 0x80, 0xbf))
            return 0;
    }
    return length;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
    }

    QString run();

private:
    struct Level
    {
        bool object = false;
        QHash<QString, qsizetype> keys; // key -> offset of its first occurrence
    };

    bool scanString(QString *text);
    bool scanEscape(QString *text);
    bool scanNumber();
    bool scanWord();
    bool open(bool object);
    bool addKey(const QString &key, qsizetype at);
    char peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_json.size() ? m_json[m_at + ahead] : '\0';
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    QList<Level> m_levels;
    QString m_lastKey;        // the key whose value is being read, for messages
    bool m_expectKey = false; // after '{' or ',': a string here is a key if the level is an object
    QString m_problem;
};

QString Scanner::run()
{
    QString text;
    while (m_at < m_json.size() && m_problem.isEmpty()) {
        const char c = m_json[m_at];
        const qsizetype start = m_at;
        bool ok = true;
        const bool expectKey = std::exchange(m_expectKey, (c == '{' || c == ',') || (m_expectKey && isSpace(c)));
        if (c == '{' || c == '[') {
            ok = open(c == '{');
        } else if (c == '}' || c == ']') {
            if (m_levels.isEmpty())
                return {};
            m_levels.removeLast();
            ++m_at;
        } else if (c == '"') {
            // Only keys are kept as text: a 10 MB value is validated, never copied.
            const bool key = expectKey && !m_levels.isEmpty() && m_levels.last().object;
            ok = scanString(key ? &text : nullptr) && (!key || addKey(text, start));
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            ok = scanNumber();
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            ok = scanWord();
        } else {
            ++m_at; // white space, ',' and ':'; anything else is Qt's syntax error to report
        }
        if (!ok)
            break;
    }
    return m_problem;
}

bool Scanner::open(bool object)
{
    if (m_levels.size() >= JsonPrescan::MaxDepth) {
        m_problem =
            trCore("Quire::JobSpec", "the JSON is nested deeper than %1 levels at byte offset %2: a job is one flat "
                                     "object of settings")
                .arg(JsonPrescan::MaxDepth)
                .arg(m_at);
        return false;
    }
    m_levels.append(Level{object, {}});
    ++m_at;
    return true;
}

bool Scanner::addKey(const QString &key, qsizetype at)
{
    QHash<QString, qsizetype> &keys = m_levels.last().keys;
    const auto found = keys.constFind(key);
    if (found == keys.cend()) {
        keys.insert(key, at);
        m_lastKey = key;
        return true;
    }
    m_problem = trCore("Quire::JobSpec",
                       "key \"%1\" is given twice in one object (at byte offsets %2 and %3): keep one of them")
                    .arg(key.left(80))
                    .arg(*found)
                    .arg(at);
    return false;
}

bool Scanner::scanString(QString *text)
{
    if (text)
        text->resize(0);
    ++m_at;
    qsizetype plain = m_at; // start of the run of bytes without escapes
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c == '"' || c == '\\') {
            if (text)
                *text += QString::fromUtf8(m_json.constData() + plain, m_at - plain);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (!scanEscape(text))
                return false;
            plain = m_at;
        } else if (static_cast<unsigned char>(c) < 0x80) {
            ++m_at;
        } else if (const qsizetype length = utf8Length(m_json, m_at)) {
            m_at += length;
        } else {
            m_problem =
                trCore("Quire::JobSpec", "the byte 0x%1 at byte offset %2%3 is not valid UTF-8: save the job file as "
                                         "UTF-8")
                    .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'))
                    .arg(m_at)
                    .arg(m_lastKey.isEmpty() ? QString()
                                             : trCore("Quire::JobSpec", " (in \"%1\")").arg(m_lastKey.left(80)));
            return false;
        }
    }
    return false; // unterminated: Qt reports it
}

// \uXXXX escapes must give whole characters: a lone surrogate is no character and no file name can hold it.
bool Scanner::scanEscape(QString *text)
{
    const qsizetype at = m_at;
    if (peek(1) != 'u') {
        const char c = peek(1);
        static const QHash<char, char16_t> simple{{'"', u'"'},  {'\\', u'\\'}, {'/', u'/'},  {'b', u'\b'},
                                                  {'f', u'\f'}, {'n', u'\n'},  {'r', u'\r'}, {'t', u'\t'}};
        if (text)
            *text += QChar(simple.value(c, u'?'));
        m_at += 2;
        return simple.contains(c);
    }
    bool ok = false;
    const char16_t unit = char16_t(m_json.mid(m_at + 2, 4).toUInt(&ok, 16));
    if (!ok)
        return false;
    m_at += 6;
    bool paired = false;
    if (QChar::isHighSurrogate(unit) && peek() == '\\' && peek(1) == 'u') {
        const char16_t low = char16_t(m_json.mid(m_at + 2, 4).toUInt(&ok, 16));
        paired = ok && QChar::isLowSurrogate(low);
        if (paired) {
            if (text) {
                text->append(QChar(unit));
                text->append(QChar(low));
            }
            m_at += 6;
            return true;
        }
    }
    if (QChar::isSurrogate(unit)) {
        m_problem =
            trCore("Quire::JobSpec", "the escape %1 at byte offset %2%3 is half of a surrogate pair, which is not a "
                                     "character (write the whole pair, or the character itself)")
                .arg(QString::fromLatin1(m_json.mid(at, 6)))
                .arg(at)
                .arg(m_lastKey.isEmpty() ? QString()
                                         : trCore("Quire::JobSpec", " (in \"%1\")").arg(m_lastKey.left(80)));
        return false;
    }
    if (text)
        *text += QChar(unit);
    return true;
}

bool Scanner::scanNumber()
{
    const qsizetype start = m_at;
    if (peek() == '-' && peek(1) == 'I')
        return scanWord();
    while (m_at < m_json.size() && QByteArrayView("+-.eE0123456789").contains(m_json[m_at]))
        ++m_at;
    const qsizetype length = m_at - start;
    // from_chars tells an overflow from a malformed number (Qt's to report) and ignores the locale.
    double value = 0;
    const char *begin = m_json.constData() + start + (m_json[start] == '-' ? 1 : 0);
    const std::errc error = std::from_chars(begin, m_json.constData() + m_at, value).ec;
    if (length <= JsonPrescan::MaxNumberLength && error != std::errc::result_out_of_range)
        return true;
    m_problem = trCore("Quire::JobSpec", "the number %1 at byte offset %2 is out of range for any setting (too large "
                                         "or too long): write a whole number of at most 19 digits")
                    .arg(QString::fromLatin1(m_json.mid(start, std::min<qsizetype>(length, 24))) +
                         (length > 24 ? QStringLiteral("…") : QString()))
                    .arg(start);
    return false;
}

bool Scanner::scanWord()
{
    const qsizetype start = m_at;
    if (peek() == '-')
        ++m_at;
    while (m_at < m_json.size() && std::isalpha(static_cast<unsigned char>(m_json[m_at])))
        ++m_at;
    const QByteArray word = m_json.mid(start, std::min<qsizetype>(m_at - start, 16));
    if (word != "NaN" && word != "Infinity" && word != "-Infinity")
        return true; // true, false, null, or Qt's syntax error
    m_problem = trCore("Quire::JobSpec", "%1 at byte offset %2 is not a JSON number: write a whole number")
                    .arg(QString::fromLatin1(word))
                    .arg(start);
    return false;
}

} // namespace

QString JsonPrescan::check(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace Quire
