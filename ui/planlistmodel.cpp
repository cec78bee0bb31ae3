#include "ui/planlistmodel.h"

#include "core/base/numberformat.h"
#include "core/content/textencoder.h"
#include "ui/async.h"
#include "ui/conflictscan.h"

#include <QApplication>
#include <QFile>
#include <QStyle>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

namespace Quire {

namespace {

constexpr qsizetype CacheLimit = 4096;         // rendered paths and sizes kept: a few screens of rows
constexpr qsizetype CheckedLimit = 65536;      // checked rows kept (16 bytes each)
constexpr size_t QueueLimit = 512;             // rows waiting for a check: a fast scroll drops the oldest
constexpr size_t BatchSize = 128;              // rows per check job
constexpr qsizetype CheapTemplate = 16 * 1024; // a content template this short renders in data()

// Problems in these fields make the names themselves wrong (or the count unknown): no list then.
bool namesUsable(const Plan &plan)
{
    if (!plan.nameTemplate.isValid())
        return false;
    const QList<PlanProblem> errors = plan.errors();
    return std::none_of(errors.cbegin(), errors.cend(), [](const PlanProblem &problem) {
        return problem.field == u"name" || problem.field == u"range" || problem.field == u"rows";
    });
}

PlanListModel::Found foundOnDisk(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) == 0)
        return S_ISDIR(info.st_mode) ? PlanListModel::Found::Folder : PlanListModel::Found::File;
    return errno == ENOTDIR ? PlanListModel::Found::Blocked : PlanListModel::Found::Nothing;
}

template <typename Key, typename Value>
void insertBounded(QHash<Key, Value> &hash, const Key &key, const Value &value, qsizetype limit)
{
    if (hash.size() >= limit)
        hash.clear(); // the rows on screen come back on the next paint
    hash.insert(key, value);
}

} // namespace

PlanListModel::PlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1); // one batch at a time: the GUI asks for a screenful, not for speed
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(0);
    connect(&m_checkTimer, &QTimer::timeout, this, &PlanListModel::startCheck);
}

PlanListModel::~PlanListModel()
{
    stopSearch();
    m_searchPool.waitForDone();
    m_pool.waitForDone();
}

void PlanListModel::setPlan(std::shared_ptr<const Plan> plan)
{
    stopSearch();
    beginResetModel();
    m_plan = std::move(plan);
    m_usable = m_plan && namesUsable(*m_plan);
    m_conflicts.clear();
    m_conflicts.shrink_to_fit();
    m_conflictsKnown = false;
    resetRows();
    m_cheapSizes =
        !m_plan || m_plan->contentMode != ContentMode::Template || m_plan->spec.contentTemplate.size() <= CheapTemplate;
    m_encoder.reset();
    ++m_generation;
    m_paths.clear();
    m_sizes.clear();
    m_checks.clear();
    m_queued.clear();
    m_pending.clear();
    m_checked = 0;
    endResetModel();
    if (m_filter == Filter::Conflicts)
        startSearch();
}

void PlanListModel::resetRows()
{
    const qint64 rows = !m_usable ? 0 : m_filter == Filter::All ? m_plan->fileCount() : qint64(m_conflicts.size());
    m_rows = int(std::clamp<qint64>(rows, 0, std::numeric_limits<int>::max()));
}

void PlanListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    stopSearch();
    beginResetModel();
    m_filter = filter;
    resetRows();
    endResetModel();
    if (m_filter == Filter::Conflicts && !m_conflictsKnown)
        startSearch();
}

PlanListModel::Filter PlanListModel::filter() const
{
    return m_filter;
}

bool PlanListModel::isSearching() const
{
    return m_searching;
}

void PlanListModel::startSearch()
{
    if (!m_usable || m_plan->conflictCount == 0) { // nothing there, nothing to look for
        m_conflictsKnown = true;
        return;
    }
    m_stopSearch = std::make_shared<std::atomic_bool>(false);
    m_searching = true;
    Q_EMIT searchingChanged(true);
    runAsync(
        &m_searchPool, this, [plan = m_plan, stop = m_stopSearch] { return findConflicts(*plan, *stop); },
        [this, generation = m_generation](const std::vector<qint64> &positions) {
            showConflicts(generation, positions);
        });
}

