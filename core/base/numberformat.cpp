#include "core/base/numberformat.h"

#include "core/base/translations.h"

#include <QMutex>

#include <cmath>
#include <limits>

namespace Quire {

namespace {

QMutex defaultLocaleMutex;

QLocale &defaultLocaleStorage()
{
    static QLocale locale = scriptLocale();
    return locale;
}

QLocale withGroups(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QLocale displayLocale()
{
    return withGroups(QLocale());
}

QLocale scriptLocale()
{
    return withGroups(QLocale::c());
}

QLocale cliNumberLocale(bool stdoutIsTerminal)
{
    return stdoutIsTerminal ? displayLocale() : scriptLocale();
}

QLocale defaultNumberLocale()
{
    const QMutexLocker lock(&defaultLocaleMutex);
    return defaultLocaleStorage();
}

void setDefaultNumberLocale(const QLocale &locale)
{
    const QMutexLocker lock(&defaultLocaleMutex);
    defaultLocaleStorage() = withGroups(locale);
}

QString formatCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0) // never a real size; the smallest qint64 has no positive twin
        return locale.negativeSign() +
               formatBytes(bytes == std::numeric_limits<qint64>::min() ? -(bytes + 1) : -bytes, locale);
    if (bytes < 1000)
        return trCore("Quire::NumberFormat", "%n byte(s)", nullptr, int(bytes));
    static const char *const units[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 999.5 && unit < 5) { // 999,999 bytes rounds to "1.0 MB", not "1000 kB"
        value /= 1000.0;
        ++unit;
    }
    const int decimals = value < 9.95 ? 1 : 0;
    const QString number = locale.toString(value, 'f', decimals);
    //: A size: number and decimal SI unit ("2.5 MB").
    return trCore("Quire::NumberFormat", "%1 %2").arg(number, QLatin1String(units[unit]));
}

QString formatRate(double filesPerSecond, const QLocale &locale)
{
    const double rounded = std::isfinite(filesPerSecond) ? std::round(filesPerSecond) : 0.0;
    return trCore("Quire::NumberFormat", "%1 files/s").arg(locale.toString(qint64(rounded)));
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = ms <= 0 ? 0 : ms / 1000 + (ms % 1000 != 0 ? 1 : 0);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatElapsed(qint64 ms, const QLocale &locale)
{
    if (ms < 60'000)
        return trCore("Quire::NumberFormat", "%1 s")
            .arg(locale.toString(double(std::max<qint64>(ms, 0)) / 1000.0, 'f', 1));
    return formatDuration(ms);
}

QString formatCount(qint64 value)
{
    return formatCount(value, defaultNumberLocale());
}

QString formatBytes(qint64 bytes)
{
    return formatBytes(bytes, defaultNumberLocale());
}

} // namespace Quire
