#include "ui/resultsmodel.h"

#include "core/run/batchrunner.h"
#include "ui/messageline.h"
#include "ui/progresstext.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace Quire {

namespace {

constexpr qint64 SkippedScanIntervalMs = 1000;
constexpr qint64 GrowthIntervalMs = 500;

// Final for the run: written, skipped or failed (undo changes them again, and finish() repaints then).
bool isFinal(FileStatus status)
{
    return status != FileStatus::Pending && status != FileStatus::InFlight;
}

QString statusText(FileStatus status)
{
    switch (status) {
    case FileStatus::Pending:
        return ResultsModel::tr("pending");
    case FileStatus::InFlight:
        return ResultsModel::tr("writing");
    case FileStatus::Created:
        return ResultsModel::tr("created");
    case FileStatus::Replaced:
        return ResultsModel::tr("replaced");
    case FileStatus::Undone:
        return ResultsModel::tr("undone");
    case FileStatus::Skipped:
        return ResultsModel::tr("skipped");
    case FileStatus::Failed:
        return ResultsModel::tr("failed");
    }
    return {};
}

int clampRows(qint64 rows)
{
    return int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultsModel::clearRun(qint64 total)
{
    m_total = std::max<qint64>(total, 0);
    m_reached = 0;
    m_failed.clear();
    m_skipped.clear();
    m_skippedSeen.assign(std::size_t(m_total), false);
    m_skippedWanted = 0;
    m_lastScan.invalidate();
    m_lastGrowth.invalidate();
    m_settledRows = 0;
}

void ResultsModel::prepare(qint64 total)
{
    beginResetModel();
    m_record.reset();
    clearRun(total);
    endResetModel();
}

void ResultsModel::setRecord(std::shared_ptr<const RunRecord> record)
{
    if (record && !m_record && m_total > 0 && record->fileCount == m_total && m_reached == 0 && m_failed.empty() &&
        m_skipped.empty()) {
        m_record = std::move(record); // prepared: no rows yet, nothing to reset
        return;
    }
    beginResetModel();
    m_record = std::move(record);
    clearRun(m_record ? m_record->fileCount : 0);
    endResetModel();
}

std::shared_ptr<const RunRecord> ResultsModel::record() const
{
    return m_record;
}

FileStatus ResultsModel::statusAt(qint64 position) const
{
    return m_record->ledger->status(position);
}

void ResultsModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_settledRows = 0;
    endResetModel();
    if (filter == Filter::Skipped)
        scanSkipped();
}

ResultsModel::Filter ResultsModel::filter() const
{
    return m_filter;
}

const std::vector<qint64> *ResultsModel::filtered() const
{
    switch (m_filter) {
    case Filter::All:
        return nullptr;
    case Filter::Failed:
        return &m_failed;
    case Filter::Skipped:
        return &m_skipped;
    }
    return nullptr;
}

qint64 ResultsModel::positionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const std::vector<qint64> *rows = filtered();
    return rows ? (*rows)[std::size_t(row)] : row;
}

qint64 ResultsModel::reachedCount() const
{
    return m_reached;
}

void ResultsModel::growReached(qint64 reached)
{
    reached = std::clamp<qint64>(reached, m_reached, m_total);
    if (reached == m_reached)
        return;
    m_lastGrowth.start();
    const bool visible = m_filter == Filter::All;
    if (visible)
        beginInsertRows({}, clampRows(m_reached), clampRows(reached) - 1);
    m_reached = reached;
    if (visible)
        endInsertRows();
}

qint64 ResultsModel::failedCount() const
{
    return qint64(m_failed.size());
}

void ResultsModel::appendPositions(std::vector<qint64> &target, const std::vector<qint64> &added, Filter view)
{
    if (added.empty())
        return;
    const bool visible = m_filter == view;
    const int first = clampRows(qint64(target.size()));
    if (visible)
        beginInsertRows({}, first, clampRows(qint64(target.size() + added.size())) - 1);
    target.insert(target.end(), added.begin(), added.end());
    if (visible)
        endInsertRows();
}

