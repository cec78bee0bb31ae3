// Cancel at random points (core API) and kill -9 at random points of a 100,000-file quire-cli run:
// with the atomic method every file under a final name is complete and byte-exact; with the direct
// method the only incomplete files are the ones the run's journal says were in flight; and
// `quire-cli resume` completes the set byte for byte. Heavy file traffic goes to /dev/shm when it is there.
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "faulthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace FaultTest;

namespace {

constexpr qint64 KillFiles = 100'000;
constexpr qint64 CancelFiles = 20'000;

QString nameOf(qint64 index)
{
    return QStringLiteral("k%1.txt").arg(index, 6, 10, QLatin1Char('0'));
}

QByteArray contentOf(qint64 index)
{
    // Two lines and a number in each, so a cut anywhere shows.
    return "file " + QByteArray::number(index) + "\nend of file " + QByteArray::number(index) + '\n';
}

QStringList killArgs(const QString &folder, const QString &policy)
{
    return {QStringLiteral("--folder"),    folder,
            QStringLiteral("--from"),      QStringLiteral("1"),
            QStringLiteral("--to"),        QString::number(KillFiles),
            QStringLiteral("--name"),      QStringLiteral("k{index:000000}.txt"),
            QStringLiteral("--content"),   QStringLiteral("file {index}{nl}end of file {index}{nl}"),
            QStringLiteral("--if-exists"), policy,
            QStringLiteral("--quiet")};
}

// The newest run of quire-cli history --json (an empty object if there is none).
QJsonObject lastRun()
{
    const CliResult history = runCli({QStringLiteral("history"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(history.out.toUtf8()).array().first().toObject();
}

// The names of the files the journal of the newest run says were being written when it stopped.
QStringList inFlightNames()
{
    const CliResult show = runCli({QStringLiteral("show"), QStringLiteral("last"), QStringLiteral("--files"),
                                   QStringLiteral("incomplete"), QStringLiteral("--json")});
    QStringList names;
    for (const QJsonValue &file : QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"fileList").toArray()) {
        if (file.toObject().value(u"status").toString() == u"in flight")
            names.append(QFileInfo(file.toObject().value(u"path").toString()).fileName());
    }
    return names;
}

} // namespace

class TestKillCancel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cancelAtRandomPoints_data();
    void cancelAtRandomPoints();
    void killAtRandomPoints_data();
    void killAtRandomPoints();

private:
    QTemporaryDir m_journals; ///< XDG_DATA_HOME of every quire-cli this test runs
    quint32 m_seed = 0;
    qint64 m_fullRunMs = -1;
    qint64 m_checkedAfterCancel = 0;
    qint64 m_checkedAfterKill = 0;
    qint64 m_checkedAfterRerun = 0;
    int m_kills = 0;
    qint64 m_incompleteInFlight = 0;
    qint64 m_corrupt = 0;
    qint64 m_leftovers = 0;
};

void TestKillCancel::initTestCase()
{
    m_seed = qEnvironmentVariableIsSet("QUIRE_FAULT_SEED") ? quint32(qEnvironmentVariableIntValue("QUIRE_FAULT_SEED"))
                                                           : QRandomGenerator::system()->generate();
    qInfo("random timings from seed %u (set QUIRE_FAULT_SEED to repeat)", m_seed);
    qRegisterMetaType<Quire::RunSummary>();
    QVERIFY(m_journals.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_journals.path()));
}

void TestKillCancel::cleanupTestCase()
{
    qInfo("FIGURES: %lld files checked after cancels, %lld after %d kills, %lld after resumes; %lld incomplete "
          "after a direct kill (each one in flight in the journal), %lld lost or corrupted, %lld temporaries left",
          m_checkedAfterCancel, m_checkedAfterKill, m_kills, m_checkedAfterRerun, m_incompleteInFlight, m_corrupt,
          m_leftovers);
}

void TestKillCancel::cancelAtRandomPoints_data()
{
    QTest::addColumn<int>("round");
    for (int round = 0; round < 6; ++round)
        QTest::addRow("round %d", round) << round;
}

void TestKillCancel::cancelAtRandomPoints()
{
    QFETCH(int, round);
    TestDir tmp(fastTempBase() + QStringLiteral("/quire-cancel-XXXXXX"));
    QVERIFY(tmp.isValid());
    Quire::JobSpec spec;
    spec.folders = {tmp.path()};
    spec.from = 1;
    spec.to = CancelFiles;
    spec.nameTemplate = QStringLiteral("k{index:000000}.txt");
    spec.contentTemplate = QStringLiteral("file {index}{nl}end of file {index}{nl}");
    const Quire::Plan plan = Quire::Planner::plan(spec);
    QVERIFY(plan.isValid());

    // Round 0 cancels before the event loop runs at all, the others after 1..150 ms.
    QRandomGenerator random(m_seed + quint32(round));
    const int delay = round == 0 ? 0 : random.bounded(1, 150);
    const auto method = round % 2 ? Quire::WriteMethod::Direct : Quire::WriteMethod::Atomic;
    Quire::BatchRunner runner;
    QSignalSpy finished(&runner, &Quire::BatchRunner::finished);
    QVERIFY(runner.start(plan, method));
    if (delay == 0)
        runner.cancel();
    else
        QTimer::singleShot(delay, &runner, &Quire::BatchRunner::cancel);
    QVERIFY(finished.wait(60000));

    const Quire::RunSummary summary = runner.summary();
    const FolderCheck check = checkFolder(tmp.path(), 1, CancelFiles, nameOf, contentOf);
    qInfo("cancel after %d ms (%s): %lld written, %lld not attempted, cancelled=%d", delay,
          method == Quire::WriteMethod::Direct ? "direct" : "atomic", summary.counts.written, summary.notAttempted,
          summary.cancelled);
    m_checkedAfterCancel += check.exact + check.corrupt;
    m_corrupt += check.corrupt;
    m_leftovers += check.strangers.size();
    QVERIFY2(check.corrupt == 0, qPrintable(check.corruptNames.join(u' ')));
    QVERIFY2(check.strangers.isEmpty(), qPrintable(check.strangers.mid(0, 10).join(u' ')));
    // The summary says exactly what exists.
    QCOMPARE(check.exact, summary.counts.written);
    QCOMPARE(summary.counts.failed, qint64(0));
    QCOMPARE(summary.counts.written + summary.notAttempted, CancelFiles);
    QVERIFY(summary.cancelled || summary.counts.written == CancelFiles);
    for (qint64 pos = 0; pos < CancelFiles; ++pos) {
        const bool exists = QFileInfo::exists(tmp.path() + u'/' + nameOf(pos + 1));
        QCOMPARE(runner.record()->ledger->status(pos) == Quire::FileStatus::Created, exists);
    }
}

