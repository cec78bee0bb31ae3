#include "cli/clirunner.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "core/base/numberformat.h"
#include "core/base/processsetup.h"
#include "core/base/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    Quire::prepareProcess(); // before Qt opens its first descriptor
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("quire-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
        Quire::installTranslations(); // the system locale's catalogue, Qt's, and English "%n file(s)" plurals
        // Grouped numbers in the user's locale on a terminal; C locale ("1,234") for scripts reading a pipe.
        Quire::setDefaultNumberLocale(Quire::cliNumberLocale(::isatty(STDOUT_FILENO) == 1));
        QTextStream out(stdout);
        QTextStream err(stderr);
        code = Quire::checkOutput(out, err, Quire::runCli(QCoreApplication::arguments(), out, err));
        err.flush();
    }
    std::fflush(nullptr);
    Quire::reraiseInterrupt(); // Ctrl+C: cancelled cleanly, now die by SIGINT so the caller stops too
    return code;
}
