#include "core/output/report.h"

#include "core/content/textencoder.h"
#include "core/run/batchrunner.h"

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
qint64 sizeOf(const BatchRunner &runner, qint64 position, FileStatus status, TextEncoder &encoder)
{
    return status == FileStatus::Written ? runner.plan().contentBytes(position, encoder).size() : 0;
}

} // namespace

QString Report::write(const BatchRunner &runner, const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? writeJson(runner, path)
                                                                       : writeCsv(runner, path);
}

QString Report::writeCsv(const BatchRunner &runner, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write report %1: %2").arg(path, file.errorString());
    QTextStream stream(&file);
    stream << "index,folder,file,status,bytes,message\n";
    const Plan &plan = runner.plan();
    TextEncoder encoder(plan.spec.encoding); // one for all rows: opening an encoder is costly
    for (qint64 p = 0; p < plan.fileCount; ++p) {
        const FileStatus status = runner.statusAt(p);
        stream << plan.indexAt(p) << ',' << csvField(plan.folders.at(plan.folderOf(p)).path) << ','
               << csvField(runner.finalNameAt(p)) << ',' << fileStatusName(status) << ','
               << sizeOf(runner, p, status, encoder) << ',' << csvField(runner.messageAt(p)) << '\n';
    }
    return finish(file, stream);
}

QString Report::writeJson(const BatchRunner &runner, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write report %1: %2").arg(path, file.errorString());
    QTextStream stream(&file);
    const RunSummary summary = runner.summary();
    const Plan &plan = runner.plan();
    TextEncoder encoder(plan.spec.encoding); // one for all rows: opening an encoder is costly
    // Streamed by hand: a QJsonArray of a million objects would need hundreds of megabytes.
    stream << "{\n  \"summary\": {\"total\": " << summary.counts.total << ", \"written\": " << summary.counts.written
           << ", \"skipped\": " << summary.counts.skipped << ", \"failed\": " << summary.counts.failed
           << ", \"notAttempted\": " << summary.notAttempted
           << ", \"cancelled\": " << (summary.cancelled ? "true" : "false")
           << ", \"elapsedMs\": " << summary.counts.elapsedMs << ", \"bytes\": " << summary.counts.bytes
           << "},\n  \"files\": [";
    for (qint64 p = 0; p < plan.fileCount; ++p) {
        const FileStatus status = runner.statusAt(p);
        stream << (p ? ",\n    " : "\n    ") << "{\"index\": " << plan.indexAt(p)
               << ", \"folder\": " << jsonString(plan.folders.at(plan.folderOf(p)).path)
               << ", \"file\": " << jsonString(runner.finalNameAt(p)) << ", \"status\": \"" << fileStatusName(status)
               << "\", \"bytes\": " << sizeOf(runner, p, status, encoder);
        const QString message = runner.messageAt(p);
        if (!message.isEmpty())
            stream << ", \"message\": " << jsonString(message);
        stream << '}';
    }
    stream << "\n  ]\n}\n";
    return finish(file, stream);
}

} // namespace Quire
