#include "core/base/processsetup.h"
#include "ui/mainwindow.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    Quire::prepareProcess(); // before Qt opens its first descriptor
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quire"));
    QApplication::setOrganizationName(QStringLiteral("Quire"));
    QApplication::setOrganizationDomain(QStringLiteral("quire.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quire.Quire"));
    QApplication::setWindowIcon(Quire::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create files in bulk, in parallel."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folders"), QStringLiteral("Target folders to start with."),
                                 QStringLiteral("[FOLDER...]"));
    parser.process(app);

    Quire::MainWindow window;
    const QStringList refused = window.addTargets(parser.positionalArguments());
    for (const QString &path : refused)
        std::fprintf(stderr, "quire: not a folder, not added: %s\n", qPrintable(path));
    window.show();
    return QApplication::exec();
}
