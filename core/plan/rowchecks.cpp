#include "core/plan/rowchecks.h"

#include "core/base/progressformat.h"
#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/plan/namehashset.h"
#include "core/plan/pathchecks.h"
#include "core/source/csvtable.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Quire {

namespace {

constexpr int MaxListedProblems = 20;
constexpr qint64 MaxNameBytes = 255;

QString shownValue(QByteArrayView value)
{
    const QString text = CsvTable::text(value);
    return visibleText(QStringView(text).left(60)) + (text.size() > 60 ? QStringLiteral("…") : QString());
}

QString valueProblem(QByteArrayView value)
{
    if (value.contains('/'))
        return trCore("Quire::Planner", "contains '/' (a value cannot make folders: only a '/' written in the "
                                        "name template can)");
    if (value.contains('\0'))
        return trCore("Quire::Planner", "contains a NUL character");
    if (value.contains('\n') || value.contains('\r'))
        return trCore("Quire::Planner", "contains a line break (names must be one line)");
    return {};
}

// The name exactly as the run writes it: bytes, UTF-8.
void renderName(const Template &name, const FileContext &context, QByteArray &out, QString &scratch)
{
    out.resize(0);
    if (name.renderAscii(context, out))
        return;
    name.render(context, scratch);
    out = scratch.toUtf8();
}

PlanProblem::Kind planKind(CsvProblem::Kind kind)
{
    switch (kind) {
    case CsvProblem::Kind::EncodingUnknown:
        return PlanProblem::Kind::RowsEncodingUnknown;
    case CsvProblem::Kind::NotDecodable:
        return PlanProblem::Kind::RowsNotDecodable;
    case CsvProblem::Kind::NotUtf8:
        return PlanProblem::Kind::RowsNotUtf8;
    case CsvProblem::Kind::DelimiterAmbiguous:
        return PlanProblem::Kind::RowsDelimiterAmbiguous;
    case CsvProblem::Kind::Other:
        break;
    }
    return PlanProblem::Kind::RowsFile;
}

} // namespace

RowChecks::RowChecks(Plan &plan, const std::atomic_bool *cancel)
    : m_plan(plan)
    , m_cancel(cancel)
{
}

bool RowChecks::listing() const
{
    return m_problems < MaxListedProblems;
}

void RowChecks::problem(const QString &message, PlanProblem::Kind kind)
{
    if (++m_problems <= MaxListedProblems)
        m_plan.problems.append({PlanProblem::Severity::Error, QStringLiteral("rows"), message, kind, {}});
}

qint64 RowChecks::load(bool recorded)
{
    JobSpec::Rows &rows = m_plan.spec.rows;
    CsvOptions options;
    options.header = rows.header;
    options.encoding = rows.encoding;
    options.trim = rows.trim;
    if (!rows.delimiter.isEmpty()) {
        options.delimiter = CsvTable::delimiterFromName(rows.delimiter);
        if (!options.delimiter) {
            problem(trCore("Quire::Planner", "unknown delimiter \"%1\": use , or ; or tab").arg(rows.delimiter),
                    PlanProblem::Kind::UnknownDelimiter);
            return 0;
        }
    }
    if (rows.file == QLatin1String(StdStreamPath)) {
        // Resume, retry and undo read the rows again: standard input cannot be read twice.
        problem(trCore("Quire::Planner", "the rows file cannot be standard input (-): save it to a file"),
                PlanProblem::Kind::RowsFromStdin);
        return 0;
    }
    QList<CsvProblem> errors;
    m_plan.rows = CsvTable::load(rows.file, options, &errors);
    for (const CsvProblem &error : std::as_const(errors))
        m_plan.problems.append(
            {PlanProblem::Severity::Error, QStringLiteral("rows"), error.message, planKind(error.kind), error.args});
    if (!m_plan.rows)
        return 0;
    if (recorded && !rows.fingerprint.isEmpty() && rows.fingerprint != m_plan.rows->fingerprint()) {
        problem(trCore("Quire::Planner", "the rows file %1 changed since the run (its size or bytes differ), so the "
                                         "run's rows cannot be told apart any more: put the old file back, or "
                                         "start a new run")
                    .arg(rows.file),
                PlanProblem::Kind::RowsChanged);
        return 0;
    }
    // The run's journal keeps the file by its absolute path and what it held, for resume and retry.
    rows.file = QDir::cleanPath(QDir::current().absoluteFilePath(rows.file));
    rows.fingerprint = m_plan.rows->fingerprint();
    // What the index range checks see ({index} = row number), e.g. Windows' reserved names.
    m_plan.spec.from = 1;
    m_plan.spec.step = 1;
    m_plan.spec.to = m_plan.rows->rowCount();
    return m_plan.rows->rowCount();
}

