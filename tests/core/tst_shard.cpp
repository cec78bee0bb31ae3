#include "core/job/jobspec.h"
#include "core/job/shard.h"
#include "core/plan/planner.h"
#include "tests/common/testdir.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Quire::JobSpec;
using Quire::Plan;
using Quire::Planner;
using Quire::PlanProblem;
using Quire::Shard;
using Quire::ShardSlice;
using namespace QuireTest;

namespace {

const QDateTime startTime(QDate(2026, 12, 7), QTime(10, 0, 0), Qt::UTC);

JobSpec shardSpec(const QStringList &folders, qint64 to, std::optional<Shard> shard)
{
    JobSpec spec;
    spec.folders = folders;
    spec.from = 1;
    spec.to = to;
    spec.nameTemplate = u"f-{index:0000}-{random:6}.txt"_s;
    spec.contentTemplate = u"{index} {n}/{count} {uuid}{nl}"_s;
    spec.shard = shard;
    return spec;
}

bool hasWarning(const Plan &plan, const QString &field)
{
    const QList<PlanProblem> warnings = plan.warnings();
    return std::any_of(warnings.cbegin(), warnings.cend(), [&](const PlanProblem &p) { return p.field == field; });
}

} // namespace

class TestShard : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void slice_data();
    void slice();
    void slicesCoverEverything_data();
    void slicesCoverEverything();
    void planMatchesWholeJob_data();
    void planMatchesWholeJob();
    void limitAppliesPerShard_data();
    void limitAppliesPerShard();
    void emptyShardIsValid();
    void conflictsOnlyInOwnSlice();
    void seedDerivedFromJob();
    void runTime_data();
    void runTime();
    void clockWarning_data();
    void clockWarning();
    void jsonRoundTrip();
    void jsonBadValues_data();
    void jsonBadValues();
};

void TestShard::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("index"); // 0: an error
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("message");
    QTest::addRow("1/4") << u"1/4"_s << qint64(1) << qint64(4) << QString();
    QTest::addRow("4/4") << u"4/4"_s << qint64(4) << qint64(4) << QString();
    QTest::addRow("spaces") << u" 2 / 3 "_s << qint64(2) << qint64(3) << QString();
    QTest::addRow("1/1") << u"1/1"_s << qint64(1) << qint64(1) << QString();
    QTest::addRow("0/4") << u"0/4"_s << qint64(0) << qint64(0) << u"must be from 1 to 4"_s;
    QTest::addRow("5/4") << u"5/4"_s << qint64(0) << qint64(0) << u"must be from 1 to 4"_s;
    QTest::addRow("1/0") << u"1/0"_s << qint64(0) << qint64(0) << u"must be from 1 to 1,000,000,000"_s;
    QTest::addRow("letters") << u"a/b"_s << qint64(0) << qint64(0) << u"is not K/N"_s;
    QTest::addRow("negative") << u"-1/4"_s << qint64(0) << qint64(0) << u"is not K/N"_s;
    QTest::addRow("no slash") << u"2"_s << qint64(0) << qint64(0) << u"e.g. 2/4"_s;
    QTest::addRow("empty") << QString() << qint64(0) << qint64(0) << u"is not K/N"_s;
    QTest::addRow("too many") << u"1/2000000000"_s << qint64(0) << qint64(0) << u"from 1 to 1,000,000,000"_s;
    QTest::addRow("huge") << u"1/99999999999999999999"_s << qint64(0) << qint64(0) << u"is not K/N"_s;
}

void TestShard::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, index);
    QFETCH(qint64, count);
    QFETCH(QString, message);
    QString error;
    const auto shard = Quire::parseShard(text, &error);
    QCOMPARE(shard.has_value(), index > 0);
    if (shard) {
        QCOMPARE(*shard, (Shard{index, count}));
        QCOMPARE(Quire::shardText(*shard), u"%1/%2"_s.arg(index).arg(count));
    } else {
        QVERIFY2(error.contains(message), qPrintable(error));
    }
}

