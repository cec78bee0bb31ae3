#include "cli/commands/showcommand.h"

#include "cli/clirunner.h"
#include "cli/commands/commandsupport.h"
#include "core/base/progressformat.h"
#include "core/plan/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quire {

namespace {

using namespace CommandSupport;

const QStringList fileSelections{QStringLiteral("none"), QStringLiteral("all"), QStringLiteral("failed"),
                                 QStringLiteral("incomplete"), QStringLiteral("created")};

bool selected(const QString &files, FileStatus status)
{
    if (files == QLatin1String("all"))
        return true;
    if (files == QLatin1String("failed"))
        return status == FileStatus::Failed;
    if (files == QLatin1String("incomplete"))
        return status == FileStatus::InFlight || status == FileStatus::Pending;
    if (files == QLatin1String("created"))
        return isWritten(status);
    return false;
}

QString jobText(const RunRecord &record)
{
    const JobSpec &job = record.job;
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("Quire::ShowCommand", text);
    };
    const QString encoding =
        job.bom ? translated(QT_TRANSLATE_NOOP("Quire::ShowCommand", "%1 with BOM")).arg(job.encoding) : job.encoding;
    const QString policy =
        job.backup
            ? translated(QT_TRANSLATE_NOOP("Quire::ShowCommand", "%1 (with backup)")).arg(ifExistsName(job.ifExists))
            : ifExistsName(job.ifExists);
    QString text = translated(QT_TRANSLATE_NOOP("Quire::ShowCommand", "names %1, indexes %2 to %3 step %4, %5, if a "
                                                                      "file exists: %6, write method %7"))
                       .arg(job.nameTemplate)
                       .arg(job.from)
                       .arg(job.to)
                       .arg(job.step)
                       .arg(encoding, policy, writeMethodName(job.writeMethod));
    if (!job.rows.file.isEmpty()) // CSV rows: say where the rows came from
        text += translated(QT_TRANSLATE_NOOP("Quire::ShowCommand", ", one file per row of %1")).arg(job.rows.file);
    return job.durable ? translated(QT_TRANSLATE_NOOP("Quire::ShowCommand", "%1, durable")).arg(text) : text;
}

QJsonObject countsJson(const StatusCounts &counts)
{
    QJsonObject json;
    for (int status = 0; status < FileStatusCount; ++status)
        json.insert(fileStatusName(FileStatus(status)), counts.byStatus[size_t(status)]);
    return json;
}

} // namespace

int ShowCommand::execute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("One recorded run: its job, seed, state, counts, the folders it created, its "
                                        "errors, and the files selected by --files."));
    const QCommandLineOption files(QStringLiteral("files"),
                                   tr("Which files to list: all, failed (the default), incomplete (in flight or not "
                                      "attempted), created (written), none."),
                                   QStringLiteral("WHICH"), QStringLiteral("failed"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the run as a JSON object."));
    parser.addOptions({files, json});
    int exit = ExitOk;
    const auto id = parseWithRun(parser, args, out, err, &exit);
    if (!id)
        return exit;
    const QString which = parser.value(files);
    if (!fileSelections.contains(which)) {
        err << errorPrefix() << tr("--files %1: choose one of %2").arg(which, fileSelections.join(QStringLiteral(", ")))
            << '\n';
        return ExitInvalidJob;
    }
    const auto record = openRun(*id, JournalStore::Access::Read, err);
    if (!record)
        return ExitInvalidJob;
    if (parser.isSet(json))
        printJson(*record, which, out);
    else
        printText(*record, which, out);
    out.flush();
    return ExitOk;
}

void ShowCommand::printText(const RunRecord &record, const QString &files, QTextStream &out)
{
    const StatusCounts counts = record.counts();
    out << tr("Run %1").arg(record.id) << '\n';
    out << tr("  started  %1").arg(record.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) << '\n';
    out << tr("  state    %1").arg(stateText(record.phase, counts)) << '\n';
    out << tr("  job      %1").arg(jobText(record)) << '\n';
    out << tr("  seed     %1").arg(record.job.seed.value_or(record.plan->seed)) << '\n';
    if (record.job.shard)
        out << "  "
            << describeShard(*record.job.shard, {record.plan->files.sliceBegin(), record.fileCount},
                             record.plan->files.totalCount())
            << '\n';
    QStringList parts;
    for (int status = 0; status < FileStatusCount; ++status) {
        if (const qint64 n = counts.byStatus[size_t(status)]; n > 0)
            parts.append(QStringLiteral("%1 %2").arg(formatCount(n), fileStatusText(FileStatus(status))));
    }
    out << tr("  files    %1: %2").arg(formatCount(record.fileCount), parts.join(QStringLiteral(", "))) << '\n';
    for (const QString &folder : record.job.folders)
        out << (record.createdFolders.contains(folder) ? tr("  folder   %1 (created by the run)") : tr("  folder   %1"))
                   .arg(folder)
            << '\n';
    for (const QString &folder : record.createdFolders) {
        if (!record.job.folders.contains(folder))
            out << tr("  created  %1").arg(folder) << '\n';
    }
    for (const QString &error : record.jobErrors)
        out << tr("  error    %1").arg(error) << '\n';
    if (files == QLatin1String("none"))
        return;
    out << tr("Files (%1):").arg(files) << '\n';
    for (qint64 position = 0; position < record.fileCount; ++position) {
        const FileStatus status = record.ledger->status(position);
        if (!selected(files, status))
            continue;
        out << "  " << record.filePath(position) << "  " << fileStatusText(status);
        if (const QString message = record.ledger->message(position); !message.isEmpty())
            out << ": " << message;
        out << '\n';
    }
}

void ShowCommand::printJson(const RunRecord &record, const QString &files, QTextStream &out)
{
    const StatusCounts counts = record.counts();
    QJsonObject json;
    json.insert(QStringLiteral("id"), record.id);
    json.insert(QStringLiteral("started"), record.start.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("phase"), runPhaseName(record.phase));
    json.insert(QStringLiteral("state"), stateText(record.phase, counts));
    json.insert(QStringLiteral("seed"), QString::number(record.job.seed.value_or(record.plan->seed)));
    if (record.job.shard)
        json.insert(QStringLiteral("shard"), shardText(*record.job.shard));
    json.insert(QStringLiteral("writeMethod"), writeMethodName(record.job.writeMethod));
    json.insert(QStringLiteral("job"), record.job.toJson());
    json.insert(QStringLiteral("files"), record.fileCount);
    json.insert(QStringLiteral("counts"), countsJson(counts));
    json.insert(QStringLiteral("elapsedMs"), record.elapsedMs);
    json.insert(QStringLiteral("createdFolders"), QJsonArray::fromStringList(record.createdFolders));
    json.insert(QStringLiteral("jobErrors"), QJsonArray::fromStringList(record.jobErrors));
    QJsonArray list;
    for (qint64 position = 0; position < record.fileCount && files != QLatin1String("none"); ++position) {
        const FileStatus status = record.ledger->status(position);
        if (!selected(files, status))
            continue;
        QJsonObject file;
        file.insert(QStringLiteral("position"), position);
        file.insert(QStringLiteral("index"), record.indexAt(position));
        file.insert(QStringLiteral("path"), record.filePath(position));
        file.insert(QStringLiteral("status"), fileStatusName(status));
        if (const QString message = record.ledger->message(position); !message.isEmpty())
            file.insert(QStringLiteral("message"), message);
        list.append(file);
    }
    json.insert(QStringLiteral("fileList"), list);
    out << QJsonDocument(json).toJson();
}

} // namespace Quire
