#pragma once

#include "core/run/runrecord.h"
#include "core/run/runresult.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace Quire {

/**
 * The per-file results of a run, virtual: no QString (or any object) per row. Everything shown is
 * read on demand from the run's record: its ledger (status, message, final name) and its plan (index,
 * path, size). The record outlives the runner, so the results of a run stay after the next one starts.
 * Filters: every file, or only the failed / skipped ones (kept as a vector of positions).
 *
 * The "All" view grows with the run: it shows the files in plan order up to the number done so far
 * (rows appended a few times a second) and every file of the plan once the run finished. QHeaderView
 * keeps one section per row and does O(rows) work on a reset, too much for one event-loop turn at
 * 1,000,000 rows; appending keeps every step short.
 */
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Column {
        IndexColumn,
        FileColumn,
        StatusColumn,
        SizeColumn,
        MessageColumn,
        ColumnCount
    };
    enum class Filter {
        All,
        Failed,
        Skipped
    };
    Q_ENUM(Filter)

    explicit ResultsModel(QObject *parent = nullptr);

    /**
     * Empties the table for a run of total files that is about to start (a cheap reset: no rows yet).
     * A following setRecord() of that size then attaches without another reset.
     */
    void prepare(qint64 total);
    /** Shows the run of record; null clears the model. */
    void setRecord(std::shared_ptr<const RunRecord> record);
    [[nodiscard]] std::shared_ptr<const RunRecord> record() const;
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const;
    /** The plan position shown in a row, or -1. */
    [[nodiscard]] qint64 positionAt(int row) const;
    [[nodiscard]] qint64 failedCount() const;

    /** New failures from BatchRunner::failuresAdded: appended to the Failed view. */
    void addFailures(const QList<FileFailure> &failures);
    /**
     * A progress tick: statuses changed; refreshes visible cells, grows the All view to progress.done
     * files and the Skipped view (both rate-limited).
     */
    void refresh(const RunProgress &progress);
    /** The run finished: final statuses, every file in the All view, complete Skipped view. */
    void finish();
    /** Files of the plan the All view shows (grows during the run). */
    [[nodiscard]] qint64 reachedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(qint64 position, int column) const;
    [[nodiscard]] FileStatus statusAt(qint64 position) const;
    [[nodiscard]] const std::vector<qint64> *filtered() const;
    void scanSkipped();
    void appendPositions(std::vector<qint64> &target, const std::vector<qint64> &added, Filter view);
    void growReached(qint64 reached);
    void clearRun(qint64 total);
    void refreshUnsettled();

    std::shared_ptr<const RunRecord> m_record;
    Filter m_filter = Filter::All;
    qint64 m_total = 0;
    qint64 m_reached = 0; ///< rows of the All view: the first m_reached files of the plan
    std::vector<qint64> m_failed;
    std::vector<qint64> m_skipped;
    std::vector<bool> m_skippedSeen;
    qint64 m_skippedWanted = 0;
    QElapsedTimer m_lastScan;
    QElapsedTimer m_lastGrowth;
    int m_settledRows = 0; ///< leading rows of the current view whose status is final
};

} // namespace Quire