void RowChecks::warnHiddenColumns()
{
    const QStringList columns = m_plan.rows ? m_plan.rows->columnNames() : QStringList();
    for (const QString &builtIn : Template::placeholderNames()) {
        const QString placeholder = u'{' + builtIn;
        const bool used = m_plan.spec.nameTemplate.contains(placeholder + u'}') ||
                          m_plan.spec.nameTemplate.contains(placeholder + u':') ||
                          m_plan.spec.contentTemplate.contains(placeholder + u'}') ||
                          m_plan.spec.contentTemplate.contains(placeholder + u':');
        if (used && columns.contains(builtIn))
            m_plan.problems.append(
                {PlanProblem::Severity::Warning,
                 QStringLiteral("rows"),
                 trCore("Quire::Planner", "the rows file has a column \"%1\", but {%1} is the built-in placeholder; "
                                          "write {col:%1} for the column")
                     .arg(builtIn),
                 PlanProblem::Kind::ColumnShadowsPlaceholder,
                 {}});
    }
}

void RowChecks::checkNames()
{
    if (!m_plan.rows || m_plan.boundNames.isEmpty())
        return;
    // Folders differ only by {folder}: the same rows collide in every folder, so one is enough then.
    const bool perFolder = m_plan.nameTemplate.contains(Template::Kind::Folder);
    for (int f = 0; f < (perFolder ? m_plan.boundNames.size() : 1); ++f)
        checkFolderNames(f);
    checkEncodedValues();
    if (m_problems > MaxListedProblems)
        m_plan.problems.append({PlanProblem::Severity::Error,
                                QStringLiteral("rows"),
                                trCore("Quire::Planner", "and %1 more problems like these with the rows' names")
                                    .arg(formatCount(m_problems - MaxListedProblems)),
                                PlanProblem::Kind::MoreRowProblems,
                                {}});
}

