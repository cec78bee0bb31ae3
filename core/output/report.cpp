#include "core/output/report.h"

#include "core/content/textencoder.h"
#include "core/plan/plan.h"
#include "core/run/runrecord.h"

#include <QFile>
#include <QSaveFile>
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

QString finish(QSaveFile &file, QTextStream &stream)
{
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return QStringLiteral("cannot write report %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

// Byte counts come from rendering again: nothing per file was kept for successes.
qint64 sizeOf(const RunRecord &record, qint64 position, FileStatus status, TextEncoder &encoder)
{
    return isWritten(status) ? record.plan->contentBytes(position, encoder).size() : 0;
}

} // namespace

QString Report::write(const RunRecord &record, const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? writeJson(record, path)
                                                                       : writeCsv(record, path);
}

QString Report::writeCsv(const RunRecord &record, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write report %1: %2").arg(path, file.errorString());
    QTextStream stream(&file);
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
    return finish(file, stream);
}

QString Report::writeJson(const RunRecord &record, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write report %1: %2").arg(path, file.errorString());
    QTextStream stream(&file);
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
    return finish(file, stream);
}

} // namespace Quire
