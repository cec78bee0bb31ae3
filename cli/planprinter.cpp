#include "cli/planprinter.h"

#include "cli/clitext.h"
#include "cli/problemwording.h"
#include "core/base/progressformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quire {

namespace {

constexpr int CheckEvery = 4096; // lines between looks at the stream's state

QJsonArray problemsJson(const QList<PlanProblem> &problems)
{
    QJsonArray array;
    for (const PlanProblem &problem : problems)
        array.append(QJsonObject{{QStringLiteral("field"), problem.field},
                                 {QStringLiteral("message"), cliProblemText(problem)}});
    return array;
}

QJsonObject settingsJson(const JobSpec &spec)
{
    return QJsonObject{
        {QStringLiteral("encoding"), spec.encoding},
        {QStringLiteral("bom"), spec.bom},
        {QStringLiteral("eol"), lineEndingName(spec.lineEnding)},
        {QStringLiteral("ifExists"), ifExistsName(spec.ifExists)},
        // durable runs always write atomically, whatever was asked
        {QStringLiteral("writeMethod"), writeMethodName(spec.durable ? WriteMethod::Atomic : spec.writeMethod)},
        {QStringLiteral("durable"), spec.durable},
        {QStringLiteral("stopOnError"), spec.stopOnError},
        {QStringLiteral("backup"), spec.backup},
        {QStringLiteral("parallel"), spec.parallel > 0 ? spec.parallel : defaultParallelWrites()},
    };
}

// --shard: which positions of the whole job this plan writes (1-based, inclusive, like the text).
void insertShard(const Plan &plan, QJsonObject &json)
{
    if (!plan.spec.shard || !plan.isValid())
        return;
    const qint64 begin = plan.files.sliceBegin();
    json.insert(QStringLiteral("shard"),
                QJsonObject{{QStringLiteral("index"), plan.spec.shard->index},
                            {QStringLiteral("count"), plan.spec.shard->count},
                            {QStringLiteral("first"), plan.fileCount() > 0 ? begin + 1 : 0},
                            {QStringLiteral("last"), plan.fileCount() > 0 ? begin + plan.fileCount() : 0},
                            {QStringLiteral("total"), plan.files.totalCount()}});
}

qint64 subfoldersToCreate(const Plan &plan)
{
    qint64 count = 0;
    for (const FolderPlan &folder : plan.folders)
        count += folder.subfoldersToCreate;
    return count;
}

// Content generators: the mode and the exact byte counts.
QJsonObject contentJson(const Plan &plan)
{
    QJsonObject json{{QStringLiteral("mode"), contentModeName(plan.contentMode)},
                     {QStringLiteral("totalBytes"), plan.totalBytes},
                     {QStringLiteral("verify"), plan.spec.verify}};
    if (plan.fileBytes >= 0)
        json.insert(QStringLiteral("fileBytes"), plan.fileBytes);
    if (plan.contentMode == ContentMode::Copy)
        json.insert(QStringLiteral("copyFrom"), plan.spec.copyFrom);
    return json;
}

QString contentText(const Plan &plan)
{
    QString mode;
    switch (plan.contentMode) {
    case ContentMode::Template:
        mode = PlanPrinter::tr("content: the template, %1 bytes in all").arg(plan.totalBytes);
        break;
    case ContentMode::Fill:
        mode = PlanPrinter::tr("content: the template repeated to %1 bytes per file").arg(plan.fileBytes);
        break;
    case ContentMode::Random:
        mode = PlanPrinter::tr("content: %1 random bytes per file (seed %2)").arg(plan.fileBytes).arg(plan.seed);
        break;
    case ContentMode::Copy:
        mode = PlanPrinter::tr("content: a copy of %1, %2 bytes per file").arg(plan.spec.copyFrom).arg(plan.fileBytes);
        break;
    case ContentMode::Sparse:
        mode = PlanPrinter::tr("content: sparse, %1 bytes per file with no data written").arg(plan.fileBytes);
        break;
    }
    if (plan.contentMode != ContentMode::Template)
        mode = PlanPrinter::tr("%1, %2 bytes in all").arg(mode).arg(plan.totalBytes);
    return plan.spec.verify ? PlanPrinter::tr("%1, verified after writing").arg(mode) : mode;
}

QJsonObject planJson(const Plan &plan)
{
    QJsonObject json = settingsJson(plan.spec);
    json.insert(QStringLiteral("valid"), plan.isValid());
    json.insert(QStringLiteral("counts"),
                QJsonObject{{QStringLiteral("files"), plan.fileCount()},
                            {QStringLiteral("folders"), plan.folders.size()},
                            {QStringLiteral("bytes"), plan.totalBytes},
                            {QStringLiteral("conflicts"), plan.conflictCount},
                            {QStringLiteral("subfoldersToCreate"), subfoldersToCreate(plan)}});
    QJsonArray folders;
    for (const FolderPlan &folder : plan.folders)
        folders.append(QJsonObject{{QStringLiteral("path"), folder.path},
                                   {QStringLiteral("create"), folder.create},
                                   {QStringLiteral("conflicts"), folder.conflicts},
                                   {QStringLiteral("subfolders"), qint64(folder.subfolders.size())},
                                   {QStringLiteral("subfoldersToCreate"), folder.subfoldersToCreate}});
    json.insert(QStringLiteral("folders"), folders);
    json.insert(QStringLiteral("seed"), QString::number(plan.seed));
    insertShard(plan, json);
    if (plan.spec.runTime)
        json.insert(QStringLiteral("runTime"), runTimeText(*plan.spec.runTime));
    json.insert(QStringLiteral("content"), contentJson(plan));
    json.insert(QStringLiteral("errors"), problemsJson(plan.errors()));
    json.insert(QStringLiteral("warnings"), problemsJson(plan.warnings()));
    if (!plan.isValid() || plan.fileCount() == 0)
        return json;
    QJsonArray first;
    for (qint64 position = 0; position < std::min<qint64>(PlanPrinter::FirstNames, plan.fileCount()); ++position)
        first.append(plan.filePath(position));
    json.insert(QStringLiteral("first"), first);
    json.insert(QStringLiteral("last"), plan.filePath(plan.fileCount() - 1));
    return json;
}

} // namespace

