#include "cli/outputcheck.h"

#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>

namespace Quire {

namespace {

std::atomic_bool filesChanged{false};

} // namespace

void noteFilesChanged()
{
    filesChanged.store(true);
}

int checkOutput(QTextStream &out, QTextStream &err, int code)
{
    out.flush();
    if (out.status() == QTextStream::Ok || filesChanged.load() || code != ExitOk)
        return code;
    const QString why = out.device() ? out.device()->errorString()
                                     : QCoreApplication::translate("Quire::OutputCheck", "no output device");
    err << "quire-cli: "
        << QCoreApplication::translate("Quire::OutputCheck", "error: cannot write the output: %1").arg(why) << '\n';
    err.flush();
    return ExitSomeFailed;
}

} // namespace Quire
