#include "ui/historymodel.h"

#include "ui/progresstext.h"

#include <QDir>
#include <QLocale>

namespace Quire {

namespace {

QString foldersText(const QStringList &folders)
{
    if (folders.isEmpty())
        return {};
    const QString first = QDir::toNativeSeparators(folders.constFirst());
    if (folders.size() == 1)
        return first;
    return HistoryModel::tr("%1 and %n more", "", int(folders.size() - 1)).arg(first);
}

bool isNumberColumn(int column)
{
    return column == HistoryModel::FilesColumn || column == HistoryModel::WrittenColumn ||
           column == HistoryModel::SkippedColumn || column == HistoryModel::FailedColumn;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setRuns(const QList<RunInfo> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const QList<RunInfo> &HistoryModel::runs() const
{
    return m_runs;
}

const RunInfo *HistoryModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int HistoryModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == id)
            return row;
    }
    return -1;
}

QString HistoryModel::stateText(const RunInfo &run)
{
    if (!run.problem.isEmpty())
        return tr("damaged: %1").arg(run.problem);
    const qint64 failed = run.counts.of(FileStatus::Failed);
    switch (run.phase) {
    case RunPhase::Running:
        return tr("running");
    case RunPhase::Finished:
        return failed > 0 ? tr("failed %1").arg(formatCount(failed, displayLocale())) : tr("finished");
    case RunPhase::Cancelled:
        return tr("cancelled");
    case RunPhase::StoppedOnError:
        return tr("stopped: failed %1").arg(formatCount(failed, displayLocale()));
    case RunPhase::Interrupted: {
        // As quire-cli history says it: the files in flight at the interruption may be incomplete.
        const qint64 inFlight = run.counts.of(FileStatus::InFlight);
        return inFlight > 0 ? tr("interrupted (%1 may be incomplete)").arg(formatCount(inFlight, displayLocale()))
                            : tr("interrupted");
    }
    case RunPhase::Undone:
        return tr("undone");
    }
    return {};
}

bool HistoryModel::canUndo(const RunInfo &run)
{
    return isReadable(run) && run.phase != RunPhase::Undone && run.phase != RunPhase::Running;
}

bool HistoryModel::canResume(const RunInfo &run)
{
    return isReadable(run) && (run.phase == RunPhase::Interrupted || run.phase == RunPhase::Cancelled ||
                               run.phase == RunPhase::StoppedOnError);
}

bool HistoryModel::canRetry(const RunInfo &run)
{
    // A run that stopped early is resumed first: retry writes only what failed (RunActions::prepareRetry).
    return isReadable(run) && run.counts.of(FileStatus::Failed) > 0 && run.phase == RunPhase::Finished;
}

bool HistoryModel::isReadable(const RunInfo &run)
{
    return run.problem.isEmpty();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const RunInfo &run, int column) const
{
    const QLocale locale = displayLocale();
    switch (column) {
    case StartedColumn:
        return locale.toString(run.start.toLocalTime(), QLocale::ShortFormat);
    case FoldersColumn:
        return foldersText(run.folders);
    case FilesColumn:
        return formatCount(run.files, locale);
    case StateColumn:
        return stateText(run);
    case WrittenColumn:
        return formatCount(run.counts.written(), locale);
    case SkippedColumn:
        return formatCount(run.counts.of(FileStatus::Skipped), locale);
    case FailedColumn:
        return formatCount(run.counts.of(FileStatus::Failed), locale);
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const RunInfo *run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FoldersColumn)
            return QDir::toNativeSeparators(run->folders.join(QLatin1Char('\n')));
        return index.column() == StateColumn ? stateText(*run) : QVariant();
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return run->id;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case FoldersColumn:
        return tr("Folders");
    case FilesColumn:
        return tr("Files");
    case StateColumn:
        return tr("State");
    case WrittenColumn:
        return tr("Written");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    }
    return {};
}

} // namespace Quire
