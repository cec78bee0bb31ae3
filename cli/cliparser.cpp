#include "cli/cliparser.h"

#include "core/base/safefile.h"
#include "core/content/bytesize.h"
#include "core/source/csvtable.h"

#include <QCoreApplication>

namespace Quire {

namespace {

// Descriptions are marked with QT_TRANSLATE_NOOP and translated here, when the parser is built.
QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    QCommandLineOption result(QString::fromLatin1(name), QCoreApplication::translate("Quire::CliParser", description));
    if (valueName)
        result.setValueName(QString::fromLatin1(valueName));
    return result;
}

QCommandLineOption flag(const QStringList &names, const char *description)
{
    return QCommandLineOption(names, QCoreApplication::translate("Quire::CliParser", description));
}

const char *const helpEpilogue = QT_TRANSLATE_NOOP("Quire::CliParser", R"(
Templates:
  {index} {index:000} {index:D4} {index:x} {index:X8}   the index (zero-padded, hexadecimal)
  {n} {count}            1-based position in the folder, number of files per folder
  {date} {date:yyyy-MM-dd} {time:HH-mm-ss}   the run's start (same for every file)
  {uuid} {random:8}      a random UUID, 8 random letters and digits
  {folder} {name}        the target folder's name, the file's own name (content only)
  {nl} {tab} {{ }}       line ending, tab, literal braces (content: {nl} only there)
  {customer} {Order ID}  with --rows: a CSV column by header name ({1} {2} ... with --no-header;
                         {col:NAME} when NAME is also a built-in, e.g. {col:index}); {index} is the row
  {index/1000:000}/f-{index}.txt   + - * / % ( ) on index and n; a typed / makes sub-folders

Runs, undo and recovery (every run keeps a journal unless --no-journal; RUN is an id or last):
  quire-cli history [--json] [--prune [--keep N]]   the runs, newest first, with state and counts
  quire-cli show RUN [--files all|failed|incomplete|created] [--json]   one run and its files
  quire-cli undo [RUN] [--dry-run]   delete what the run created, unless changed since (exit 0/1/2)
  quire-cli resume [RUN]             finish an interrupted or cancelled run, byte for byte
  quire-cli retry [RUN]              write again only the files that failed
  Each takes --help.

Exit codes:
  0  every file written (or skipped by --if-exists skip)
  1  some files failed (each listed on stderr with its reason), or the run was interrupted
  2  invalid job or usage: nothing was written

Example (the seed):
  quire-cli --folder tempfolder --from 11 --to 20 --name 'file-{index:00}.txt' --content 'In file {index}{nl}'
)");

} // namespace

