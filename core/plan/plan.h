#pragma once

#include "core/content/contentsource.h"
#include "core/job/jobspec.h"
#include "core/source/filemap.h"
#include "core/template/templateengine.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Quire {

class CsvTable;
class TextEncoder;

/**
 * One thing the plan found wrong (Error: nothing may run) or worth knowing (Warning). The core reports it as
 * a value: a field, a kind and the values a wording needs; each front end words it for its own controls
 * (cli/problemwording, ui/problemwording). message is the core's neutral sentence, naming no command-line
 * flag and no window control: for logs and reports, and what a front end shows for a kind it words alike.
 */
struct PlanProblem
{
    enum class Severity : quint8 {
        Error,
        Warning
    };
    /** What went wrong; args holds its values in the order given here (nothing when not listed). */
    enum class Kind : quint8 {
        // Range, shards and limits
        ZeroStep,
        EmptyRange,
        TooManyFiles,
        ShardTooLarge,
        ShardClock, ///< args: the start as ISO 8601 UTC (the value to fix the run time to)
        // Target folders
        NoFolder,
        EmptyFolderPath,
        FolderTwice,
        SameFolder,
        FolderUnusable,
        FolderUnlistable,
        UnnameableText, ///< a NUL or a lone surrogate in a path or template
        // Encoding and options
        EncodingWithoutByteOrder,
        EncodingStateful,
        UnknownEncoding, ///< args: the encoding as given
        EncodingNotAscii,
        BomUnsupported,
        ParallelOutOfRange,
        Unencodable,
        // Content file and content generators
        ContentFileUnreadable,
        ContentFileEncodingUnknown,
        ContentFileInvalid, ///< args: the file, its encoding, the byte offset
        ContentModesConflict,
        ContentFileWithGenerator,
        NegativeSize,
        TotalTooLarge,
        FillWithoutText, ///< args: the size in bytes
        CopySourcePath,
        CopySourceUnreadable,
        CopySourceNotFile,
        // Templates and names
        TemplateSyntax,
        PlaceholderValue,
        ExpressionValue,
        EmptyName,
        NameEscapes,
        NameStartsWithSlash, ///< args: the name template (its first 60 characters)
        NameBadPart,
        RandomNames,
        NamesCollide,
        NameTooLong,
        PathTooLong,
        BlockedByFile,
        WindowsReservedName,
        WindowsCharacter,
        WindowsTrailing,
        // Files already there
        FilesExist, ///< args: the count (formatted), the folder, the first names (joined)
        FilesSkipped,
        FilesReplaced,
        FolderConflicts,
        FilesRenamed,
        // CSV rows
        RowsFile,               ///< the rows file cannot be read or parsed (quotes, value counts, empty)
        RowsEncodingUnknown,    ///< args: the encoding
        RowsNotDecodable,       ///< args: the file, the encoding, the line, the byte offset
        RowsNotUtf8,            ///< args: the file, the line, the byte offset
        RowsDelimiterAmbiguous, ///< args: the file, the delimiters found (joined)
        UnknownDelimiter,
        RowsFromStdin,
        RowsChanged,
        ColumnShadowsPlaceholder,
        RowName, ///< a row's values make no usable name (empty, too long, bad characters, twice)
        MoreRowProblems,
        RowValueNotEncodable, ///< a row's value for the content has a character the encoding lacks
        // Planning itself
        Cancelled,
        LastKind = Cancelled ///< for tests that go through every kind
    };
    Severity severity = Severity::Error;
    QString field;   ///< "folder", "range", "rows", "name", "content", "encoding", "bom", "if-exists", "parallel"
    QString message; ///< complete neutral sentence: what, where, how to fix (no flag, no control)
    Kind kind = Kind::Cancelled;
    QStringList args; ///< the values a wording needs (see Kind)
};

/** A target folder as the plan saw it. */
struct FolderPlan
{
    QString path;               ///< absolute, cleaned
    bool create = false;        ///< missing now; the run creates it like mkdir -p
    qint64 conflicts = 0;       ///< planned names that already exist there
    QStringList firstConflicts; ///< up to a few of those names
    qint64 folderConflicts = 0; ///< of those, names taken by a folder (never replaced)
    // Nested folders ('/' in the name template): sub-folders below this folder, relative, parents first.
    QStringList subfolders;        ///< every planned sub-folder (empty for a flat name)
    qint64 subfoldersToCreate = 0; ///< of those, missing when planning: the run makes them
};

