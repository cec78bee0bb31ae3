#include "core/base/progressformat.h"

#include <QLocale>

namespace Quire {

QString formatCount(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1000)
        return QStringLiteral("%1 bytes").arg(bytes);
    static const char *const units[] = {"kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 1 : 0).arg(QLatin1String(units[unit]));
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatProgress(const RunProgress &progress)
{
    QString text = formatCount(progress.done) + QStringLiteral(" / ") + formatCount(progress.total);
    text += QStringLiteral(" · ") + formatCount(qint64(progress.filesPerSecond)) + QStringLiteral(" files/s");
    text += QStringLiteral(" · ") + formatBytes(progress.bytes);
    if (progress.paused)
        text += QStringLiteral(" · paused");
    else if (progress.etaMs >= 0 && progress.done < progress.total)
        text += QStringLiteral(" · ") + formatDuration(progress.etaMs) + QStringLiteral(" left");
    if (progress.failed > 0)
        text += QStringLiteral(" · ") + formatCount(progress.failed) + QStringLiteral(" failed");
    return text;
}

QString formatSummary(const RunSummary &summary)
{
    const RunProgress &c = summary.counts;
    QString text = QStringLiteral("Wrote %1 files (%2) in %3 s (%4 files/s); skipped %5; failed %6")
                       .arg(formatCount(c.written), formatBytes(c.bytes))
                       .arg(double(c.elapsedMs) / 1000.0, 0, 'f', 2)
                       .arg(formatCount(qint64(c.filesPerSecond)), formatCount(c.skipped), formatCount(c.failed));
    if (summary.notAttempted > 0)
        text += QStringLiteral("; not attempted %1").arg(formatCount(summary.notAttempted));
    if (summary.cancelled)
        text += QStringLiteral(" (cancelled)");
    else if (summary.stoppedOnError)
        text += QStringLiteral(" (stopped at the first error)");
    return text;
}

} // namespace Quire
