#pragma once

#include "core/plan/nestedchecks.h"
#include "core/plan/plan.h"

#include <atomic>
#include <dirent.h>

namespace Quire {

class NameMatcher;

/**
 * The checks of a plan that need the compiled templates: names, encodability, sizes and conflicts with
 * files already there. Names are checked from the templates' structure, not file by file: variable
 * parts ({index}, {n}, {uuid}, {random}) only ever produce ASCII letters, digits and '-'.
 */
class PlanChecks
{
public:
    PlanChecks(Plan &plan, const std::atomic_bool *cancel);

    void checkNames();
    void checkContent();
    void computeSizes();
    void scanConflicts();

private:
    void error(PlanProblem::Kind kind, const QString &field, const QString &message, const QStringList &args = {});
    void warning(PlanProblem::Kind kind, const QString &field, const QString &message);
    void checkNameTemplate(const Template &name);
    /** False after an error: the names it would make are wrong already, so nothing more is said of them. */
    bool checkPlaceholderValues();
    void checkWindowsNames(int folder);
    void checkUniqueness(const Template &name);
    qint64 maxNameBytes(const QList<Template::Segment> &segments) const;
    void checkNameLengths(const Template &name);
    void scanFolder(int folder);
    void matchListing(int f, DIR *dir, NameMatcher &matcher);
    void hashListing(FolderPlan &folder, int folderNumber, DIR *dir, const Template &name);
    bool cancelled() const;

    Plan &m_plan;
    const std::atomic_bool *m_cancel;
    NestedChecks m_nested; ///< arithmetic placeholders and '/' in names
};

/** Characters a variable placeholder renders for one file (ASCII only, so bytes = chars × width). */
qint64 variableLength(const Template::Segment &segment, qint64 index, qint64 n);

} // namespace Quire
