#include "core/base/progressformat.h"

#include "core/base/translations.h"

namespace Quire {

QString formatProgress(const RunProgress &progress, const QLocale &locale)
{
    QString text = trCore("Quire::Progress", "%1 / %2")
                       .arg(formatCount(progress.done, locale), formatCount(progress.total, locale));
    text += QStringLiteral(" · ") + formatRate(progress.filesPerSecond, locale);
    text += QStringLiteral(" · ") + formatBytes(progress.bytes, locale);
    if (progress.paused)
        text += QStringLiteral(" · ") + trCore("Quire::Progress", "paused");
    else if (progress.etaMs >= 0 && progress.done < progress.total)
        text += QStringLiteral(" · ") + trCore("Quire::Progress", "%1 left").arg(formatDuration(progress.etaMs));
    if (progress.failed > 0)
        text +=
            QStringLiteral(" · ") + trCore("Quire::Progress", "%1 failed").arg(formatCount(progress.failed, locale));
    return text;
}

QString formatSummary(const RunSummary &summary, const QLocale &locale)
{
    const RunProgress &c = summary.counts;
    QString text = trCore("Quire::Progress", "Wrote %1 file(s) (%2) in %3 s (%4); skipped %5; failed %6", nullptr,
                          pluralCount(c.written))
                       .arg(formatCount(c.written, locale), formatBytes(c.bytes, locale),
                            locale.toString(double(c.elapsedMs) / 1000.0, 'f', 2), formatRate(c.filesPerSecond, locale),
                            formatCount(c.skipped, locale), formatCount(c.failed, locale));
    if (summary.notAttempted > 0)
        text += trCore("Quire::Progress", "; not attempted %1").arg(formatCount(summary.notAttempted, locale));
    if (summary.cancelled)
        text += trCore("Quire::Progress", " (cancelled)");
    else if (summary.stoppedOnError)
        text += trCore("Quire::Progress", " (stopped at the first error)");
    return text;
}

QString formatProgress(const RunProgress &progress)
{
    return formatProgress(progress, defaultNumberLocale());
}

QString formatSummary(const RunSummary &summary)
{
    return formatSummary(summary, defaultNumberLocale());
}

} // namespace Quire
