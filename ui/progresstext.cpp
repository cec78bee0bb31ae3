#include "ui/progresstext.h"

#include <QStringList>

#include <cmath>

namespace Quire {

QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString formatClock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(m).arg(ss);
}

QString formatElapsed(qint64 ms, const QLocale &locale)
{
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    return formatClock(ms);
}

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    // One decimal only while the number is small ("2.5 MB", "41 MB", "899 kB").
    double value = double(bytes);
    while (value >= 1024.0)
        value /= 1024.0;
    const int precision = bytes >= 1024 && value < 10.0 ? 1 : 0;
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

QString progressText(const RunProgress &progress, const QLocale &locale)
{
    QStringList parts;
    parts << QStringLiteral("%1 / %2").arg(locale.toString(progress.done), locale.toString(progress.total));
    if (progress.filesPerSecond > 0)
        parts << QStringLiteral("%1 files/s").arg(locale.toString(std::llround(progress.filesPerSecond)));
    parts << formatBytes(progress.bytes, locale);
    if (progress.paused)
        parts << QStringLiteral("paused");
    else if (progress.etaMs >= 0)
        parts << QStringLiteral("%1 left").arg(formatClock(progress.etaMs));
    return parts.join(QStringLiteral(" · "));
}

static QString summaryHead(const RunSummary &summary)
{
    if (summary.cancelled)
        return QStringLiteral("Cancelled");
    if (summary.stoppedOnError)
        return QStringLiteral("Stopped at the first error");
    return summary.success() ? QStringLiteral("Done") : QStringLiteral("Finished with errors");
}

QString summaryText(const RunSummary &summary, const QLocale &locale)
{
    const RunProgress &c = summary.counts;
    QString text = QStringLiteral("%1: %2 written, %3 skipped, %4 failed")
                       .arg(summaryHead(summary), locale.toString(c.written), locale.toString(c.skipped),
                            locale.toString(c.failed));
    if (summary.notAttempted > 0)
        text += QStringLiteral(", %1 not attempted").arg(locale.toString(summary.notAttempted));
    const double seconds = double(c.elapsedMs) / 1000.0;
    const qint64 rate = seconds > 0 ? std::llround(double(c.done) / seconds) : 0;
    text += QStringLiteral(" in %1 (%2 files/s)").arg(formatElapsed(c.elapsedMs, locale), locale.toString(rate));
    for (const QString &error : summary.jobErrors)
        text += QLatin1Char('\n') + error;
    return text;
}

} // namespace Quire