void PlanPrinter::printText(const Plan &plan, QTextStream &out)
{
    const qint64 files = plan.fileCount();
    out << tr("Plan: %1 file(s) in %2, %3", nullptr, pluralN(files))
               .arg(formatCount(files), tr("%n folder(s)", nullptr, int(plan.folders.size())),
                    formatBytes(plan.totalBytes))
        << '\n';
    if (plan.spec.shard)
        out << "  "
            << describeShard(*plan.spec.shard, ShardSlice{plan.files.sliceBegin(), files}, plan.files.totalCount())
            << '\n';
    for (const FolderPlan &folder : plan.folders)
        out << "  " << (folder.create ? tr("folder %1 (will be created)") : tr("folder %1")).arg(folder.path) << '\n';
    if (const qint64 subfolders = subfoldersToCreate(plan); subfolders > 0)
        out << "  " << tr("folders to create: %1").arg(formatCount(subfolders)) << '\n';
    out << "  " << tr("first: %1").arg(plan.firstName) << '\n' << "  " << tr("last:  %1").arg(plan.lastName) << '\n';
    const JobSpec &spec = plan.spec;
    const int parallel = spec.parallel > 0 ? spec.parallel : defaultParallelWrites();
    const QString encoding = spec.bom ? tr("%1 with BOM").arg(spec.encoding) : spec.encoding;
    QString settings = tr("encoding %1, line ending %2, if a file exists: %3, %n parallel write(s)", nullptr, parallel)
                           .arg(encoding, lineEndingName(spec.lineEnding), ifExistsName(spec.ifExists));
    if (spec.durable)
        settings = tr("%1, durable").arg(settings);
    out << "  " << settings << '\n';
    if (plan.contentMode != ContentMode::Template || plan.spec.verify)
        out << "  " << contentText(plan) << '\n';
    if (plan.conflictCount > 0)
        out << "  "
            << tr("%1 planned name(s) already taken", nullptr, pluralN(plan.conflictCount))
                   .arg(formatCount(plan.conflictCount))
            << '\n';
    out.flush();
}

bool PlanPrinter::printList(const Plan &plan, QTextStream &out)
{
    const qint64 files = plan.fileCount();
    for (qint64 position = 0; position < files; ++position) {
        out << plan.filePath(position) << '\n';
        if (position % CheckEvery == CheckEvery - 1) {
            out.flush();
            if (out.status() != QTextStream::Ok)
                return false;
        }
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

// The document is written by hand around Qt's JSON for the rest, so that a million paths are streamed.
void PlanPrinter::printJson(const Plan &plan, bool withPaths, QTextStream &out)
{
    QByteArray head = QJsonDocument(planJson(plan)).toJson(QJsonDocument::Indented).trimmed();
    if (!withPaths || !plan.isValid()) {
        out << QString::fromUtf8(head) << '\n';
        out.flush();
        return;
    }
    head.chop(1); // the closing brace
    out << QString::fromUtf8(head.trimmed()) << ",\n    \"paths\": [";
    const qint64 files = plan.fileCount();
    for (qint64 position = 0; position < files; ++position) {
        out << (position == 0 ? "\n        " : ",\n        ") << jsonString(plan.filePath(position));
        if (position % CheckEvery == CheckEvery - 1) {
            out.flush();
            if (out.status() != QTextStream::Ok)
                return;
        }
    }
    out << "\n    ]\n}\n";
    out.flush();
}

} // namespace Quire
