#include "tests/common/problemcases.h"

#include "core/plan/planner.h"

#include <QDir>
#include <QFile>

#include <array>

using namespace Quire;
using Kind = PlanProblem::Kind;

namespace QuireTest {

namespace {

constexpr std::array<const char *, int(Kind::LastKind) + 1> Names{"ZeroStep",
                                                                  "EmptyRange",
                                                                  "TooManyFiles",
                                                                  "ShardTooLarge",
                                                                  "ShardClock",
                                                                  "NoFolder",
                                                                  "EmptyFolderPath",
                                                                  "FolderTwice",
                                                                  "SameFolder",
                                                                  "FolderUnusable",
                                                                  "FolderUnlistable",
                                                                  "UnnameableText",
                                                                  "EncodingWithoutByteOrder",
                                                                  "EncodingStateful",
                                                                  "UnknownEncoding",
                                                                  "EncodingNotAscii",
                                                                  "BomUnsupported",
                                                                  "ParallelOutOfRange",
                                                                  "Unencodable",
                                                                  "ContentFileUnreadable",
                                                                  "ContentFileEncodingUnknown",
                                                                  "ContentFileInvalid",
                                                                  "ContentModesConflict",
                                                                  "ContentFileWithGenerator",
                                                                  "NegativeSize",
                                                                  "TotalTooLarge",
                                                                  "FillWithoutText",
                                                                  "CopySourcePath",
                                                                  "CopySourceUnreadable",
                                                                  "CopySourceNotFile",
                                                                  "TemplateSyntax",
                                                                  "PlaceholderValue",
                                                                  "ExpressionValue",
                                                                  "EmptyName",
                                                                  "NameEscapes",
                                                                  "NameStartsWithSlash",
                                                                  "NameBadPart",
                                                                  "RandomNames",
                                                                  "NamesCollide",
                                                                  "NameTooLong",
                                                                  "PathTooLong",
                                                                  "BlockedByFile",
                                                                  "WindowsReservedName",
                                                                  "WindowsCharacter",
                                                                  "WindowsTrailing",
                                                                  "FilesExist",
                                                                  "FilesSkipped",
                                                                  "FilesReplaced",
                                                                  "FolderConflicts",
                                                                  "FilesRenamed",
                                                                  "RowsFile",
                                                                  "RowsEncodingUnknown",
                                                                  "RowsNotDecodable",
                                                                  "RowsNotUtf8",
                                                                  "RowsDelimiterAmbiguous",
                                                                  "UnknownDelimiter",
                                                                  "RowsFromStdin",
                                                                  "RowsChanged",
                                                                  "ColumnShadowsPlaceholder",
                                                                  "RowName",
                                                                  "MoreRowProblems",
                                                                  "RowValueNotEncodable",
                                                                  "Cancelled"};
// A kind added to PlanProblem without a name here fails to compile: every kind gets a test row.
static_assert(Names.back() != nullptr);

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

/** Rows files, a content file and an existing file below dir; the job of one kind on dir/out. */
JobSpec rowsJob(const QString &dir, const QByteArray &csv)
{
    JobSpec spec;
    spec.folders = {dir + QStringLiteral("/out")};
    spec.rows.file = dir + QStringLiteral("/rows.csv");
    spec.nameTemplate = QStringLiteral("{col:name}.txt");
    writeFile(spec.rows.file, csv);
    return spec;
}

std::optional<JobSpec> encodingJob(Kind kind, const QString &dir, JobSpec spec)
{
    switch (kind) {
    case Kind::EncodingWithoutByteOrder:
        spec.encoding = QStringLiteral("UTF-16");
        return spec;
    case Kind::EncodingStateful:
        spec.encoding = QStringLiteral("ISO-2022-JP");
        return spec;
    case Kind::UnknownEncoding:
        spec.encoding = QStringLiteral("klingon-8");
        return spec;
    case Kind::BomUnsupported:
        spec.encoding = QStringLiteral("ISO-8859-1");
        spec.bom = true;
        return spec;
    case Kind::Unencodable:
        spec.encoding = QStringLiteral("ISO-8859-1");
        spec.contentTemplate = QStringLiteral("snow \u2603");
        return spec;
    case Kind::ContentFileInvalid:
        spec.contentFile = dir + QStringLiteral("/content.txt");
        writeFile(spec.contentFile, "ok\n\xff\xfe bad");
        return spec;
    case Kind::ContentFileEncodingUnknown:
        spec.contentFile = dir + QStringLiteral("/content.txt");
        spec.contentFileEncoding = QStringLiteral("klingon-8");
        writeFile(spec.contentFile, "ok\n");
        return spec;
    default:
        return std::nullopt;
    }
}

std::optional<JobSpec> contentJob(Kind kind, const QString &dir, JobSpec spec)
{
    switch (kind) {
    case Kind::ContentModesConflict:
        spec.size = 10;
        spec.randomBytes = 10;
        return spec;
    case Kind::ContentFileWithGenerator:
        spec.randomBytes = 10;
        spec.contentFile = dir + QStringLiteral("/content.txt");
        writeFile(spec.contentFile, "ok\n");
        return spec;
    case Kind::FillWithoutText:
        spec.size = 10;
        spec.contentTemplate.clear();
        return spec;
    case Kind::NegativeSize:
        spec.sparse = -1;
        return spec;
    case Kind::CopySourceUnreadable:
        spec.copyFrom = dir + QStringLiteral("/missing");
        return spec;
    case Kind::CopySourceNotFile:
        spec.copyFrom = dir;
        return spec;
    case Kind::ContentFileUnreadable:
        spec.contentFile = dir + QStringLiteral("/missing.txt");
        return spec;
    default:
        return std::nullopt;
    }
}

std::optional<JobSpec> nameJob(Kind kind, JobSpec spec)
{
    switch (kind) {
    case Kind::TemplateSyntax:
        spec.nameTemplate = QStringLiteral("file-{nonsense}.txt");
        return spec;
    case Kind::NameStartsWithSlash:
        spec.nameTemplate = QStringLiteral("/abs/n{index}");
        return spec;
    case Kind::NameBadPart:
        spec.nameTemplate = QStringLiteral("a//n{index}");
        return spec;
    case Kind::RandomNames:
        spec.nameTemplate = QStringLiteral("{random}.txt");
        return spec;
    case Kind::NamesCollide:
        spec.nameTemplate = QStringLiteral("same.txt");
        return spec;
    case Kind::NameTooLong:
        spec.nameTemplate = QString(300, u'x') + QStringLiteral("{index}");
        return spec;
    case Kind::WindowsReservedName:
        spec.to = 1;
        spec.nameTemplate = QStringLiteral("CON");
        return spec;
    case Kind::WindowsCharacter:
        spec.nameTemplate = QStringLiteral("a?{index}");
        return spec;
    case Kind::WindowsTrailing:
        spec.nameTemplate = QStringLiteral("a{index}.");
        return spec;
    default:
        return std::nullopt;
    }
}

std::optional<JobSpec> rangeJob(Kind kind, const QString &dir, JobSpec spec)
{
    switch (kind) {
    case Kind::ZeroStep:
        spec.step = 0;
        return spec;
    case Kind::EmptyRange:
        spec.to = 0;
        return spec;
    case Kind::TooManyFiles:
        spec.to = 100'000'000;
        return spec;
    case Kind::ShardClock:
        spec.shard = Shard{1, 2};
        spec.nameTemplate = QStringLiteral("{date}-{index}.txt");
        return spec;
    case Kind::NoFolder:
        spec.folders.clear();
        return spec;
    case Kind::EmptyFolderPath:
        spec.folders.append(QStringLiteral(" "));
        return spec;
    case Kind::FolderTwice:
        spec.folders.append(spec.folders.constFirst());
        return spec;
    case Kind::ParallelOutOfRange:
        spec.parallel = -1;
        return spec;
    case Kind::FolderUnusable:
        writeFile(dir + QStringLiteral("/plain"), "x");
        spec.folders = {dir + QStringLiteral("/plain")};
        return spec;
    default:
        return std::nullopt;
    }
}

std::optional<JobSpec> existingJob(Kind kind, const QString &dir, JobSpec spec)
{
    QDir().mkpath(spec.folders.constFirst());
    writeFile(spec.folders.constFirst() + QStringLiteral("/file-01.txt"), "old");
    const QList<std::pair<Kind, IfExists>> policies{{Kind::FilesExist, IfExists::Fail},
                                                    {Kind::FilesSkipped, IfExists::Skip},
                                                    {Kind::FilesReplaced, IfExists::Overwrite},
                                                    {Kind::FilesRenamed, IfExists::Rename}};
    for (const auto &[k, policy] : policies) {
        if (k == kind) {
            spec.ifExists = policy;
            return spec;
        }
    }
    if (kind == Kind::FolderConflicts) {
        QDir().mkpath(spec.folders.constFirst() + QStringLiteral("/file-02.txt"));
        spec.ifExists = IfExists::Overwrite;
        return spec;
    }
    Q_UNUSED(dir);
    return std::nullopt;
}

std::optional<JobSpec> rowsKindJob(Kind kind, const QString &dir)
{
    switch (kind) {
    case Kind::RowsFile:
        return rowsJob(dir, "name\n\"open\n");
    case Kind::RowsEncodingUnknown: {
        JobSpec spec = rowsJob(dir, "name\na\n");
        spec.rows.encoding = QStringLiteral("klingon-8");
        return spec;
    }
    case Kind::RowsNotDecodable: {
        JobSpec spec = rowsJob(dir, "name\na\n\x81\x20\n");
        spec.rows.encoding = QStringLiteral("Shift_JIS");
        return spec;
    }
    case Kind::RowsNotUtf8:
        return rowsJob(dir, "name\na\nb\xff\n");
    case Kind::RowsDelimiterAmbiguous:
        return rowsJob(dir, "name,x;y\na,b;c\n");
    case Kind::UnknownDelimiter: {
        JobSpec spec = rowsJob(dir, "name\na\n");
        spec.rows.delimiter = QStringLiteral("|");
        return spec;
    }
    case Kind::RowsFromStdin: {
        JobSpec spec = rowsJob(dir, "name\na\n");
        spec.rows.file = QStringLiteral("-");
        return spec;
    }
    case Kind::ColumnShadowsPlaceholder: {
        JobSpec spec = rowsJob(dir, "name,index\na,1\nb,2\n");
        spec.nameTemplate = QStringLiteral("{col:name}-{index}.txt");
        return spec;
    }
    case Kind::RowName:
        return rowsJob(dir, "name\na\na\n");
    case Kind::RowValueNotEncodable: {
        JobSpec spec = rowsJob(dir, "name,price\na,5 \xe2\x82\xac\n");
        spec.contentTemplate = QStringLiteral("{price}");
        spec.encoding = QStringLiteral("latin1");
        return spec;
    }
    default:
        return std::nullopt;
    }
}

std::optional<JobSpec> jobFor(Kind kind, const QString &dir)
{
    JobSpec spec;
    spec.folders = {dir + QStringLiteral("/out")};
    spec.to = 3;
    for (const auto &job : {rangeJob(kind, dir, spec), encodingJob(kind, dir, spec), contentJob(kind, dir, spec),
                            nameJob(kind, spec), rowsKindJob(kind, dir)}) {
        if (job)
            return job;
    }
    return existingJob(kind, dir, spec);
}

} // namespace

QDateTime exampleStart()
{
    return QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
}

QString kindName(Kind kind)
{
    const int k = int(kind);
    return k >= 0 && k < int(Names.size()) ? QString::fromLatin1(Names[size_t(k)]) : QString();
}

PlanProblem exampleProblem(Kind kind, const QString &dir, bool *fromPlan)
{
    if (fromPlan)
        *fromPlan = false;
    const QString caseDir = dir + u'/' + kindName(kind);
    QDir().mkpath(caseDir);
    if (const std::optional<JobSpec> spec = jobFor(kind, caseDir)) {
        const Plan plan = Planner::plan(*spec, exampleStart());
        for (const PlanProblem &problem : plan.problems) {
            if (problem.kind == kind) {
                if (fromPlan)
                    *fromPlan = true;
                return problem;
            }
        }
    }
    return {PlanProblem::Severity::Error,
            QStringLiteral("test"),
            QStringLiteral("the %1 problem as the core says it").arg(kindName(kind)),
            kind,
            {}};
}

} // namespace QuireTest
