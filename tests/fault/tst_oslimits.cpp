// Real per-process limits and permissions on a quire-cli child: RLIMIT_FSIZE (EFBIG with SIGXFSZ
// ignored), RLIMIT_NOFILE with many parallel writes, and an unprivileged user against read-only folders.
#include "faulthelpers.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace FaultTest;

namespace {

QStringList baseArgs(const QString &folder, qint64 to, const QString &name)
{
    return {QStringLiteral("--folder"), folder,
            QStringLiteral("--from"),   QStringLiteral("1"),
            QStringLiteral("--to"),     QString::number(to),
            QStringLiteral("--name"),   name};
}

QString smallName(qint64 index)
{
    return QStringLiteral("n%1.txt").arg(index, 5, 10, QLatin1Char('0'));
}

QByteArray smallContent(qint64 index)
{
    return "In file " + QByteArray::number(index) + '\n';
}

} // namespace

class TestOsLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileSizeLimit_data();
    void fileSizeLimit();
    void tooManyOpenFiles_data();
    void tooManyOpenFiles();
    void permissionDenied_data();
    void permissionDenied();
    void retryAsUnprivilegedUser();
};

void TestOsLimits::init()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestOsLimits::fileSizeLimit_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("default method") << QStringList();
    QTest::addRow("durable") << QStringList{QStringLiteral("--durable")};
    QTest::addRow("one job") << QStringList{QStringLiteral("--jobs"), QStringLiteral("1")};
}

void TestOsLimits::fileSizeLimit()
{
    QFETCH(QStringList, extra);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QString contentFile = tmp.filePath(QStringLiteral("content.txt"));
    QVERIFY(writeFile(contentFile, "{index}\n" + QByteArray(200'000, 'y')));
    ChildSetup setup;
    setup.fileSizeLimit = 64 * 1024;
    const CliResult result = runCli(baseArgs(out, 8, QStringLiteral("big{index}.dat")) +
                                        QStringList{QStringLiteral("--content-file"), contentFile} + extra,
                                    setup);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    for (int i = 1; i <= 8; ++i) {
        const QString name = QStringLiteral("big%1.dat").arg(i);
        QVERIFY2(countLines(result.err, {name, QStringLiteral("File too large")}) >= 1, qPrintable(result.err));
    }
    // No partial file (the limit would have cut each one at 64 KiB) and no temporary left.
    QVERIFY2(entryNames(out).isEmpty(), qPrintable(entryNames(out).join(u' ')));
}

void TestOsLimits::tooManyOpenFiles_data()
{
    QTest::addColumn<int>("limit");
    // 64 worker threads need one descriptor each for their event dispatcher before any file is opened.
    QTest::addRow("16 descriptors") << 16;
    QTest::addRow("48 descriptors") << 48;
    QTest::addRow("79 descriptors") << 79;
}

void TestOsLimits::tooManyOpenFiles()
{
    QFETCH(int, limit);
    TestDir tmp(fastTempBase() + QStringLiteral("/quire-nofile-XXXXXX"));
    QVERIFY(tmp.isValid());
    constexpr qint64 Count = 3000;
    ChildSetup setup;
    setup.openFileLimit = rlim_t(limit);
    const CliResult result = runCli(baseArgs(tmp.path(), Count, QStringLiteral("n{index:00000}.txt")) +
                                        QStringList{QStringLiteral("--content"), QStringLiteral("In file {index}{nl}"),
                                                    QStringLiteral("--jobs"), QStringLiteral("64")},
                                    setup);
    QVERIFY2(result.exitCode != ChildSetupFailed, "could not lower RLIMIT_NOFILE in the child");
    const FolderCheck check = checkFolder(tmp.path(), 1, Count, smallName, smallContent);
    const int emfile = countLines(result.err, {QStringLiteral("Too many open files")});
    qInfo("RLIMIT_NOFILE=%d, 64 jobs: %lld of %lld written, %d EMFILE failures", limit, check.exact, Count, emfile);
    QVERIFY2(check.corrupt == 0 && check.strangers.isEmpty(), qPrintable(check.strangers.join(u' ')));
    QVERIFY2(!result.crashed, qPrintable(QStringLiteral("quire-cli aborted: ") + result.describe()));
    // The run must degrade (wait for a descriptor, retry), not fail files because of the limit.
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(check.exact, Count);
}

void TestOsLimits::permissionDenied_data()
{
    QTest::addColumn<QString>("target"); // relative to the shared folder
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("folder mode 0555") << QStringLiteral("ro") << QStringList();
    QTest::addRow("folder mode 0555, overwrite")
        << QStringLiteral("ro") << QStringList{QStringLiteral("--if-exists"), QStringLiteral("overwrite")};
    QTest::addRow("folder mode 0555, rename")
        << QStringLiteral("ro") << QStringList{QStringLiteral("--if-exists"), QStringLiteral("rename")};
    QTest::addRow("missing folder below 0555") << QStringLiteral("ro/new/deeper") << QStringList();
    QTest::addRow("folder owned by root, mode 0755") << QStringLiteral("rootonly") << QStringList();
}

void TestOsLimits::permissionDenied()
{
    QFETCH(QString, target);
    QFETCH(QStringList, extra);
    if (::geteuid() != 0)
        QSKIP("running quire-cli as the user nobody needs root");
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const auto rx = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                    QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(tmp.path(), rx | QFileDevice::WriteOwner));
    QString why;
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("bin"))));
    const QString program = copyCliForNobody(tmp.filePath(QStringLiteral("bin")), &why);
    if (program.isEmpty())
        QSKIP(qPrintable(why));
    const QString shared = tmp.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared + QStringLiteral("/ro")) && QDir().mkpath(shared + QStringLiteral("/rootonly")));
    QVERIFY(writeFile(shared + QStringLiteral("/ro/n00001.txt"), "someone's file\n"));
    QVERIFY(QFile::setPermissions(shared + QStringLiteral("/ro"), rx));
    QVERIFY(QFile::setPermissions(shared + QStringLiteral("/rootonly"), rx | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(shared, rx | QFileDevice::WriteOwner));
    const auto before = snapshot(shared);

    ChildSetup setup;
    setup.dropToNobody = true;
    const CliResult result = runCli(baseArgs(shared + u'/' + target, 5, QStringLiteral("n{index:00000}.txt")) +
                                        QStringList{QStringLiteral("--content"), QStringLiteral("x{nl}")} + extra,
                                    setup, 60000, program);
    QVERIFY2(result.exitCode != ChildSetupFailed, "could not switch the child to nobody:nogroup");
    QVERIFY2(result.exitCode == 1 || result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(QLatin1String("Permission denied")), qPrintable(result.describe()));
    QVERIFY2(result.err.contains(target.section(u'/', 0, 0)), qPrintable(result.describe()));
    QCOMPARE(snapshot(shared), before);
}

