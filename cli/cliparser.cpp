#include "cli/cliparser.h"

#include "core/base/safefile.h"

namespace Quire {

namespace {

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    QCommandLineOption result(QString::fromLatin1(name), QString::fromLatin1(description));
    if (valueName)
        result.setValueName(QString::fromLatin1(valueName));
    return result;
}

const QString helpEpilogue = QStringLiteral(R"(
Templates:
  {index} {index:000} {index:D4} {index:x} {index:X8}   the index (zero-padded, hexadecimal)
  {n} {count}            1-based position in the folder, number of files per folder
  {date} {date:yyyy-MM-dd} {time:HH-mm-ss}   the run's start (same for every file)
  {uuid} {random:8}      a random UUID, 8 random letters and digits
  {folder} {name}        the target folder's name, the file's own name (content only)
  {nl} {tab} {{ }}       line ending, tab, literal braces (content: {nl} only there)

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
    m_parser.setApplicationDescription(QStringLiteral("Creates files in bulk, in parallel, from a name template and "
                                                      "a content template."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        option("folder", "Target folder (repeat for several; created if missing).", "DIR"),
        option("from", "First index (default 1).", "A"),
        option("to", "Last index, inclusive (default 10).", "B"),
        option("step", "Step between indexes; negative counts down (default 1).", "S"),
        option("name", "File name template (default file-{index:00}.txt).", "TEMPLATE"),
        option("content", "Content template (default 'In file {index}{nl}').", "TEMPLATE"),
        option("content-file", "Read the content template from FILE (- for standard input; 64 MiB at most).", "FILE"),
        option("content-encoding", "Encoding of --content-file (default UTF-8).", "NAME"),
        option("encoding", "Encoding of the files written (default UTF-8).", "NAME"),
        option("bom", "Write a byte order mark (Unicode encodings only)."),
        option("eol", "Line ending for {nl} and line breaks: lf, crlf or cr (default lf).", "EOL"),
        option("if-exists", "When a file exists: fail (default), skip, overwrite or rename (keep both).", "POLICY"),
        option("jobs", "Parallel writes, 1-256 (default: automatic).", "N"),
        option("durable", "Everything is on disk (synced) before success is reported."),
        option("stop-on-error", "Stop at the first file that fails."),
        option("dry-run", "Validate and show the plan; write nothing."),
        option("job",
               "Read the job from a JSON file (- for standard input; 64 MiB at most); flags given too "
               "override it.",
               "FILE.json"),
        option("save-job",
               "Write the job as JSON to FILE (- for standard output) and continue; an invalid job is "
               "never saved.",
               "FILE.json"),
        option("report",
               "Write a per-file report to FILE (- for standard output), CSV or JSON by suffix or "
               "--report-format.",
               "FILE"),
        option("report-format", "Format of --report: csv or json (default: by suffix; json for -).", "FORMAT"),
        option("list-encodings", "List every encoding available and exit."),
        option("quiet", "Print only errors."),
        option("write-method",
               "direct (default: create each file at its final name) or atomic (write it unnamed, then link it "
               "into place, so no name ever shows a partial file, even after kill -9; --durable always uses it).",
               "METHOD"),
        option("seed",
               "Fix {random} and {uuid}: the same seed gives the same names and bytes (0 to 2^53-1; "
               "default: drawn, and kept in the run's journal).",
               "N"),
        option("backup", "With --if-exists overwrite: keep every replaced file in the run's journal, so that "
                         "'quire-cli undo' can put it back."),
        option("no-journal", "Keep no journal of this run (no history, undo, resume or retry for it)."),
    });
    m_parser.addHelpOption();
    m_parser.addVersionOption();
}

QString CliParser::helpText() const
{
    return m_parser.helpText() + helpEpilogue;
}

std::optional<CliRequest> CliParser::parse(const QStringList &args, QStringList *errors)
{
    const qsizetype before = errors->size();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).contains(QChar::ReplacementCharacter))
            errors->append(QStringLiteral("argument %1 is not valid UTF-8 text: %2").arg(i).arg(args.at(i)));
    }
    if (!m_parser.parse(args)) {
        errors->append(m_parser.errorText() + QStringLiteral(" (see --help)"));
        return std::nullopt;
    }
    if (!m_parser.positionalArguments().isEmpty())
        errors->append(QStringLiteral("unexpected argument \"%1\" (options start with --; see --help)")
                           .arg(m_parser.positionalArguments().constFirst()));
    CliRequest request;
    request.help = m_parser.isSet(QStringLiteral("help"));
    request.version = m_parser.isSet(QStringLiteral("version"));
    request.listEncodings = m_parser.isSet(QStringLiteral("list-encodings"));
    request.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    request.quiet = m_parser.isSet(QStringLiteral("quiet"));
    request.reportPath = m_parser.value(QStringLiteral("report"));
    request.saveJobPath = m_parser.value(QStringLiteral("save-job"));
    request.journal = !m_parser.isSet(QStringLiteral("no-journal"));
    applyJobFile(request, errors);
    request.specComplete = errors->size() == before;
    applyFlags(request, errors);
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
            errors->append(QStringLiteral("--report-format: unknown format \"%1\" (use csv or json)")
                               .arg(valueOf("report-format")));
        if (request.reportPath.isEmpty())
            errors->append(QStringLiteral("--report-format without --report: name the report file (or - for "
                                          "standard output)"));
    }
    const QString &report = request.reportPath;
    if (!report.isEmpty() && report != dash && !isSet("report-format") &&
        !report.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !report.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        errors->append(
            QStringLiteral("--report %1: name a .csv or a .json file, or give --report-format csv|json").arg(report));
    if (report == dash && request.saveJobPath == dash)
        errors->append(QStringLiteral("--report - and --save-job - both write to standard output: send one of them "
                                      "to a file"));
    if (isSet("job") && valueOf("job") == dash && request.spec.contentFile == dash)
        errors->append(QStringLiteral("--job - and the content file - both read standard input: give one of them as "
                                      "a file"));
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
        errors->append(QStringLiteral("--%1: \"%2\" is not a whole number").arg(QLatin1String(name), valueOf(name)));
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
}

