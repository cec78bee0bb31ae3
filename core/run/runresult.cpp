#include "core/run/runresult.h"

namespace Quire {

QString fileStatusName(FileStatus status)
{
    switch (status) {
    case FileStatus::Written:
        return QStringLiteral("written");
    case FileStatus::Skipped:
        return QStringLiteral("skipped");
    case FileStatus::Failed:
        return QStringLiteral("failed");
    case FileStatus::Pending:
        break;
    }
    return QStringLiteral("not attempted");
}

bool RunSummary::success() const
{
    return counts.failed == 0 && notAttempted == 0 && jobErrors.isEmpty() && !cancelled;
}

} // namespace Quire
