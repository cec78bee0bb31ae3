#include "ui/progresstext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace Quire {

QString progressText(const RunProgress &progress, const QLocale &locale)
{
    QStringList parts;
    parts << QCoreApplication::translate("Quire::ProgressText", "%1 / %2")
                 .arg(formatCount(progress.done, locale), formatCount(progress.total, locale));
    if (progress.filesPerSecond > 0)
        parts << formatRate(progress.filesPerSecond, locale);
    parts << formatBytes(progress.bytes, locale);
    if (progress.paused)
        parts << QCoreApplication::translate("Quire::ProgressText", "paused");
    else if (progress.etaMs >= 0)
        parts << QCoreApplication::translate("Quire::ProgressText", "%1 left").arg(formatDuration(progress.etaMs));
    return parts.join(QStringLiteral(" · "));
}

static QString summaryHead(const RunSummary &summary)
{
    if (summary.cancelled)
        return QCoreApplication::translate("Quire::ProgressText", "Cancelled");
    if (summary.stoppedOnError)
        return QCoreApplication::translate("Quire::ProgressText", "Stopped at the first error");
    return summary.success() ? QCoreApplication::translate("Quire::ProgressText", "Done")
                             : QCoreApplication::translate("Quire::ProgressText", "Finished with errors");
}

QString summaryText(const RunSummary &summary, const QLocale &locale)
{
    const RunProgress &c = summary.counts;
    QString text = QCoreApplication::translate("Quire::ProgressText", "%1: %2 written, %3 skipped, %4 failed")
                       .arg(summaryHead(summary), formatCount(c.written, locale), formatCount(c.skipped, locale),
                            formatCount(c.failed, locale));
    if (summary.notAttempted > 0)
        text += QCoreApplication::translate("Quire::ProgressText", ", %1 not attempted")
                    .arg(formatCount(summary.notAttempted, locale));
    const double seconds = double(c.elapsedMs) / 1000.0;
    const double rate = seconds > 0 ? double(c.done) / seconds : 0.0;
    text += QCoreApplication::translate("Quire::ProgressText", " in %1 (%2)")
                .arg(formatElapsed(c.elapsedMs, locale), formatRate(rate, locale));
    for (const QString &error : summary.jobErrors)
        text += QLatin1Char('\n') + error;
    return text;
}

} // namespace Quire
