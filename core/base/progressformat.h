#pragma once

#include "core/run/runresult.h"

#include <QString>

namespace Quire {

/** "1,234,567": digits grouped, independent of the locale. */
QString formatCount(qint64 value);
/** "41 MB", "1.2 GB", "512 bytes": decimal units, as file managers show them. */
QString formatBytes(qint64 bytes);
/** "0:10", "1:02:03". */
QString formatDuration(qint64 ms);
/** "12,345 / 100,000 · 8,912 files/s · 41 MB · 0:10 left": one line for progress bars and terminals. */
QString formatProgress(const RunProgress &progress);
/** "Wrote 10 files (110 bytes) in 0.01 s (1,000 files/s); skipped 0; failed 0". */
QString formatSummary(const RunSummary &summary);

} // namespace Quire
