// What is at a planned name before the run, through the real quire-cli: a FIFO, a socket or a device
// (never opened, never blocks, never replaced), a hard link under overwrite (the other link keeps its
// content), and someone else's file in a sticky folder under overwrite, as the user nobody.
#include "faulthelpers.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace FaultTest;

namespace {

constexpr qint64 Count = 3;
constexpr int NoHangMs = 20000; // a blocked open would hit this; a run of 3 files takes milliseconds

QString nameOf(qint64 index)
{
    return QStringLiteral("f%1.dat").arg(index);
}

QByteArray contentOf(qint64 index)
{
    return "new " + QByteArray::number(index) + '\n';
}

QStringList writeArgs(const QString &folder, const QString &policy, const QStringList &extra)
{
    return QStringList{QStringLiteral("--folder"),    folder,
                       QStringLiteral("--from"),      QStringLiteral("1"),
                       QStringLiteral("--to"),        QString::number(Count),
                       QStringLiteral("--name"),      QStringLiteral("f{index}.dat"),
                       QStringLiteral("--content"),   QStringLiteral("new {index}{nl}"),
                       QStringLiteral("--if-exists"), policy} +
           extra;
}

/** Makes a FIFO, a socket or a character device (/dev/null's numbers) at path; the reason when it cannot. */
QString makeSpecial(const QString &kind, const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0666) == 0 ? QString() : QStringLiteral("mkfifo failed");
    if (kind == QLatin1String("char device"))
        return ::mknod(native.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0
                   ? QString()
                   : QStringLiteral("mknod of a character device failed (needs root and CAP_MKNOD): ") +
                         QString::fromLocal8Bit(::strerror(errno));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return QStringLiteral("the socket path is too long: ") + path;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    // The socket stays at its name after the descriptor is closed (nothing listens: connect would fail).
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound ? QString() : QStringLiteral("binding a socket failed");
}

mode_t typeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & S_IFMT : 0;
}

} // namespace

class TestNameKinds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void specialFileAtName_data();
    void specialFileAtName();
    void hardLinkUnderOverwrite_data();
    void hardLinkUnderOverwrite();
    void stickyFolderOtherUsersFile_data();
    void stickyFolderOtherUsersFile();
};

void TestNameKinds::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestNameKinds::init()
{
    // Every run keeps a journal: this test's own, out of the user's history.
    qputenv("XDG_DATA_HOME", QFile::encodeName(QDir::tempPath() + QStringLiteral("/quire-namekinds-journals")));
}

void TestNameKinds::cleanup()
{
    QDir(QDir::tempPath() + QStringLiteral("/quire-namekinds-journals")).removeRecursively();
    qunsetenv("XDG_DATA_HOME");
}

void TestNameKinds::specialFileAtName_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("exitCode");
    for (const char *kind : {"fifo", "socket", "char device"}) {
        for (const char *method : {"direct", "atomic"}) {
            QTest::addRow("%s, fail, %s", kind, method) << kind << "fail" << method << 2; // a plan conflict
            QTest::addRow("%s, skip, %s", kind, method) << kind << "skip" << method << 0;
            QTest::addRow("%s, rename, %s", kind, method) << kind << "rename" << method << 0;
            QTest::addRow("%s, overwrite, %s", kind, method) << kind << "overwrite" << method << 1;
        }
    }
}

void TestNameKinds::specialFileAtName()
{
    QFETCH(QString, kind);
    QFETCH(QString, policy);
    QFETCH(QString, method);
    QFETCH(int, exitCode);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString special = tmp.filePath(nameOf(2));
    const QString why = makeSpecial(kind, special);
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    const mode_t type = typeOf(special);
    const auto before = tmp.snapshot();
    const CliResult result =
        runCli(writeArgs(tmp.path(), policy, {QStringLiteral("--write-method"), method}), {}, NoHangMs);
    QVERIFY2(!result.timedOut, qPrintable(QStringLiteral("quire-cli blocked at the ") + kind));
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QCOMPARE(typeOf(special), type); // never replaced, never removed
    if (exitCode == 2) {
        QVERIFY2(result.err.contains(nameOf(2)), qPrintable(result.describe()));
        QCOMPARE(tmp.snapshot(), before);
        return;
    }
    for (qint64 i : {1, 3})
        QCOMPARE(tmp.read(nameOf(i)), contentOf(i));
    if (policy == QLatin1String("rename"))
        QCOMPARE(tmp.read(QStringLiteral("f2 (2).dat")), contentOf(2));
    if (policy == QLatin1String("overwrite")) {
        QCOMPARE(countLines(result.err, {nameOf(2), QStringLiteral("has this name"), QStringLiteral("untouched")}), 1);
        const QString named = kind == QLatin1String("fifo")     ? QStringLiteral("a FIFO")
                              : kind == QLatin1String("socket") ? QStringLiteral("a socket")
                                                                : QStringLiteral("a character device");
        QVERIFY2(result.err.contains(named), qPrintable(result.describe()));
    }
    QCOMPARE(tmp.entries().size(), policy == QLatin1String("rename") ? 4 : 3); // no temporaries left
}

