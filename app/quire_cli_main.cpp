#include "cli/clirunner.h"
#include "cli/interrupts.h"
#include "cli/outputcheck.h"
#include "core/base/processsetup.h"
#include "core/base/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    Quire::prepareProcess(); // before Qt opens its first descriptor
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("quire-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
        Quire::installTranslations(); // the system locale's catalogue, Qt's, and English "%n file(s)" plurals
        QTextStream out(stdout);
        QTextStream err(stderr);
        code = Quire::checkOutput(out, err, Quire::runCli(QCoreApplication::arguments(), out, err));
        err.flush();
    }
    std::fflush(nullptr);
    Quire::reraiseInterrupt(); // Ctrl+C: cancelled cleanly, now die by SIGINT so the caller stops too
    return code;
}