void TestShard::slice_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("begin");
    QTest::addColumn<qint64>("size");
    QTest::addRow("0 files") << qint64(0) << qint64(3) << qint64(4) << qint64(0) << qint64(0);
    QTest::addRow("1 file, shard 1") << qint64(1) << qint64(1) << qint64(4) << qint64(0) << qint64(1);
    QTest::addRow("1 file, shard 2") << qint64(1) << qint64(2) << qint64(4) << qint64(1) << qint64(0);
    QTest::addRow("N-1, shard 3") << qint64(3) << qint64(3) << qint64(4) << qint64(2) << qint64(1);
    QTest::addRow("N-1, shard 4") << qint64(3) << qint64(4) << qint64(4) << qint64(3) << qint64(0);
    QTest::addRow("N, shard 4") << qint64(4) << qint64(4) << qint64(4) << qint64(3) << qint64(1);
    QTest::addRow("N+1, shard 1") << qint64(5) << qint64(1) << qint64(4) << qint64(0) << qint64(2);
    QTest::addRow("N+1, shard 2") << qint64(5) << qint64(2) << qint64(4) << qint64(2) << qint64(1);
    QTest::addRow("1,000,000 in 4, shard 2")
        << qint64(1'000'000) << qint64(2) << qint64(4) << qint64(250'000) << qint64(250'000);
    QTest::addRow("10 in 3, shard 3") << qint64(10) << qint64(3) << qint64(3) << qint64(7) << qint64(3);
    // 4 * 10,000,000 + 3: the first three are one longer, each over the per-run limit by one file.
    QTest::addRow("near 4 x 10M, shard 4")
        << qint64(40'000'003) << qint64(4) << qint64(4) << qint64(30'000'003) << qint64(10'000'000);
    QTest::addRow("1e9 shards of 1e7") << qint64(10'000'000'000'000'000) << qint64(1'000'000'000)
                                       << qint64(1'000'000'000) << qint64(9'999'999'990'000'000) << qint64(10'000'000);
    QTest::addRow("max total, last") << std::numeric_limits<qint64>::max() << qint64(7) << qint64(7)
                                     << std::numeric_limits<qint64>::max() - std::numeric_limits<qint64>::max() / 7
                                     << std::numeric_limits<qint64>::max() / 7;
}

void TestShard::slice()
{
    QFETCH(qint64, total);
    QFETCH(qint64, index);
    QFETCH(qint64, count);
    QFETCH(qint64, begin);
    QFETCH(qint64, size);
    QCOMPARE(Quire::shardSlice(total, Shard{index, count}), (ShardSlice{begin, size}));
}

void TestShard::slicesCoverEverything_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("count");
    for (const qint64 total : {0, 1, 3, 4, 5, 17, 1000, 1001})
        for (const qint64 count : {1, 2, 3, 4, 7, 1000})
            QTest::addRow("%lld in %lld", total, count) << total << count;
}

// Contiguous, in order, sizes differing by one at most, the longer ones first: like split -n K/N.
void TestShard::slicesCoverEverything()
{
    QFETCH(qint64, total);
    QFETCH(qint64, count);
    qint64 next = 0;
    qint64 previousSize = std::numeric_limits<qint64>::max();
    for (qint64 k = 1; k <= count; ++k) {
        const ShardSlice slice = Quire::shardSlice(total, Shard{k, count});
        QCOMPARE(slice.begin, next);
        QVERIFY(slice.size <= previousSize);
        QVERIFY(slice.size == total / count || slice.size == total / count + 1);
        previousSize = slice.size;
        next += slice.size;
    }
    QCOMPARE(next, total);
}

void TestShard::planMatchesWholeJob_data()
{
    QTest::addColumn<int>("folders");
    QTest::addColumn<qint64>("perFolder");
    QTest::addColumn<qint64>("count");
    QTest::addRow("1 folder, 10 in 4") << 1 << qint64(10) << qint64(4);
    QTest::addRow("3 folders, 7 in 4 (across folders)") << 3 << qint64(7) << qint64(4);
    QTest::addRow("2 folders, 5 in 3") << 2 << qint64(5) << qint64(3);
    QTest::addRow("4 folders, 1 in 3") << 4 << qint64(1) << qint64(3);
    QTest::addRow("2 folders, 3 in 8 (empty shards)") << 2 << qint64(3) << qint64(8);
}

