#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Quire {

/** How to read a CSV file (JobSpec::Rows as plain values). */
struct CsvOptions
{
    char delimiter = 0; ///< ',', ';', '\t', or 0: detected from the header line
    bool header = true; ///< the first record names the columns; without it they are 1, 2, ...
    QString encoding;   ///< empty: by byte order mark, else UTF-8
    bool trim = false;  ///< strip spaces and tabs around every value
};

/**
 * A problem of a rows file: its neutral sentence (no command-line flag, no window control) plus what a front
 * end needs to word it its own way (the planner turns it into a PlanProblem of the same kind).
 */
struct CsvProblem
{
    enum class Kind : quint8 {
        Other,
        EncodingUnknown,   ///< args: the encoding
        NotDecodable,      ///< args: the file, the encoding, the line, the byte offset
        NotUtf8,           ///< args: the file, the line, the byte offset
        DelimiterAmbiguous ///< args: the file, the delimiters found (joined)
    };
    Kind kind = Kind::Other;
    QString message;
    QStringList args;
};

/**
 * A CSV file (RFC 4180) held as its UTF-8 bytes plus one start offset per data record: about the file's
 * size plus 8 bytes per row, never a QString per field. A row is parsed again when it is asked for,
 * into a per-thread cache, so any number of threads may read fields at once.
 *
 * Our own parser, not libcsv: see csvtable.cpp for the measured reason.
 */
class CsvTable
{
public:
    /** Reads and indexes path; nullptr with errors (at most about 20, then "and N more"). */
    static std::shared_ptr<const CsvTable> load(const QString &path, const CsvOptions &options, QStringList *errors);
    /** The same with each problem as a value, for the planner. */
    static std::shared_ptr<const CsvTable> load(const QString &path, const CsvOptions &options,
                                                QList<CsvProblem> *problems);
    /** The same for bytes already in memory (tests, fuzzer); name is used in messages. */
    static std::shared_ptr<const CsvTable> fromBytes(QByteArray bytes, const CsvOptions &options, const QString &name,
                                                     QStringList *errors);

    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] int columnCount() const;
    /** Header names, or "1", "2", ... without a header. */
    [[nodiscard]] const QStringList &columnNames() const;
    [[nodiscard]] char delimiter() const;
    /** Physical line (1-based) of the file on which data row row (0-based) starts. */
    [[nodiscard]] qint64 lineOf(qint64 row) const;
    /**
     * The UTF-8 bytes of one value. The view stays valid until this thread asks for another row (of any
     * table): copy or append it at once.
     */
    [[nodiscard]] QByteArrayView field(qint64 row, int column) const;
    /**
     * "size:md5" of the file's bytes, to tell whether it changed since a run (resume, retry). Not the
     * modification time: copying or touching an unchanged file must not block a resume.
     */
    [[nodiscard]] const QString &fingerprint() const;
    /** A value as text, every character kept (QString::fromUtf8 would drop a leading U+FEFF). */
    static QString text(QByteArrayView value);
    /** "," ";" "\t", also "tab", "comma", "semicolon"; 0 if none of them. */
    static char delimiterFromName(const QString &name);
    /** The JSON/command line spelling: ",", ";" or "tab". */
    static QString delimiterName(char delimiter);

    CsvTable() = default;

private:
    friend class CsvIndexer;
    static std::shared_ptr<CsvTable> build(QByteArray bytes, const CsvOptions &options, const QString &name,
                                           QList<CsvProblem> *problems);

    QByteArray m_bytes; ///< UTF-8, no byte order mark
    std::vector<qint64> m_rowStarts;
    QStringList m_columns;
    char m_delimiter = ',';
    bool m_trim = false;
    quint64 m_id = 0; ///< tells this table's rows apart in the per-thread cache
    QString m_fingerprint;
};

} // namespace Quire