/**
 * The validated, fully resolved job: what will be written where, computed before anything is
 * touched. Positions 0..fileCount-1 enumerate every file of every folder (folder-major).
 */
struct Plan
{
    JobSpec spec; ///< content template resolved (content file read), encoding canonical
    QList<PlanProblem> problems;
    QList<FolderPlan> folders;
    QDateTime start;               ///< the run's start for {date}/{time}, fixed when planning
    qint64 seed = 0;               ///< spec.seed, or drawn when planning: {random} and {uuid}
    FileMap files;                 ///< position -> folder, index, n
    Template nameTemplate;         ///< compiled, unbound
    Template contentTemplate;      ///< compiled, unbound
    QList<Template> boundNames;    ///< per folder, constants bound (filled when the plan is valid)
    QList<Template> boundContents; ///< per folder, constants bound
    QString eol;
    qint64 totalBytes = 0;    ///< all files together, BOM included
    qint64 conflictCount = 0; ///< all folders together
    QString firstName;
    QString lastName;

    /** CSV rows (spec.rows.file): data row r is the file with {index} r + 1; null for the index range. */
    std::shared_ptr<const CsvTable> rows;

    [[nodiscard]] bool isValid() const; ///< no Error problems
    [[nodiscard]] QList<PlanProblem> errors() const;
    [[nodiscard]] QList<PlanProblem> warnings() const;

    [[nodiscard]] qint64 filesPerFolder() const;
    [[nodiscard]] qint64 fileCount() const; ///< all folders together
    [[nodiscard]] int folderOf(qint64 position) const;
    [[nodiscard]] qint64 indexAt(qint64 position) const;
    [[nodiscard]] qint64 nAt(qint64 position) const; ///< 1-based inside its folder
    [[nodiscard]] TemplateConstants constantsFor(int folder) const;
    /** Everything a template needs for one file but its name. */
    [[nodiscard]] FileContext contextAt(qint64 position) const;
    /** Renders on demand (for previews, models and reports); the runner has its own fast path. */
    [[nodiscard]] QString fileName(qint64 position) const;
    [[nodiscard]] QString filePath(qint64 position) const;
    /**
     * The position of the planned file at path (any spelling of a target folder: relative, absolute,
     * through a symlink), or -1 when the job plans no file there. For side files (report, saved job)
     * that must never take a name the run writes. Needs a valid plan.
     */
    [[nodiscard]] qint64 positionOfPath(const QString &path) const;
    [[nodiscard]] QString contentText(qint64 position) const;
    /** Encoded bytes exactly as they would be written (BOM included); empty + error on failure. */
    [[nodiscard]] QByteArray contentBytes(qint64 position, QString *error = nullptr) const;
    /** Same with a caller's encoder, for loops over many files (an ICU encoder is costly to open). */
    [[nodiscard]] QByteArray contentBytes(qint64 position, TextEncoder &encoder, QString *error = nullptr) const;

    // Content generators (core/content/contentplan.cpp). For every mode but Template, contentBytes()
    // gives only the first PreviewBytes: a file may be larger than memory.
    ContentMode contentMode = ContentMode::Template;
    qint64 fileBytes = -1; ///< every file's size when the mode fixes it (all modes but Template), else -1
    static constexpr qint64 PreviewBytes = 64 * 1024;
    /** The size of one file in bytes, without making its content when the mode fixes the size. */
    [[nodiscard]] qint64 contentSize(qint64 position, TextEncoder &encoder) const;
    /** The first (at most) limit bytes of one file, for previews: never the whole of a large file. */
    [[nodiscard]] QByteArray contentHead(qint64 position, qint64 limit, QString *error = nullptr) const;
    /** The rendered template's bytes (BOM included when withBom): a file's bytes in Template mode. */
    [[nodiscard]] QByteArray templateBytes(qint64 position, TextEncoder &encoder, QString *error, bool withBom) const;
};

} // namespace Quire
