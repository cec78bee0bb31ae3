#pragma once

#include "core/plan/plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace Quire {

/**
 * Every file of a plan as a table (index, path, size, status), virtual: rowCount() is the plan's file
 * count (up to 10,000,000, a shard's slice too) and nothing is built per row. data() renders only the
 * rows a view asks for (the plan's names and sizes on demand), keeping the last few thousand in a
 * small cache.
 *
 * What a row finds on disk is never looked up on the GUI thread. The plan counts the existing names
 * per folder but keeps no set of them, so the rows a view shows in folders with conflicts are checked
 * off the GUI thread (batched lstat on a pool of one thread) and updated with dataChanged; until then
 * their status reads "checking…". Folders the plan found free are "new" at once, without a look.
 * Sizes that need the content template rendered (Template mode with a large template) are computed in
 * the same job; every other mode's size is the plan's fixed file size.
 */
class PlanListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanListModel)

public:
    enum Column {
        IndexColumn,
        PathColumn,
        SizeColumn,
        StatusColumn,
        ColumnCount
    };
    /** What is at a planned name now, as far as the model knows. */
    enum class Found : quint8 {
        Unknown, ///< not checked yet
        Nothing,
        File,   ///< a file, a link or anything that is not a folder
        Folder, ///< a folder: never replaced
        Blocked ///< a file where a sub-folder of the name should be
    };
    static constexpr int FoundRole = Qt::UserRole + 1;    ///< Found, as int
    static constexpr int ConflictRole = Qt::UserRole + 2; ///< bool: something is at the name
    static constexpr int ValueRole = Qt::UserRole + 3;    ///< the raw value: index, path, bytes (-1: not yet)

    /** Every planned file, or only those whose names exist already (looked for off the GUI thread). */
    enum class Filter : quint8 {
        All,
        Conflicts
    };
    Q_ENUM(Filter)

    explicit PlanListModel(QObject *parent = nullptr);
    ~PlanListModel() override; ///< stops the conflict search and waits for it and for the check in progress

    /** Shows plan (null or invalid: no rows). Cheap: a reset, nothing rendered. */
    void setPlan(std::shared_ptr<const Plan> plan);
    [[nodiscard]] std::shared_ptr<const Plan> plan() const;
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const;
    /** True while the Conflicts view looks for the existing names (it has no rows until then). */
    [[nodiscard]] bool isSearching() const;
    /** The plan position shown in a row (the row itself for All), or -1. */
    [[nodiscard]] qint64 positionAt(int row) const;
    /** The row showing a plan position, or -1 when the view does not show it. */
    [[nodiscard]] int rowOf(qint64 position) const;
    /** Rows checked on disk so far for this plan (tests and the lead's measurements). */
    [[nodiscard]] qint64 checkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The status text of a file under the plan's if-exists choice ("new", "replaces a file", …). */
    static QString statusText(Found found, IfExists ifExists);

Q_SIGNALS:
    /** The Conflicts view started or finished looking for the existing names. */
    void searchingChanged(bool searching);

private:
    struct Checked
    {
        qint64 size = -1; ///< -1: not known yet (computed off the GUI thread)
        Found found = Found::Unknown;
    };
    using Results = std::vector<std::pair<qint64, Checked>>;

    [[nodiscard]] QString pathAt(qint64 position) const;
    [[nodiscard]] qint64 sizeAt(qint64 position) const; ///< -1: not known yet
    [[nodiscard]] Found foundAt(qint64 position) const; ///< Unknown: queued for a check
    [[nodiscard]] QVariant value(qint64 position, int column) const;
    [[nodiscard]] bool needsCheck(qint64 position) const;
    [[nodiscard]] QVariant display(qint64 position, int column) const;
    [[nodiscard]] QVariant decoration(qint64 position, int column) const;
    void queueCheck(qint64 position) const;
    void startCheck();
    void applyChecks(quint64 generation, const Results &results);
    void startSearch();
    void showConflicts(quint64 generation, std::vector<qint64> positions);
    void stopSearch();
    void resetRows();
    static Results check(const std::shared_ptr<const Plan> &plan, const std::vector<qint64> &positions,
                         const std::vector<bool> &stat, bool sizes);

    std::shared_ptr<const Plan> m_plan;
    int m_rows = 0;
    bool m_usable = false; ///< the plan's names can be listed
    bool m_searching = false;
    bool m_cheapSizes = true; ///< sizes rendered in data(); else in the check job
    quint64 m_generation = 0;
    mutable QHash<qint64, QString> m_paths; ///< recently rendered paths (bounded)
    mutable QHash<qint64, qint64> m_sizes;  ///< recently rendered sizes when cheap (bounded)
    QHash<qint64, Checked> m_checks;        ///< what the check job found (bounded)
    mutable std::vector<qint64> m_queued;   ///< rows asked for and not checked yet, newest last
    mutable QSet<qint64> m_pending;         ///< m_queued and the rows of the job in progress
    mutable QTimer m_checkTimer;            ///< starts a check after the view's paint pass
    mutable std::unique_ptr<TextEncoder> m_encoder;
    bool m_checking = false;
    qint64 m_checked = 0;
    QThreadPool m_pool;
    Filter m_filter = Filter::All;
    std::vector<qint64> m_conflicts; ///< the Conflicts view's positions, in order
    bool m_conflictsKnown = false;   ///< m_conflicts is this plan's
    std::shared_ptr<std::atomic_bool> m_stopSearch;
    QThreadPool m_searchPool; ///< the conflict search: may take seconds, never holds up the row checks
};

} // namespace Quire
