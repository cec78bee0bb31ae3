#pragma once

#include "core/plan/plan.h"

#include <QHash>

#include <atomic>
#include <utility>

namespace Quire {

/**
 * The plan's checks for what issue 11 added to names: arithmetic placeholders ({index/1000}) and '/'
 * in the name template, which makes sub-folders below each target folder. A '/' only ever comes from
 * the template's literal text: placeholder values never hold one (PlanChecks refuses {date:yy/MM}).
 */
class NestedChecks
{
public:
    NestedChecks(Plan &plan, const std::atomic_bool *cancel);

    /** True if the name template's literal text holds a '/'. */
    static bool isNested(const Template &name);
    /** The name's segments cut at each literal '/': one list per path component. */
    static QList<QList<Template::Segment>> components(const Template &name);

    /**
     * Every arithmetic placeholder of the name and content templates, evaluated for every file: a value
     * that overflows or divides by zero is an error naming the first file. Returns false after an error.
     */
    bool checkExpressions();
    /** Smallest and largest value of an expression (by its text) over the job; after checkExpressions(). */
    [[nodiscard]] std::pair<qint64, qint64> range(const QString &expression) const;
    /** Absolute, empty, "." and ".." components of the name template; false after an error. */
    bool checkComponents();
    /** Exact check that no two files of one folder get the same name; false after an error. */
    bool checkUniqueByRendering();
    /**
     * For a nested name: lists the sub-folders of target folder f, counts those missing, finds planned
     * sub-folder names held by files, and counts planned files that already exist inside sub-folders.
     */
    void scanFolder(int f);

private:
    void error(PlanProblem::Kind kind, const QString &message, const QStringList &args = {});
    bool cancelled() const;

    Plan &m_plan;
    const std::atomic_bool *m_cancel;
    QHash<QString, std::pair<qint64, qint64>> m_ranges;
};

} // namespace Quire
