#include "core/run/runresult.h"

namespace Quire {

bool RunSummary::success() const
{
    return counts.failed == 0 && notAttempted == 0 && jobErrors.isEmpty() && !cancelled;
}

} // namespace Quire
