// Two quire-cli runs on one folder at once, through the real binary: with every policy and both write
// methods no file is half-written or lost, and each run's report is true for its own files. And the
// failed write that must not remove another run's file: strace holds one run's write and then fails it,
// while a second run replaces the file.
#include "faulthelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <array>

using namespace FaultTest;

namespace {

constexpr qint64 Count = 4000;

QString nameOf(qint64 index)
{
    return QStringLiteral("f%1.txt").arg(index, 4, 10, QLatin1Char('0'));
}

QByteArray contentOf(qint64 index)
{
    return "file " + QByteArray::number(index) + '\n';
}

QStringList writeArgs(const QString &folder, qint64 count, const QString &policy, const QStringList &extra)
{
    return QStringList{QStringLiteral("--folder"),    folder,
                       QStringLiteral("--from"),      QStringLiteral("1"),
                       QStringLiteral("--to"),        QString::number(count),
                       QStringLiteral("--name"),      QStringLiteral("f{index:0000}.txt"),
                       QStringLiteral("--content"),   QStringLiteral("file {index}{nl}"),
                       QStringLiteral("--if-exists"), policy} +
           extra;
}

/** The index a name on disk belongs to: f0007.txt and, for rename, "f0007 (2).txt"; -1 for anything else. */
qint64 indexOfName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^f(\\d{4})( \\(\\d+\\))?\\.txt$"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestConcurrent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoRunsAtOnce_data();
    void twoRunsAtOnce();
    void failedWriteLeavesAnotherRunsFile_data();
    void failedWriteLeavesAnotherRunsFile();

private:
    /** Checks one run's report against the folder; returns the first false claim, or an empty string. */
    [[nodiscard]] QString checkClaims(const QString &report, const QString &policy, QSet<QString> &created) const;

    std::unique_ptr<TestDir> m_tmp;
    QString m_folder;
};

void TestConcurrent::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestConcurrent::init()
{
    m_tmp = std::make_unique<TestDir>(fastTempBase() + QStringLiteral("/quire-concurrent-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    m_folder = m_tmp->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_folder));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp->filePath(QStringLiteral("journals"))));
}

void TestConcurrent::cleanup()
{
    m_tmp.reset();
    qunsetenv("XDG_DATA_HOME");
}

QString TestConcurrent::checkClaims(const QString &report, const QString &policy, QSet<QString> &created) const
{
    const ReportFiles rows = readReport(report);
    if (rows.size() != Count)
        return QStringLiteral("%1 lists %2 files").arg(report).arg(rows.size());
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        const ReportRow &file = row.value();
        const QString path = m_folder + u'/' + file.file;
        const bool complete = readFile(path) == contentOf(row.key());
        if (file.status == QLatin1String("created") || file.status == QLatin1String("replaced")) {
            if (!complete)
                return QStringLiteral("%1 is reported %2 but is not complete").arg(file.file, file.status);
            // O_EXCL and RENAME_NOREPLACE: only one run can have created a name (overwrite replaces).
            if (file.status == QLatin1String("created") && policy != QLatin1String("overwrite") &&
                created.contains(file.file))
                return QStringLiteral("%1 is reported created by both runs").arg(file.file);
            created.insert(file.file);
        } else if (file.status == QLatin1String("skipped") || file.status == QLatin1String("failed")) {
            // The other run's file is the reason: it must be there, complete.
            if (!complete)
                return QStringLiteral("%1 is reported %2 (%3) but no complete file is there")
                    .arg(file.file, file.status, file.message);
            if (file.status == QLatin1String("failed") && !file.message.contains(QLatin1String("appeared after")))
                return QStringLiteral("%1 failed: %2").arg(file.file, file.message);
        } else {
            return QStringLiteral("%1 is %2").arg(file.file, file.status);
        }
    }
    return {};
}

void TestConcurrent::twoRunsAtOnce_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("method");
    for (const char *policy : {"skip", "overwrite", "rename", "fail"}) {
        for (const char *method : {"direct", "atomic"})
            QTest::addRow("%s, %s", policy, method) << policy << method;
    }
}

