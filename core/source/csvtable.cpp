#include "core/source/csvtable.h"

#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"

#include <QCryptographicHash>

#include <atomic>
#include <cstring>

// Why our own parser and not libcsv (Debian's libcsv-dev, 3.0.3): libcsv is push-based and hands every
// field over through a callback as a copy, so a row can only be read again by starting a parser on it,
// and it cannot say on which physical line an unterminated quote opened. Measured with a throwaway
// program (1,000,000 rows of 3 columns, 30 MB, -O2, 2 cores at load 10, three rounds): reading every
// value of every row again on demand took 0.34-0.45 s here against 0.78-1.13 s with one libcsv parser
// per row; the one full indexing pass took 0.60-0.78 s including an MD5 of the bytes (0.23-0.25 s) and
// the UTF-8 check, against 0.50-0.87 s for libcsv only counting fields. A run reads every row again, so
// that is the pass that counts.

namespace Quire {

namespace {

// Read whole, like a content file, but larger: the bytes are what the run keeps (see the class comment).
constexpr qint64 MaxRowsFileBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr int MaxListedProblems = 20;

std::atomic<quint64> nextTableId{1};

/** At most MaxListedProblems messages, then one "and N more": a million bad rows make 21 lines. */
class ProblemList
{
public:
    explicit ProblemList(QList<CsvProblem> *out)
        : m_out(out)
    {
    }
    void add(const QString &message, CsvProblem::Kind kind = CsvProblem::Kind::Other, const QStringList &args = {})
    {
        if (++m_count <= MaxListedProblems && m_out)
            m_out->append({kind, message, args});
    }
    void finish()
    {
        if (m_count > MaxListedProblems && m_out)
            m_out->append({CsvProblem::Kind::Other,
                           trCore("Quire::Csv", "and %1 more problems like these in the rows file")
                               .arg(m_count - MaxListedProblems),
                           {}});
    }
    [[nodiscard]] int count() const
    {
        return m_count;
    }

private:
    QList<CsvProblem> *m_out;
    int m_count = 0;
};

// Lines as an editor counts them: LF, CRLF and a lone CR each end one.
qint64 countLineBreaks(const char *data, qint64 size)
{
    qint64 lines = 0;
    for (qint64 i = 0; i < size; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

// The offset of the first byte that is not part of valid UTF-8 (overlongs and surrogates included), or -1.
qint64 firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qint64 size = bytes.size();
    qint64 i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint min = 0;
        if ((data[i] & 0xe0) == 0xc0) {
            length = 2;
            min = 0x80;
        } else if ((data[i] & 0xf0) == 0xe0) {
            length = 3;
            min = 0x800;
        } else if ((data[i] & 0xf8) == 0xf0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        uint code = data[i] & (0x7f >> length);
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

struct Record
{
    enum class Status : quint8 {
        Ok,
        Unterminated,
        TextAfterQuote
    };
    qint64 next = 0; ///< where the next record starts
    int fields = 0;
    Status status = Status::Ok;
    qint64 badAt = 0; ///< the opening quote or the text after the closing one
};

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

qint64 pastLineEnd(const char *data, qint64 size, qint64 at)
{
    if (at < size && data[at] == '\r')
        ++at;
    else if (at < size && data[at] == '\n')
        return at + 1;
    return at < size && data[at] == '\n' ? at + 1 : at; // CRLF
}

struct FieldSpan
{
    qint64 begin = 0;
    qint64 size = 0;
    bool unescape = false;
};

// One record from at: RFC 4180 quoting, "" inside quotes, line breaks inside quotes. A quote inside an
// unquoted field is kept as text (spreadsheets write such files).
template <typename Sink>
Record scanRecord(const char *data, qint64 size, qint64 at, char delimiter, Sink sink)
{
    Record record;
    for (;;) {
        ++record.fields;
        if (at < size && data[at] == '"') {
            const qint64 open = at++;
            bool doubled = false;
            for (;;) {
                const char *quote =
                    at < size ? static_cast<const char *>(std::memchr(data + at, '"', size_t(size - at))) : nullptr;
                if (!quote)
                    return {size, record.fields, Record::Status::Unterminated, open};
                at = quote - data;
                if (at + 1 < size && data[at + 1] == '"') {
                    doubled = true;
                    at += 2;
                    continue;
                }
                break;
            }
            sink(FieldSpan{open + 1, at - open - 1, doubled});
            ++at; // the closing quote
            if (at < size && data[at] != delimiter && !isLineEnd(data[at]))
                return {at, record.fields, Record::Status::TextAfterQuote, at};
        } else {
            const qint64 begin = at;
            while (at < size && data[at] != delimiter && !isLineEnd(data[at]))
                ++at;
            sink(FieldSpan{begin, at - begin, false});
        }
        if (at >= size || isLineEnd(data[at])) {
            record.next = pastLineEnd(data, size, at);
            return record;
        }
        ++at; // the delimiter
    }
}

QByteArray unescaped(QByteArrayView quoted)
{
    QByteArray out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        out.append(quoted[i]);
        if (quoted[i] == '"' && i + 1 < quoted.size() && quoted[i + 1] == '"')
            ++i;
    }
    return out;
}

QByteArrayView trimmed(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

/** What one thread parsed last: repeated columns of one file cost one parse. */
struct RowCache
{
    quint64 table = 0;
    qint64 row = -1;
    std::vector<FieldSpan> spans;
    QByteArray copies; ///< unescaped values; spans with unescape point here
};

thread_local RowCache rowCache;

} // namespace

/** The one pass over the bytes: record starts, field counts, quotes; every problem with its line. */
class CsvIndexer
{
public:
    CsvIndexer(CsvTable &table, const QString &name, QList<CsvProblem> *errors)
        : m_table(table)
        , m_name(name)
        , m_problems(errors)
    {
    }
    bool run(const CsvOptions &options);

private:
    bool decode(const QString &encoding);
    bool chooseDelimiter(char given);
    void readHeader(bool header);
    void indexRows();
    qint64 lineAt(qint64 offset) const
    {
        return 1 + countLineBreaks(m_table.m_bytes.constData(), offset);
    }

    CsvTable &m_table;
    QString m_name;
    ProblemList m_problems;
    qint64 m_at = 0;
    qint64 m_line = 1;
};

bool CsvIndexer::decode(const QString &encoding)
{
    QByteArray &bytes = m_table.m_bytes;
    const bool utf16le = bytes.startsWith("\xff\xfe");
    const bool utf16be = bytes.startsWith("\xfe\xff");
    const QString generic = encoding.toLower().remove(u'-').remove(u'_');
    if ((!encoding.isEmpty() && generic != u"utf8") || (encoding.isEmpty() && (utf16le || utf16be))) {
        const QString name =
            encoding.isEmpty() ? (utf16le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")) : encoding;
        qsizetype bad = -1;
        const auto text = TextEncoder::decode(bytes, name, &bad);
        if (!text) {
            if (bad < 0)
                m_problems.add(trCore("Quire::Csv", "rows file encoding \"%1\" is unknown").arg(name),
                               CsvProblem::Kind::EncodingUnknown, {name});
            else
                m_problems.add(trCore("Quire::Csv", "rows file %1 is not valid %2: bad bytes at line %3 (byte offset "
                                                    "%4); state its encoding")
                                   .arg(m_name, name)
                                   .arg(lineAt(bad))
                                   .arg(bad),
                               CsvProblem::Kind::NotDecodable,
                               {m_name, name, QString::number(lineAt(bad)), QString::number(bad)});
            return false;
        }
        bytes = text->startsWith(QChar(0xfeff)) ? QStringView(*text).sliced(1).toUtf8() : text->toUtf8();
        return true;
    }
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    if (const qint64 bad = firstInvalidUtf8(bytes); bad >= 0) {
        m_problems.add(trCore("Quire::Csv", "rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); "
                                            "state its encoding, e.g. windows-1252")
                           .arg(m_name)
                           .arg(lineAt(bad))
                           .arg(bad),
                       CsvProblem::Kind::NotUtf8, {m_name, QString::number(lineAt(bad)), QString::number(bad)});
        return false;
    }
    return true;
}

// From the first record: the one of , ; tab that occurs outside quotes. Two of them: ambiguous.
bool CsvIndexer::chooseDelimiter(char given)
{
    if (given) {
        m_table.m_delimiter = given;
        return true;
    }
    const QByteArray &bytes = m_table.m_bytes;
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (qint64 i = 0; i < bytes.size() && (quoted || !isLineEnd(bytes[i])); ++i) {
        quoted = bytes[i] == '"' ? !quoted : quoted;
        for (int k = 0; k < 3 && !quoted; ++k)
            counts[k] += bytes[i] == candidates[k] ? 1 : 0;
    }
    QStringList found;
    for (int k = 0; k < 3; ++k) {
        if (counts[k] > 0) {
            found.append(CsvTable::delimiterName(candidates[k]));
            m_table.m_delimiter = candidates[k];
        }
    }
    if (found.size() > 1) {
        m_problems.add(trCore("Quire::Csv", "rows file %1: the delimiter is ambiguous, line 1 has %2: state the "
                                            "delimiter (, or ; or tab)")
                           .arg(m_name, found.join(QStringLiteral(" / "))),
                       CsvProblem::Kind::DelimiterAmbiguous, {m_name, found.join(QStringLiteral(" / "))});
        return false;
    }
    return true;
}

void CsvIndexer::readHeader(bool header)
{
    const QByteArray &bytes = m_table.m_bytes;
    std::vector<FieldSpan> spans;
    const Record first = scanRecord(bytes.constData(), bytes.size(), 0, m_table.m_delimiter,
                                    [&spans](const FieldSpan &s) { spans.push_back(s); });
    for (size_t i = 0; i < spans.size(); ++i) {
        const QByteArrayView raw(bytes.constData() + spans[i].begin, spans[i].size);
        m_table.m_columns.append(header ? QString::fromUtf8(spans[i].unescape ? unescaped(raw) : raw.toByteArray())
                                        : QString::number(i + 1));
    }
    if (header && first.status == Record::Status::Ok) {
        m_line += countLineBreaks(bytes.constData(), first.next);
        m_at = first.next;
    }
}

void CsvIndexer::indexRows()
{
    const QByteArray &bytes = m_table.m_bytes;
    const qint64 size = bytes.size();
    const int columns = int(m_table.m_columns.size());
    while (m_at < size) {
        if (isLineEnd(bytes[m_at])) { // a blank line is no record: spreadsheets and editors leave them
            m_at = pastLineEnd(bytes.constData(), size, m_at);
            ++m_line;
            continue;
        }
        const Record record = scanRecord(bytes.constData(), size, m_at, m_table.m_delimiter, [](const FieldSpan &) {});
        if (record.status == Record::Status::Unterminated) {
            m_problems.add(trCore("Quire::Csv", "rows file %1, line %2: a quote opened there is never closed (write "
                                                "\"\" for a quote inside a quoted value)")
                               .arg(m_name)
                               .arg(lineAt(record.badAt)));
            return;
        }
        if (record.status == Record::Status::TextAfterQuote) {
            m_problems.add(trCore("Quire::Csv", "rows file %1, line %2: text after the closing quote of a value "
                                                "(quote the whole value, and write \"\" for a quote inside it)")
                               .arg(m_name)
                               .arg(lineAt(record.badAt)));
            return;
        }
        if (record.fields != columns)
            m_problems.add(trCore("Quire::Csv", "rows file %1, line %2: %3 values, but line 1 has %4 (every row "
                                                "needs one value per column; quote values that hold the delimiter)")
                               .arg(m_name)
                               .arg(m_line)
                               .arg(record.fields)
                               .arg(columns));
        m_table.m_rowStarts.push_back(m_at);
        m_line += countLineBreaks(bytes.constData() + m_at, record.next - m_at);
        m_at = record.next;
    }
}

bool CsvIndexer::run(const CsvOptions &options)
{
    m_table.m_trim = options.trim;
    if (!decode(options.encoding))
        return false;
    if (m_table.m_bytes.isEmpty()) {
        m_problems.add(
            trCore("Quire::Csv", "rows file %1 is empty: it needs a header line and a row per file").arg(m_name));
        return false;
    }
    if (!chooseDelimiter(options.delimiter))
        return false;
    readHeader(options.header);
    indexRows();
    if (m_problems.count() == 0 && m_table.m_rowStarts.empty())
        m_problems.add(trCore("Quire::Csv", "rows file %1 has a header line but no data rows").arg(m_name));
    m_problems.finish();
    m_table.m_rowStarts.shrink_to_fit();
    return m_problems.count() == 0;
}

namespace {

void appendMessages(const QList<CsvProblem> &problems, QStringList *errors)
{
    for (const CsvProblem &problem : problems)
        errors->append(problem.message);
}

} // namespace

std::shared_ptr<const CsvTable> CsvTable::load(const QString &path, const CsvOptions &options, QStringList *errors)
{
    QList<CsvProblem> problems;
    auto table = load(path, options, errors ? &problems : nullptr);
    if (errors)
        appendMessages(problems, errors);
    return table;
}

std::shared_ptr<const CsvTable> CsvTable::load(const QString &path, const CsvOptions &options,
                                               QList<CsvProblem> *problems)
{
    ReadResult read = readRegularFile(path, MaxRowsFileBytes, trCore("Quire::Csv", "rows file %1").arg(path));
    if (!read.ok()) {
        if (problems)
            problems->append({CsvProblem::Kind::Other, read.error, {}});
        return nullptr;
    }
    return build(std::move(read.bytes), options, path, problems);
}

std::shared_ptr<const CsvTable> CsvTable::fromBytes(QByteArray bytes, const CsvOptions &options, const QString &name,
                                                    QStringList *errors)
{
    QList<CsvProblem> problems;
    auto table = build(std::move(bytes), options, name, errors ? &problems : nullptr);
    if (errors)
        appendMessages(problems, errors);
    return table;
}

std::shared_ptr<CsvTable> CsvTable::build(QByteArray bytes, const CsvOptions &options, const QString &name,
                                          QList<CsvProblem> *errors)
{
    auto table = std::make_shared<CsvTable>();
    // Md5: only to notice a changed file on resume, and fast (a 40 MB file in about 0.07 s).
    table->m_fingerprint = QString::number(bytes.size()) + u':' +
                           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    table->m_bytes = std::move(bytes);
    table->m_id = nextTableId.fetch_add(1);
    CsvIndexer indexer(*table, name, errors);
    if (!indexer.run(options))
        return nullptr;
    return table;
}

qint64 CsvTable::rowCount() const
{
    return qint64(m_rowStarts.size());
}

int CsvTable::columnCount() const
{
    return int(m_columns.size());
}

const QStringList &CsvTable::columnNames() const
{
    return m_columns;
}

char CsvTable::delimiter() const
{
    return m_delimiter;
}

const QString &CsvTable::fingerprint() const
{
    return m_fingerprint;
}

qint64 CsvTable::lineOf(qint64 row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return 1 + countLineBreaks(m_bytes.constData(), m_rowStarts[size_t(row)]);
}

QByteArrayView CsvTable::field(qint64 row, int column) const
{
    RowCache &cache = rowCache;
    if (cache.table != m_id || cache.row != row) {
        cache.table = m_id;
        cache.row = row;
        cache.spans.clear();
        cache.copies.resize(0);
        if (row >= 0 && row < rowCount())
            scanRecord(m_bytes.constData(), m_bytes.size(), m_rowStarts[size_t(row)], m_delimiter,
                       [&cache](const FieldSpan &s) { cache.spans.push_back(s); });
        // Copies first, views after: appending may move the buffer.
        for (FieldSpan &span : cache.spans) {
            if (!span.unescape)
                continue;
            const QByteArray value = unescaped(QByteArrayView(m_bytes.constData() + span.begin, span.size));
            span.begin = cache.copies.size();
            span.size = value.size();
            cache.copies.append(value);
        }
    }
    if (column < 0 || size_t(column) >= cache.spans.size())
        return {};
    const FieldSpan &span = cache.spans[size_t(column)];
    const QByteArrayView value((span.unescape ? cache.copies.constData() : m_bytes.constData()) + span.begin,
                               span.size);
    return m_trim ? trimmed(value) : value;
}

QString CsvTable::text(QByteArrayView value)
{
    // Found by fuzz_csv: fromUtf8 drops one leading U+FEFF, so a value of U+FEFF U+FEFF lost one.
    QString result;
    while (value.startsWith("\xef\xbb\xbf")) {
        result.append(QChar(0xfeff));
        value = value.sliced(3);
    }
    return result + QString::fromUtf8(value);
}

char CsvTable::delimiterFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"," || lower == u"comma")
        return ',';
    if (lower == u";" || lower == u"semicolon")
        return ';';
    if (lower == u"\t" || lower == u"tab")
        return '\t';
    return 0;
}

QString CsvTable::delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

} // namespace Quire
