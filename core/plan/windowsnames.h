#pragma once

#include <QString>
#include <QStringView>

namespace Quire {

struct Plan;

/** Names of one folder's range that Windows reserves for devices (CON, NUL.txt, com1.log, LPT9...). */
struct ReservedNames
{
    QString first;         ///< the first such name in the range, or empty
    qint64 count = 0;      ///< how many names of the range are reserved
    bool possible = false; ///< only {random} could draw one: first shows the pattern
};

/** True if Windows reserves name for a device: its part before the first dot is CON, PRN, AUX, NUL, COMn or LPTn. */
bool isWindowsReserved(QStringView name);

/**
 * Finds the reserved names among every name of one folder of a valid plan. Only names whose part
 * before the first dot has at most four characters can be reserved, so only the few files whose
 * numbers are that short are rendered: the cost does not grow with the range.
 */
ReservedNames findReservedNames(const Plan &plan, int folder);

} // namespace Quire
