#pragma once

// PlanPtr now comes with the one planner of the window (AsyncPlanner, which replaced PreviewCalculator and
// RunStarter). Kept only for the files that still include this name; include ui/asyncplanner.h instead.
#include "ui/asyncplanner.h"