void TestConcurrent::twoRunsAtOnce()
{
    QFETCH(QString, policy);
    QFETCH(QString, method);
    std::array<QProcess, 2> runs;
    std::array<QString, 2> reports;
    for (size_t r = 0; r < runs.size(); ++r) {
        reports[r] = m_tmp->filePath(QStringLiteral("report-%1.json").arg(r));
        prepare(runs[r], writeArgs(m_folder, Count, policy,
                                   {QStringLiteral("--write-method"), method, QStringLiteral("--report"), reports[r]}));
    }
    std::array<std::unique_ptr<QSignalSpy>, 2> finished;
    for (size_t r = 0; r < runs.size(); ++r) {
        finished[r] = std::make_unique<QSignalSpy>(&runs[r], &QProcess::finished);
        runs[r].start();
    }
    QSet<QString> created;
    QStringList perRun;
    int wrote = 0;
    for (size_t r = 0; r < runs.size(); ++r) {
        QVERIFY(finished[r]->count() > 0 || finished[r]->wait(120000));
        const CliResult result = collect(runs[r], true);
        // Fail: a run that plans after the other wrote sees a conflict and writes nothing (exit 2).
        const QList<int> allowed = policy == QLatin1String("fail") ? QList<int>{0, 1, 2} : QList<int>{0};
        QVERIFY2(allowed.contains(result.exitCode), qPrintable(result.describe()));
        if (result.exitCode == 2)
            continue;
        ++wrote;
        const qsizetype before = created.size();
        const QString lie = checkClaims(reports[r], policy, created);
        QVERIFY2(lie.isEmpty(), qPrintable(lie + u'\n' + result.describe()));
        perRun.append(
            QStringLiteral("run %1: exit %2, %3 new names").arg(r).arg(result.exitCode).arg(created.size() - before));
    }
    QVERIFY(wrote > 0);
    // Nothing lost, nothing half-written, nothing else there.
    const QStringList names = entryNames(m_folder);
    for (const QString &name : names) {
        const qint64 index = indexOfName(name);
        QVERIFY2(index >= 1 && index <= Count, qPrintable(QStringLiteral("stray entry: ") + name));
        QVERIFY2(readFile(m_folder + u'/' + name) == contentOf(index), qPrintable(name + QStringLiteral(" corrupt")));
    }
    for (qint64 i = 1; i <= Count; ++i)
        QVERIFY2(names.contains(nameOf(i)), qPrintable(nameOf(i) + QStringLiteral(" lost")));
    if (policy != QLatin1String("overwrite"))
        QCOMPARE(qsizetype(created.size()), names.size()); // every file on disk is one a run claims it created
    qInfo("%s, %s: %lld files on disk; %s", qPrintable(policy), qPrintable(method), qint64(names.size()),
          qPrintable(perRun.join(QLatin1String("; "))));
}

void TestConcurrent::failedWriteLeavesAnotherRunsFile_data()
{
    QTest::addColumn<QString>("injection"); ///< what else fails in the first run
    QTest::addColumn<QString>("message");
    QTest::addRow("another run replaced the file")
        << QString() << QStringLiteral("the name now holds another file; left it as it is");
    QTest::addRow("the removal fails") << QStringLiteral("unlinkat:error=EBUSY")
                                       << QStringLiteral("could not be removed (Device or resource busy); it is "
                                                         "still there, incomplete");
}

// The first run's write is held for 3 s and then fails; meanwhile a second run (overwrite) replaces the
// file with its own complete one. The first run must not remove that file, and must say so. And when
// removing its own incomplete file fails, it must not claim that it removed it.
void TestConcurrent::failedWriteLeavesAnotherRunsFile()
{
    QFETCH(QString, injection);
    QFETCH(QString, message);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (apt-get install strace): no write can be held and failed");
    const QString target = m_folder + u'/' + nameOf(1);
    const bool replaceMeanwhile = injection.isEmpty();
    // -P: only the calls on this file are touched (unlinkat names it relative to the folder's descriptor).
    const QString held = replaceMeanwhile ? QStringLiteral(":delay_enter=3000000") : QString();
    QStringList args{QStringLiteral("-f"), QStringLiteral("-qq"),
                     QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("-P"), target,
                     QStringLiteral("-P"), nameOf(1),
                     QStringLiteral("-e"), QStringLiteral("inject=write:error=ENOSPC") + held};
    if (!injection.isEmpty())
        args << QStringLiteral("-e") << QStringLiteral("inject=") + injection;
    const QString report = m_tmp->filePath(QStringLiteral("report.json"));
    args << cliPath()
         << writeArgs(m_folder, 1, QStringLiteral("fail"),
                      {QStringLiteral("--write-method"), QStringLiteral("direct"), QStringLiteral("--report"), report});
    QProcess first;
    ChildSetup setup;
    setup.underPtrace = true;
    prepare(first, args, setup, strace);
    QSignalSpy finished(&first, &QProcess::finished);
    first.start();
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(target); }, 20000), "the first run never created its file");
    if (replaceMeanwhile) {
        const CliResult second = runCli(writeArgs(m_folder, 1, QStringLiteral("overwrite"), {}));
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    }
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    const CliResult result = collect(first, true);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QCOMPARE(countLines(result.err, {nameOf(1), QStringLiteral("No space left on device"), message}), 1);
    QCOMPARE(readReport(report).value(1).message.contains(message), true); // the report does not claim removal
    // Nor does the journal, read back by another process.
    static const QRegularExpression runLine(QStringLiteral("^Run (\\S+) \\("), QRegularExpression::MultilineOption);
    const QString runId = runLine.match(result.out).captured(1);
    QVERIFY2(!runId.isEmpty(), qPrintable(result.describe()));
    const CliResult shown = runCli({QStringLiteral("show"), runId});
    QVERIFY2(shown.exitCode == 0 && countLines(shown.out + shown.err, {nameOf(1), message}) == 1,
             qPrintable(shown.describe()));
    if (replaceMeanwhile)
        QCOMPARE(readFile(target), contentOf(1)); // the second run's file, complete
    else
        QCOMPARE(readFile(target), QByteArray()); // ours, empty, and said so
    QCOMPARE(entryNames(m_folder), QStringList{nameOf(1)});
}

QTEST_GUILESS_MAIN(TestConcurrent)
#include "tst_concurrent.moc"
