#include "core/base/processsetup.h"
#include "core/base/translations.h"
#include "ui/jobdocument.h"
#include "ui/mainwindow.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace {

const char helpText[] = "Usage: quire [OPTION...] [FOLDER...] [JOB.quire.json]\n"
                        "Create files in bulk, in parallel: the desktop app.\n"
                        "\n"
                        "Options:\n"
                        "  -h, --help     Show this help and exit.\n"
                        "  -V, --version  Show the version and exit.\n"
                        "\n"
                        "Arguments:\n"
                        "  FOLDER         Target folders to start with (instead of those used last time).\n"
                        "  JOB.quire.json A job file to open (as saved by File > Save job or quire-cli --save-job).\n"
                        "\n"
                        "Qt's own options (-platform, -style, -reverse, ...) are accepted as well.\n"
                        "For scripts and servers: quire-cli --help. The manual: man quire.\n";

// Qt's own options, which QApplication removes from argv later: they must not be refused here.
void addQtOptions(QCommandLineParser &parser)
{
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "style", "stylesheet",
                             "qmljsdebugger", "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display",
                             "geometry", "dialogs", "fontengine"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("VALUE"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString());
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

struct CommandLine
{
    std::optional<int> exitCode; // set when the program ends here: --help, --version, a mistake
    QStringList folders;
};

// Parsed before QApplication exists, so --help, --version and mistakes need no display.
CommandLine parseCommandLine(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")}, QString());
    parser.addOptions({help, version});
    addQtOptions(parser);
    CommandLine result;
    if (!parser.parse(args)) {
        QString error = parser.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        std::fprintf(stderr, "quire: error: %s (see quire --help)\n", qPrintable(error));
        result.exitCode = 2;
    } else if (parser.isSet(help)) {
        std::fputs(helpText, stdout);
        result.exitCode = std::fflush(stdout) == 0 ? 0 : 1;
    } else if (parser.isSet(version)) {
        std::fputs("quire " QUIRE_VERSION "\n", stdout);
        result.exitCode = std::fflush(stdout) == 0 ? 0 : 1;
    }
    result.folders = parser.positionalArguments();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    Quire::prepareProcess(); // before Qt opens its first descriptor
    const CommandLine commandLine = parseCommandLine(argc, argv);
    if (commandLine.exitCode)
        return *commandLine.exitCode;

    QApplication app(argc, argv);
    Quire::installTranslations(); // the system locale's catalogue and Qt's own (dialog buttons)
    QApplication::setApplicationName(QStringLiteral("Quire"));
    QApplication::setOrganizationName(QStringLiteral("Quire"));
    QApplication::setOrganizationDomain(QStringLiteral("quire.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    QApplication::setDesktopFileName(Quire::appId());
    QApplication::setWindowIcon(Quire::appIcon());

    Quire::MainWindow window;
    // A file on the command line is a job to open (a file manager's "Open With"), the rest are folders.
    QStringList folders;
    QStringList jobs;
    for (const QString &path : commandLine.folders)
        (QFileInfo(path).isFile() ? jobs : folders) << path;
    if (jobs.size() > 1)
        std::fprintf(stderr, "quire: one job at a time: opening %s only\n", qPrintable(jobs.constFirst()));
    if (!jobs.isEmpty()) {
        // Started from a terminal or a file manager: a job that cannot be read is said where it was asked.
        QObject::connect(window.document(), &Quire::JobDocument::opened, &window,
                         [](const QString &path, const QStringList &errors) {
                             if (!errors.isEmpty())
                                 std::fprintf(stderr, "quire: cannot open the job %s: %s\n", qPrintable(path),
                                              qPrintable(errors.join(QStringLiteral("; "))));
                         });
        window.document()->open(jobs.constFirst());
    }
    const QStringList refused = window.addTargets(folders);
    for (const QString &path : refused)
        std::fprintf(stderr, "quire: not a folder, not added: %s\n", qPrintable(path));
    window.show();
    return QApplication::exec();
}
