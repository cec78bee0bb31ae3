#include "core/content/textencoder.h"

#include <QHash>
#include <QSet>

namespace Quire {

namespace {

// Names offered first, in this order; the rest follow alphabetically. Each is probed at run time,
// so a platform without ICU simply offers fewer.
const char *const commonEncodings[] = {"UTF-8",    "UTF-16LE",   "UTF-16BE",    "UTF-32LE",
                                       "UTF-32BE", "ISO-8859-1", "windows-1252"};
const char *const otherEncodings[] = {
    "Big5",         "Big5-HKSCS",   "CESU-8",       "EUC-JP",       "EUC-KR",        "GB18030",      "GBK",
    "GB2312",       "IBM037",       "IBM437",       "IBM500",       "IBM850",        "IBM852",       "IBM855",
    "IBM857",       "IBM860",       "IBM861",       "IBM862",       "IBM863",        "IBM864",       "IBM865",
    "IBM866",       "IBM869",       "IBM1047",      "ISO-8859-2",   "ISO-8859-3",    "ISO-8859-4",   "ISO-8859-5",
    "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",   "ISO-8859-9",   "ISO-8859-10",   "ISO-8859-13",  "ISO-8859-14",
    "ISO-8859-15",  "ISO-8859-16",  "KOI8-R",       "KOI8-U",       "macintosh",     "Shift_JIS",    "TIS-620",
    "US-ASCII",     "windows-874",  "windows-1250", "windows-1251", "windows-1253",  "windows-1254", "windows-1255",
    "windows-1256", "windows-1257", "windows-1258", "windows-31j",  "x-mac-cyrillic"};

QString simplifiedName(const QString &name)
{
    QString key = name.toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    return key;
}

std::optional<QStringConverter::Encoding> builtinEncoding(const QString &name)
{
    static const QHash<QString, QStringConverter::Encoding> names{
        {QStringLiteral("utf8"), QStringConverter::Utf8},       {QStringLiteral("utf16le"), QStringConverter::Utf16LE},
        {QStringLiteral("utf16be"), QStringConverter::Utf16BE}, {QStringLiteral("utf32le"), QStringConverter::Utf32LE},
        {QStringLiteral("utf32be"), QStringConverter::Utf32BE}, {QStringLiteral("iso88591"), QStringConverter::Latin1},
        {QStringLiteral("latin1"), QStringConverter::Latin1},   {QStringLiteral("l1"), QStringConverter::Latin1},
    };
    const auto it = names.constFind(simplifiedName(name));
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// Aliases of a listed encoding are accepted (cp1252 is windows-1252); anything else the converter knows
// is not, so that --list-encodings shows everything that can be chosen. Returns the listed spelling
// (some converters, e.g. TIS-620's, have no name of their own to keep in a plan), or an empty string.
QString listedName(const QString &name)
{
    struct Names
    {
        QHash<QString, QString> bySimplified;
        QHash<QByteArray, QString> byCanonical;
    };
    static const Names names = [] {
        Names result;
        for (const QString &listed : TextEncoder::availableEncodings()) {
            result.bySimplified.insert(simplifiedName(listed), listed);
            const QByteArray canonical(QStringEncoder(listed.toLatin1().constData()).name());
            if (!canonical.isEmpty())
                result.byCanonical.insert(canonical, listed);
        }
        return result;
    }();
    if (const auto it = names.bySimplified.constFind(simplifiedName(name)); it != names.bySimplified.cend())
        return *it;
    const QStringEncoder encoder(name.toLatin1().constData());
    const QByteArray canonical(encoder.isValid() ? encoder.name() : "");
    return canonical.isEmpty() ? QString() : names.byCanonical.value(canonical);
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

TextEncoder::TextEncoder(const QString &name)
    : m_builtin(builtinEncoding(name))
{
    if (m_builtin) {
        m_encoder = QStringEncoder(*m_builtin, QStringConverter::Flag::Stateless);
        m_decoder = QStringDecoder(*m_builtin, QStringConverter::Flag::Stateless);
        m_name = QString::fromLatin1(QStringConverter::nameForEncoding(*m_builtin));
    } else if (const QString listed = isAscii(name) && !name.contains(QChar(0)) ? listedName(name) : QString();
               !listed.isEmpty()) {
        const QByteArray latin = listed.toLatin1();
        m_encoder = QStringEncoder(latin.constData(), QStringConverter::Flag::Stateless);
        m_decoder = QStringDecoder(latin.constData(), QStringConverter::Flag::Stateless);
        m_name = listed;
    } else {
        m_name = name;
    }
    if (!isValid())
        return;
    QString ascii;
    for (char16_t c = 0x20; c < 0x7f; ++c)
        ascii.append(QChar(c));
    ascii += QStringLiteral("\t\r\n");
    QByteArray encoded;
    if (encode(ascii, encoded) < 0 && encoded.size() % ascii.size() == 0) {
        m_asciiWidth = int(encoded.size() / ascii.size());
        m_asciiSafe = true;
        m_asciiIdentity = encoded == ascii.toLatin1();
    }
}

bool TextEncoder::isValid() const
{
    return m_encoder.isValid() && m_decoder.isValid();
}

QString TextEncoder::name() const
{
    return m_name;
}

QString TextEncoder::describeChar(QStringView text, qsizetype at)
{
    const bool pair = text[at].isHighSurrogate() && at + 1 < text.size();
    const char32_t code = pair ? QChar::surrogateToUcs4(text[at], text[at + 1]) : text[at].unicode();
    return QStringLiteral("'%1' (U+%2)")
        .arg(text.mid(at, pair ? 2 : 1).toString())
        .arg(quint32(code), 4, 16, QLatin1Char('0'));
}

bool TextEncoder::isUnicode() const
{
    return m_builtin && *m_builtin != QStringConverter::Latin1;
}

QByteArray TextEncoder::bom() const
{
    // Qt writes no UTF-8 BOM for empty input, so spell every BOM out.
    switch (m_builtin.value_or(QStringConverter::Latin1)) {
    case QStringConverter::Utf8:
        return QByteArrayLiteral("\xEF\xBB\xBF");
    case QStringConverter::Utf16LE:
        return QByteArrayLiteral("\xFF\xFE");
    case QStringConverter::Utf16BE:
        return QByteArrayLiteral("\xFE\xFF");
    case QStringConverter::Utf32LE:
        return QByteArrayLiteral("\xFF\xFE\x00\x00");
    case QStringConverter::Utf32BE:
        return QByteArrayLiteral("\x00\x00\xFE\xFF");
    default:
        return {};
    }
}

int TextEncoder::asciiWidth() const
{
    return m_asciiWidth;
}

// Most content is ASCII: copying it byte for byte skips the converter, which matters per file.
bool TextEncoder::encodesAsciiAsItself() const
{
    return m_asciiIdentity;
}

bool TextEncoder::appendAscii(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *dst = out.data() + start;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.resize(start);
            return false;
        }
        *dst++ = char(c.unicode());
    }
    return true;
}

qsizetype TextEncoder::encode(QStringView text, QByteArray &out)
{
    if (m_asciiIdentity && appendAscii(text, out))
        return -1;
    if (m_builtin == QStringConverter::Latin1) {
        const auto bad = std::find_if(text.begin(), text.end(), [](QChar c) { return c.unicode() > 0xff; });
        if (bad != text.end())
            return bad - text.begin();
    } else if (isUnicode()) {
        if (const qsizetype bad = firstLoneSurrogate(text); bad >= 0)
            return bad;
    }
    const qsizetype start = out.size();
    m_encoder.resetState();
    out.resize(start + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
    if (m_builtin || (m_asciiSafe && isAscii(text)))
        return -1;
    return roundTripMismatch(text, QByteArray::fromRawData(out.constData() + start, out.size() - start));
}

// ICU-backed encoders may substitute '?' or a SUB byte without reporting an error, so the only
// proof that every character survived is decoding the bytes back and comparing.
qsizetype TextEncoder::roundTripMismatch(QStringView text, const QByteArray &encoded)
{
    m_decoder.resetState();
    const QString back = m_decoder.decode(encoded);
    if (back == text && !m_encoder.hasError())
        return -1;
    qsizetype i = 0;
    while (i < text.size() && i < back.size() && text[i] == back[i])
        ++i;
    if (i > 0 && text[i - 1].isHighSurrogate())
        --i;
    return std::min(i, text.size() - 1);
}

QStringList TextEncoder::availableEncodings()
{
    static const QStringList result = [] {
        QStringList names;
        for (const char *name : commonEncodings)
            names.append(QString::fromLatin1(name));
        QStringList others;
        for (const char *name : otherEncodings) {
            if (QStringEncoder(name).isValid() && QStringDecoder(name).isValid())
                others.append(QString::fromLatin1(name));
        }
        others.sort(Qt::CaseInsensitive);
        return names + others;
    }();
    return result;
}

std::optional<QString> TextEncoder::decode(const QByteArray &bytes, const QString &encoding, qsizetype *badOffset)
{
    if (badOffset)
        *badOffset = -1;
    if (!TextEncoder(encoding).isValid())
        return std::nullopt;
    const auto builtin = builtinEncoding(encoding);
    QStringDecoder decoder = builtin ? QStringDecoder(*builtin, QStringConverter::Flag::Stateless)
                                     : QStringDecoder(encoding.toLatin1().constData());
    if (badOffset)
        *badOffset = -1;
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    if (badOffset) {
        // Re-encoding what was decoded reproduces the input up to the first invalid sequence.
        TextEncoder encoder(encoding);
        QByteArray again;
        encoder.m_encoder.resetState();
        again = encoder.m_encoder.encode(text);
        qsizetype i = 0;
        while (i < bytes.size() && i < again.size() && bytes[i] == again[i])
            ++i;
        *badOffset = i;
    }
    return std::nullopt;
}

} // namespace Quire
