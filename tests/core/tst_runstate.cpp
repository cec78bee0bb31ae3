// The bytes the runner's hot loop writes (WriteLoop::runChunk): ASCII templates take a path with no
// QString, everything else goes through the template engine and the encoder. Every row checks the
// exact names and bytes on disk, so both paths must agree with what the user asked for.
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "core/run/workercounters.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quire;
using namespace QuireTest;

namespace {

// Runs plan to the end with the direct method and returns the summary (a default one on a timeout).
RunSummary runToEnd(const Plan &plan)
{
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    if (!runner.start(plan, WriteMethod::Direct) || !finished.wait(60'000))
        return {};
    return finished.constFirst().constFirst().value<RunSummary>();
}

} // namespace

class TestRunState final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writtenBytes_data();
    void writtenBytes();
    void countsStayExactWithMoreWorkersThanSlots();
};

void TestRunState::initTestCase()
{
    qRegisterMetaType<RunSummary>();
}

void TestRunState::writtenBytes_data()
{
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QString>("contentTemplate");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("secondName"); // the file of index 2
    QTest::addColumn<QByteArray>("secondBytes");
    QTest::addRow("ASCII") << u"f{index:000}.txt"_s << u"In file {index}{nl}"_s << u"UTF-8"_s << false << u"f002.txt"_s
                           << QByteArray("In file 2\n");
    QTest::addRow("UTF-8 with BOM") << u"f{index}"_s << u"{n}/{index}"_s << u"UTF-8"_s << true << u"f2"_s
                                    << QByteArray("\xef\xbb\xbf"
                                                  "2/2");
    QTest::addRow("{name} from an ASCII name")
        << u"f{index}.csv"_s << u"name={name}"_s << u"UTF-8"_s << false << u"f2.csv"_s << QByteArray("name=f2.csv");
    QTest::addRow("{name} from a non-ASCII name") << u"é{index}"_s << u"{name}!"_s << u"UTF-8"_s << false << u"é2"_s
                                                  << QByteArray("\xc3\xa9"
                                                                "2!");
    QTest::addRow("Latin-1 content") << u"f{index}"_s << u"é{index}"_s << u"ISO-8859-1"_s << false << u"f2"_s
                                     << QByteArray("\xe9"
                                                   "2");
    QTest::addRow("Windows-1252 euro") << u"f{index}"_s << u"€{index}"_s << u"windows-1252"_s << false << u"f2"_s
                                       << QByteArray("\x80"
                                                     "2");
    QTest::addRow("UTF-16LE, ASCII text")
        << u"f{index}"_s << u"A{index}"_s << u"UTF-16LE"_s << true << u"f2"_s << QByteArray::fromHex("fffe41003200");
    QTest::addRow("UTF-16BE, {name}") << u"f{index}"_s << u"{name}"_s << u"UTF-16BE"_s << false << u"f2"_s
                                      << QByteArray::fromHex("00660032");
    QTest::addRow("hex and {n}") << u"{n}-{index:X4}"_s << u"{index:x}"_s << u"UTF-8"_s << false << u"2-0002"_s
                                 << QByteArray("2");
}

void TestRunState::writtenBytes()
{
    QFETCH(QString, nameTemplate);
    QFETCH(QString, contentTemplate);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, secondName);
    QFETCH(QByteArray, secondBytes);
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 3;
    spec.nameTemplate = nameTemplate;
    spec.contentTemplate = contentTemplate;
    spec.encoding = encoding;
    spec.bom = bom;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    const RunSummary summary = runToEnd(plan);
    QVERIFY(summary.success());
    QCOMPARE(summary.counts.written, qint64(3));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    QCOMPARE(dir.read(secondName), secondBytes);
}

// Every worker counts in its own slot; past WorkerCounters::Slots workers share slots. The totals must
// be exact either way: files and bytes from the summary against the plan and the disk.
void TestRunState::countsStayExactWithMoreWorkersThanSlots()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 20'000;
    spec.parallel = WorkerCounters::Slots + 36;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    const RunSummary summary = runToEnd(plan);
    QCOMPARE(summary.counts.written, qint64(20'000));
    QCOMPARE(summary.counts.bytes, plan.totalBytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 20'000);
}

QTEST_GUILESS_MAIN(TestRunState)

#include "tst_runstate.moc"
