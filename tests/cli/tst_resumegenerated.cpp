// Resume of runs that no other test interrupts: a shard of a job (--shard K/N) and --random-bytes. A real
// quire-cli is interrupted mid-run (SIGKILL or SIGINT), `quire-cli resume` finishes it, and the folder must
// then hold exactly what an uninterrupted run with the same seed writes, byte for byte; for a shard, exactly
// that shard's slice and nothing of the other shards.
#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace QuireTest;

namespace {

constexpr int LongRunMs = 120'000;

// Empty when both folders hold the same names with the same bytes, else the first difference.
QString compareFolders(const QString &actual, const QString &expected)
{
    const QStringList names = entryNames(actual);
    const QStringList wanted = entryNames(expected);
    if (names != wanted)
        return u"%1 holds %2 entries (first %3), %4 holds %5 (first %6)"_s.arg(actual)
            .arg(names.size())
            .arg(names.value(0), expected)
            .arg(wanted.size())
            .arg(wanted.value(0));
    for (const QString &name : names) {
        if (readFile(actual + u'/' + name) != readFile(expected + u'/' + name))
            return u"%1 differs"_s.arg(name);
    }
    return {};
}

} // namespace

class TestResumeGenerated final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resumeCompletesTheSet_data();
    void resumeCompletesTheSet();

private:
    std::unique_ptr<TestDir> m_data;
    std::unique_ptr<TestDir> m_files;
};

void TestResumeGenerated::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
}

void TestResumeGenerated::init()
{
    m_data = std::make_unique<TestDir>();
    m_files = std::make_unique<TestDir>(fastTempBase() + u"/quire-resumegen-XXXXXX"_s);
    QVERIFY(m_data->isValid() && m_files->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path())); // the journal resume reads
}

void TestResumeGenerated::cleanup()
{
    m_files.reset();
    m_data.reset();
}

void TestResumeGenerated::resumeCompletesTheSet_data()
{
    QTest::addColumn<QStringList>("args");      // the job without --folder
    QTest::addColumn<int>("signal");            // SIGKILL or SIGINT
    QTest::addColumn<qint64>("firstIndex");     // the {index} of the shard's first file
    QTest::addColumn<qint64>("files");          // files the folder holds at the end
    QTest::addColumn<QStringList>("neighbour"); // another shard written into the same folder first
    const QStringList random{u"--to"_s,           u"3000"_s,  u"--name"_s, u"r{index:00000}.bin"_s,
                             u"--random-bytes"_s, u"24KiB"_s, u"--seed"_s, u"31"_s};
    const QStringList template_{u"--to"_s,      u"30000"_s,
                                u"--name"_s,    u"s{index:00000}-{random:6}.txt"_s,
                                u"--content"_s, u"{index} of {count} {uuid}{nl}"_s};
    QTest::addRow("random bytes, kill -9") << (random + QStringList{u"--write-method"_s, u"direct"_s}) << SIGKILL
                                           << qint64(1) << qint64(3000) << QStringList();
    QTest::addRow("random bytes, atomic, SIGINT") << (random + QStringList{u"--write-method"_s, u"atomic"_s}) << SIGINT
                                                  << qint64(1) << qint64(3000) << QStringList();
    // No --seed: the shard's seed is derived from the job, so the resumed shard must derive the same one.
    QTest::addRow("shard 2/3, kill -9") << (template_ + QStringList{u"--shard"_s, u"2/3"_s}) << SIGKILL << qint64(10001)
                                        << qint64(10000) << QStringList();
    QTest::addRow("shard 3/3, SIGINT") << (template_ + QStringList{u"--shard"_s, u"3/3"_s}) << SIGINT << qint64(20001)
                                       << qint64(10000) << QStringList();
    QTest::addRow("shard 1/2 of random bytes, kill -9")
        << (random + QStringList{u"--shard"_s, u"1/2"_s}) << SIGKILL << qint64(1) << qint64(1500) << QStringList();
    // Shards sharing one folder: the other shard's files are neither conflicts nor touched by the resume.
    QTest::addRow("shard 1/2 next to a finished 2/2, kill -9")
        << (template_ + QStringList{u"--shard"_s, u"1/2"_s}) << SIGKILL << qint64(1) << qint64(30000)
        << (template_ + QStringList{u"--shard"_s, u"2/2"_s});
}

void TestResumeGenerated::resumeCompletesTheSet()
{
    QFETCH(QStringList, args);
    QFETCH(int, signal);
    QFETCH(qint64, firstIndex);
    QFETCH(qint64, files);
    QFETCH(QStringList, neighbour);
    const QString out = m_files->filePath(u"out"_s);
    // The uninterrupted run first, in the same folder (a shard without --seed derives its seed from the
    // job, folders included), then moved aside.
    const QString reference = m_files->filePath(u"reference"_s);
    const auto writeNeighbour = [&]() {
        return neighbour.isEmpty() ||
               runCli(QStringList{u"--folder"_s, out, u"--no-journal"_s} + neighbour, {}, LongRunMs).exitCode == 0;
    };
    QVERIFY(writeNeighbour());
    const CliResult whole = runCli(QStringList{u"--folder"_s, out, u"--no-journal"_s} + args, {}, LongRunMs);
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.describe()));
    QVERIFY(QDir().rename(out, reference));
    QVERIFY(writeNeighbour());

    const int delayMs = QRandomGenerator::global()->bounded(5, 60);
    const CliResult stopped = interruptCli(QStringList{u"--folder"_s, out} + args, out, delayMs, signal);
    if (stopped.exitCode == 0)
        QSKIP("the run ended before the signal: the machine is faster than this test expects");
    QVERIFY2(stopped.crashed && stopped.signal == signal, qPrintable(stopped.describe()));
    const qint64 before = entryNames(out).size();
    // The signal can come after the last file and the journal's "finished" but before the exit (seen under
    // ASan): then there is nothing to resume, and that says nothing about resuming.
    if (before == entryNames(reference).size())
        QSKIP("every file was written before the signal: the machine is faster than this test expects");
    const CliResult resumed = runCli({u"resume"_s}, {}, LongRunMs);
    QVERIFY2(resumed.exitCode == 0,
             qPrintable(resumed.describe() + u" after a signal at %1 ms, %2 entries"_s.arg(delayMs).arg(before)));
    const QString difference = compareFolders(out, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference + u" after a signal at %1 ms"_s.arg(delayMs)));
    // Exactly the slice: its count, its first and last index, and nothing of another shard.
    const QStringList names = entryNames(out);
    QCOMPARE(qint64(names.size()), files);
    const QString first = names.constFirst().mid(1, 5);
    const QString last = names.constLast().mid(1, 5);
    QCOMPARE(first.toLongLong(), firstIndex);
    QCOMPARE(last.toLongLong(), firstIndex + files - 1);
    qInfo("interrupted after %d ms with %lld entries; resumed to %lld files", delayMs, before, files);
}

QTEST_GUILESS_MAIN(TestResumeGenerated)
#include "tst_resumegenerated.moc"