void PlanListModel::stopSearch()
{
    if (m_stopSearch)
        m_stopSearch->store(true);
    m_stopSearch.reset();
    if (m_searching) {
        m_searching = false;
        Q_EMIT searchingChanged(false);
    }
}

void PlanListModel::showConflicts(quint64 generation, std::vector<qint64> positions)
{
    if (generation != m_generation || !m_searching)
        return; // another plan, or the view changed meanwhile: stale
    beginResetModel();
    m_conflicts = std::move(positions);
    m_conflictsKnown = true;
    resetRows();
    endResetModel();
    m_stopSearch.reset();
    m_searching = false;
    Q_EMIT searchingChanged(false);
}

std::shared_ptr<const Plan> PlanListModel::plan() const
{
    return m_plan;
}

qint64 PlanListModel::positionAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    return m_filter == Filter::All ? qint64(row) : m_conflicts[size_t(row)];
}

int PlanListModel::rowOf(qint64 position) const
{
    if (m_filter == Filter::All)
        return position >= 0 && position < m_rows ? int(position) : -1;
    const auto it = std::lower_bound(m_conflicts.cbegin(), m_conflicts.cend(), position);
    return it != m_conflicts.cend() && *it == position ? int(it - m_conflicts.cbegin()) : -1;
}

qint64 PlanListModel::checkedCount() const
{
    return m_checked;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 position = positionAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(position, index.column());
    case Qt::ToolTipRole: // the whole text where a narrow column cuts it
        if (index.column() == PathColumn || index.column() == StatusColumn)
            return display(position, index.column());
        return {};
    case Qt::DecorationRole:
        return decoration(position, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FoundRole:
        return int(foundAt(position));
    case ConflictRole: {
        const Found found = foundAt(position);
        return found == Found::File || found == Found::Folder || found == Found::Blocked;
    }
    case ValueRole:
        return value(position, index.column());
    default:
        return {};
    }
}

QVariant PlanListModel::value(qint64 position, int column) const
{
    switch (column) {
    case IndexColumn:
        return m_plan->indexAt(position);
    case PathColumn:
        return pathAt(position);
    case SizeColumn:
        return sizeAt(position);
    default:
        return int(foundAt(position));
    }
}

QVariant PlanListModel::display(qint64 position, int column) const
{
    switch (column) {
    case IndexColumn:
        return QString::number(m_plan->indexAt(position));
    case PathColumn:
        return pathAt(position);
    case SizeColumn: {
        const qint64 size = sizeAt(position);
        return size < 0 ? QStringLiteral("…") : formatCount(size, displayLocale());
    }
    default:
        return statusText(foundAt(position), m_plan->spec.ifExists);
    }
}

