#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <optional>

namespace Quire {

/**
 * Encodes text in one encoding and proves every character is representable (Qt's encoders can
 * silently write '?' for a character the encoding lacks). Not thread-safe: make one per thread.
 */
class TextEncoder
{
public:
    explicit TextEncoder(const QString &name);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString name() const; ///< canonical name, e.g. "UTF-16LE"
    [[nodiscard]] bool isUnicode() const;
    /** The byte order mark for this encoding; empty for non-Unicode encodings. */
    [[nodiscard]] QByteArray bom() const;
    /** Bytes per ASCII character when every ASCII character round-trips at a fixed width, else 0. */
    [[nodiscard]] int asciiWidth() const;
    /** True if every ASCII character encodes as its own single byte (UTF-8, Latin-1, Windows-1252...). */
    [[nodiscard]] bool encodesAsciiAsItself() const;

    /**
     * Appends the encoded text to out. Returns the index of the first character that cannot be
     * represented (out is then unspecified), or -1 on success.
     */
    qsizetype encode(QStringView text, QByteArray &out);

    /** The character at `at` for a message: "'€' (U+20ac)" (a surrogate pair as one character). */
    static QString describeChar(QStringView text, qsizetype at);
    /** Appends text as single bytes if it is all ASCII and returns true; else leaves out unchanged. */
    static bool appendAscii(QStringView text, QByteArray &out);
    /** Common encodings first, then every other encoding this platform can write. */
    static QStringList availableEncodings();
    /** Decodes bytes strictly; nullopt and the byte offset of the first invalid sequence on failure. */
    static std::optional<QString> decode(const QByteArray &bytes, const QString &encoding, qsizetype *badOffset);

private:
    qsizetype roundTripMismatch(QStringView text, const QByteArray &encoded);

    QString m_name;
    std::optional<QStringConverter::Encoding> m_builtin;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
    int m_asciiWidth = 0;
    bool m_asciiSafe = false;     ///< ASCII-only text needs no round-trip check
    bool m_asciiIdentity = false; ///< ASCII characters encode as themselves, one byte each
};

} // namespace Quire
