#pragma once

#include "core/plan/plan.h"

#include <atomic>

namespace Quire {

/**
 * Validates a JobSpec and computes its Plan without touching anything on disk: it reads folder
 * listings (one listing per folder, for the conflict scan) and the content file, nothing more.
 * Reports every problem, not only the first.
 */
class Planner
{
public:
    /** cancel, if given, is polled so a GUI can abandon a stale preview of a huge range. */
    static Plan plan(const JobSpec &spec, const std::atomic_bool *cancel = nullptr);
    /** Like plan() with an explicit start time ({date}/{time}); used by tests and the runner. */
    static Plan plan(const JobSpec &spec, const QDateTime &start, const std::atomic_bool *cancel = nullptr);
    /**
     * The plan of a run that already happened (for its record: undo, resume, retry, show): the job as
     * run, its start and seed; the templates, names and sizes, but no folder checks and no conflict scan
     * (the run's own files are there now). Invalid only if the job itself is.
     */
    static Plan replan(const JobSpec &spec, const QDateTime &start);
};

} // namespace Quire