// As nobody, overwrite files in a shared sticky folder: nobody may not replace root's files there, so
// those fail with the OS's reason and keep their content; once they are handed to nobody, retry
// replaces exactly them.
void TestOsLimits::retryAsUnprivilegedUser()
{
    if (::geteuid() != 0)
        QSKIP("running quire-cli as the user nobody needs root");
    TestDir tmp;
    QVERIFY(tmp.isValid());
    QString why;
    const QString program = copyCliForNobody(tmp.filePath(QStringLiteral("bin")), &why);
    if (program.isEmpty())
        QSKIP(qPrintable(why));
    const QString shared = tmp.filePath(QStringLiteral("shared"));
    const QString journals = tmp.filePath(QStringLiteral("journals"));
    QVERIFY(QDir().mkpath(shared) && QDir().mkpath(journals));
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0); // like /tmp
    QCOMPARE(::chmod(QFile::encodeName(journals).constData(), 0777), 0);
    for (int i : {2, 4})
        QVERIFY(writeFile(shared + u'/' + smallName(i), "root's file\n"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(journals));
    const auto unsetJournals = qScopeGuard([] { qunsetenv("XDG_DATA_HOME"); });
    ChildSetup setup;
    setup.dropToNobody = true;
    const QStringList args = baseArgs(shared, 5, QStringLiteral("n{index:00000}.txt")) +
                             QStringList{QStringLiteral("--content"), QStringLiteral("x{nl}"),
                                         QStringLiteral("--if-exists"), QStringLiteral("overwrite")};
    const CliResult run = runCli(args, setup, 60000, program);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(countLines(run.err, {QStringLiteral("Operation not permitted")}), 2);
    QCOMPARE(readFile(shared + u'/' + smallName(2)), QByteArray("root's file\n"));
    QCOMPARE(readFile(shared + u'/' + smallName(3)), QByteArray("x\n"));
    for (int i : {2, 4}) // the cause is removed: the files are nobody's now
        QCOMPARE(::chown(QFile::encodeName(shared + u'/' + smallName(i)).constData(), 65534, 65534), 0);
    const CliResult retry = runCli({QStringLiteral("retry")}, setup, 60000, program);
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.describe()));
    QVERIFY2(retry.out.contains(QStringLiteral("Retrying 2 failed files")), qPrintable(retry.describe()));
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(readFile(shared + u'/' + smallName(i)), QByteArray("x\n"));
    QCOMPARE(entryNames(shared).size(), 5);
}

QTEST_GUILESS_MAIN(TestOsLimits)
#include "tst_oslimits.moc"
