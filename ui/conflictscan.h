#pragma once

#include "core/plan/plan.h"

#include <atomic>
#include <vector>

namespace Quire {

/**
 * The positions of a plan's files whose names exist already, in order: what the preview's "Conflicts
 * only" list shows. The plan counts them per folder but keeps no list, so this looks again, off the
 * GUI thread, the way the planner's scan does: one pass over each folder's listing, each name matched
 * to its planned file (NameMatcher) for the usual templates; for the others every planned name is
 * looked up in a hash of the listing and a hit confirmed with lstat; names with sub-folders are looked
 * up one by one. Only folders where the plan found conflicts are read. 8 bytes a conflict.
 */
std::vector<qint64> findConflicts(const Plan &plan, const std::atomic_bool &cancel);

} // namespace Quire
