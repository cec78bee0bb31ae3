#pragma once

#include "runresult.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

#include <vector>

namespace Quire {

class BatchRunner;

/**
 * The per-file results of a run, virtual: no QString (or any object) per row. Everything shown is
 * read on demand from the runner (status, message, final name) and its plan (index, path, size).
 * Filters: every file, or only the failed / skipped ones (kept as a vector of positions).
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
     * Sizes the table for a run of total files that is about to start: the view's reset, O(rows) in
     * QHeaderView, happens before the writer threads compete with the GUI thread for the CPU. A
     * following setRunner() with a plan of that size then attaches without another reset.
     */
    void prepare(qint64 total);
    /** Shows the run of runner (its current plan); null clears the model. */
    void setRunner(const BatchRunner *runner);
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const;
    /** The plan position shown in a row, or -1. */
    [[nodiscard]] qint64 positionAt(int row) const;
    [[nodiscard]] qint64 failedCount() const;

    /** New failures from BatchRunner::failuresAdded: appended to the Failed view. */
    void addFailures(const QList<FileFailure> &failures);
    /** A progress tick: statuses changed; refreshes visible cells (and the Skipped view, rate-limited). */
    void refresh(const RunProgress &progress);
    /** The run finished: final statuses, complete Skipped view. */
    void finish();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(qint64 position, int column) const;
    [[nodiscard]] const std::vector<qint64> *filtered() const;
    void scanSkipped();
    void appendPositions(std::vector<qint64> &target, const std::vector<qint64> &added, Filter view);

    QPointer<const BatchRunner> m_runner;
    Filter m_filter = Filter::All;
    qint64 m_total = 0;
    std::vector<qint64> m_failed;
    std::vector<qint64> m_skipped;
    std::vector<bool> m_skippedSeen;
    qint64 m_skippedWanted = 0;
    QElapsedTimer m_lastScan;
};

} // namespace Quire
