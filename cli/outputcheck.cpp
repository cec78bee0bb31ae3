#include "cli/outputcheck.h"

#include "cli/clirunner.h"

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
    const QString why = out.device() ? out.device()->errorString() : QStringLiteral("no output device");
    err << "quire-cli: error: cannot write the output: " << why << '\n';
    err.flush();
    return ExitSomeFailed;
}

} // namespace Quire
