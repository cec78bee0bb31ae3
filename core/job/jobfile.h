#pragma once

#include "core/job/jobspec.h"

#include <QByteArray>
#include <QString>

namespace Quire {

/** Job files: the one serialisation shared by quire-cli --job/--save-job and the desktop app's File menu. */
namespace JobFile {

/** The suffix the desktop app and the file manager know job files by (MIME type application/x-quire-job). */
inline constexpr char Suffix[] = ".quire.json";

/** The bytes of a job file for spec: indented JSON, UTF-8, a trailing newline. */
QByteArray bytes(const JobSpec &spec);

/** Writes spec to path safely (a temporary file renamed over it); an error message, or empty. */
QString save(const QString &path, const JobSpec &spec);

/** What a job is called in a window title or a menu: the file's name without .quire.json or .json. */
QString displayName(const QString &path);

} // namespace JobFile

} // namespace Quire
