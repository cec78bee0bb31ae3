#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Quire::runCli(QCoreApplication::arguments(), out, err);
}