void TestNameKinds::hardLinkUnderOverwrite_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addRow("direct") << QStringList{QStringLiteral("--write-method"), QStringLiteral("direct")};
    QTest::addRow("atomic") << QStringList{QStringLiteral("--write-method"), QStringLiteral("atomic")};
    QTest::addRow("durable") << QStringList{QStringLiteral("--durable")};
    QTest::addRow("direct, backup") << QStringList{QStringLiteral("--backup")};
}

// A careful user who overwrites f2.dat replaces that name; the other name of the same file is another
// file as far as they know, and must keep its content (an in-place truncate would change both).
void TestNameKinds::hardLinkUnderOverwrite()
{
    QFETCH(QStringList, options);
    TestDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(tmp.createFile(QStringLiteral("out/") + nameOf(2), "the other link's content\n"));
    QVERIFY(tmp.createDir(QStringLiteral("elsewhere")));
    const QString other = tmp.filePath(QStringLiteral("elsewhere/other"));
    QCOMPARE(::link(QFile::encodeName(tmp.filePath(QStringLiteral("out/") + nameOf(2))).constData(),
                    QFile::encodeName(other).constData()),
             0);
    const CliResult result =
        runCli(writeArgs(tmp.filePath(QStringLiteral("out")), QStringLiteral("overwrite"), options));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(readFile(other), QByteArray("the other link's content\n"));
    for (qint64 i = 1; i <= Count; ++i)
        QCOMPARE(tmp.read(QStringLiteral("out/") + nameOf(i)), contentOf(i));
    QCOMPARE(tmp.entries(QStringLiteral("out")).size(), int(Count));
}

void TestNameKinds::stickyFolderOtherUsersFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addRow("direct") << QStringList{QStringLiteral("--write-method"), QStringLiteral("direct")};
    QTest::addRow("atomic") << QStringList{QStringLiteral("--write-method"), QStringLiteral("atomic")};
    QTest::addRow("durable") << QStringList{QStringLiteral("--durable")};
}

// root's file, writable by everyone, in a sticky folder like /tmp: nobody may write into it but not
// replace it, so overwrite fails for it with the OS's reason and leaves it as it was.
void TestNameKinds::stickyFolderOtherUsersFile()
{
    QFETCH(QStringList, options);
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
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
    QCOMPARE(::chmod(QFile::encodeName(journals).constData(), 0777), 0);
    QVERIFY(writeFile(shared + u'/' + nameOf(2), "root's file\n"));
    QCOMPARE(::chmod(QFile::encodeName(shared + u'/' + nameOf(2)).constData(), 0666), 0);
    qputenv("XDG_DATA_HOME", QFile::encodeName(journals));
    ChildSetup setup;
    setup.dropToNobody = true;
    const CliResult result = runCli(writeArgs(shared, QStringLiteral("overwrite"), options), setup, 60000, program);
    QVERIFY2(result.exitCode != ChildSetupFailed, "could not switch the child to nobody:nogroup");
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QCOMPARE(countLines(result.err, {nameOf(2), QStringLiteral("Operation not permitted")}), 1);
    QCOMPARE(readFile(shared + u'/' + nameOf(2)), QByteArray("root's file\n"));
    for (qint64 i : {1, 3})
        QCOMPARE(readFile(shared + u'/' + nameOf(i)), contentOf(i));
    QCOMPARE(entryNames(shared).size(), int(Count)); // no temporary left behind
}

QTEST_GUILESS_MAIN(TestNameKinds)
#include "tst_namekinds.moc"
