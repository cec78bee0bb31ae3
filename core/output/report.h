#pragma once

#include <QString>

namespace Quire {

struct RunRecord;

/**
 * Writes a run's per-file report from its record: CSV or JSON, chosen by the file name's suffix. Names
 * are as written (renamed copies, the exact random names); sizes are rendered again, since nothing
 * per file is kept for successes.
 */
class Report
{
public:
    /** Returns an empty string on success, else the error (with the OS's message). */
    static QString write(const RunRecord &record, const QString &path);
    static QString writeCsv(const RunRecord &record, const QString &path);
    static QString writeJson(const RunRecord &record, const QString &path);
};

} // namespace Quire
