#include "core/plan/planner.h"

#include "core/base/oserror.h"
#include "core/base/progressformat.h"
#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/contentplan.h"
#include "core/content/textencoder.h"
#include "core/plan/pathchecks.h"
#include "core/plan/planchecks.h"
#include "core/plan/rowchecks.h"
#include "core/source/csvtable.h"
#include "core/template/filerandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <unistd.h>

namespace Quire {

namespace {

class PlanBuilder
{
public:
    /** recorded: the plan of a run that happened (Planner::replan): no folder checks, no conflict scan. */
    PlanBuilder(const JobSpec &spec, const QDateTime &start, const std::atomic_bool *cancel, bool recorded = false)
        : m_cancel(cancel)
        , m_recorded(recorded)
    {
        m_plan.spec = spec;
        m_plan.start = spec.runTime.value_or(start);
        // Shards of one job must agree on the seed without talking: theirs comes from the job itself.
        m_plan.seed = spec.seed.value_or(spec.shard ? derivedSeed(spec) : FileRandom::drawSeed());
        m_plan.eol = lineEndingText(spec.lineEnding);
    }

    Plan build();

private:
    void error(PlanProblem::Kind kind, const QString &field, const QString &message, const QStringList &args = {})
    {
        m_plan.problems.append({PlanProblem::Severity::Error, field, message, kind, args});
    }
    void checkRange();
    void checkFolders();
    void checkFolder(const QString &path, QHash<QString, QString> &identities);
    bool checkText(const QString &field, const QString &what, const QString &text, const QString &fix);
    void checkEncodingAndOptions();
    bool checkShardLimit(quint64 folders);
    void sliceForShard();
    void loadContentFile();
    void compileTemplates();
    bool cancelled() const
    {
        return m_cancel && m_cancel->load(std::memory_order_relaxed);
    }