QVariant PlanListModel::decoration(qint64 position, int column) const
{
    if (column != StatusColumn)
        return {};
    // The style's own icons: they follow the theme, light or dark; the text says the same for screen readers.
    const Found found = foundAt(position);
    const IfExists ifExists = m_plan->spec.ifExists;
    if (found == Found::Blocked || (found == Found::Folder && ifExists == IfExists::Overwrite) ||
        ((found == Found::File || found == Found::Folder) && ifExists == IfExists::Fail))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    if (found == Found::File || found == Found::Folder)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QString PlanListModel::statusText(Found found, IfExists ifExists)
{
    switch (found) {
    case Found::Unknown:
        return tr("checking…");
    case Found::Nothing:
        return tr("new");
    case Found::Blocked:
        return tr("fails: a file is in the way");
    case Found::File:
    case Found::Folder:
        break;
    }
    switch (ifExists) {
    case IfExists::Skip:
        return tr("skipped: exists");
    case IfExists::Rename:
        return tr("gets a new name: exists");
    case IfExists::Overwrite:
        return found == Found::Folder ? tr("fails: a folder is in the way") : tr("replaces a file");
    case IfExists::Fail:
        break;
    }
    return found == Found::Folder ? tr("fails: a folder is in the way") : tr("fails: exists");
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return m_plan && m_plan->rows ? tr("Row") : tr("Index");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Bytes");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString PlanListModel::pathAt(qint64 position) const
{
    if (const auto it = m_paths.constFind(position); it != m_paths.cend())
        return *it;
    const QString path = m_plan->filePath(position);
    insertBounded(m_paths, position, path, CacheLimit);
    return path;
}

qint64 PlanListModel::sizeAt(qint64 position) const
{
    if (m_plan->contentMode != ContentMode::Template)
        return m_plan->fileBytes; // the mode fixes it: nothing rendered, never a 1 GiB buffer
    if (!m_cheapSizes) {
        if (const auto it = m_checks.constFind(position); it != m_checks.cend() && it->size >= 0)
            return it->size;
        queueCheck(position);
        return -1;
    }
    if (const auto it = m_sizes.constFind(position); it != m_sizes.cend())
        return *it;
    if (!m_encoder)
        m_encoder = std::make_unique<TextEncoder>(m_plan->spec.encoding);
    const qint64 size = m_plan->contentSize(position, *m_encoder);
    insertBounded(m_sizes, position, size, CacheLimit);
    return size;
}

PlanListModel::Found PlanListModel::foundAt(qint64 position) const
{
    if (!needsCheck(position))
        return Found::Nothing;
    if (const auto it = m_checks.constFind(position); it != m_checks.cend() && it->found != Found::Unknown)
        return it->found;
    queueCheck(position);
    return Found::Unknown;
}

// The plan counted what exists per folder: a folder with no conflict needs no look at all.
bool PlanListModel::needsCheck(qint64 position) const
{
    const int folder = m_plan->folderOf(position);
    return folder >= 0 && folder < m_plan->folders.size() && m_plan->folders.at(folder).conflicts > 0;
}

void PlanListModel::queueCheck(qint64 position) const
{
    if (m_pending.contains(position))
        return;
    if (m_queued.size() >= QueueLimit) { // scrolled past: those rows are asked for again if shown
        m_pending.remove(m_queued.front());
        m_queued.erase(m_queued.begin());
    }
    m_queued.push_back(position);
    m_pending.insert(position);
    if (!m_checking)
        m_checkTimer.start();
}

void PlanListModel::startCheck()
{
    if (m_checking || m_queued.empty() || !m_plan)
        return;
    // The newest first: they are what the view shows now.
    const size_t take = std::min(BatchSize, m_queued.size());
    std::vector<qint64> positions(m_queued.end() - qsizetype(take), m_queued.end());
    m_queued.resize(m_queued.size() - take);
    std::vector<bool> stat;
    stat.reserve(positions.size());
    for (const qint64 position : positions)
        stat.push_back(needsCheck(position));
    m_checking = true;
    const quint64 generation = m_generation;
    const bool sizes = !m_cheapSizes && m_plan->contentMode == ContentMode::Template;
    runAsync(
        &m_pool, this,
        [plan = m_plan, positions = std::move(positions), stat = std::move(stat), sizes] {
            return check(plan, positions, stat, sizes);
        },
        [this, generation](const Results &results) { applyChecks(generation, results); });
}

PlanListModel::Results PlanListModel::check(const std::shared_ptr<const Plan> &plan,
                                            const std::vector<qint64> &positions, const std::vector<bool> &stat,
                                            bool sizes)
{
    Results results;
    results.reserve(positions.size());
    std::unique_ptr<TextEncoder> encoder = sizes ? std::make_unique<TextEncoder>(plan->spec.encoding) : nullptr;
    for (size_t i = 0; i < positions.size(); ++i) {
        Checked checked;
        checked.found = stat[i] ? foundOnDisk(plan->filePath(positions[i])) : Found::Nothing;
        if (encoder)
            checked.size = plan->contentSize(positions[i], *encoder);
        results.emplace_back(positions[i], checked);
    }
    return results;
}

void PlanListModel::applyChecks(quint64 generation, const Results &results)
{
    m_checking = false;
    if (generation != m_generation) { // a new plan came meanwhile: its rows are queued already
        startCheck();
        return;
    }
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (const auto &[position, checked] : results) {
        m_pending.remove(position);
        insertBounded(m_checks, position, checked, CheckedLimit);
        if (const int row = rowOf(position); row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    m_checked += qint64(results.size());
    if (last >= 0)
        Q_EMIT dataChanged(index(first, SizeColumn), index(last, StatusColumn));
    startCheck();
}

} // namespace Quire