void RowChecks::checkFolderNames(int folder)
{
    const Template &name = m_plan.boundNames.at(folder);
    const qint64 rows = m_plan.rows->rowCount();
    const qint64 base = qint64(folder) * m_plan.filesPerFolder();
    std::vector<std::pair<quint64, quint32>> hashes; // name hash, row: 16 bytes a row while planning
    hashes.reserve(size_t(rows));
    QByteArray bytes;
    QString scratch;
    for (qint64 row = 0; row < rows; ++row) {
        if ((row & 0xffff) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            return;
        if (!checkValues(name, row))
            continue;
        renderName(name, m_plan.contextAt(base + row), bytes, scratch);
        const bool bad = bytes.isEmpty() || bytes == "." || bytes == ".." || bytes.size() > MaxNameBytes;
        // Lines are counted from the start of the file: only for the problems that are listed.
        const qint64 line = bad && listing() ? m_plan.rows->lineOf(row) : 0;
        if (bytes.isEmpty())
            problem(trCore("Quire::Planner", "rows file line %1 gives an empty file name (fill in its values, or "
                                             "add {index} to the name template)")
                        .arg(line));
        else if (bytes == "." || bytes == "..")
            problem(trCore("Quire::Planner", "rows file line %1 gives the file name \"%2\", which is no file name")
                        .arg(line)
                        .arg(QString::fromLatin1(bytes)));
        else if (bytes.size() > MaxNameBytes)
            problem(trCore("Quire::Planner", "rows file line %1 gives a file name of %2 bytes (\"%3\"); the file "
                                             "system allows 255: shorten the value or the name template")
                        .arg(line)
                        .arg(bytes.size())
                        .arg(shownValue(bytes)));
        else
            hashes.emplace_back(NameHashSet::hash(bytes.constData(), size_t(bytes.size())), quint32(row));
    }
    findCollisions(name, base, hashes);
}

bool RowChecks::checkValues(const Template &name, qint64 row)
{
    for (const Template::Segment &segment : name.segments()) {
        if (segment.kind != Template::Kind::Column)
            continue;
        const QByteArrayView value = m_plan.rows->field(row, segment.column);
        const QString why = valueProblem(value);
        if (why.isEmpty())
            continue;
        if (!listing()) {
            ++m_problems;
            return false;
        }
        problem(trCore("Quire::Planner", "rows file line %1: column {%2} gives \"%3\" for the file name, which %4")
                    .arg(m_plan.rows->lineOf(row))
                    .arg(segment.text, shownValue(value), why));
        return false;
    }
    return true;
}

void RowChecks::checkEncodedValues()
{
    const bool rendered = m_plan.contentMode == ContentMode::Template || m_plan.contentMode == ContentMode::Fill;
    TextEncoder encoder(m_plan.spec.encoding);
    if (!m_plan.rows || !rendered || !encoder.isValid() || encoder.isUnicode())
        return; // Unicode encodings represent every value: no cost for them
    // The columns the content shows: its own, and the name's when it writes {name}.
    QList<const Template::Segment *> columns;
    QList<int> seen;
    QList<const Template *> templates{&m_plan.contentTemplate};
    if (m_plan.contentTemplate.contains(Template::Kind::Name))
        templates.append(&m_plan.nameTemplate);
    for (const Template *t : std::as_const(templates)) {
        for (const Template::Segment &segment : t->segments()) {
            if (segment.kind == Template::Kind::Column && !seen.contains(segment.column)) {
                seen.append(segment.column);
                columns.append(&segment);
            }
        }
    }
    if (columns.isEmpty())
        return;
    std::vector<bool> checked(size_t(m_plan.rows->rowCount()), false); // every folder writes the same rows
    QByteArray scratch;
    for (int f = 0; f < m_plan.boundContents.size(); ++f) {
        const auto [firstRow, endRow] = m_plan.files.rowsIn(f); // a shard: its own rows only
        for (qint64 row = firstRow; row < endRow; ++row) {
            if ((row & 0xffff) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
                return;
            if (!checked[size_t(row)] && !checkEncodedRow(row, columns, encoder, scratch) && !listing())
                return; // enough listed: the count of the rest is not worth a pass over every value
            checked[size_t(row)] = true;
        }
    }
}

bool RowChecks::checkEncodedRow(qint64 row, const QList<const Template::Segment *> &columns, TextEncoder &encoder,
                                QByteArray &scratch)
{
    for (const Template::Segment *segment : columns) {
        const QByteArrayView value = m_plan.rows->field(row, segment->column);
        const bool ascii = std::all_of(value.begin(), value.end(), [](char c) { return uchar(c) < 0x80; });
        if (ascii && encoder.encodesAsciiAsItself())
            continue;
        const QString text = CsvTable::text(value);
        scratch.resize(0);
        const qsizetype bad = encoder.encode(text, scratch);
        if (bad < 0)
            continue;
        problem(trCore("Quire::Planner", "rows file line %1: column {%2} gives \"%3\" for the content, whose "
                                         "character %4 cannot be represented in %5: choose another encoding (e.g. "
                                         "UTF-8) or change the value")
                    .arg(m_plan.rows->lineOf(row))
                    .arg(segment->text, shownValue(value), TextEncoder::describeChar(text, bad), m_plan.spec.encoding),
                PlanProblem::Kind::RowValueNotEncodable);
        return false;
    }
    return true;
}

// Sorted hashes put equal names side by side; equal hashes are confirmed by rendering both names.
void RowChecks::findCollisions(const Template &name, qint64 base, std::vector<std::pair<quint64, quint32>> &hashes)
{
    std::sort(hashes.begin(), hashes.end());
    QByteArray a;
    QByteArray b;
    QString scratch;
    for (size_t i = 1; i < hashes.size(); ++i) {
        if (hashes[i].first != hashes[i - 1].first)
            continue;
        renderName(name, m_plan.contextAt(base + hashes[i - 1].second), a, scratch);
        renderName(name, m_plan.contextAt(base + hashes[i].second), b, scratch);
        if (a != b)
            continue;
        if (!listing()) {
            ++m_problems;
            continue;
        }
        problem(trCore("Quire::Planner", "rows file lines %1 and %2 both give the file name \"%3\" (add {index} to "
                                         "the name template, or make the values differ)")
                    .arg(m_plan.rows->lineOf(hashes[i - 1].second))
                    .arg(m_plan.rows->lineOf(hashes[i].second))
                    .arg(shownValue(a)));
    }
}

qint64 RowChecks::valueBytes(const Plan &plan, qint64 row, int column, TextEncoder &encoder, bool utf8)
{
    const QByteArrayView value = plan.rows->field(row, column);
    if (utf8)
        return value.size();
    QByteArray bytes;
    encoder.encode(CsvTable::text(value), bytes);
    return bytes.size();
}

} // namespace Quire
