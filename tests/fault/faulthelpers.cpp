#include "faulthelpers.h"

#include "core/job/jobspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace FaultTest {

namespace {

// Runs in the child between fork and exec: only async-signal-safe calls.
void applySetup(const ChildSetup &setup, uid_t nobodyUid, gid_t nogroupGid)
{
    if (setup.fileSizeLimit != RLIM_INFINITY) {
        const rlimit limit{setup.fileSizeLimit, setup.fileSizeLimit};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0 || ::signal(SIGXFSZ, SIG_IGN) == SIG_ERR)
            ::_exit(ChildSetupFailed);
    }
    if (setup.openFileLimit != 0) {
        const rlimit limit{setup.openFileLimit, setup.openFileLimit};
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            ::_exit(ChildSetupFailed);
    }
    if (setup.processLimit != 0) {
        const rlimit limit{setup.processLimit, setup.processLimit};
        if (::setrlimit(RLIMIT_NPROC, &limit) != 0)
            ::_exit(ChildSetupFailed);
    }
    for (int signal : setup.ignoredSignals) {
        if (::signal(signal, SIG_IGN) == SIG_ERR)
            ::_exit(ChildSetupFailed);
    }
    if (setup.dropToNobody) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(nogroupGid) != 0 || ::setuid(nobodyUid) != 0)
            ::_exit(ChildSetupFailed);
    }
}

} // namespace

void prepare(QProcess &process, const QStringList &args, const ChildSetup &setup, const QString &program)
{
    process.setProgram(program.isEmpty() ? cliPath() : program);
    process.setArguments(args);
    // Never a terminal: no progress line, output is what a script would read.
    process.setStandardInputFile(QProcess::nullDevice());
    // LeakSanitizer stops the world with a thread of its own: under a thread limit it cannot start.
    if (setup.underPtrace || setup.processLimit != 0) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":detect_leaks=0"));
        process.setProcessEnvironment(environment);
    }
    uid_t uid = 65534;
    gid_t gid = 65534;
    if (const passwd *pw = ::getpwnam("nobody"))
        uid = pw->pw_uid;
    if (const group *gr = ::getgrnam("nogroup"))
        gid = gr->gr_gid;
    process.setChildProcessModifier([setup, uid, gid] { applySetup(setup, uid, gid); });
}

CliResult runCli(const QStringList &args, const ChildSetup &setup, int timeoutMs, const QString &program)
{
    QProcess process;
    prepare(process, args, setup, program);
    return QuireTest::runToEnd(process, timeoutMs);
}

QString mountTmpfs(const QString &dir, const QByteArray &options)
{
    if (::geteuid() != 0)
        return QStringLiteral("mounting a tmpfs needs root (this test runs as root in CI)");
    const QByteArray path = QFile::encodeName(dir);
    if (::mount("tmpfs", path.constData(), "tmpfs", 0, options.constData()) != 0)
        return QStringLiteral("mount -t tmpfs -o %1 failed: %2")
            .arg(QString::fromLatin1(options), QString::fromLocal8Bit(::strerror(errno)));
    return {};
}

void unmount(const QString &dir)
{
    ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

bool writeJob(const QString &path, const Quire::JobSpec &spec)
{
    return writeFile(path, QJsonDocument(spec.toJson()).toJson());
}

FolderCheck checkFolder(const QString &dir, qint64 from, qint64 to, const std::function<QString(qint64)> &nameOf,
                        const std::function<QByteArray(qint64)> &contentOf)
{
    QHash<QString, qint64> finalNames;
    finalNames.reserve(to - from + 1);
    for (qint64 i = from; i <= to; ++i)
        finalNames.insert(nameOf(i), i);
    FolderCheck check;
    const QByteArray prefix = QFile::encodeName(dir) + '/';
    QByteArray buffer;
    for (const QString &name :
         QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Unsorted)) {
        const auto found = finalNames.constFind(name);
        if (found == finalNames.cend()) {
            check.strangers.append(name);
            continue;
        }
        // Plain POSIX reads: this runs over 100,000 files several times per test.
        const QByteArray expected = contentOf(found.value());
        buffer.resize(expected.size() + 1);
        const QByteArray path = prefix + QFile::encodeName(name);
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        qsizetype total = 0;
        while (fd >= 0 && total < buffer.size()) {
            const ssize_t got = ::read(fd, buffer.data() + total, size_t(buffer.size() - total));
            if (got <= 0)
                break;
            total += got;
        }
        struct stat info
        {
        };
        const bool regular = fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
        if (fd >= 0)
            ::close(fd);
        if (regular && total == expected.size() &&
            std::memcmp(buffer.constData(), expected.constData(), size_t(total)) == 0) {
            ++check.exact;
        } else {
            ++check.corrupt;
            if (check.corruptNames.size() < 10)
                check.corruptNames.append(name);
        }
    }
    std::sort(check.strangers.begin(), check.strangers.end());
    return check;
}

QString copyCliForNobody(const QString &intoDir, QString *why)
{
    const QString source = cliPath();
    if (source.isEmpty()) {
        *why = QStringLiteral("QUIRE_CLI is not set or not executable");
        return {};
    }
    const QString target = intoDir + QStringLiteral("/quire-cli");
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    // The test's own folder (intoDir's parent) is opened for others too: a fresh QTemporaryDir is 0700.
    const QString parent = QFileInfo(intoDir).absolutePath();
    if (!QDir().mkpath(intoDir) || !QFile::setPermissions(parent, QFile::permissions(parent) | open)) {
        *why = QStringLiteral("cannot make %1 reachable for the user nobody").arg(intoDir);
        return {};
    }
    if (!QFile::copy(source, target) || !QFile::setPermissions(target, open) || !QFile::setPermissions(intoDir, open)) {
        *why = QStringLiteral("cannot copy quire-cli to %1 for the user nobody").arg(intoDir);
        return {};
    }
    // Every folder above must be searchable by others, or nobody cannot reach the copy.
    for (QDir dir(intoDir); !dir.isRoot(); dir.cdUp()) {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFileDevice::ExeOther)) {
            *why = QStringLiteral("%1 is not searchable by others").arg(dir.absolutePath());
            return {};
        }
    }
    return target;
}

ReportFiles readReport(const QString &path)
{
    ReportFiles files;
    const QJsonArray rows = QJsonDocument::fromJson(readFile(path)).object().value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        files.insert(row.value(QLatin1String("index")).toInteger(),
                     ReportRow{row.value(QLatin1String("file")).toString(),
                               row.value(QLatin1String("status")).toString(),
                               row.value(QLatin1String("message")).toString()});
    }
    return files;
}

int countLines(const QString &text, const QStringList &words)
{
    int count = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        bool all = true;
        for (const QString &word : words)
            all = all && line.contains(word, Qt::CaseInsensitive);
        count += all ? 1 : 0;
    }
    return count;
}

} // namespace FaultTest
