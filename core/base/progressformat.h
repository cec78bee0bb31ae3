#pragma once

#include "core/base/numberformat.h"
#include "core/run/runresult.h"

#include <QLocale>
#include <QString>

namespace Quire {

/** "12,345 / 100,000 · 8,912 files/s · 41 MB · 0:10 left": one line for progress bars and terminals. */
[[nodiscard]] QString formatProgress(const RunProgress &progress, const QLocale &locale);
/** "Wrote 10 files (110 bytes) in 0.01 s (1,000 files/s); skipped 0; failed 0". */
[[nodiscard]] QString formatSummary(const RunSummary &summary, const QLocale &locale);

/** The same with defaultNumberLocale() (the C locale unless the program chose another). */
[[nodiscard]] QString formatProgress(const RunProgress &progress);
[[nodiscard]] QString formatSummary(const RunSummary &summary);

} // namespace Quire
