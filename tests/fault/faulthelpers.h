#pragma once

#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <sys/resource.h>

namespace Quire {
struct JobSpec;
}

namespace FaultTest {

// The shared helpers (tests/common), by the names the fault tests use.
using QuireTest::cliPath;
using QuireTest::CliResult;
using QuireTest::collect;
using QuireTest::entryNames;
using QuireTest::fastTempBase;
using QuireTest::readFile;
using QuireTest::snapshot;
using QuireTest::TestDir;
using QuireTest::writeFile;

/** What to change in a quire-cli child between fork and exec: real OS limits, no mocks. */
struct ChildSetup
{
    rlim_t fileSizeLimit = RLIM_INFINITY; ///< RLIMIT_FSIZE in bytes; SIGXFSZ is ignored when set
    rlim_t openFileLimit = 0;             ///< RLIMIT_NOFILE (soft and hard); 0 = unchanged
    bool dropToNobody = false;            ///< setgroups/setgid/setuid to nobody:nogroup
    bool underPtrace = false;             ///< run by strace: LeakSanitizer cannot work there, turn it off
    rlim_t processLimit = 0;              ///< RLIMIT_NPROC (threads of the user); 0 = unchanged; LSan off
    QList<int> ignoredSignals;            ///< set to SIG_IGN before exec, as nohup or a shell's & does
};

/** Exit code the child uses when the setup above failed (so it is never mistaken for quire-cli's). */
constexpr int ChildSetupFailed = 125;

/** Prepares a QProcess for cliPath() (or program) with the given setup. */
void prepare(QProcess &process, const QStringList &args, const ChildSetup &setup = {}, const QString &program = {});
/** Runs quire-cli to the end (waits with QSignalSpy, no sleeps). */
CliResult runCli(const QStringList &args, const ChildSetup &setup = {}, int timeoutMs = 180000,
                 const QString &program = {});

/** Mounts a tmpfs of the given size ("1m") on dir; needs root. Returns the reason on failure. */
QString mountTmpfs(const QString &dir, const QByteArray &options);
void unmount(const QString &dir);

/** Writes a job file from a spec (the CLI's --job format, produced by the core itself). */
bool writeJob(const QString &path, const Quire::JobSpec &spec);

/** The result of checking a folder against the set of final names and their exact bytes. */
struct FolderCheck
{
    qint64 exact = 0;   ///< files under a final name with exactly the expected bytes
    qint64 corrupt = 0; ///< files under a final name with other bytes (lost or partial data)
    QStringList corruptNames;
    QStringList strangers; ///< entries that are no final name (temporaries, ...)
};

/**
 * Checks every entry of dir: final names are those of indexes from..to (nameOf), each must hold
 * contentOf(index) exactly.
 */
FolderCheck checkFolder(const QString &dir, qint64 from, qint64 to, const std::function<QString(qint64)> &nameOf,
                        const std::function<QByteArray(qint64)> &contentOf);

/**
 * Copies quire-cli into intoDir (created; its parent, the test's folder, opened for others) where the user
 * nobody can execute it; returns the path, or an empty string and why.
 */
QString copyCliForNobody(const QString &intoDir, QString *why);

/** One file of a quire-cli --report FILE.json. */
struct ReportRow
{
    QString file; ///< the name the file got (rename: the numbered one)
    QString status;
    QString message; ///< failed files only
};
/** The files of a JSON report, by index; empty when it cannot be read. */
using ReportFiles = QHash<qint64, ReportRow>;
ReportFiles readReport(const QString &path);

/** Counts lines of text that contain all of the given words. */
int countLines(const QString &text, const QStringList &words);

} // namespace FaultTest