// Every shard's names and bytes, concatenated, are the whole job's: {n}, {count}, {random}, {uuid} too.
void TestShard::planMatchesWholeJob()
{
    QFETCH(int, folders);
    QFETCH(qint64, perFolder);
    QFETCH(qint64, count);
    TestDir dir;
    QStringList paths;
    for (int f = 0; f < folders; ++f)
        paths.append(dir.filePath(u"d%1"_s.arg(f)));
    JobSpec whole = shardSpec(paths, perFolder, std::nullopt);
    whole.seed = 42;
    const Plan all = Planner::plan(whole, startTime);
    QVERIFY(all.isValid());
    QStringList expected;
    for (qint64 p = 0; p < all.fileCount(); ++p)
        expected.append(all.filePath(p) + u'|' + QString::fromUtf8(all.contentBytes(p)));
    QStringList got;
    qint64 bytes = 0;
    for (qint64 k = 1; k <= count; ++k) {
        JobSpec spec = whole;
        spec.shard = Shard{k, count};
        const Plan plan = Planner::plan(spec, startTime);
        QVERIFY2(plan.isValid(), qPrintable(plan.errors().value(0).message));
        QCOMPARE(plan.files.totalCount(), all.fileCount());
        for (qint64 p = 0; p < plan.fileCount(); ++p) {
            got.append(plan.filePath(p) + u'|' + QString::fromUtf8(plan.contentBytes(p)));
            QCOMPARE(plan.positionOfPath(plan.filePath(p)), p);
        }
        bytes += plan.totalBytes;
    }
    QCOMPARE(got, expected);
    QCOMPARE(bytes, all.totalBytes);
}

void TestShard::limitAppliesPerShard_data()
{
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("folders");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("valid");
    QTest::addRow("4 x 10M in 4") << qint64(40'000'000) << 1 << qint64(4) << true;
    QTest::addRow("4 x 10M + 1 in 4") << qint64(40'000'001) << 1 << qint64(4) << false;
    QTest::addRow("2 folders x 20M in 4") << qint64(20'000'000) << 2 << qint64(4) << true;
    QTest::addRow("1e15 in 1e8") << qint64(1'000'000'000'000'000) << 1 << qint64(100'000'000) << true;
    QTest::addRow("whole 64-bit range") << std::numeric_limits<qint64>::max() << 3 << qint64(1'000'000'000) << false;
}

// Planning a shard of a huge job takes no time: no loop runs over the whole job (the test would time out).
void TestShard::limitAppliesPerShard()
{
    QFETCH(qint64, to);
    QFETCH(int, folders);
    QFETCH(qint64, count);
    QFETCH(bool, valid);
    TestDir dir;
    QStringList paths;
    for (int f = 0; f < folders; ++f)
        paths.append(dir.filePath(u"d%1"_s.arg(f)));
    JobSpec spec = shardSpec(paths, to, Shard{count, count}); // the last shard: the end of the range
    spec.from = to == std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::min() : 1;
    spec.nameTemplate = u"f-{index}.txt"_s;
    spec.contentTemplate = u"x"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid() == valid, qPrintable(plan.errors().value(0).message));
    if (!valid) {
        QCOMPARE(plan.errors().constFirst().field, u"shard"_s);
        QVERIFY2(plan.errors().constFirst().message.contains(u"use at least"_s),
                 qPrintable(plan.errors().constFirst().message));
        return;
    }
    QVERIFY(plan.fileCount() <= Quire::MaxFilesPerJob);
    QCOMPARE(plan.files.sliceBegin() + plan.fileCount(), qint64(to) * folders);
    QCOMPARE(plan.fileName(plan.fileCount() - 1), u"f-%1.txt"_s.arg(to));
}

void TestShard::emptyShardIsValid()
{
    TestDir dir;
    const Plan plan = Planner::plan(shardSpec({dir.path()}, 3, Shard{4, 4}), startTime);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.fileCount(), 0);
    QCOMPARE(plan.files.totalCount(), 3);
    QCOMPARE(Quire::describeShard(Shard{4, 4}, {plan.files.sliceBegin(), 0}, 3),
             u"shard 4/4: no files (the job has 3 file(s), fewer than its 4 slices)"_s);
}

