#pragma once

#include "core/plan/plan.h"

#include <QString>

namespace Quire {

/**
 * The command line's sentence for a plan problem: where the fix is a flag, it names the flag
 * ("add at least one folder (--folder DIR)"); every other kind reads as the core's own sentence.
 */
[[nodiscard]] QString cliProblemText(const PlanProblem &problem);

} // namespace Quire
