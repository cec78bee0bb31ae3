// Disk full for real: a 1 MiB tmpfs mounted by the test (root only), filled by quire-cli; then the
// tmpfs is enlarged and `quire-cli retry` writes exactly the files that failed. Also the overwrite
// promise: when replacing fails (disk full, file size limit) the old content is intact.
#include "core/job/jobspec.h"
#include "faulthelpers.h"

#include <QDir>
#include <QScopeGuard>
#include <QTest>

#include <sys/mount.h>

using namespace FaultTest;

namespace {

constexpr qint64 FileCount = 30;
constexpr qsizetype Padding = 100'000; // 30 files of ~100 kB never fit into 1 MiB

QString nameOf(qint64 index)
{
    return QStringLiteral("f%1.dat").arg(index, 2, 10, QLatin1Char('0'));
}

QByteArray contentOf(qint64 index)
{
    return QByteArray::number(index) + '\n' + QByteArray(Padding, 'x');
}

QByteArray oldContentOf(qint64 index)
{
    return "old content of " + QByteArray::number(index) + '\n';
}

} // namespace

class TestDiskFull final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void diskFull_data();
    void diskFull();
    void retryAfterTheDiskIsEnlarged();
    void overwriteKeepsOldContent_data();
    void overwriteKeepsOldContent();

private:
    void mountDisk();
    [[nodiscard]] QString writeContentFile() const;

    std::unique_ptr<TestDir> m_tmp;
    QString m_disk;
    bool m_mounted = false;
};

void TestDiskFull::init()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
    m_tmp = std::make_unique<TestDir>();
    QVERIFY(m_tmp->isValid());
    m_disk = m_tmp->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_disk));
    // Every quire-cli run keeps a journal: this test's, off the small disk and out of the user's history.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp->filePath(QStringLiteral("journals"))));
}

void TestDiskFull::cleanup()
{
    if (m_mounted)
        unmount(m_disk);
    m_mounted = false;
    m_tmp.reset();
}

void TestDiskFull::mountDisk()
{
    const QString why = mountTmpfs(m_disk, "size=1m,mode=0755");
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_mounted = true;
}

void TestDiskFull::retryAfterTheDiskIsEnlarged()
{
    mountDisk();
    const QStringList args = {QStringLiteral("--folder"),  m_disk,
                              QStringLiteral("--from"),    QStringLiteral("1"),
                              QStringLiteral("--to"),      QString::number(FileCount),
                              QStringLiteral("--name"),    QStringLiteral("f{index:00}.dat"),
                              QStringLiteral("--content"), QStringLiteral("{index}{nl}") + QString(Padding, u'x')};
    const CliResult full = runCli(args);
    QVERIFY2(full.exitCode == 1, qPrintable(full.describe()));
    const FolderCheck before = checkFolder(m_disk, 1, FileCount, nameOf, contentOf);
    QVERIFY2(before.exact > 0 && before.exact < FileCount && before.corrupt == 0, qPrintable(full.describe()));
    // The cause is fixed: the same file system, larger.
    QCOMPARE(::mount("tmpfs", QFile::encodeName(m_disk).constData(), "tmpfs", MS_REMOUNT, "size=8m"), 0);
    const CliResult retry = runCli({QStringLiteral("retry")});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.describe()));
    QVERIFY2(retry.out.contains(QStringLiteral("Retrying %1 failed files").arg(FileCount - before.exact)),
             qPrintable(retry.describe()));
    const FolderCheck after = checkFolder(m_disk, 1, FileCount, nameOf, contentOf);
    QCOMPARE(after.exact, FileCount);
    QCOMPARE(after.corrupt, qint64(0));
    QVERIFY2(after.strangers.isEmpty(), qPrintable(after.strangers.join(u' ')));
    // Nothing is left to retry.
    QCOMPARE(runCli({QStringLiteral("retry")}).exitCode, 2);
}

QString TestDiskFull::writeContentFile() const
{
    const QString path = m_tmp->filePath(QStringLiteral("content.txt"));
    return writeFile(path, "{index}\n" + QByteArray(Padding, 'x')) ? path : QString();
}

void TestDiskFull::diskFull_data()
{
    QTest::addColumn<bool>("useJob");
    QTest::addColumn<bool>("stopOnError");
    QTest::addRow("flags, continue after errors") << false << false;
    QTest::addRow("job file, continue after errors") << true << false;
    QTest::addRow("job file, stop at first error") << true << true;
}

