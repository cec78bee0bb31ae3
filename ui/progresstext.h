#pragma once

#include "core/base/numberformat.h"
#include "core/run/runresult.h"

#include <QLocale>
#include <QString>

namespace Quire {

// Numbers, sizes, rates and durations come from the core's formatter (core/base/numberformat.h), the CLI's too.

/** The progress bar's text: "12,345 / 100,000 · 8,912 files/s · 41 MB · 0:10 left". */
QString progressText(const RunProgress &progress, const QLocale &locale);
/** One line for the end of a run: "Done: 10 written, 0 skipped, 0 failed in 0.2 s (50 files/s)". */
QString summaryText(const RunSummary &summary, const QLocale &locale);

} // namespace Quire
