#pragma once

#include "core/job/shard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quire {

enum class LineEnding : quint8 {
    Lf,
    CrLf,
    Cr
};

/** What to do when a file of the same name is already there. */
enum class IfExists : quint8 {
    Fail,      ///< the default: the plan reports it, the run never touches it
    Skip,      ///< leave the existing file alone and count it as skipped
    Overwrite, ///< replace it atomically (old content survives until the new one is complete)
    Rename     ///< keep both: write "name (2).ext"
};

/** How a new file gets its final name. */
enum class WriteMethod : quint8 {
    Direct, ///< open(O_CREAT|O_EXCL) at the final name and write there
    Atomic  ///< write an unnamed (O_TMPFILE) or hidden temporary file, then link it into place
};

/** Everything a run needs, as plain values. The GUI and the CLI both build one of these. */
struct JobSpec
{
    QStringList folders;
    qint64 from = 1;
    qint64 to = 10;
    qint64 step = 1;
    QString nameTemplate = QStringLiteral("file-{index:00}.txt");
    QString contentTemplate = QStringLiteral("In file {index}{nl}");
    QString contentFile;                                   ///< if set, the content template is read from it
    QString contentFileEncoding = QStringLiteral("UTF-8"); ///< how contentFile is encoded
    QString encoding = QStringLiteral("UTF-8");
    bool bom = false;
    LineEnding lineEnding = LineEnding::Lf;
    IfExists ifExists = IfExists::Fail;
    int parallel = 0; ///< parallel writes; 0 = automatic
    bool durable = false;
    bool stopOnError = false;
    WriteMethod writeMethod = WriteMethod::Direct; ///< durable runs always write atomically
    /** Overwrite runs: keep each replaced file in the run's journal, so that undo can put it back. */
    bool backup = false;
    /** Fixes {random} and {uuid}: the same seed renders the same names and bytes. Unset: drawn per run. */
    std::optional<qint64> seed;

    // One job over many machines (core/job/shard.h).
    /** --shard K/N: write only the K-th of N slices of the job; unset: the whole job. */
    std::optional<Shard> shard;
    /** --run-time: the start {date} and {time} render (every shard the same); unset: when planning. */
    std::optional<QDateTime> runTime;
    // --- CSV rows (issue 11): one file per data row of a CSV file instead of the index range. ---
    struct Rows
    {
        QString file;      ///< empty: the index range (from, to, step); relative paths: to the current folder
        QString delimiter; ///< ",", ";", "tab", or empty: detected from the first line
        bool header = true;
        QString encoding; ///< empty: by byte order mark, else UTF-8
        bool trim = false;
        /** Set by the planner (size:mtime:md5); a run's journal keeps it, and resume refuses a changed file. */
        QString fingerprint;
        bool operator==(const Rows &other) const = default;
    };
    Rows rows;

    [[nodiscard]] QJsonObject toJson() const;
    /** Reads a job; unknown keys and wrong types are errors (appended to errors) and yield nullopt. */
    static std::optional<JobSpec> fromJson(const QJsonObject &json, QStringList *errors);
    /** Reads a job file (UTF-8 JSON). Errors name the file and, for syntax errors, the offset. */
    static std::optional<JobSpec> fromJsonFile(const QString &path, QStringList *errors);
    /** Reads a job file's text (path only names it in errors): duplicate keys, lone surrogates, deep nesting,
     *  NaN and out-of-range numbers are errors, found in linear time before Qt parses it. */
    static std::optional<JobSpec> fromJsonText(const QByteArray &text, const QString &path, QStringList *errors);

    bool operator==(const JobSpec &other) const = default;

    // Content generators (issue 11; README "Content generators"). One mode at a time: size goes with the
    // content template; randomBytes, copyFrom and sparse replace it and exclude each other.
    std::optional<qint64> size;        ///< "size": the rendered template repeated and cut to this many bytes
    std::optional<qint64> randomBytes; ///< "random": this many random bytes per file (from the run's seed)
    QString copyFrom;                  ///< "copyFrom": every file gets this file's bytes
    std::optional<qint64> sparse;      ///< "sparse": files of this size with no data written (holes)
    bool verify = false;               ///< "verify": read every file back and compare it with what was meant
    /** True for the modes that write no content template (random, copy, sparse). */
    [[nodiscard]] bool replacesTemplate() const;
};

QString lineEndingName(LineEnding eol); ///< "lf", "crlf", "cr"
std::optional<LineEnding> lineEndingFromName(const QString &name);
QString lineEndingText(LineEnding eol); ///< "\n", "\r\n", "\r"
QString ifExistsName(IfExists policy);  ///< "fail", "skip", "overwrite", "rename"
std::optional<IfExists> ifExistsFromName(const QString &name);

QString writeMethodName(WriteMethod method); ///< "direct", "atomic"
std::optional<WriteMethod> writeMethodFromName(const QString &name);

/** The number of parallel writes used when JobSpec::parallel is 0. */
int defaultParallelWrites();
constexpr qint64 MaxFilesPerJob = 10'000'000;
constexpr int MaxParallelWrites = 256;
/** Seeds are whole numbers from 0 to 2^53 - 1, so that every JSON reader keeps them exact. */
constexpr qint64 MaxSeed = (qint64(1) << 53) - 1;

} // namespace Quire
