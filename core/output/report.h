#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

namespace Quire {

struct RunRecord;

enum class ReportFormat : quint8 {
    Csv,
    Json
};

/**
 * Writes a run's per-file report from its record: CSV or JSON, chosen by the file name's suffix. Names
 * are as written (renamed copies, the exact random names); sizes are rendered again, since nothing
 * per file is kept for successes.
 */
class Report
{
public:
    /** "csv" or "json" (any case); nullopt for anything else. */
    static std::optional<ReportFormat> formatFromName(const QString &name);
    /** The format a file name's suffix asks for (.json, else CSV). */
    static ReportFormat formatForPath(const QString &path);

    /**
     * Replaces path atomically with the report (never through a symlink, never over a device, FIFO or
     * socket: see SafeFileWriter). Returns an empty string on success, else the error (with the OS's
     * message).
     */
    static QString write(const RunRecord &record, const QString &path);
    static QString write(const RunRecord &record, const QString &path, ReportFormat format);
    static QString writeCsv(const RunRecord &record, const QString &path);
    static QString writeJson(const RunRecord &record, const QString &path);
    /** Streams the report into stream (standard output, for one); the error names where when it fails. */
    static QString write(const RunRecord &record, QTextStream &stream, ReportFormat format, const QString &where);
};

} // namespace Quire
