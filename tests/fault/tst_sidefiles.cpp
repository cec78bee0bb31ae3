// The files other than the job's own, through the real quire-cli: the report and the saved job are
// never written through a symlink, over a device, FIFO, socket or folder, or over a name the job
// writes, and a bad path is exit 2 before anything is written; job and content files are read only
// when regular and below the size limit, in bounded time; "-" is standard input or output.
#include "core/job/jobspec.h"
#include "faulthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace FaultTest;

namespace {

const QByteArray Precious("precious, root only\n");

QStringList jobArgs(const QString &root)
{
    return {QStringLiteral("--folder"),    root + QStringLiteral("/out"),
            QStringLiteral("--from"),      QStringLiteral("1"),
            QStringLiteral("--to"),        QStringLiteral("3"),
            QStringLiteral("--name"),      QStringLiteral("n{index}.json"),
            QStringLiteral("--content"),   QStringLiteral("x{index}{nl}"),
            QStringLiteral("--no-journal")};
}

bool makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // the socket file stays
    return bound;
}

// Builds the fixture a row names at root/side.json (or elsewhere); returns the path to give quire-cli.
QString makeFixture(const QString &root, const QString &fixture)
{
    const QString side = root + QStringLiteral("/side.json");
    const QByteArray sidePath = QFile::encodeName(side);
    if (fixture == QLatin1String("symlink"))
        return QFile::link(root + QStringLiteral("/victim.txt"), side) ? side : QString();
    if (fixture == QLatin1String("dangling symlink"))
        return QFile::link(root + QStringLiteral("/created.json"), side) ? side : QString();
    if (fixture == QLatin1String("fifo"))
        return ::mkfifo(sidePath.constData(), 0644) == 0 ? side : QString();
    if (fixture == QLatin1String("socket"))
        return makeSocket(side) ? side : QString();
    if (fixture == QLatin1String("folder"))
        return QDir().mkpath(side) ? side : QString();
    if (fixture == QLatin1String("missing folder"))
        return root + QStringLiteral("/nodir/side.json");
    if (fixture == QLatin1String("planned name"))
        return root + QStringLiteral("/out/n2.json");
    // A private copy of /dev/null: a regression must not replace the system's own.
    if (fixture == QLatin1String("device"))
        return ::mknod(sidePath.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? side : QString();
    return {};
}

} // namespace

class TestSideFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedSidePath_data();
    void refusedSidePath();
    void linkInStickyFolder();
    void unwritableFolder();
    void invalidJobNotSaved();
    void reportReplacesRegularFile();
    void standardStreams_data();
    void standardStreams();
    void boundedInput_data();
    void boundedInput();

private:
    /** Runs quire-cli in workDir, so that even a regression writing a file named "-" stays in the test's folder. */
    static CliResult run(const QString &workDir, const QStringList &args, const QString &stdinFile = {});
};

void TestSideFiles::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

CliResult TestSideFiles::run(const QString &workDir, const QStringList &args, const QString &stdinFile)
{
    QProcess process;
    prepare(process, args);
    process.setWorkingDirectory(workDir);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    return QuireTest::runToEnd(process, 30000);
}

void TestSideFiles::refusedSidePath_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("keyword");
    for (const char *option : {"--report", "--save-job"}) {
        const auto add = [option](const char *fixture, const char *keyword) {
            QTest::addRow("%s %s", option, fixture)
                << QString::fromLatin1(option) << QString::fromLatin1(fixture) << QString::fromLatin1(keyword);
        };
        add("symlink", "is a symbolic link");
        add("dangling symlink", "is a symbolic link");
        add("fifo", "is a FIFO");
        add("socket", "is a socket");
        add("device", "is a character device");
        add("folder", "is a folder");
        add("missing folder", "does not exist");
        add("planned name", "one of the files this job writes");
    }
}

// Exit 2 before the first file: the job's folder stays empty and nothing at or behind the path changes.
void TestSideFiles::refusedSidePath()
{
    QFETCH(QString, option);
    QFETCH(QString, fixture);
    QFETCH(QString, keyword);
    TestDir dir;
    const QString root = dir.path();
    QVERIFY(dir.createDir(QStringLiteral("out")) && dir.createFile(QStringLiteral("victim.txt"), Precious));
    if (fixture == QLatin1String("device") && ::geteuid() != 0)
        QSKIP("making a device node needs root (CI runs as root)");
    const QString path = makeFixture(root, fixture);
    QVERIFY2(!path.isEmpty(), "cannot build the fixture");
    const auto before = snapshot(root);
    const CliResult result = run(root, jobArgs(root) << option << path);
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(option + u' ' + path) && result.err.contains(keyword), qPrintable(result.err));
    QCOMPARE(snapshot(root), before);
    QCOMPARE(readFile(root + QStringLiteral("/victim.txt")), Precious);
}

