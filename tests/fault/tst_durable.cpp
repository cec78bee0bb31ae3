// Durable mode, checked on the real system calls: quire-cli --durable runs under strace, and every
// file and every folder entry the run made must have been synced before the success line is printed.
#include "faulthelpers.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace FaultTest;

namespace {

/** The sync calls strace saw before quire-cli printed its summary on stdout. */
struct SyncTrace
{
    QStringList fsynced;  ///< paths given to fsync/fdatasync
    QStringList syncfsed; ///< paths given to syncfs
    bool summarySeen = false;
};

SyncTrace parseTrace(const QString &log)
{
    static const QRegularExpression call(QStringLiteral("(fsync|fdatasync|syncfs)\\(\\d+<([^>]*)>"));
    // The summary, not "Creating folder": that line is flushed before the run, so it shows above the progress.
    static const QRegularExpression summary(QStringLiteral("write\\(1<[^>]*>, \"Wrote "));
    SyncTrace trace;
    for (const QString &line : log.split(u'\n')) {
        if (summary.match(line).hasMatch()) {
            trace.summarySeen = true;
            break;
        }
        const QRegularExpressionMatch match = call.match(line);
        if (!match.hasMatch())
            continue;
        (match.captured(1) == QLatin1String("syncfs") ? trace.syncfsed : trace.fsynced).append(match.captured(2));
    }
    return trace;
}

} // namespace

class TestDurable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncedBeforeSuccess_data();
    void syncedBeforeSuccess();

private:
    QString m_strace;
};

void TestDurable::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
    m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (m_strace.isEmpty())
        QSKIP("strace is not installed (apt-get install strace): durable mode cannot be observed");
}

void TestDurable::syncedBeforeSuccess_data()
{
    QTest::addColumn<QStringList>("folders"); // relative to the temporary root; "existing" exists
    QTest::addColumn<QString>("policy");
    QTest::addRow("existing folder") << QStringList{QStringLiteral("existing")} << QStringLiteral("skip");
    QTest::addRow("new folder") << QStringList{QStringLiteral("new")} << QStringLiteral("fail");
    QTest::addRow("new nested folders") << QStringList{QStringLiteral("a/b/c")} << QStringLiteral("fail");
    QTest::addRow("overwrite") << QStringList{QStringLiteral("existing")} << QStringLiteral("overwrite");
    QTest::addRow("two folders") << QStringList{QStringLiteral("existing"), QStringLiteral("x/y")}
                                 << QStringLiteral("rename");
}

void TestDurable::syncedBeforeSuccess()
{
    QFETCH(QStringList, folders);
    QFETCH(QString, policy);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = QDir(tmp.path()).canonicalPath();
    QVERIFY(QDir().mkpath(root + QStringLiteral("/existing")));
    QVERIFY(writeFile(root + QStringLiteral("/existing/file-01.txt"), "old\n"));
    const QString log = root + QStringLiteral("/strace.log");
    QStringList args{QStringLiteral("-f"),
                     QStringLiteral("-qq"),
                     QStringLiteral("-y"),
                     QStringLiteral("-e"),
                     QStringLiteral("trace=fsync,fdatasync,syncfs,write"),
                     QStringLiteral("-o"),
                     log,
                     cliPath()};
    for (const QString &folder : std::as_const(folders))
        args << QStringLiteral("--folder") << root + u'/' + folder;
    args << QStringLiteral("--from") << QStringLiteral("1") << QStringLiteral("--to") << QStringLiteral("20")
         << QStringLiteral("--if-exists") << policy << QStringLiteral("--durable");
    ChildSetup setup;
    setup.underPtrace = true;
    const CliResult result = runCli(args, setup, 120000, m_strace);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const SyncTrace trace = parseTrace(QString::fromUtf8(readFile(log)));
    QVERIFY2(trace.summarySeen, "no summary line on stdout in the trace");
    const QString seen =
        QStringLiteral("fsync: %1\nsyncfs: %2").arg(trace.fsynced.join(u' '), trace.syncfsed.join(u' '));

    for (const QString &folder : std::as_const(folders)) {
        const QString path = root + u'/' + folder;
        // The files: each fsynced, or the whole file system flushed with syncfs.
        const bool filesSynced =
            trace.syncfsed.contains(path) || trace.fsynced.contains(path + QStringLiteral("/file-20.txt"));
        QVERIFY2(filesSynced, qPrintable(path + QStringLiteral(": files not synced before success\n") + seen));
        // The folder's own entries, and the entry of every folder the run created in its parent.
        QVERIFY2(trace.fsynced.contains(path), qPrintable(path + QStringLiteral(" not fsynced\n") + seen));
        if (folder == QLatin1String("existing"))
            continue;
        QString parent = root; // every folder the run created is an entry in its parent
        for (const QString &part : folder.split(u'/')) {
            QVERIFY2(
                trace.fsynced.contains(parent),
                qPrintable(QStringLiteral("the new entry %1 is not durable: %2 was not fsynced\n").arg(part, parent) +
                           seen));
            parent += u'/' + part;
        }
    }
}

QTEST_GUILESS_MAIN(TestDurable)
#include "tst_durable.moc"