CliParser::CliParser()
{
    m_parser.setApplicationDescription(
        tr("Creates files in bulk, in parallel, from a name template and a content template."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        option("folder",
               QT_TR_NOOP("Target folder (repeat for several; created if missing). Required, unless "
                          "--job names it."),
               "DIR"),
        option("from", QT_TR_NOOP("First index (default 1)."), "A"),
        option("to", QT_TR_NOOP("Last index, inclusive (default 10)."), "B"),
        option("step", QT_TR_NOOP("Step between indexes; negative counts down (default 1)."), "S"),
        option("name", QT_TR_NOOP("File name template (default file-{index:00}.txt)."), "TEMPLATE"),
        option("content", QT_TR_NOOP("Content template (default 'In file {index}{nl}')."), "TEMPLATE"),
        option("content-file",
               QT_TR_NOOP("Read the content template from FILE (- for standard input; 64 MiB at most)."), "FILE"),
        option("content-encoding", QT_TR_NOOP("Encoding of --content-file (default UTF-8)."), "NAME"),
        option("encoding", QT_TR_NOOP("Encoding of the files written (default UTF-8)."), "NAME"),
        option("bom", QT_TR_NOOP("Write a byte order mark (Unicode encodings only).")),
        option("no-bom", QT_TR_NOOP("Write no byte order mark, whatever the job file says.")),
        option("eol", QT_TR_NOOP("Line ending for {nl} and line breaks: lf, crlf or cr (default lf)."), "EOL"),
        option("if-exists", QT_TR_NOOP("When a file exists: fail (default), skip, overwrite or rename (keep both)."),
               "POLICY"),
        option("jobs", QT_TR_NOOP("Parallel writes, 1-256 (default: automatic)."), "N"),
        option("durable", QT_TR_NOOP("Everything is on disk (synced) before success is reported.")),
        option("no-durable", QT_TR_NOOP("Not durable, whatever the job file says.")),
        option("stop-on-error", QT_TR_NOOP("Stop at the first file that fails.")),
        option("no-stop-on-error", QT_TR_NOOP("Go on after a failing file, whatever the job file says.")),
        option("dry-run", QT_TR_NOOP("Validate and show the plan; write nothing.")),
        option("list", QT_TR_NOOP("With --dry-run: print every planned path, one per line, on standard output (the "
                                  "plan goes to standard error). Names as planned: --if-exists rename may add "
                                  "\" (2)\" when the run finds a name taken.")),
        option("format",
               QT_TR_NOOP("With --dry-run: text (default) or json (the plan as one JSON document on standard "
                          "output; with --list it holds every path)."),
               "FORMAT"),
        option("job",
               QT_TR_NOOP("Read the job from a JSON file (- for standard input; 64 MiB at most); flags given too "
                          "override it (--no-bom, --no-durable, ... turn its switches off)."),
               "FILE.json"),
        option("save-job",
               QT_TR_NOOP("Write the job as JSON to FILE (- for standard output) and continue; an invalid job is "
                          "never saved."),
               "FILE.json"),
        option("report",
               QT_TR_NOOP("Write a per-file report to FILE (- for standard output), CSV or JSON by suffix or "
                          "--report-format."),
               "FILE"),
        option("report-format", QT_TR_NOOP("Format of --report: csv or json (default: by suffix; json for -)."),
               "FORMAT"),
        option("list-encodings", QT_TR_NOOP("List every encoding available and exit.")),
        option("quiet", QT_TR_NOOP("Print only errors (and no progress, unless --progress asks for it).")),
        option("progress",
               QT_TR_NOOP("Progress on standard error: auto (a bar on a terminal, else none; the default), bar, "
                          "plain (a line every 5 s, for logs), json (an object per line) or none."),
               "MODE"),
        option("write-method",
               QT_TR_NOOP("direct (default: create each file at its final name) or atomic (write it unnamed, then "
                          "link it into place, so no name ever shows a partial file, even after kill -9; --durable "
                          "always uses it)."),
               "METHOD"),
        option("seed",
               QT_TR_NOOP("Fix {random} and {uuid}: the same seed gives the same names and bytes (0 to 2^53-1; "
                          "default: drawn, and kept in the run's journal)."),
               "N"),
        option("backup", QT_TR_NOOP("With --if-exists overwrite: keep every replaced file in the run's journal, so "
                                    "that 'quire-cli undo' can put it back.")),
        option("no-backup", QT_TR_NOOP("Keep no backup, whatever the job file says.")),
        option("no-journal", QT_TR_NOOP("Keep no journal of this run (no history, undo, resume or retry for it).")),
        // One job over many machines (core/job/shard.h).
        option("shard",
               QT_TR_NOOP("Write only slice K of N (1 <= K <= N) of the job, like split -n K/N; the N shards together "
                          "write every file once, byte for byte as one run would ({n}, {count}, {random} and "
                          "{uuid} stay the whole job's; the seed comes from the job unless --seed is given)."),
               "K/N"),
        option("run-time",
               QT_TR_NOOP("Fix the start that {date} and {time} render, in ISO 8601 (e.g. 2026-12-07T10:00:00Z), so "
                          "that shards on different machines agree."),
               "TIME"),
        // CSV rows: one file per data row instead of --from/--to/--step.
        option("rows",
               QT_TR_NOOP("One file per data row of a CSV file (instead of --from/--to/--step): its columns are "
                          "placeholders by header name, {index} is the row number."),
               "FILE.csv"),
        option("delimiter", QT_TR_NOOP("Delimiter of --rows: , or ; or tab (default: detected from the first line)."),
               "DELIM"),
        option("no-header", QT_TR_NOOP("The first line of --rows is data; columns are {1}, {2}, ...")),
        option("header", QT_TR_NOOP("The first line of --rows names the columns (the default).")),
        option("rows-encoding", QT_TR_NOOP("Encoding of --rows (default: UTF-8, or UTF-16 by its byte order mark)."),
               "NAME"),
        option("trim", QT_TR_NOOP("Strip spaces and tabs around every value of --rows (default: values exactly).")),
        option("no-trim", QT_TR_NOOP("Values of --rows exactly, whatever the job file says.")),
        // Content generators (README "Content generators").
        option("size",
               QT_TR_NOOP("Repeat the rendered content template and cut it to exactly SIZE bytes per file (BOM "
                          "included): 512, 4KiB, 1MiB, 2GiB, 4kB, 2GB."),
               "SIZE"),
        option("random-bytes",
               QT_TR_NOOP("Fill every file with SIZE random bytes instead of a template; the same --seed writes the "
                          "same bytes."),
               "SIZE"),
        option("copy-from",
               QT_TR_NOOP("Give every file the bytes of FILE (a reflink where the file system can share blocks)."),
               "FILE"),
        option("sparse", QT_TR_NOOP("Make every file SIZE bytes long with no data written (holes; reads as zeros)."),
               "SIZE"),
        option("verify", QT_TR_NOOP("Read every file back after writing and compare it with the expected bytes.")),
        // Our own --help and --version: Qt's would add --help-all (Qt's own options, none of which quire-cli
        // has) and take -v, which stays free for a future --verbose.
        flag({QStringLiteral("h"), QStringLiteral("help")}, QT_TR_NOOP("Show this help and exit.")),
        flag({QStringLiteral("V"), QStringLiteral("version")}, QT_TR_NOOP("Show the version and exit.")),
    });
}

