#include "core/job/shard.h"

#include "core/base/numberformat.h"
#include "core/base/translations.h"
#include "core/job/jobspec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

namespace Quire {

namespace {

const QString ShardKey = QStringLiteral("shard");
const QString RunTimeKey = QStringLiteral("runTime");

// Keys of the job's JSON that change how it runs but not one byte it writes: shards may differ in them.
const QStringList runOnlyKeys{
    QStringLiteral("shard"),       QStringLiteral("seed"),     QStringLiteral("parallel"),    QStringLiteral("durable"),
    QStringLiteral("writeMethod"), QStringLiteral("ifExists"), QStringLiteral("stopOnError"), QStringLiteral("backup"),
};

} // namespace

std::optional<Shard> parseShard(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,18})\\s*/\\s*(\\d{1,18})\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(trCore("Quire::Shard", "shard \"%1\" is not K/N: give the slice number and the number of "
                                           "slices, e.g. 2/4 for the second of four")
                        .arg(text));
    const Shard shard{match.captured(1).toLongLong(), match.captured(2).toLongLong()};
    if (shard.count < 1 || shard.count > MaxShards)
        return fail(trCore("Quire::Shard", "shard %1: the number of slices must be from 1 to %2")
                        .arg(text, formatCount(MaxShards)));
    if (shard.index < 1 || shard.index > shard.count)
        return fail(trCore("Quire::Shard", "shard %1: the slice number must be from 1 to %2 (slices are counted "
                                           "from 1, like split -n K/N)")
                        .arg(text)
                        .arg(shard.count));
    return shard;
}

QString shardText(const Shard &shard)
{
    return QStringLiteral("%1/%2").arg(shard.index).arg(shard.count);
}

ShardSlice shardSlice(qint64 total, const Shard &shard)
{
    // No product here can pass total: (K-1) * base <= total and min(K-1, rest) < N.
    const qint64 base = total / shard.count;
    const qint64 rest = total % shard.count;
    const qint64 before = shard.index - 1;
    return ShardSlice{before * base + std::min(before, rest), base + (before < rest ? 1 : 0)};
}

qint64 derivedSeed(const JobSpec &spec)
{
    QJsonObject json = spec.toJson();
    for (const QString &key : runOnlyKeys)
        json.remove(key);
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return qint64(qFromBigEndian<quint64>(digest.constData()) & quint64(MaxSeed));
}

std::optional<QDateTime> parseRunTime(const QString &text, QString *error)
{
    QDateTime time;
    // A date alone would silently mean midnight: the run time must name a time of day.
    if (text.contains(u'T'))
        time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        if (error)
            *error = trCore("Quire::Shard", "run time \"%1\" is not an ISO 8601 date and time: write e.g. "
                                            "2026-12-07T10:00:00Z (UTC), 2026-12-07T11:00:00+01:00, or "
                                            "2026-12-07T10:00:00 for the local time zone")
                         .arg(text);
        return std::nullopt;
    }
    return time;
}

QString runTimeText(const QDateTime &time)
{
    return time.toString(time.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString describeShard(const Shard &shard, const ShardSlice &slice, qint64 total)
{
    if (slice.size == 0)
        return trCore("Quire::Shard", "shard %1: no files (the job has %2 file(s), fewer than its %3 slices)")
            .arg(shardText(shard), formatCount(total), formatCount(shard.count));
    return trCore("Quire::Shard", "shard %1: files %2-%3 of %4")
        .arg(shardText(shard), formatCount(slice.begin + 1), formatCount(slice.begin + slice.size), formatCount(total));
}

void shardFieldsToJson(const JobSpec &spec, QJsonObject &json)
{
    if (spec.shard)
        json.insert(ShardKey, shardText(*spec.shard));
    if (spec.runTime)
        json.insert(RunTimeKey, runTimeText(*spec.runTime));
}

bool readShardFields(const QJsonObject &json, JobSpec &spec, QStringList *errors)
{
    bool ok = true;
    const auto fail = [&](const QString &message) {
        ok = false;
        if (errors)
            errors->append(message);
    };
    QString problem;
    if (json.contains(ShardKey)) {
        if (!json.value(ShardKey).isString())
            fail(trCore("Quire::JobSpec", "job key \"%1\" must be %2").arg(ShardKey, QStringLiteral("\"K/N\"")));
        else if (const auto shard = parseShard(json.value(ShardKey).toString(), &problem))
            spec.shard = *shard;
        else
            fail(problem);
    }
    if (json.contains(RunTimeKey)) {
        if (!json.value(RunTimeKey).isString())
            fail(trCore("Quire::JobSpec", "job key \"%1\" must be %2")
                     .arg(RunTimeKey, trCore("Quire::JobSpec", "an ISO 8601 date and time (a string)")));
        else if (const auto time = parseRunTime(json.value(RunTimeKey).toString(), &problem))
            spec.runTime = *time;
        else
            fail(problem);
    }
    return ok;
}

} // namespace Quire
