#include "core/output/report.h"

#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/plan/plan.h"
#include "core/run/runrecord.h"

#include <QTextStream>

namespace Quire {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\').append(c);
        else if (c.unicode() < 0x20)
            out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        else
            out.append(c);
    }
    out.append(u'"');
    return out;
}

// Byte counts come from rendering again: nothing per file was kept for successes.
qint64 sizeOf(const RunRecord &record, qint64 position, FileStatus status, TextEncoder &encoder)
{
    return isWritten(status) ? record.plan->contentSize(position, encoder) : 0;
}

void streamCsv(const RunRecord &record, QTextStream &stream)
{
    stream << "index,folder,file,status,bytes,message\n";
    const Plan &plan = *record.plan;
    const RunLedger &ledger = *record.ledger;
    TextEncoder encoder(plan.spec.encoding); // one for all rows: opening an encoder is costly
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        const FileStatus status = ledger.status(p);
        stream << plan.indexAt(p) << ',' << csvField(record.folderOf(p)) << ',' << csvField(record.fileName(p)) << ','
               << fileStatusName(status) << ',' << sizeOf(record, p, status, encoder) << ','
               << csvField(status == FileStatus::Failed ? ledger.message(p) : QString()) << '\n';
    }
}

void streamJson(const RunRecord &record, QTextStream &stream)
{
    const Plan &plan = *record.plan;
    const RunLedger &ledger = *record.ledger;
    const StatusCounts counts = ledger.counts();
    TextEncoder encoder(plan.spec.encoding); // one for all rows: opening an encoder is costly
    qint64 bytes = 0;
    // Streamed by hand: a QJsonArray of a million objects would need hundreds of megabytes. The
    // summary comes last, so that each file's size is rendered once.
    stream << "{\n  \"files\": [";
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        const FileStatus status = ledger.status(p);
        const qint64 size = sizeOf(record, p, status, encoder);
        bytes += size;
        stream << (p ? ",\n    " : "\n    ") << "{\"index\": " << plan.indexAt(p)
               << ", \"folder\": " << jsonString(record.folderOf(p)) << ", \"file\": " << jsonString(record.fileName(p))
               << ", \"status\": \"" << fileStatusName(status) << "\", \"bytes\": " << size;
        if (status == FileStatus::Failed)
            stream << ", \"message\": " << jsonString(ledger.message(p));
        stream << '}';
    }
    stream << "\n  ],\n  \"summary\": {\"run\": " << jsonString(record.id) << ", \"state\": \""
           << runPhaseName(record.phase) << "\", \"total\": " << plan.fileCount()
           << ", \"written\": " << counts.written() << ", \"created\": " << counts.of(FileStatus::Created)
           << ", \"replaced\": " << counts.of(FileStatus::Replaced)
           << ", \"skipped\": " << counts.of(FileStatus::Skipped) << ", \"failed\": " << counts.of(FileStatus::Failed)
           << ", \"notAttempted\": " << counts.of(FileStatus::Pending) + counts.of(FileStatus::InFlight)
           << ", \"cancelled\": " << (record.phase == RunPhase::Cancelled ? "true" : "false")
           << ", \"elapsedMs\": " << record.elapsedMs << ", \"bytes\": " << bytes << "}\n}\n";
}

} // namespace

std::optional<ReportFormat> Report::formatFromName(const QString &name)
{
    if (name.compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Csv;
    if (name.compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Json;
    return std::nullopt;
}

ReportFormat Report::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? ReportFormat::Json : ReportFormat::Csv;
}

QString Report::write(const RunRecord &record, const QString &path)
{
    return write(record, path, formatForPath(path));
}

QString Report::writeCsv(const RunRecord &record, const QString &path)
{
    return write(record, path, ReportFormat::Csv);
}

QString Report::writeJson(const RunRecord &record, const QString &path)
{
    return write(record, path, ReportFormat::Json);
}

QString Report::write(const RunRecord &record, const QString &path, ReportFormat format)
{
    SafeFileWriter writer(path, QStringLiteral("report"));
    if (QString error = writer.open(); !error.isEmpty())
        return error;
    QTextStream stream(writer.device());
    if (QString error = write(record, stream, format, path); !error.isEmpty())
        return error;
    return writer.commit();
}

QString Report::write(const RunRecord &record, QTextStream &stream, ReportFormat format, const QString &where)
{
    if (format == ReportFormat::Json)
        streamJson(record, stream);
    else
        streamCsv(record, stream);
    stream.flush();
    if (stream.status() == QTextStream::Ok)
        return {};
    const QString reason = stream.device() ? stream.device()->errorString() : trCore("Quire::Report", "write error");
    return trCore("Quire::Report", "cannot write report %1: %2").arg(where, reason);
}

} // namespace Quire
