#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quire {

struct JobSpec;

/** --shard K/N: the K-th (1-based) of N disjoint slices of a job's positions. */
struct Shard
{
    qint64 index = 1;
    qint64 count = 1;

    bool operator==(const Shard &other) const = default;
};

/** The positions [begin, begin + size) of the whole job that one shard writes. */
struct ShardSlice
{
    qint64 begin = 0;
    qint64 size = 0;

    bool operator==(const ShardSlice &other) const = default;
};

/** More shards than this is surely a typo; it also keeps every slice computation far inside 64 bits. */
constexpr qint64 MaxShards = 1'000'000'000;

/**
 * Parses "K/N" (1 <= K <= N <= MaxShards). On failure returns nullopt and sets error to a complete
 * sentence naming what is wrong, with an example.
 */
std::optional<Shard> parseShard(const QString &text, QString *error);
QString shardText(const Shard &shard); ///< "K/N"

/**
 * Like split -n K/N: contiguous slices in position order, the first total % N of them one position
 * longer than the others, so sizes differ by one at most and the N slices cover 0..total-1 exactly.
 * Constant time: nothing is enumerated. total must be >= 0 and the shard valid.
 */
ShardSlice shardSlice(qint64 total, const Shard &shard);

/**
 * The seed of a sharded job given no --seed: a hash of what the job writes (its canonical JSON without
 * the shard, the seed and the options that do not change a byte: parallel writes, durability, write
 * method, if-exists policy, backup, stop on error), so every shard of one job agrees without talking.
 */
qint64 derivedSeed(const JobSpec &spec);

/**
 * Parses an ISO 8601 date and time ("2026-12-07T10:00:00Z", "2026-12-07T11:00:00+01:00", or without
 * an offset for the local time zone; seconds and milliseconds optional). On failure returns nullopt
 * and sets error to a sentence with an example.
 */
std::optional<QDateTime> parseRunTime(const QString &text, QString *error);
QString runTimeText(const QDateTime &time); ///< ISO 8601, the offset kept as given ("Z", "+01:00" or none)

/** "shard 2/4: files 250,001-500,000 of 1,000,000", or that the shard is empty. */
QString describeShard(const Shard &shard, const ShardSlice &slice, qint64 total);

/** JobSpec's JSON keys "shard" and "runTime" (the JSON of one job, read and written in jobspec.cpp). */
void shardFieldsToJson(const JobSpec &spec, QJsonObject &json);
/** Reads "shard" and "runTime" if present; false (and messages in errors) on a bad value. */
bool readShardFields(const QJsonObject &json, JobSpec &spec, QStringList *errors);

} // namespace Quire
