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
    return QStringLiteral("names %1, indexes %2 to %3 step %4, %5%6, if a file exists: %7%8, write method %9%10")
        .arg(job.nameTemplate)
        .arg(job.from)
        .arg(job.to)
        .arg(job.step)
        .arg(job.encoding, job.bom ? QStringLiteral(" with BOM") : QString(), ifExistsName(job.ifExists),
             job.backup ? QStringLiteral(" (with backup)") : QString(), writeMethodName(job.writeMethod),
             job.durable ? QStringLiteral(", durable") : QString());
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
    parser.setApplicationDescription(QStringLiteral("One recorded run: its job, seed, state, counts, the folders it "
                                                    "created, its errors, and the files selected by --files."));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QStringLiteral("Which files to list: all, failed (the default), incomplete (in "
                                                  "flight or not attempted), created (written), none."),
                                   QStringLiteral("WHICH"), QStringLiteral("failed"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the run as a JSON object."));
    parser.addOptions({files, json});
    int exit = ExitOk;
    const auto id = parseWithRun(parser, args, out, err, &exit);
    if (!id)
        return exit;
    const QString which = parser.value(files);
    if (!fileSelections.contains(which)) {
        err << errorPrefix << "--files " << which << ": choose one of " << fileSelections.join(QStringLiteral(", "))
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
    out << "Run " << record.id << '\n';
    out << "  started  " << record.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\n';
    out << "  state    " << stateText(record.phase, counts) << '\n';
    out << "  job      " << jobText(record) << '\n';
    out << "  seed     " << record.job.seed.value_or(record.plan->seed) << '\n';
    out << "  files    " << formatCount(record.fileCount) << ": ";
    QStringList parts;
    for (int status = 0; status < FileStatusCount; ++status) {
        if (const qint64 n = counts.byStatus[size_t(status)]; n > 0)
            parts.append(QStringLiteral("%1 %2").arg(formatCount(n), fileStatusName(FileStatus(status))));
    }
    out << parts.join(QStringLiteral(", ")) << '\n';
    for (const QString &folder : record.job.folders)
        out << "  folder   " << folder << (record.createdFolders.contains(folder) ? " (created by the run)" : "")
            << '\n';
    for (const QString &folder : record.createdFolders) {
        if (!record.job.folders.contains(folder))
            out << "  created  " << folder << '\n';
    }
    for (const QString &error : record.jobErrors)
        out << "  error    " << error << '\n';
    if (files == QLatin1String("none"))
        return;
    out << "Files (" << files << "):\n";
    for (qint64 position = 0; position < record.fileCount; ++position) {
        const FileStatus status = record.ledger->status(position);
        if (!selected(files, status))
            continue;
        out << "  " << record.filePath(position) << "  " << fileStatusName(status);
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
