#include "cli/progressline.h"

#include "cli/terminal.h"
#include "core/base/progressformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quire {

namespace {

constexpr int MinBarColumns = 12; // "[" + 10 + "]": narrower says nothing the percentage does not
constexpr int MaxBarColumns = 52;

// Where each field goes on the line; fields() lists them by how long they are kept.
enum Field {
    Percent,
    Failed,
    Count,
    Left,
    Rate,
    Bytes,
    Elapsed,
    FieldCount
};
constexpr Field lineOrder[] = {Percent, Count, Rate, Bytes, Elapsed, Left, Failed};
constexpr Field dropOrder[] = {Elapsed, Bytes, Rate, Left, Failed, Count};

int percentOf(const RunProgress &progress)
{
    if (progress.total <= 0)
        return 100;
    return int(std::clamp<qint64>(progress.done * 100 / progress.total, 0, 100));
}

QString joined(const QStringList &fields, const QList<bool> &kept)
{
    QStringList parts;
    for (const Field field : lineOrder) {
        if (kept.at(field) && !fields.at(field).isEmpty())
            parts.append(fields.at(field));
    }
    return parts.join(QStringLiteral("  "));
}

} // namespace

QStringList ProgressLine::fields(const RunProgress &progress)
{
    QStringList fields(FieldCount);
    fields[Percent] = tr("%1%").arg(percentOf(progress), 3);
    // done as wide as total, so the bar keeps its width while the count grows
    const QString total = formatCount(progress.total);
    fields[Count] = tr("%1/%2").arg(formatCount(progress.done), int(total.size())).arg(total);
    fields[Rate] = tr("%1 files/s").arg(formatCount(qint64(progress.filesPerSecond)));
    fields[Bytes] = formatBytes(progress.bytes);
    fields[Elapsed] = tr("%1 elapsed").arg(formatDuration(progress.elapsedMs));
    if (progress.paused)
        fields[Left] = tr("paused");
    else if (progress.etaMs >= 0 && progress.done < progress.total)
        fields[Left] = tr("%1 left").arg(formatDuration(progress.etaMs));
    if (progress.failed > 0)
        fields[Failed] = tr("%1 failed").arg(formatCount(progress.failed));
    return fields;
}

QString ProgressLine::barGraphic(const RunProgress &progress, int columns)
{
    const int inner = columns - 2;
    const int filled =
        progress.total > 0 ? int(qint64(inner) * std::min(progress.done, progress.total) / progress.total) : inner;
    QString graphic = QString(filled, QLatin1Char('='));
    if (filled < inner)
        graphic += QLatin1Char('>') + QString(inner - filled - 1, QLatin1Char(' '));
    return QLatin1Char('[') + graphic + QLatin1Char(']');
}

QString ProgressLine::bar(const RunProgress &progress, int width)
{
    const int available = width - 1;
    const QStringList texts = fields(progress);
    // A bar a third of the line wide says more than the elapsed time or the bytes: those go first to make room.
    const int wanted = std::clamp(available / 3, MinBarColumns, MaxBarColumns);
    QList<bool> kept(FieldCount, true);
    for (size_t dropped = 0;; ++dropped) {
        const QString rest = joined(texts, kept);
        // The bar goes after the percentage, with a space either side.
        const int room = available - Terminal::columns(rest) - 2;
        if (room >= wanted || (room >= MinBarColumns && dropped == std::size(dropOrder))) {
            const QString after = QStringView(rest).mid(texts.at(Percent).size()).trimmed().toString();
            QString line = texts.at(Percent) + QLatin1Char(' ') + barGraphic(progress, std::min(room, MaxBarColumns));
            return after.isEmpty() ? line : line + QLatin1Char(' ') + after;
        }
        if (dropped == std::size(dropOrder))
            break;
        kept[dropOrder[dropped]] = false;
    }
    // Too narrow for a bar: as many fields as fit.
    kept = QList<bool>(FieldCount, true);
    for (const Field drop : dropOrder) {
        if (Terminal::columns(joined(texts, kept)) <= available)
            break;
        kept[drop] = false;
    }
    return Terminal::fitted(joined(texts, kept), available);
}

QString ProgressLine::plain(const RunProgress &progress)
{
    const QStringList texts = fields(progress);
    QStringList parts;
    for (const Field field : lineOrder) {
        if (!texts.at(field).isEmpty())
            parts.append(texts.at(field).trimmed());
    }
    return tr("progress: %1").arg(parts.join(QStringLiteral(", ")));
}

QByteArray ProgressLine::json(const RunProgress &progress, State state)
{
    static const char *const stateNames[] = {"running", "finished", "cancelled"};
    QJsonObject object;
    object.insert(QStringLiteral("done"), progress.done);
    object.insert(QStringLiteral("total"), progress.total);
    object.insert(QStringLiteral("written"), progress.written);
    object.insert(QStringLiteral("skipped"), progress.skipped);
    object.insert(QStringLiteral("failed"), progress.failed);
    object.insert(QStringLiteral("bytes"), progress.bytes);
    object.insert(QStringLiteral("elapsed_ms"), progress.elapsedMs);
    object.insert(QStringLiteral("rate"), qRound64(progress.filesPerSecond * 10.0) / 10.0);
    if (state != State::Running)
        object.insert(QStringLiteral("eta_ms"), 0);
    else if (progress.etaMs >= 0)
        object.insert(QStringLiteral("eta_ms"), progress.etaMs);
    else
        object.insert(QStringLiteral("eta_ms"), QJsonValue::Null);
    object.insert(QStringLiteral("state"), QLatin1String(stateNames[int(state)]));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Quire