void ResultsModel::addFailures(const QList<FileFailure> &failures)
{
    std::vector<qint64> added;
    added.reserve(std::size_t(failures.size()));
    for (const FileFailure &failure : failures) {
        if (failure.position >= 0 && failure.position < m_total)
            added.push_back(failure.position);
    }
    appendPositions(m_failed, added, Filter::Failed);
}

void ResultsModel::refresh(const RunProgress &progress)
{
    // Each append costs QHeaderView O(rows) (section positions), hence a few steps a second, not every tick.
    if (m_record && (!m_lastGrowth.isValid() || m_lastGrowth.elapsed() >= GrowthIntervalMs))
        growReached(progress.done);
    m_skippedWanted = progress.skipped;
    if (m_filter == Filter::Skipped && (!m_lastScan.isValid() || m_lastScan.elapsed() >= SkippedScanIntervalMs))
        scanSkipped();
    refreshUnsettled();
}

void ResultsModel::refreshUnsettled()
{
    // Only rows that were still pending or being written can have changed: once the rows a view shows
    // are final, a tick repaints nothing (a repaint of the list 30 times a second cost the GUI thread
    // more than anything else during a run).
    const int first = m_settledRows;
    const int rows = rowCount();
    while (m_settledRows < rows && isFinal(statusAt(positionAt(m_settledRows))))
        ++m_settledRows;
    if (first < rows)
        Q_EMIT dataChanged(index(first, IndexColumn), index(rows - 1, MessageColumn));
}

void ResultsModel::finish()
{
    if (m_record)
        growReached(m_total);
    m_skippedWanted = std::numeric_limits<qint64>::max();
    scanSkipped();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, IndexColumn), index(rowCount() - 1, MessageColumn));
}

void ResultsModel::scanSkipped()
{
    // Statuses are one byte each, so a scan of even 10,000,000 files is cheap; it runs only while the
    // Skipped view is shown (at most once a second) and once at the end.
    m_lastScan.start();
    if (!m_record || qint64(m_skipped.size()) >= m_skippedWanted)
        return;
    std::vector<qint64> added;
    for (qint64 position = 0; position < m_total; ++position) {
        if (!m_skippedSeen[std::size_t(position)] && statusAt(position) == FileStatus::Skipped) {
            m_skippedSeen[std::size_t(position)] = true;
            added.push_back(position);
        }
    }
    appendPositions(m_skipped, added, Filter::Skipped);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const std::vector<qint64> *rows = filtered();
    return clampRows(rows ? qint64(rows->size()) : m_reached);
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::display(qint64 position, int column) const
{
    const Plan &plan = *m_record->plan;
    const FileStatus status = statusAt(position);
    switch (column) {
    case IndexColumn:
        return plan.indexAt(position);
    case FileColumn:
        return m_record->fileName(position);
    case StatusColumn:
        return statusText(status);
    case SizeColumn:
        // Generated content has one size per job: never made whole just to be measured.
        return isWritten(status)
                   ? formatCount(plan.contentMode == ContentMode::Template ? plan.contentBytes(position).size()
                                                                           : plan.fileBytes,
                                 displayLocale())
                   : QString();
    case MessageColumn:
        if (status == FileStatus::Failed)
            return m_record->ledger->message(position);
        return status == FileStatus::Skipped ? tr("already exists, left alone") : QString();
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_record)
        return {};
    const qint64 position = positionAt(index.row());
    if (position < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(position, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return m_record->filePath(position);
        return index.column() == MessageColumn ? display(position, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (statusAt(position) == FileStatus::Failed)
            return errorColour(QGuiApplication::palette()); // readable on a light or a dark palette
        if (statusAt(position) == FileStatus::Pending)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("Index");
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Bytes");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Quire