void TestKillCancel::killAtRandomPoints_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<QString>("method");
    for (int round = 0; round < 6; ++round) {
        const char *method = round % 3 == 0 ? "durable" : round % 3 == 1 ? "atomic" : "direct";
        QTest::addRow("round %d, %s", round, method) << round << QString::fromLatin1(method);
    }
}

void TestKillCancel::killAtRandomPoints()
{
    QFETCH(int, round);
    QFETCH(QString, method);
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
    if (m_fullRunMs < 0) { // measure one complete run so the kills land inside a run
        TestDir full(fastTempBase() + QStringLiteral("/quire-kill-XXXXXX"));
        QVERIFY(full.isValid());
        const CliResult result = runCli(killArgs(full.path(), QStringLiteral("fail")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        m_fullRunMs = result.elapsedMs;
        qInfo("a complete run of %lld files takes %lld ms", KillFiles, m_fullRunMs);
    }
    std::unique_ptr<TestDir> tmp;
    QRandomGenerator random(m_seed + 100 + quint32(round));
    // A kill somewhere in the first 60% of a typical run; if the run was faster this time, try earlier.
    int delay = int(random.bounded(qMax<qint64>(m_fullRunMs / 20, 1), qMax<qint64>(m_fullRunMs * 6 / 10, 2)));
    bool killed = false;
    int killedAfter = -1;
    for (int attempt = 0; attempt < 4 && !killed; ++attempt, delay /= 2) {
        tmp = std::make_unique<TestDir>(fastTempBase() + QStringLiteral("/quire-kill-XXXXXX"));
        QVERIFY(tmp->isValid());
        QProcess process;
        // Durable runs are always atomic (and synced at the end); direct ones may leave the files in flight
        // incomplete, and the journal must name them.
        const QStringList extra = method == u"durable" ? QStringList{QStringLiteral("--durable")}
                                                       : QStringList{QStringLiteral("--write-method"), method};
        prepare(process, killArgs(tmp->path(), QStringLiteral("fail")) + extra);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QVERIFY(process.waitForStarted(30000));
        QTimer::singleShot(delay, &process, &QProcess::kill); // SIGKILL
        QVERIFY(finished.wait(120000));
        killed = process.exitStatus() == QProcess::CrashExit;
        killedAfter = delay;
    }
    if (!killed)
        QSKIP("quire-cli finished before every kill: the machine is faster than the measured run");
    ++m_kills;

    const FolderCheck check = checkFolder(tmp->path(), 1, KillFiles, nameOf, contentOf);
    m_checkedAfterKill += check.exact + check.corrupt;
    m_leftovers += check.strangers.size();
    const QJsonObject run = lastRun();
    qInfo("kill -9 after %d ms (%s): %lld complete files, %lld incomplete, %lld temporaries left; journal: %s",
          killedAfter, qPrintable(method), check.exact, check.corrupt, qint64(check.strangers.size()),
          qPrintable(run.value(u"state").toString()));
    QCOMPARE(run.value(u"phase").toString(), QStringLiteral("interrupted"));
    // The journal knows every complete file, and names every file that may be incomplete.
    QVERIFY(run.value(u"written").toInteger() <= check.exact);
    if (method == u"direct") {
        const QStringList inFlight = inFlightNames();
        QCOMPARE(qint64(inFlight.size()), run.value(u"inFlight").toInteger());
        for (const QString &name : check.corruptNames)
            QVERIFY2(inFlight.contains(QFileInfo(name).fileName()), qPrintable(name + u" was not in flight"_qs));
        m_incompleteInFlight += check.corrupt;
    } else {
        m_corrupt += check.corrupt;
        QVERIFY2(check.corrupt == 0, qPrintable(check.corruptNames.join(u' ')));
    }
    // Only hidden named temporaries may survive a kill; anything else is a stray file.
    for (const QString &name : check.strangers)
        QVERIFY2(name.startsWith(u'.'), qPrintable(name));

    const CliResult resume = runCli({QStringLiteral("resume"), QStringLiteral("--quiet")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.describe()));
    const FolderCheck after = checkFolder(tmp->path(), 1, KillFiles, nameOf, contentOf);
    m_checkedAfterRerun += after.exact + after.corrupt;
    m_corrupt += after.corrupt;
    QCOMPARE(after.corrupt, qint64(0));
    QCOMPARE(after.exact, KillFiles);
    QCOMPARE(after.strangers, check.strangers); // resume adds nothing but the missing files
    QCOMPARE(lastRun().value(u"phase").toString(), QStringLiteral("finished"));
}

QTEST_GUILESS_MAIN(TestKillCancel)
#include "tst_killcancel.moc"
