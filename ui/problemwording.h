#pragma once

#include "core/plan/plan.h"

#include <QCoreApplication>
#include <QString>

namespace Quire {

/**
 * The window's sentence for a plan problem: it speaks of the window's controls ("Add folder…", "If a file
 * exists", "Encoding"), never of command-line flags; settings the window has no control for are named by
 * their key in the job file ("runTime"). Kinds whose core sentence names neither read as the core's.
 */
class WindowProblemWording final
{
    Q_DECLARE_TR_FUNCTIONS(Quire::WindowProblemWording)

public:
    [[nodiscard]] static QString text(const PlanProblem &problem);
    /** True for the kinds worded here rather than by the core (their sentence names a control). */
    [[nodiscard]] static bool isReworded(PlanProblem::Kind kind);

private:
    /** Empty for the kinds the core words for everyone, and for a problem made without its values. */
    [[nodiscard]] static QString reworded(PlanProblem::Kind kind, const QStringList &args);
    [[nodiscard]] static QString folderText(PlanProblem::Kind kind, const QStringList &args);
    [[nodiscard]] static QString encodingText(PlanProblem::Kind kind, const QStringList &args);
    [[nodiscard]] static QString contentText(PlanProblem::Kind kind, const QStringList &args);
    [[nodiscard]] static QString rowsText(PlanProblem::Kind kind, const QStringList &args);
};

} // namespace Quire
