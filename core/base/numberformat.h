#pragma once

#include <QLocale>
#include <QString>

namespace Quire {

/**
 * The one place numbers become text, for the CLI and the GUI alike, so one plan shows one figure in both.
 * Sizes are decimal SI (1 kB = 1000 bytes, "kB", "MB", "GB"): the units disks and file managers on Linux
 * (GNOME Files, df -H) show, and what --size means; a binary figure labelled "MB" was the GUI's 152 MB for
 * the CLI's 159 MB.
 */

/** The user's locale with thousands separators always on ("1.234.567" in German): the GUI's numbers. */
[[nodiscard]] QLocale displayLocale();
/** The C locale with thousands separators ("1,234,567"): the same bytes on every machine, for scripts. */
[[nodiscard]] QLocale scriptLocale();
/** The CLI's choice: the user's locale when stdout is a terminal, else the C locale scripts can parse. */
[[nodiscard]] QLocale cliNumberLocale(bool stdoutIsTerminal);

/** What the overloads without a locale use: scriptLocale() until set (set it at start-up, before any thread). */
[[nodiscard]] QLocale defaultNumberLocale();
void setDefaultNumberLocale(const QLocale &locale);

/** "1,234,567". */
[[nodiscard]] QString formatCount(qint64 value, const QLocale &locale);
/** "512 bytes", "999 kB", "2.5 MB", "41 MB": one decimal below 10 units, decimal SI units. */
[[nodiscard]] QString formatBytes(qint64 bytes, const QLocale &locale);
/** "8,912 files/s" (rounded to a whole file). */
[[nodiscard]] QString formatRate(double filesPerSecond, const QLocale &locale);
/** "0:10", "12:34", "1:02:03": a clock, rounded up to the second, negative as 0:00; the same in every locale. */
[[nodiscard]] QString formatDuration(qint64 ms);
/** "0.4 s" below a minute, else formatDuration(). */
[[nodiscard]] QString formatElapsed(qint64 ms, const QLocale &locale);

/** The same with defaultNumberLocale(). */
[[nodiscard]] QString formatCount(qint64 value);
[[nodiscard]] QString formatBytes(qint64 bytes);

} // namespace Quire
