#pragma once

#include "core/run/runresult.h"

#include <QLocale>
#include <QString>

namespace Quire {

/** The locale the app formats numbers with: the user's, always with thousands separators. */
QLocale displayLocale();

/** "0:10", "12:04", "1:02:03". */
QString formatClock(qint64 ms);
/** "0.4 s" below a minute, else like formatClock. */
QString formatElapsed(qint64 ms, const QLocale &locale);
/** "110 bytes", "41 MB". */
QString formatBytes(qint64 bytes, const QLocale &locale);

/** The progress bar's text: "12,345 / 100,000 · 8,912 files/s · 41 MB · 0:10 left". */
QString progressText(const RunProgress &progress, const QLocale &locale);
/** One line for the end of a run: "Done: 10 written, 0 skipped, 0 failed in 0.2 s (50 files/s)". */
QString summaryText(const RunSummary &summary, const QLocale &locale);

} // namespace Quire