    Plan m_plan;
    const std::atomic_bool *m_cancel;
    bool m_recorded;
    quint64 m_count = 0;
    ShardSlice m_slice; ///< the shard's positions (only with spec.shard)
};

// The per-run limit is the shard's: a job of N * 10,000,000 files runs as N shards. Nothing is enumerated.
bool PlanBuilder::checkShardLimit(quint64 folders)
{
    const Shard shard = *m_plan.spec.shard;
    const quint64 maxTotal = quint64(MaxFilesPerJob) * quint64(shard.count) + quint64(shard.count);
    if (m_count > 0 && folders > 0 && m_count <= maxTotal / folders) {
        m_slice = shardSlice(qint64(m_count * folders), shard);
        // The first slice is the longest: every shard of a job accepts or refuses it alike.
        if (shardSlice(qint64(m_count * folders), Shard{1, shard.count}).size <= MaxFilesPerJob)
            return true;
    }
    if (m_count == 0 || folders == 0)
        return true;
    const double total = std::min<double>(double(m_count) * double(folders), 9.2e18);
    error(PlanProblem::Kind::ShardTooLarge, QStringLiteral("shard"),
          trCore("Quire::Planner", "the job has %1 files, more than %2 per shard in %3 "
                                   "shards: use at least %4 shards (the limit is per run)")
              .arg(formatCount(qint64(total)), formatCount(MaxFilesPerJob), formatCount(shard.count),
                   formatCount(qint64(std::ceil(total / double(MaxFilesPerJob))))));
    m_count = 0;
    return false;
}

// Runs after the limit checks: a slice of an empty or oversized job is never made.
void PlanBuilder::sliceForShard()
{
    const JobSpec &spec = m_plan.spec;
    if (!spec.shard)
        return;
    m_plan.files = m_plan.files.sliced(m_slice.begin, m_slice.size);
    const bool clock =
        m_plan.nameTemplate.contains(Template::Kind::Date) || m_plan.nameTemplate.contains(Template::Kind::Time) ||
        m_plan.contentTemplate.contains(Template::Kind::Date) || m_plan.contentTemplate.contains(Template::Kind::Time);
    if (!clock || spec.runTime)
        return;
    const QString start = m_plan.start.toUTC().toString(Qt::ISODate);
    m_plan.problems.append({PlanProblem::Severity::Warning,
                            QStringLiteral("run-time"),
                            trCore("Quire::Planner", "the templates use {date} or {time}, and shards started at "
                                                     "different times render different values: fix the run's start "
                                                     "time, e.g. %1")
                                .arg(start),
                            PlanProblem::Kind::ShardClock,
                            {start}});
}

void PlanBuilder::checkRange()
{
    const JobSpec &spec = m_plan.spec;
    if (spec.step == 0) {
        error(PlanProblem::Kind::ZeroStep, QStringLiteral("range"),
              trCore("Quire::Planner", "step is 0: use a positive step to count up or a negative "
                                       "one to count down"));
        return;
    }
    quint64 steps = 0; // files after the first one
    const bool up = spec.step > 0 && spec.to >= spec.from;
    const bool down = spec.step < 0 && spec.to <= spec.from;
    if (up)
        steps = (quint64(spec.to) - quint64(spec.from)) / quint64(spec.step);
    else if (down)
        steps = (quint64(spec.from) - quint64(spec.to)) / (quint64(0) - quint64(spec.step));
    // The whole 64-bit range holds 2^64 files, one more than fits: saturate, the limit check reports it.
    if (up || down)
        m_count = steps == std::numeric_limits<quint64>::max() ? steps : steps + 1;
    if (m_count == 0) {
        error(PlanProblem::Kind::EmptyRange, QStringLiteral("range"),
              trCore("Quire::Planner", "empty range: from %1 to %2 with step %3 gives no files (%4)")
                  .arg(spec.from)
                  .arg(spec.to)
                  .arg(spec.step)
                  .arg(spec.step > 0 ? trCore("Quire::Planner", "use a negative step to count down")
                                     : trCore("Quire::Planner", "use a positive step to count up")));
    }
}

void PlanBuilder::checkFolder(const QString &path, QHash<QString, QString> &identities)
{
    FolderPlan folder;
    folder.path = path;
    const FolderState state = inspectFolder(path);
    folder.create = state.create;
    if (!state.error.isEmpty())
        error(PlanProblem::Kind::FolderUnusable, QStringLiteral("folder"), state.error);
    const QString same = identities.value(state.identity);
    if (!state.identity.isEmpty() && !same.isEmpty())
        error(PlanProblem::Kind::SameFolder, QStringLiteral("folder"),
              trCore("Quire::Planner", "folders %1 and %2 are the same folder (through a symbolic "
                                       "link or a bind mount): the same names would be written "
                                       "twice; remove one")
                  .arg(same, path));
    else if (!state.identity.isEmpty())
        identities.insert(state.identity, path);
    m_plan.folders.append(folder);
}

// NUL ends a path in every system call (Quire would write into the folder named by the text before it)
// and a lone surrogate is no character: neither can reach the file system.
bool PlanBuilder::checkText(const QString &field, const QString &what, const QString &text, const QString &fix)
{
    const qsizetype bad = firstUnnameable(text);
    if (bad < 0)
        return true;
    error(PlanProblem::Kind::UnnameableText, field,
          trCore("Quire::Planner", "%1 contains %2: %3").arg(what, describeUnnameable(text, bad), fix));
    return false;
}

void PlanBuilder::checkFolders()
{
    if (m_plan.spec.folders.isEmpty())
        error(PlanProblem::Kind::NoFolder, QStringLiteral("folder"),
              trCore("Quire::Planner", "no target folder: add at least one folder"));
    QStringList seen;
    QHash<QString, QString> identities; // FolderState::identity -> the first path with it
    for (const QString &given : std::as_const(m_plan.spec.folders)) {
        if (given.trimmed().isEmpty()) {
            error(PlanProblem::Kind::EmptyFolderPath, QStringLiteral("folder"),
                  trCore("Quire::Planner", "a target folder path is empty: remove it or name a folder"));
            continue;
        }
        if (!checkText(QStringLiteral("folder"),
                       trCore("Quire::Planner", "folder path \"%1\"").arg(visibleText(given.left(80))), given,
                       trCore("Quire::Planner", "remove it from the path")))
            continue;
        const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(given));
        if (m_recorded) {
            FolderPlan folder;
            folder.path = path;
            m_plan.folders.append(folder);
            continue;
        }
        if (seen.contains(path)) {
            error(PlanProblem::Kind::FolderTwice, QStringLiteral("folder"),
                  trCore("Quire::Planner", "folder %1 is listed twice: the same names would be "
                                           "written twice; remove one")
                      .arg(path));
            continue;
        }
        seen.append(path);
        checkFolder(path, identities);
    }
    const quint64 folders = quint64(m_plan.folders.size());
    if (m_plan.spec.shard && checkShardLimit(folders))
        return;
    if (!m_plan.spec.shard && m_count > 0 && folders > 0 && m_count > quint64(MaxFilesPerJob) / folders) {
        error(PlanProblem::Kind::TooManyFiles, QStringLiteral("range"),
              trCore("Quire::Planner", "the job has %1 files; the limit is %2 (narrow the range or "
                                       "use fewer folders)")
                  .arg(formatCount(qint64(std::min<double>(double(m_count) * double(folders), 9.2e18))),
                       formatCount(MaxFilesPerJob)));
        m_count = 0;
    }
}

void PlanBuilder::checkEncodingAndOptions()
{
    JobSpec &spec = m_plan.spec;
    TextEncoder encoder(spec.encoding);
    const QString generic = spec.encoding.toLower().remove(u'-').remove(u'_');
    if (generic == u"utf16" || generic == u"utf32" || generic == u"ucs2" || generic == u"unicode") {
        error(PlanProblem::Kind::EncodingWithoutByteOrder, QStringLiteral("encoding"),
              trCore("Quire::Planner", "encoding \"%1\" does not say its byte order: use %2LE "
                                       "(what Windows calls Unicode) or %2BE")
                  .arg(spec.encoding, generic == u"utf32" ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16")));
    } else if (QRegularExpression(QStringLiteral("(^| )(iso-?2022|utf-?7|hz)"),
                                  QRegularExpression::CaseInsensitiveOption)
                   .match(spec.encoding + u' ' + encoder.name())
                   .hasMatch()) {
        // Shift-state encodings cannot be written in independent pieces, which sizes and names rely on.
        error(PlanProblem::Kind::EncodingStateful, QStringLiteral("encoding"),
              trCore("Quire::Planner", "encoding %1 switches state with escape sequences and is "
                                       "not supported: choose UTF-8, or e.g. Shift_JIS or EUC-JP")
                  .arg(spec.encoding));
    } else if (!encoder.isValid()) {
        error(PlanProblem::Kind::UnknownEncoding, QStringLiteral("encoding"),
              trCore("Quire::Planner", "unknown encoding \"%1\"").arg(spec.encoding), {spec.encoding});
    }
    if (encoder.isValid() && encoder.asciiWidth() == 0)
        error(PlanProblem::Kind::EncodingNotAscii, QStringLiteral("encoding"),
              trCore("Quire::Planner", "encoding %1 cannot write plain ASCII text reliably; choose "
                                       "another encoding")
                  .arg(spec.encoding));
    if (spec.bom && encoder.isValid() && encoder.bom().isEmpty())
        error(PlanProblem::Kind::BomUnsupported, QStringLiteral("bom"),
              trCore("Quire::Planner", "encoding %1 has no byte order mark: turn BOM off or choose a "
                                       "Unicode encoding (UTF-8, UTF-16, UTF-32)")
                  .arg(spec.encoding));
    if (spec.parallel < 0 || spec.parallel > MaxParallelWrites)
        error(PlanProblem::Kind::ParallelOutOfRange, QStringLiteral("parallel"),
              trCore("Quire::Planner", "parallel writes must be between 1 and %1, or 0 for "
                                       "automatic (got %2)")
                  .arg(MaxParallelWrites)
                  .arg(spec.parallel));
}

void PlanBuilder::loadContentFile()
{
    JobSpec &spec = m_plan.spec;
    if (spec.contentFile.isEmpty())
        return;
    const ReadResult read =
        readRegularFile(spec.contentFile, MaxInputFileBytes, trCore("Quire::Planner", "content file"));
    if (!read.ok()) {
        error(PlanProblem::Kind::ContentFileUnreadable, QStringLiteral("content"), read.error);
        return;
    }
    qsizetype badOffset = -1;
    const auto text = TextEncoder::decode(read.bytes, spec.contentFileEncoding, &badOffset);
    if (!text && badOffset < 0) {
        error(PlanProblem::Kind::ContentFileEncodingUnknown, QStringLiteral("content"),
              trCore("Quire::Planner", "content file encoding \"%1\" is unknown").arg(spec.contentFileEncoding));
        return;
    }
    if (!text) {
        error(PlanProblem::Kind::ContentFileInvalid, QStringLiteral("content"),
              trCore("Quire::Planner", "content file %1 is not valid %2: bad byte sequence at byte offset %3")
                  .arg(spec.contentFile, spec.contentFileEncoding)
                  .arg(badOffset),
              {spec.contentFile, spec.contentFileEncoding, QString::number(badOffset)});
        return;
    }
    spec.contentTemplate = *text;
    if (spec.contentTemplate.startsWith(QChar(0xFEFF)))
        spec.contentTemplate.remove(0, 1);
    // Standard input cannot be read again (resume, a saved job): the plan keeps the text itself.
    if (spec.contentFile == QLatin1String(StdStreamPath))
        spec.contentFile.clear();
}

void PlanBuilder::compileTemplates()
{
    const JobSpec &spec = m_plan.spec;
    checkText(QStringLiteral("name"), trCore("Quire::Planner", "the name template"), spec.nameTemplate,
              trCore("Quire::Planner", "remove it from the name template"));
    checkText(QStringLiteral("content"),
              spec.contentFile.isEmpty() ? trCore("Quire::Planner", "the content template")
                                         : trCore("Quire::Planner", "content file %1").arg(spec.contentFile),
              spec.contentTemplate, trCore("Quire::Planner", "content is text; remove it from the template"));
    QList<TemplateError> nameErrors;
    QList<TemplateError> contentErrors;
    const QStringList columns = m_plan.rows ? m_plan.rows->columnNames() : QStringList(); // CSV rows
    m_plan.nameTemplate = Template::compile(m_plan.spec.nameTemplate, TemplateKind::Name, &nameErrors, columns);
    m_plan.contentTemplate =
        Template::compile(m_plan.spec.contentTemplate, TemplateKind::Content, &contentErrors, columns);
    for (const TemplateError &e : std::as_const(nameErrors))
        error(PlanProblem::Kind::TemplateSyntax, QStringLiteral("name"),
              formatTemplateError(trCore("Quire::Planner", "name template"), e));
    for (const TemplateError &e : std::as_const(contentErrors))
        error(PlanProblem::Kind::TemplateSyntax, QStringLiteral("content"),
              formatTemplateError(trCore("Quire::Planner", "content template"), e));
}

Plan PlanBuilder::build()
{
    const bool csv = !m_plan.spec.rows.file.isEmpty();
    if (csv)
        m_count = quint64(RowChecks(m_plan, m_cancel).load(m_recorded)); // one file per row: {index} 1, 2, ...
    else
        checkRange();
    checkFolders();
    checkEncodingAndOptions();
    // A NUL would make the read below open the file named by the text before it.
    if (checkText(QStringLiteral("content"),
                  trCore("Quire::Planner", "content file path \"%1\"").arg(m_plan.spec.contentFile.left(80)),
                  m_plan.spec.contentFile, trCore("Quire::Planner", "remove it from the path")))
        loadContentFile();
    planContentGenerators(m_plan);
    compileTemplates();
    if (!m_plan.isValid() || m_count == 0)
        return std::move(m_plan);
    m_plan.files =
        csv ? FileMap::indexRange(1, 1, qint64(m_count), int(m_plan.folders.size()))
            : FileMap::indexRange(m_plan.spec.from, m_plan.spec.step, qint64(m_count), int(m_plan.folders.size()));
    sliceForShard();
    for (int f = 0; f < m_plan.folders.size(); ++f) {
        m_plan.boundNames.append(m_plan.nameTemplate.bound(m_plan.constantsFor(f)));
        m_plan.boundContents.append(m_plan.contentTemplate.bound(m_plan.constantsFor(f)));
    }
    if (m_plan.fileCount() == 0)
        return std::move(m_plan); // an empty shard: valid, nothing to write
    m_plan.firstName = m_plan.fileName(0);
    const auto [firstRow, endRow] = m_plan.files.rowsIn(m_plan.folderOf(0)); // the first folder of a shard
    m_plan.lastName = m_plan.fileName(endRow - firstRow - 1);
    PlanChecks checks(m_plan, m_cancel);
    checks.checkNames();
    if (csv) {
        RowChecks rows(m_plan, m_cancel);
        rows.warnHiddenColumns();
        rows.checkNames();
    }
    checks.checkContent();
    if (m_plan.isValid() && m_plan.contentMode == ContentMode::Template)
        checks.computeSizes();
    if (m_plan.isValid())
        computeGeneratorSizes(m_plan);
    if (!m_recorded)
        checks.scanConflicts();
    if (cancelled())
        error(PlanProblem::Kind::Cancelled, QStringLiteral("cancelled"),
              trCore("Quire::Planner", "planning was cancelled"));
    // Messages above name the encoding as the user typed it; the plan keeps the canonical name.
    m_plan.spec.encoding = TextEncoder(m_plan.spec.encoding).name();
    return std::move(m_plan);
}

} // namespace

Plan Planner::plan(const JobSpec &spec, const std::atomic_bool *cancel)
{
    return plan(spec, QDateTime::currentDateTime(), cancel);
}

Plan Planner::plan(const JobSpec &spec, const QDateTime &start, const std::atomic_bool *cancel)
{
    return PlanBuilder(spec, start, cancel).build();
}

Plan Planner::replan(const JobSpec &spec, const QDateTime &start)
{
    return PlanBuilder(spec, start, nullptr, true).build();
}

} // namespace Quire
