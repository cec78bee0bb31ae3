#pragma once

#include "cli/clirunner.h"
#include "tests/common/cliprocess.h"

#include <QTextStream>

namespace QuireTest {

/**
 * quire-cli through the injectable-stream entry point, exactly as main() calls it, in this process. Header
 * only: tests/common does not link quire_cli; the tests that include this do.
 */
inline CliResult runInProcess(const QStringList &args)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = Quire::runCli(QStringList{QStringLiteral("quire-cli")} + args, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace QuireTest