// Shard 1's files are in the folder; shard 2 sees no conflict, shard 1 sees all of them.
void TestShard::conflictsOnlyInOwnSlice()
{
    TestDir dir;
    JobSpec spec = shardSpec({dir.path()}, 10, Shard{1, 2});
    spec.nameTemplate = u"f-{index}.txt"_s;
    QVERIFY(dir.createFiles({u"f-1.txt"_s, u"f-2.txt"_s, u"f-5.txt"_s}));
    const Plan first = Planner::plan(spec, startTime);
    QVERIFY(!first.isValid());
    QCOMPARE(first.conflictCount, 3);
    QVERIFY(dir.createFiles({u"f-6.txt"_s}));
    spec.shard = Shard{2, 2};
    const Plan second = Planner::plan(spec, startTime);
    QCOMPARE(second.conflictCount, 1);
    // A template the matcher cannot read (non-ASCII text) takes the other path: hashes of the listing.
    QVERIFY(dir.createFiles({u"é-4.txt"_s, u"é-7.txt"_s, u"é-9.txt"_s}));
    spec.nameTemplate = u"é-{index}.txt"_s;
    QCOMPARE(Planner::plan(spec, startTime).conflictCount, 2);
    spec.shard = Shard{1, 2};
    QCOMPARE(Planner::plan(spec, startTime).conflictCount, 1);
}

void TestShard::seedDerivedFromJob()
{
    JobSpec spec = shardSpec({u"/tmp/x"_s}, 100, Shard{1, 4});
    const qint64 seed = Quire::derivedSeed(spec);
    QVERIFY(seed >= 0 && seed <= Quire::MaxSeed);
    // Every shard, and every option that changes no byte, gives the same seed.
    JobSpec other = spec;
    other.shard = Shard{3, 4};
    other.parallel = 7;
    other.durable = true;
    other.ifExists = Quire::IfExists::Skip;
    QCOMPARE(Quire::derivedSeed(other), seed);
    QCOMPARE(Planner::plan(other, startTime).seed, seed);
    // A different job, a different seed; a given seed wins; an unsharded job draws one as before.
    other.to = 101;
    QVERIFY(Quire::derivedSeed(other) != seed);
    other.seed = 5;
    QCOMPARE(Planner::plan(other, startTime).seed, 5);
    // Stable across versions and machines: the hash of the canonical JSON (a change here breaks running jobs).
    QCOMPARE(seed, Quire::derivedSeed(spec));
    QCOMPARE(Quire::derivedSeed(shardSpec({u"out"_s}, 10, Shard{1, 2})), Q_INT64_C(6879953591127402));
}

void TestShard::runTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rendered"); // {date:yyyy-MM-dd}T{time:HH:mm:ss}, empty: an error
    QTest::addColumn<QString>("saved");
    QTest::addRow("UTC") << u"2026-12-07T10:00:00Z"_s << u"2026-12-07T10:00:00"_s << u"2026-12-07T10:00:00Z"_s;
    QTest::addRow("offset") << u"2026-12-07T11:30:05+01:00"_s << u"2026-12-07T11:30:05"_s
                            << u"2026-12-07T11:30:05+01:00"_s;
    QTest::addRow("milliseconds") << u"2026-12-07T10:00:00.250Z"_s << u"2026-12-07T10:00:00"_s
                                  << u"2026-12-07T10:00:00.250Z"_s;
    QTest::addRow("no seconds") << u"2026-12-07T10:00Z"_s << u"2026-12-07T10:00:00"_s << u"2026-12-07T10:00:00Z"_s;
    QTest::addRow("date only") << u"2026-12-07"_s << QString() << QString();
    QTest::addRow("words") << u"tomorrow"_s << QString() << QString();
    QTest::addRow("bad month") << u"2026-13-07T10:00:00Z"_s << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestShard::runTime()
{
    QFETCH(QString, text);
    QFETCH(QString, rendered);
    QFETCH(QString, saved);
    QString error;
    const auto time = Quire::parseRunTime(text, &error);
    QCOMPARE(time.has_value(), !rendered.isEmpty());
    if (!time) {
        QVERIFY2(error.contains(u"e.g. 2026-12-07T10:00:00Z"_s), qPrintable(error));
        return;
    }
    QCOMPARE(Quire::runTimeText(*time), saved);
    TestDir dir;
    JobSpec spec = shardSpec({dir.path()}, 2, std::nullopt);
    spec.contentTemplate = u"{date:yyyy-MM-dd}T{time:HH:mm:ss}"_s;
    spec.runTime = time;
    const Plan plan = Planner::plan(spec); // the start as planned is ignored: the run time wins
    QCOMPARE(QString::fromUtf8(plan.contentBytes(1)), rendered);
}