QString CliParser::helpText() const
{
    // Qt's usage line names the binary by the path it was started with, and says nothing of what is required.
    QString text = m_parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, lineEnd,
                 tr("Usage: quire-cli --folder DIR [--folder DIR ...] [options]\n"
                    "       quire-cli --job FILE.json [options]\n"
                    "       quire-cli history|show|undo|resume|retry [options] (each takes --help)"));
    return text + QCoreApplication::translate("Quire::CliParser", helpEpilogue);
}

std::optional<CliRequest> CliParser::parse(const QStringList &args, QStringList *errors)
{
    const qsizetype before = errors->size();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).contains(QChar::ReplacementCharacter))
            errors->append(tr("argument %1 is not valid UTF-8 text: %2").arg(i).arg(args.at(i)));
    }
    if (!m_parser.parse(args)) {
        errors->append(tr("%1 (see --help)").arg(m_parser.errorText()));
        return std::nullopt;
    }
    if (!m_parser.positionalArguments().isEmpty())
        errors->append(tr("unexpected argument \"%1\" (options start with --; see --help)")
                           .arg(m_parser.positionalArguments().constFirst()));
    CliRequest request;
    request.help = m_parser.isSet(QStringLiteral("help"));
    request.version = m_parser.isSet(QStringLiteral("version"));
    request.listEncodings = m_parser.isSet(QStringLiteral("list-encodings"));
    request.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    request.quiet = m_parser.isSet(QStringLiteral("quiet"));
    request.list = m_parser.isSet(QStringLiteral("list"));
    request.reportPath = m_parser.value(QStringLiteral("report"));
    request.saveJobPath = m_parser.value(QStringLiteral("save-job"));
    request.journal = !m_parser.isSet(QStringLiteral("no-journal"));
    applyJobFile(request, errors);
    request.specComplete = errors->size() == before;
    applyFlags(request, errors);
    applyOutput(request, errors);
    applyStreams(request, errors);
    return request;
}

void CliParser::applyJobFile(CliRequest &request, QStringList *errors)
{
    if (!m_parser.isSet(QStringLiteral("job")))
        return;
    if (auto spec = JobSpec::fromJsonFile(m_parser.value(QStringLiteral("job")), errors))
        request.spec = *spec;
}

