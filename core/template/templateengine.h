#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Quire {

class CsvTable;
class PlaceholderExpr;

/** Where a template is used: some placeholders ({name}, {nl}) only make sense in file content. */
enum class TemplateKind {
    Name,
    Content
};

/** A mistake in a template: 1-based line and column plus a message that says how to fix it. */
struct TemplateError
{
    int line = 1;
    int column = 1;
    QString message; ///< e.g. "unknown placeholder {indx} at column 6 (did you mean {index}?)"
};

/** Values that are the same for every file of one target folder; bound once per folder. */
struct TemplateConstants
{
    QDateTime start;                    ///< the run's start, for {date} and {time}
    qint64 count = 0;                   ///< files per folder, for {count}
    QString folderName;                 ///< the target folder's own name, for {folder}
    QString eol = QStringLiteral("\n"); ///< {nl} and literal line breaks in content
};

/** Per-file values. */
struct FileContext
{
    qint64 index = 0;   ///< the value of {index}
    qint64 n = 1;       ///< 1-based position inside the folder, {n}
    QStringView name;   ///< the file's own name, {name} (content only)
    quint64 random = 0; ///< FileRandom::keyFor(seed, position): what {uuid} and {random} render

    /** CSV rows: the table that column placeholders read, and this file's 0-based data row in it. */
    const CsvTable *rows = nullptr;
    qint64 row = 0;
};

/**
 * A compiled template. Parse once with compile(), bind the per-folder constants with bound(), then
 * render() per file: rendering never parses and never uses regular expressions.
 */
class Template
{
public:
    enum class Kind : quint8 {
        Literal,
        Index,
        N,
        Count,
        Date,
        Time,
        Uuid,
        Random,
        Folder,
        Name,
        Nl,
        Tab,
        Column, ///< a CSV column: {customer}, {Order ID}, {1}, {col:NAME}
        Expr    ///< arithmetic on index and n, e.g. {index/1000:000}; text = the expression as written
    };
    /** One piece of a template. For numbers: width (0 = none) and hex/upper; Date/Time: text = format. */
    struct Segment
    {
        Kind kind = Kind::Literal;
        QString text;
        int width = 0;
        bool hex = false;
        bool upper = false;
        int column = -1;                             ///< Column: 0-based column number (text: its name)
        std::shared_ptr<const PlaceholderExpr> expr; ///< Kind::Expr only
    };

    Template() = default;

    /** Parses text. Every mistake is appended to errors; the result is invalid if there was any. */
    static Template compile(const QString &text, TemplateKind kind, QList<TemplateError> *errors);
    /**
     * The same with CSV columns: {NAME} names a column unless NAME is a built-in placeholder (built-ins
     * win), {col:NAME} always names one (by header name, else by 1-based number).
     */
    static Template compile(const QString &text, TemplateKind kind, QList<TemplateError> *errors,
                            const QStringList &columns);

    /** Replaces the per-folder constants ({date}, {time}, {count}, {folder}, {nl}, {tab}, line breaks). */
    [[nodiscard]] Template bound(const TemplateConstants &constants) const;

    /** Renders one file into out (cleared first). out keeps its capacity, so reuse it. */
    void render(const FileContext &context, QString &out) const;
    [[nodiscard]] QString render(const FileContext &context) const;
    /**
     * Appends one file's text straight as ASCII bytes to out, without a QString: for loops over every
     * file. Returns false, out unchanged, if the template holds anything but ASCII text, {index} and
     * {n}; use render() then.
     */
    [[nodiscard]] bool renderAscii(const FileContext &context, QByteArray &out) const;

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] const QList<Segment> &segments() const;
    [[nodiscard]] bool contains(Kind kind) const;
    /** True if two different files of one folder can never render the same text ({index}, {n}, {uuid}). */
    [[nodiscard]] bool isUniquePerFile() const;
    /** The value of an Expr segment for a file; the planner rules out overflow and division by zero. */
    [[nodiscard]] static qint64 exprValue(const Segment &segment, const FileContext &context, bool *ok = nullptr);

    /** Placeholder names the engine knows, for hints and documentation. */
    static QStringList placeholderNames();

private:
    QList<Segment> m_segments;
    bool m_valid = false;
};

/** Formats an error as one line, e.g. "name template: unknown placeholder {indx} at column 6 (...)". */
QString formatTemplateError(const QString &what, const TemplateError &error);

} // namespace Quire