void CliParser::applyNumbers(JobSpec &spec, QStringList *errors) const
{
    readNumber("from", spec.from, errors);
    readNumber("to", spec.to, errors);
    readNumber("step", spec.step, errors);
    qint64 seed = -1;
    if (readNumber("seed", seed, errors)) {
        if (seed < 0 || seed > MaxSeed)
            errors->append(
                QStringLiteral("--seed %1: give a whole number from 0 to %2").arg(valueOf("seed")).arg(MaxSeed));
        else
            spec.seed = seed;
    }
    qint64 jobs = 0;
    if (!readNumber("jobs", jobs, errors))
        return;
    if (jobs < 1 || jobs > MaxParallelWrites)
        errors->append(QStringLiteral("--jobs %1: give a number of parallel writes from 1 to %2 (leave --jobs out for "
                                      "automatic)")
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
        errors->append(QStringLiteral("--content and --content-file both given: keep one of them"));
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
    spec.bom = spec.bom || isSet("bom");
    spec.durable = spec.durable || isSet("durable");
    spec.stopOnError = spec.stopOnError || isSet("stop-on-error");
    spec.backup = spec.backup || isSet("backup");
    if (isSet("write-method")) {
        if (const auto method = writeMethodFromName(valueOf("write-method")))
            spec.writeMethod = *method;
        else
            errors->append(QStringLiteral("--write-method: unknown method \"%1\" (use direct or atomic)")
                               .arg(valueOf("write-method")));
    }
    if (isSet("eol")) {
        if (const auto eol = lineEndingFromName(valueOf("eol")))
            spec.lineEnding = *eol;
        else
            errors->append(
                QStringLiteral("--eol: unknown line ending \"%1\" (use lf, crlf or cr)").arg(valueOf("eol")));
    }
    if (isSet("if-exists")) {
        if (const auto policy = ifExistsFromName(valueOf("if-exists")))
            spec.ifExists = *policy;
        else
            errors->append(QStringLiteral("--if-exists: unknown policy \"%1\" (use fail, skip, overwrite or rename)")
                               .arg(valueOf("if-exists")));
    }
    if (spec.backup && spec.ifExists != IfExists::Overwrite)
        errors->append(QStringLiteral("--backup keeps the files that overwrite replaces: use it with --if-exists "
                                      "overwrite"));
    if (spec.backup && !request.journal)
        errors->append(QStringLiteral("--backup keeps replaced files in the run's journal: it cannot go with "
                                      "--no-journal"));
}

} // namespace Quire
