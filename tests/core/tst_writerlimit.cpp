#include "core/run/cpuload.h"
#include "core/run/writerlimit.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Quire;

namespace {

// Threads that each take turns count times, holding each for a moment; the most holding at once.
int mostAtOnce(WriterLimit &limit, int threads, int turns)
{
    std::atomic_int holding{0};
    std::atomic_int most{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = 0; i < turns; ++i) {
                const WriterTurn turn(limit);
                const int now = holding.fetch_add(1) + 1;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                holding.fetch_sub(1);
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    return most.load();
}

} // namespace

class TestWriterLimit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsWritersAtOnce_data();
    void limitsWritersAtOnce();
    void raisingTheLimitWakesWaitingWriters();
    void busyTicksFromProcStat_data();
    void busyTicksFromProcStat();
    void otherProcessesCores_data();
    void otherProcessesCores();
    void samplerReadsThisMachine();
};

void TestWriterLimit::limitsWritersAtOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("expectedMost");
    QTest::addRow("one of four") << 1 << 4 << 1;
    QTest::addRow("three of four") << 3 << 4 << 3;
    QTest::addRow("unlimited: all four") << WriterLimit::Unlimited << 4 << 4;
    QTest::addRow("zero is one") << 0 << 3 << 1;
}

void TestWriterLimit::limitsWritersAtOnce()
{
    QFETCH(int, limit);
    QFETCH(int, threads);
    QFETCH(int, expectedMost);
    WriterLimit writers;
    writers.setLimit(limit);
    const int most = mostAtOnce(writers, threads, 50);
    if (expectedMost < threads)
        QCOMPARE(most, expectedMost);
    else // all at once is likely but not certain on a loaded machine: never more than the threads
        QVERIFY2(most >= 2 && most <= threads, qPrintable(QString::number(most)));
}

// Writers waiting for a turn see a higher limit at once; none is stranded.
void TestWriterLimit::raisingTheLimitWakesWaitingWriters()
{
    WriterLimit writers;
    writers.setLimit(1);
    std::atomic_int done{0};
    auto holder = std::make_unique<WriterTurn>(writers); // the one turn there is
    std::vector<std::thread> waiting;
    for (int t = 0; t < 3; ++t) {
        waiting.emplace_back([&] {
            const WriterTurn turn(writers);
            done.fetch_add(1);
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QCOMPARE(done.load(), 0); // all three wait behind the holder
    writers.setLimit(WriterLimit::Unlimited);
    QTRY_COMPARE(done.load(), 3); // woken without the holder leaving
    holder.reset();
    for (std::thread &thread : waiting)
        thread.join();
    QCOMPARE(writers.limit(), WriterLimit::Unlimited);
}

void TestWriterLimit::busyTicksFromProcStat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); // -1: no reading
    // user nice system idle iowait irq softirq steal guest guest_nice: idle and iowait are not busy.
    QTest::addRow("a kernel's line") << QByteArray("cpu  100 2 30 5000 40 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\n")
                                     << qint64(100 + 2 + 30 + 6 + 7 + 8);
    QTest::addRow("no guest fields") << QByteArray("cpu 1 1 1 1 1 1 1 1") << qint64(6);
    QTest::addRow("a per-CPU line first") << QByteArray("cpu0 1 2 3 4 5 6 7 8\n") << qint64(-1);
    QTest::addRow("too few fields") << QByteArray("cpu 1 2 3 4\n") << qint64(-1);
    QTest::addRow("not a number") << QByteArray("cpu 1 2 x 4 5 6 7 8\n") << qint64(-1);
    QTest::addRow("negative") << QByteArray("cpu 1 2 -3 4 5 6 7 8\n") << qint64(-1);
    QTest::addRow("empty") << QByteArray() << qint64(-1);
}

void TestWriterLimit::busyTicksFromProcStat()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> busy = machineBusyTicks(text);
    QCOMPARE(busy.has_value(), expected >= 0);
    if (busy)
        QCOMPARE(*busy, expected);
}

void TestWriterLimit::otherProcessesCores_data()
{
    QTest::addColumn<qint64>("busyTicks"); // over one second, 100 ticks a second
    QTest::addColumn<qint64>("ownMs");
    QTest::addColumn<qint64>("wallMs");
    QTest::addColumn<double>("expected");
    QTest::addRow("two burners, we idle") << qint64(200) << qint64(0) << qint64(1000) << 2.0;
    QTest::addRow("we use both cores") << qint64(200) << qint64(2000) << qint64(1000) << 0.0;
    QTest::addRow("half a core of others") << qint64(150) << qint64(1000) << qint64(1000) << 0.5;
    QTest::addRow("our time counted late (tick rounding)") << qint64(100) << qint64(1010) << qint64(1000) << 0.0;
    QTest::addRow("no time passed") << qint64(100) << qint64(0) << qint64(0) << 0.0;
}

void TestWriterLimit::otherProcessesCores()
{
    QFETCH(qint64, busyTicks);
    QFETCH(qint64, ownMs);
    QFETCH(qint64, wallMs);
    QFETCH(double, expected);
    const CpuTimes before{1000, 5'000'000, 7'000'000};
    const CpuTimes after{1000 + busyTicks, 5'000'000 + ownMs * 1'000'000, 7'000'000 + wallMs * 1'000'000};
    QCOMPARE(Quire::otherProcessesCores(before, after, 100), expected);
    QCOMPARE(Quire::otherProcessesCores(after, before, 100), 0.0); // out of order
}

void TestWriterLimit::samplerReadsThisMachine()
{
#if defined(Q_OS_LINUX)
    CpuLoadSampler sampler;
    QVERIFY(!sampler.sample().has_value()); // the first reading is the starting point
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const std::optional<double> cores = sampler.sample();
    QVERIFY(cores.has_value());
    QVERIFY2(*cores >= 0.0 && *cores <= std::thread::hardware_concurrency() + 0.5, qPrintable(QString::number(*cores)));
#else
    QSKIP("/proc/stat is Linux's");
#endif
}

QTEST_GUILESS_MAIN(TestWriterLimit)
#include "tst_writerlimit.moc"
