#pragma once

#include "core/journal/journalstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Quire {

/**
 * The recorded runs, newest first, one row per journal (JournalStore::list): started, folders, files,
 * state and counts. Virtual: the cells are worded on demand from the RunInfo list, nothing per cell
 * is stored. Also says which actions apply to a run, so the dialog's buttons and the tests agree.
 */
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        StartedColumn,
        FoldersColumn,
        FilesColumn,
        StateColumn,
        WrittenColumn,
        SkippedColumn,
        FailedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit HistoryModel(QObject *parent = nullptr);

    void setRuns(const QList<RunInfo> &runs);
    [[nodiscard]] const QList<RunInfo> &runs() const;
    /** The run of row, or nullptr. */
    [[nodiscard]] const RunInfo *runAt(int row) const;
    /** The row of the run id, or -1. */
    [[nodiscard]] int rowOf(const QString &id) const;

    /** "finished", "failed 3", "cancelled", "interrupted (2 may be incomplete)", "undone", "damaged: …". */
    static QString stateText(const RunInfo &run);
    static bool canUndo(const RunInfo &run);    ///< anything but undone, running or damaged
    static bool canResume(const RunInfo &run);  ///< interrupted, cancelled or stopped
    static bool canRetry(const RunInfo &run);   ///< some files failed, and it is not running or undone
    static bool isReadable(const RunInfo &run); ///< not damaged: its job and report can be read

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const RunInfo &run, int column) const;

    QList<RunInfo> m_runs;
};

} // namespace Quire