void TestShard::clockWarning_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("sharded");
    QTest::addColumn<bool>("runTime");
    QTest::addColumn<bool>("warned");
    QTest::addRow("date in name") << u"{date}-{index}"_s << u"x"_s << true << false << true;
    QTest::addRow("time in content") << u"{index}"_s << u"{time}"_s << true << false << true;
    QTest::addRow("with run time") << u"{index}"_s << u"{time}"_s << true << true << false;
    QTest::addRow("not sharded") << u"{index}"_s << u"{date}"_s << false << false << false;
    QTest::addRow("no clock") << u"{index}"_s << u"{n}"_s << true << false << false;
}

void TestShard::clockWarning()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(bool, sharded);
    QFETCH(bool, runTime);
    QFETCH(bool, warned);
    TestDir dir;
    JobSpec spec = shardSpec({dir.path()}, 4, sharded ? std::optional(Shard{1, 2}) : std::nullopt);
    spec.nameTemplate = name;
    spec.contentTemplate = content;
    if (runTime)
        spec.runTime = startTime;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY(plan.isValid());
    QCOMPARE(hasWarning(plan, u"run-time"_s), warned);
}

void TestShard::jsonRoundTrip()
{
    JobSpec spec = shardSpec({u"out"_s}, 10, Shard{2, 4});
    spec.runTime = Quire::parseRunTime(u"2026-12-07T11:00:00+01:00"_s, nullptr);
    const QJsonObject json = spec.toJson();
    QCOMPARE(json.value(u"shard"_s).toString(), u"2/4"_s);
    QCOMPARE(json.value(u"runTime"_s).toString(), u"2026-12-07T11:00:00+01:00"_s);
    QStringList errors;
    const auto back = JobSpec::fromJson(json, &errors);
    QVERIFY2(back, qPrintable(errors.join(u'\n')));
    QCOMPARE(*back, spec);
    QCOMPARE(back->toJson(), json);
    // Unsharded jobs write neither key.
    QVERIFY(!shardSpec({u"out"_s}, 10, std::nullopt).toJson().contains(u"shard"_s));
    QVERIFY(!shardSpec({u"out"_s}, 10, std::nullopt).toJson().contains(u"runTime"_s));
}

void TestShard::jsonBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("shard 0/4") << u"shard"_s << QJsonValue(u"0/4"_s) << u"from 1 to 4"_s;
    QTest::addRow("shard number") << u"shard"_s << QJsonValue(2) << u"must be \"K/N\""_s;
    QTest::addRow("shard a/b") << u"shard"_s << QJsonValue(u"a/b"_s) << u"is not K/N"_s;
    QTest::addRow("runTime words") << u"runTime"_s << QJsonValue(u"noon"_s) << u"ISO 8601"_s;
    QTest::addRow("runTime number") << u"runTime"_s << QJsonValue(1) << u"must be an ISO 8601"_s;
}

void TestShard::jsonBadValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject json = shardSpec({u"out"_s}, 10, std::nullopt).toJson();
    json.insert(key, value);
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(message), qPrintable(errors.constFirst()));
}

QTEST_GUILESS_MAIN(TestShard)
#include "tst_shard.moc"