// A link planted by another user in a shared sticky folder must not make root's report replace a root-only
// file (fs.protected_symlinks would stop an open() through it; a writer that resolves the link would not).
void TestSideFiles::linkInStickyFolder()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the link belongs to nobody and root runs quire-cli (CI runs as root)");
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    TestDir dir;
    const QString root = dir.path();
    QVERIFY(dir.createDir(QStringLiteral("out")) && dir.createDir(QStringLiteral("shared")));
    const QString secret = root + QStringLiteral("/secret");
    QVERIFY(writeFile(secret, Precious) && ::chmod(QFile::encodeName(secret).constData(), 0600) == 0);
    const QByteArray shared = QFile::encodeName(root + QStringLiteral("/shared"));
    QVERIFY(::chmod(shared.constData(), 01777) == 0);
    const QString link = root + QStringLiteral("/shared/report.json");
    QVERIFY(QFile::link(secret, link));
    QVERIFY(::lchown(QFile::encodeName(link).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
    const auto before = snapshot(root);
    const CliResult result = run(root, jobArgs(root) << QStringLiteral("--report") << link);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(QStringLiteral("is a symbolic link")), qPrintable(result.err));
    QCOMPARE(readFile(secret), Precious);
    QCOMPARE(snapshot(root), before);
}

void TestSideFiles::unwritableFolder()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run quire-cli as nobody (CI runs as root)");
    TestDir dir(fastTempBase() + QStringLiteral("/quire-side-XXXXXX"));
    const QString root = dir.path();
    QVERIFY(dir.createDir(QStringLiteral("bin")) && dir.createDir(QStringLiteral("out")) &&
            dir.createDir(QStringLiteral("locked")));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
    QString why;
    const QString cli = copyCliForNobody(root + QStringLiteral("/bin"), &why);
    if (cli.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/out")).constData(), 0777) == 0);
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/locked")).constData(), 0755) == 0);
    const auto before = snapshot(root);
    ChildSetup setup;
    setup.dropToNobody = true;
    QProcess process;
    prepare(process, jobArgs(root) << QStringLiteral("--report") << root + QStringLiteral("/locked/r.csv"), setup, cli);
    const CliResult result = QuireTest::runToEnd(process, 30000);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(QStringLiteral("not writable")), qPrintable(result.err));
    QCOMPARE(snapshot(root), before);
}

void TestSideFiles::invalidJobNotSaved()
{
    TestDir dir;
    const QString root = dir.path();
    QVERIFY(dir.createFile(QStringLiteral("out/n1.json"), "exists\n"));
    const auto before = snapshot(root);
    // n1.json exists and the policy is fail: the plan is invalid, so the job must not be saved.
    const CliResult result =
        run(root, jobArgs(root) << QStringLiteral("--save-job") << root + QStringLiteral("/job.json"));
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(QStringLiteral("n1.json")), qPrintable(result.err));
    QCOMPARE(snapshot(root), before);
}

// An existing report is replaced whole, keeping its permissions, and no temporary file stays beside it.
void TestSideFiles::reportReplacesRegularFile()
{
    TestDir dir;
    const QString root = dir.path();
    const QString report = root + QStringLiteral("/r.csv");
    QVERIFY(dir.createDir(QStringLiteral("out")) && writeFile(report, "old\n"));
    QVERIFY(::chmod(QFile::encodeName(report).constData(), 0640) == 0);
    const CliResult result = run(root, jobArgs(root) << QStringLiteral("--report") << report);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(readFile(report).startsWith("index,folder,file,status,bytes,message\n"));
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(report).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
    QCOMPARE(entryNames(root), (QStringList{QStringLiteral("out"), QStringLiteral("r.csv")}));
}

void TestSideFiles::standardStreams_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--report - (JSON)") << QStringLiteral("report json") << 0;
    QTest::newRow("--report - --report-format csv") << QStringLiteral("report csv") << 0;
    QTest::newRow("--save-job -") << QStringLiteral("save job") << 0;
    QTest::newRow("--job -") << QStringLiteral("job stdin") << 0;
    QTest::newRow("--content-file -") << QStringLiteral("content stdin") << 0;
    QTest::newRow("--report - and --save-job -") << QStringLiteral("both stdout") << 2;
    QTest::newRow("--job - and --content-file -") << QStringLiteral("both stdin") << 2;
}

