#pragma once

#include "core/job/jobspec.h"

#include <QString>
#include <QStringList>

namespace Quire {

/**
 * The quire-cli arguments (without the program name) that run exactly this job: every template and
 * choice spelled out, so that a change of a default never changes what the command does. Templates
 * go as --option=VALUE, so a value that starts with "-" is never taken for an option.
 */
QStringList commandLineArguments(const JobSpec &spec);

/** One argument quoted for a POSIX shell: bare when it is safe, else in single quotes. */
QString shellQuote(const QString &argument);

/** "quire-cli ARG ..." quoted for a POSIX shell (bash, zsh, dash): what Edit › Copy as command line copies. */
QString shellCommandLine(const JobSpec &spec);

} // namespace Quire
