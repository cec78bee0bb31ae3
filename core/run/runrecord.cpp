#include "core/run/runrecord.h"

#include "core/base/translations.h"
#include "core/plan/plan.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

#include <iterator>

namespace Quire {

namespace {

constexpr RunPhase phases[] = {RunPhase::Running,        RunPhase::Finished,    RunPhase::Cancelled,
                               RunPhase::StoppedOnError, RunPhase::Interrupted, RunPhase::Undone};

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList list;
    *ok = value.isArray();
    for (const QJsonValue &item : value.toArray()) {
        *ok = *ok && item.isString();
        list.append(item.toString());
    }
    return list;
}

} // namespace

QString runPhaseName(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Finished:
        return QStringLiteral("finished");
    case RunPhase::Cancelled:
        return QStringLiteral("cancelled");
    case RunPhase::StoppedOnError:
        return QStringLiteral("stopped");
    case RunPhase::Interrupted:
        return QStringLiteral("interrupted");
    case RunPhase::Undone:
        return QStringLiteral("undone");
    case RunPhase::Running:
        break;
    }
    return QStringLiteral("running");
}

QString runPhaseText(RunPhase phase)
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Quire::RunState", "running"),     QT_TRANSLATE_NOOP("Quire::RunState", "finished"),
        QT_TRANSLATE_NOOP("Quire::RunState", "cancelled"),   QT_TRANSLATE_NOOP("Quire::RunState", "stopped"),
        QT_TRANSLATE_NOOP("Quire::RunState", "interrupted"), QT_TRANSLATE_NOOP("Quire::RunState", "undone"),
    };
    static_assert(std::size(texts) == size_t(RunPhase::Undone) + 1, "one text per phase, in the enum's order");
    return trCore("Quire::RunState", texts[size_t(phase)]);
}

std::optional<RunPhase> runPhaseFromName(const QString &name)
{
    for (RunPhase phase : phases) {
        if (runPhaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

std::shared_ptr<RunRecord> RunRecord::forPlan(const Plan &plan)
{
    auto record = std::make_shared<RunRecord>();
    record->id = newId(plan.start);
    record->job = plan.spec;
    record->job.folders.clear();
    for (const FolderPlan &folder : plan.folders)
        record->job.folders.append(folder.path);
    record->job.contentFile.clear(); // the plan read it: the record keeps what was written
    record->job.seed = plan.seed;
    record->start = plan.start;
    record->fileCount = plan.fileCount();
    record->plan = std::make_shared<const Plan>(plan);
    record->ledger = std::make_shared<RunLedger>(plan.fileCount());
    return record;
}

QString RunRecord::newId(const QDateTime &start)
{
    const quint32 tag = QRandomGenerator::global()->bounded(0x10000u);
    return start.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + QStringLiteral("%1").arg(tag, 4, 16, QLatin1Char('0'));
}

QString RunRecord::fileName(qint64 position) const
{
    const QString renamed = ledger ? ledger->finalName(position) : QString();
    return renamed.isEmpty() ? plan->fileName(position) : renamed;
}

QString RunRecord::filePath(qint64 position) const
{
    return QDir(folderOf(position)).filePath(fileName(position));
}

QString RunRecord::folderOf(qint64 position) const
{
    const int folder = plan->folderOf(position);
    return folder < plan->folders.size() ? plan->folders.at(folder).path : QString();
}

qint64 RunRecord::indexAt(qint64 position) const
{
    return plan->indexAt(position);
}

StatusCounts RunRecord::counts() const
{
    return ledger ? ledger->counts() : StatusCounts{};
}

QList<FileFailure> RunRecord::failures() const
{
    QList<FileFailure> result;
    for (qsizetype i = 0; ledger && i < ledger->failureCount(); ++i) {
        const LedgerFailure failure = ledger->failure(i);
        result.append(
            FileFailure{failure.position, indexAt(failure.position), filePath(failure.position), failure.message});
    }
    return result;
}

QJsonObject RunRecord::stateJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("id"), id);
    // Milliseconds and the offset: {date} and {time} render the same wall clock in any time zone later.
    json.insert(QStringLiteral("startMs"), start.toMSecsSinceEpoch());
    json.insert(QStringLiteral("startOffset"), start.offsetFromUtc());
    json.insert(QStringLiteral("start"), start.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("files"), fileCount);
    json.insert(QStringLiteral("phase"), runPhaseName(phase));
    json.insert(QStringLiteral("elapsedMs"), elapsedMs);
    json.insert(QStringLiteral("jobErrors"), QJsonArray::fromStringList(jobErrors));
    json.insert(QStringLiteral("createdFolders"), QJsonArray::fromStringList(createdFolders));
    return json;
}

bool RunRecord::readStateJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const char *key) {
        if (error)
            *error = trCore("Quire::Runner", "run file: key \"%1\" is missing or has the wrong type")
                         .arg(QLatin1String(key));
        return false;
    };
    if (json.value(QStringLiteral("version")).toInteger(-1) != 1)
        return fail("version");
    if (!json.value(QStringLiteral("id")).isString())
        return fail("id");
    id = json.value(QStringLiteral("id")).toString();
    const qint64 startMs = json.value(QStringLiteral("startMs")).toInteger(-1);
    const qint64 offset = json.value(QStringLiteral("startOffset")).toInteger(-100000);
    if (startMs < 0)
        return fail("startMs");
    if (offset < -86400 || offset > 86400)
        return fail("startOffset");
    start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone(int(offset)));
    fileCount = json.value(QStringLiteral("files")).toInteger(-1);
    if (fileCount < 0)
        return fail("files");
    const auto parsedPhase = runPhaseFromName(json.value(QStringLiteral("phase")).toString());
    if (!parsedPhase)
        return fail("phase");
    phase = *parsedPhase;
    elapsedMs = json.value(QStringLiteral("elapsedMs")).toInteger(-1);
    if (elapsedMs < 0)
        return fail("elapsedMs");
    bool ok = false;
    jobErrors = stringList(json.value(QStringLiteral("jobErrors")), &ok);
    if (!ok)
        return fail("jobErrors");
    createdFolders = stringList(json.value(QStringLiteral("createdFolders")), &ok);
    return ok || fail("createdFolders");
}

} // namespace Quire