namespace {

// The arguments for a row of standardStreams; writes what standard input will give to input.
QStringList streamArgs(const QString &root, const QString &mode, const QString &input)
{
    QStringList args = jobArgs(root);
    const QString dash = QStringLiteral("-");
    if (mode == QLatin1String("report json") || mode == QLatin1String("both stdout"))
        args << QStringLiteral("--report") << dash;
    if (mode == QLatin1String("report csv"))
        args << QStringLiteral("--report") << dash << QStringLiteral("--report-format") << QStringLiteral("csv");
    if (mode == QLatin1String("save job") || mode == QLatin1String("both stdout"))
        args << QStringLiteral("--save-job") << dash;
    if (mode == QLatin1String("content stdin") || mode == QLatin1String("both stdin")) {
        const qsizetype at = args.indexOf(QStringLiteral("--content"));
        args[at] = QStringLiteral("--content-file");
        args[at + 1] = dash;
        if (!writeFile(input, "from stdin {index}{nl}"))
            return {};
    }
    if (mode == QLatin1String("both stdin"))
        args << QStringLiteral("--job") << dash;
    if (mode == QLatin1String("job stdin")) {
        Quire::JobSpec spec;
        spec.folders = {root + QStringLiteral("/out")};
        spec.to = 3;
        spec.nameTemplate = QStringLiteral("n{index}.json");
        spec.contentTemplate = QStringLiteral("x{index}{nl}");
        args = QStringList{QStringLiteral("--job"), dash, QStringLiteral("--no-journal")};
        if (!writeJob(input, spec))
            return {};
    }
    return args;
}

// Standard output holds exactly the report or the job (parseable); the files are those of the job.
void checkStreamOutput(const QString &root, const QString &mode, const CliResult &result)
{
    QCOMPARE(entryNames(root + QStringLiteral("/out")).size(), 3);
    if (mode == QLatin1String("report json")) {
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total")).toInt() == 3,
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("Wrote 3 files")), qPrintable(result.err));
    } else if (mode == QLatin1String("report csv")) {
        QVERIFY2(result.out.startsWith(QStringLiteral("index,folder,file,status,bytes,message\n")),
                 qPrintable(result.out));
        QCOMPARE(result.out.count(u'\n'), 4);
    } else if (mode == QLatin1String("save job")) {
        QStringList errors;
        const auto spec = Quire::JobSpec::fromJson(QJsonDocument::fromJson(result.out.toUtf8()).object(), &errors);
        QVERIFY2(spec && spec->to == 3, qPrintable(result.out + errors.join(u'\n')));
    } else {
        const QByteArray expected = mode == QLatin1String("content stdin") ? "from stdin 2\n" : "x2\n";
        QCOMPARE(readFile(root + QStringLiteral("/out/n2.json")), expected);
    }
}
} // namespace

void TestSideFiles::standardStreams()
{
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    TestDir dir;
    const QString root = dir.path();
    QVERIFY(dir.createDir(QStringLiteral("out")));
    const QString input = root + QStringLiteral("/input");
    const QStringList args = streamArgs(root, mode, input);
    QVERIFY(!args.isEmpty());
    const auto before = snapshot(root);
    const CliResult result = run(root, args, QFile::exists(input) ? input : QString());
    QVERIFY2(!result.timedOut && result.exitCode == exitCode, qPrintable(result.describe()));
    if (exitCode == 0) {
        checkStreamOutput(root, mode, result);
        return;
    }
    QVERIFY2(result.err.contains(QStringLiteral("standard")), qPrintable(result.err));
    QCOMPARE(snapshot(root), before);
}

void TestSideFiles::boundedInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("source"); // a path, "%SPARSE%", "%FIFO%" or "stdin:PATH"
    QTest::addColumn<QString>("keyword");
    for (const char *option : {"--job", "--content-file"}) {
        const auto add = [option](const char *source, const char *keyword) {
            QTest::addRow("%s %s", option, source)
                << QString::fromLatin1(option) << QString::fromLatin1(source) << QString::fromLatin1(keyword);
        };
        add("/dev/zero", "is a character device, not a regular file");
        add("/dev/urandom", "is a character device, not a regular file");
        add("%SPARSE%", "64 MiB");
        add("%FIFO%", "is a FIFO");
        add("stdin:/dev/zero", "64 MiB");
    }
}

// A clear exit 2 in a couple of seconds, never a crash, a hang or gigabytes read.
void TestSideFiles::boundedInput()
{
    QFETCH(QString, option);
    QFETCH(QString, source);
    QFETCH(QString, keyword);
    TestDir dir;
    const QString root = dir.path();
    QVERIFY(dir.createDir(QStringLiteral("out")));
    QString path = source;
    QString stdinFile;
    if (source == QLatin1String("%SPARSE%")) {
        path = root + QStringLiteral("/sparse.txt");
        QFile sparse(path);
        QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(qint64(3) << 30)); // 3 GiB, no blocks
    } else if (source == QLatin1String("%FIFO%")) {
        path = root + QStringLiteral("/fifo");
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
    } else if (source.startsWith(QLatin1String("stdin:"))) {
        stdinFile = source.mid(6);
        path = QStringLiteral("-");
    }
    QStringList args = {option, path};
    if (option == QLatin1String("--content-file")) {
        args = jobArgs(root);
        const qsizetype at = args.indexOf(QStringLiteral("--content"));
        args[at] = option;
        args[at + 1] = path;
    }
    const CliResult result = run(root, args, stdinFile);
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(keyword), qPrintable(result.err));
    QVERIFY2(result.elapsedMs < 5000, qPrintable(result.describe()));
    // No snapshot: it would read the 3 GiB file. The run's folder is what must stay untouched.
    QVERIFY(entryNames(root + QStringLiteral("/out")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSideFiles)
#include "tst_sidefiles.moc"
