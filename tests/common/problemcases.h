#pragma once

#include "core/plan/plan.h"

#include <QDateTime>
#include <QString>

namespace QuireTest {

/** The start every example plan is made with, so sentences with {date} are known. */
QDateTime exampleStart();

/** A readable name of each PlanProblem::Kind, for test rows; empty for a value beyond the last kind. */
QString kindName(Quire::PlanProblem::Kind kind);

/**
 * A problem of kind made by a real plan where a job makes it (its files below dir; fromPlan set), else made
 * by hand with a sentence of its own. Tests of the wordings go through every kind with it.
 */
Quire::PlanProblem exampleProblem(Quire::PlanProblem::Kind kind, const QString &dir, bool *fromPlan = nullptr);

} // namespace QuireTest