void TestDiskFull::diskFull()
{
    QFETCH(bool, useJob);
    QFETCH(bool, stopOnError);
    mountDisk();
    const QString contentFile = writeContentFile();
    QStringList args;
    if (useJob) {
        Quire::JobSpec spec;
        spec.folders = {m_disk};
        spec.from = 1;
        spec.to = FileCount;
        spec.nameTemplate = QStringLiteral("f{index:00}.dat");
        spec.contentFile = contentFile;
        spec.stopOnError = stopOnError;
        const QString job = m_tmp->filePath(QStringLiteral("job.json"));
        QVERIFY(writeJob(job, spec));
        args = {QStringLiteral("--job"), job};
    } else {
        args = {QStringLiteral("--folder"),       m_disk,
                QStringLiteral("--from"),         QStringLiteral("1"),
                QStringLiteral("--to"),           QString::number(FileCount),
                QStringLiteral("--name"),         QStringLiteral("f{index:00}.dat"),
                QStringLiteral("--content-file"), contentFile};
    }
    const CliResult result = runCli(args);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(QLatin1String("No space left on device")), qPrintable(result.describe()));

    const FolderCheck check = checkFolder(m_disk, 1, FileCount, nameOf, contentOf);
    qInfo("disk full: %lld files complete, %lld corrupt, %lld stray entries", check.exact, check.corrupt,
          qint64(check.strangers.size()));
    QVERIFY2(check.corrupt == 0, qPrintable(check.corruptNames.join(u' ')));
    QVERIFY2(check.strangers.isEmpty(), qPrintable(check.strangers.join(u' ')));
    QVERIFY2(check.exact > 0 && check.exact < FileCount, qPrintable(result.describe()));
    const int reported = countLines(result.err, {QStringLiteral("No space left on device")});
    if (stopOnError) {
        // Only the files in flight when the first one failed may fail; the rest are never attempted.
        QVERIFY2(reported >= 1 && reported < FileCount - check.exact, qPrintable(result.describe()));
        return;
    }
    // Every file that is not there is listed with its reason.
    for (qint64 i = 1; i <= FileCount; ++i) {
        if (!QFileInfo::exists(m_disk + u'/' + nameOf(i)))
            QVERIFY2(countLines(result.err, {nameOf(i), QStringLiteral("No space left on device")}) >= 1,
                     qPrintable(nameOf(i) + QStringLiteral(" not reported:\n") + result.err));
    }
}

void TestDiskFull::overwriteKeepsOldContent_data()
{
    QTest::addColumn<bool>("fillDisk");
    QTest::addColumn<qint64>("fileSizeLimit");
    QTest::addColumn<QString>("reason");
    QTest::addRow("disk full") << true << qint64(0) << QStringLiteral("No space left on device");
    QTest::addRow("file size limit") << false << qint64(50'000) << QStringLiteral("File too large");
}

void TestDiskFull::overwriteKeepsOldContent()
{
    QFETCH(bool, fillDisk);
    QFETCH(qint64, fileSizeLimit);
    QFETCH(QString, reason);
    if (fillDisk)
        mountDisk();
    for (qint64 i = 1; i <= FileCount; ++i)
        QVERIFY(writeFile(m_disk + u'/' + nameOf(i), oldContentOf(i)));
    ChildSetup setup;
    if (fileSizeLimit > 0)
        setup.fileSizeLimit = rlim_t(fileSizeLimit);
    const CliResult result = runCli({QStringLiteral("--folder"), m_disk, QStringLiteral("--from"), QStringLiteral("1"),
                                     QStringLiteral("--to"), QString::number(FileCount), QStringLiteral("--name"),
                                     QStringLiteral("f{index:00}.dat"), QStringLiteral("--content-file"),
                                     writeContentFile(), QStringLiteral("--if-exists"), QStringLiteral("overwrite")},
                                    setup);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(reason), qPrintable(result.describe()));

    qint64 replaced = 0;
    qint64 intact = 0;
    for (qint64 i = 1; i <= FileCount; ++i) {
        const QByteArray bytes = readFile(m_disk + u'/' + nameOf(i));
        if (bytes == contentOf(i)) {
            ++replaced;
            continue;
        }
        // Not replaced: the old bytes must be there, untouched, and the failure reported.
        QCOMPARE(bytes, oldContentOf(i));
        ++intact;
        QVERIFY2(countLines(result.err, {nameOf(i), reason}) >= 1, qPrintable(nameOf(i) + u'\n' + result.err));
    }
    qInfo("overwrite under %s: %lld replaced, %lld old files intact", qPrintable(reason), replaced, intact);
    QVERIFY(intact > 0);
    QCOMPARE(entryNames(m_disk).size(), FileCount); // no temporaries left behind
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
