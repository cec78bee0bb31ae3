#pragma once

#include <QString>

namespace Quire {

class BatchRunner;

/** Writes a run's per-file report: CSV or JSON, chosen by the file name's suffix. */
class Report
{
public:
    /** Returns an empty string on success, else the error (with the OS's message). */
    static QString write(const BatchRunner &runner, const QString &path);
    static QString writeCsv(const BatchRunner &runner, const QString &path);
    static QString writeJson(const BatchRunner &runner, const QString &path);
};

} // namespace Quire
