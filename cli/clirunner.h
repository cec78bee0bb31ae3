#pragma once

#include <QStringList>
#include <QTextStream>

namespace Quire {

/** Exit codes of quire-cli: a stable interface, documented in --help and the README. */
enum CliExit {
    ExitOk = 0,         ///< every file written (or skipped by policy)
    ExitSomeFailed = 1, ///< some files failed; each is listed on stderr with its reason
    ExitInvalidJob = 2  ///< invalid job or usage: nothing was written
};

/**
 * The whole quire-cli: parses args (args[0] is the program name), plans, runs, reports. Output goes
 * to the given streams so tests read exactly what a user sees. Needs a QCoreApplication.
 */
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Quire