// "-" is standard input or output, and each of those can serve one option only.
void CliParser::applyStreams(CliRequest &request, QStringList *errors) const
{
    const QLatin1String dash(StdStreamPath);
    if (isSet("report-format")) {
        request.reportFormat = Report::formatFromName(valueOf("report-format"));
        if (!request.reportFormat)
            errors->append(
                tr("--report-format: unknown format \"%1\" (use csv or json)").arg(valueOf("report-format")));
        if (request.reportPath.isEmpty())
            errors->append(tr("--report-format without --report: name the report file (or - for standard output)"));
    }
    const QString &report = request.reportPath;
    if (!report.isEmpty() && report != dash && !isSet("report-format") &&
        !report.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !report.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        errors->append(tr("--report %1: name a .csv or a .json file, or give --report-format csv|json").arg(report));
    if (report == dash && request.saveJobPath == dash)
        errors->append(tr("--report - and --save-job - both write to standard output: send one of them to a file"));
    if (isSet("job") && valueOf("job") == dash && request.spec.contentFile == dash)
        errors->append(tr("--job - and the content file - both read standard input: give one of them as a file"));
}

bool CliParser::isSet(const char *name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString CliParser::valueOf(const char *name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

bool CliParser::readNumber(const char *name, qint64 &target, QStringList *errors) const
{
    if (!isSet(name))
        return false;
    bool ok = false;
    const qint64 parsed = valueOf(name).trimmed().toLongLong(&ok);
    if (!ok) {
        errors->append(tr("--%1: \"%2\" is not a whole number").arg(QLatin1String(name), valueOf(name)));
        return false;
    }
    target = parsed;
    return true;
}

void CliParser::applyFlags(CliRequest &request, QStringList *errors)
{
    applyNumbers(request.spec, errors);
    applyTexts(request.spec, errors);
    applyChoices(request, errors);
    applyShard(request.spec, errors);
    applyRows(request.spec, errors);
    applyGenerators(request.spec, errors);
}

void CliParser::applyShard(JobSpec &spec, QStringList *errors) const
{
    QString problem;
    if (isSet("shard")) {
        if (const auto shard = parseShard(valueOf("shard"), &problem))
            spec.shard = *shard;
        else
            errors->append(tr("--shard: %1").arg(problem));
    }
    if (isSet("run-time")) {
        if (const auto time = parseRunTime(valueOf("run-time"), &problem))
            spec.runTime = *time;
        else
            errors->append(tr("--run-time: %1").arg(problem));
    }
}

// CSV rows: --rows and its options replace the index range.
void CliParser::applyRows(JobSpec &spec, QStringList *errors) const
{
    JobSpec::Rows &rows = spec.rows;
    if (isSet("rows"))
        rows.file = valueOf("rows");
    if (isSet("rows-encoding"))
        rows.encoding = valueOf("rows-encoding");
    if (isSet("delimiter")) {
        rows.delimiter = valueOf("delimiter");
        if (!CsvTable::delimiterFromName(rows.delimiter))
            errors->append(tr("--delimiter: unknown delimiter \"%1\" (use , or ; or tab)").arg(rows.delimiter));
        else
            rows.delimiter = CsvTable::delimiterName(CsvTable::delimiterFromName(rows.delimiter));
    }
    applySwitch("trim", rows.trim, errors);
    applySwitch("header", rows.header, errors);
    if (rows.file.isEmpty()) {
        for (const char *name : {"delimiter", "no-header", "header", "rows-encoding", "trim", "no-trim"}) {
            if (isSet(name))
                errors->append(
                    tr("--%1 describes the CSV file of --rows: give --rows FILE.csv too").arg(QLatin1String(name)));
        }
        return;
    }
    for (const char *name : {"from", "to", "step"}) {
        if (isSet(name))
            errors->append(tr("--%1 and --rows both given: --rows makes one file per CSV row, numbered 1, 2, ... "
                              "({index}); leave out --from, --to and --step")
                               .arg(QLatin1String(name)));
    }
}

// --size, --random-bytes, --copy-from, --sparse, --verify: one content mode at a time.
void CliParser::applyGenerators(JobSpec &spec, QStringList *errors) const
{
    const auto readSize = [this, errors](const char *name, std::optional<qint64> &target) {
        if (!isSet(name))
            return;
        const ByteSize size = parseByteSize(valueOf(name));
        if (size.ok())
            target = size.bytes;
        else
            errors->append(QStringLiteral("--%1: %2").arg(QLatin1String(name), size.error));
    };
    QStringList modes;
    for (const char *name : {"size", "random-bytes", "copy-from", "sparse"}) {
        if (isSet(name))
            modes.append(QStringLiteral("--") + QLatin1String(name));
    }
    if (modes.size() > 1)
        errors->append(tr("%1 both given: choose one content mode").arg(modes.join(tr(" and "))));
    const bool replaces = isSet("random-bytes") || isSet("copy-from") || isSet("sparse");
    if (replaces && (isSet("content") || isSet("content-file")))
        errors->append(tr("%1 writes no content template: drop --content and --content-file").arg(modes.constLast()));
    if (!modes.isEmpty()) { // flags replace whatever mode the job file had
        spec.size.reset();
        spec.randomBytes.reset();
        spec.sparse.reset();
        spec.copyFrom.clear();
    }
    readSize("size", spec.size);
    readSize("random-bytes", spec.randomBytes);
    readSize("sparse", spec.sparse);
    if (isSet("copy-from"))
        spec.copyFrom = valueOf("copy-from");
    if (isSet("copy-from") && spec.copyFrom.isEmpty())
        errors->append(tr("--copy-from: name the file to copy"));
    if (replaces)
        spec.contentFile.clear();
    if (isSet("verify"))
        spec.verify = true;
}

void CliParser::applyNumbers(JobSpec &spec, QStringList *errors) const
{
    readNumber("from", spec.from, errors);
    readNumber("to", spec.to, errors);
    readNumber("step", spec.step, errors);
    qint64 seed = -1;
    if (readNumber("seed", seed, errors)) {
        if (seed < 0 || seed > MaxSeed)
            errors->append(tr("--seed %1: give a whole number from 0 to %2").arg(valueOf("seed")).arg(MaxSeed));
        else
            spec.seed = seed;
    }
    qint64 jobs = 0;
    if (!readNumber("jobs", jobs, errors))
        return;
    if (jobs < 1 || jobs > MaxParallelWrites)
        errors->append(tr("--jobs %1: give a number of parallel writes from 1 to %2 (leave --jobs out for automatic)")
                           .arg(valueOf("jobs"))
                           .arg(MaxParallelWrites));
    else
        spec.parallel = int(jobs);
}

void CliParser::applyTexts(JobSpec &spec, QStringList *errors) const
{
    if (isSet("folder"))
        spec.folders = m_parser.values(QStringLiteral("folder"));
    if (isSet("name"))
        spec.nameTemplate = valueOf("name");
    if (isSet("content") && isSet("content-file"))
        errors->append(tr("--content and --content-file both given: keep one of them"));
    if (isSet("content")) {
        spec.contentTemplate = valueOf("content");
        spec.contentFile.clear();
    }
    if (isSet("content-file"))
        spec.contentFile = valueOf("content-file");
    if (isSet("content-encoding"))
        spec.contentFileEncoding = valueOf("content-encoding");
    if (isSet("encoding"))
        spec.encoding = valueOf("encoding");
}

void CliParser::applyChoices(CliRequest &request, QStringList *errors) const
{
    JobSpec &spec = request.spec;
    applySwitch("bom", spec.bom, errors);
    applySwitch("durable", spec.durable, errors);
    applySwitch("stop-on-error", spec.stopOnError, errors);
    applySwitch("backup", spec.backup, errors);
    if (isSet("write-method")) {
        if (const auto method = writeMethodFromName(valueOf("write-method")))
            spec.writeMethod = *method;
        else
            errors->append(
                tr("--write-method: unknown method \"%1\" (use direct or atomic)").arg(valueOf("write-method")));
    }
    if (isSet("eol")) {
        if (const auto eol = lineEndingFromName(valueOf("eol")))
            spec.lineEnding = *eol;
        else
            errors->append(tr("--eol: unknown line ending \"%1\" (use lf, crlf or cr)").arg(valueOf("eol")));
    }
    if (isSet("if-exists")) {
        if (const auto policy = ifExistsFromName(valueOf("if-exists")))
            spec.ifExists = *policy;
        else
            errors->append(tr("--if-exists: unknown policy \"%1\" (use fail, skip, overwrite or rename)")
                               .arg(valueOf("if-exists")));
    }
    if (spec.backup && spec.ifExists != IfExists::Overwrite)
        errors->append(tr("--backup keeps the files that overwrite replaces: use it with --if-exists overwrite"));
    if (spec.backup && !request.journal)
        errors->append(tr("--backup keeps replaced files in the run's journal: it cannot go with --no-journal"));
}

void CliParser::applySwitch(const char *name, bool &target, QStringList *errors) const
{
    const QString off = QStringLiteral("no-") + QLatin1String(name);
    if (isSet(name) && m_parser.isSet(off))
        errors->append(tr("--%1 and --%2 both given: keep one of them").arg(QLatin1String(name), off));
    else if (isSet(name))
        target = true;
    else if (m_parser.isSet(off))
        target = false;
}

// --progress, and what only a dry run prints: --list and --format.
void CliParser::applyOutput(CliRequest &request, QStringList *errors) const
{
    if (isSet("progress")) {
        request.progress = progressModeFromName(valueOf("progress"));
        if (!request.progress)
            errors->append(
                tr("--progress: unknown mode \"%1\" (use %2)").arg(valueOf("progress"), progressModeNames()));
    }
    if (isSet("format")) {
        const QString format = valueOf("format");
        request.jsonPlan = format == QLatin1String("json");
        if (!request.jsonPlan && format != QLatin1String("text"))
            errors->append(tr("--format: unknown format \"%1\" (use text or json)").arg(format));
    }
    if (!request.dryRun) {
        if (request.list)
            errors->append(tr("--list prints the planned paths instead of writing them: use it with --dry-run (a "
                              "run's files are in its --report)"));
        if (isSet("format"))
            errors->append(tr("--format chooses how --dry-run prints the plan: use it with --dry-run"));
    }
    if ((request.list || request.jsonPlan) && request.saveJobPath == QLatin1String(StdStreamPath))
        errors->append(tr("--save-job - and the plan both write to standard output: save the job to a file"));
}

} // namespace Quire
