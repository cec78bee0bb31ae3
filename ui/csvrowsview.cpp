#include "ui/csvrowsview.h"

#include "core/source/csvtable.h"
#include "core/template/templateengine.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace Quire {

namespace {

constexpr int MaxShownChars = 80; // a long value is cut: the table is a glance, not an editor

QString shortened(const QString &text)
{
    QString shown = text;
    shown.replace(u'\n', u' ').replace(u'\r', u' ');
    return shown.size() > MaxShownChars ? shown.left(MaxShownChars) + QStringLiteral("…") : shown;
}

} // namespace

CsvRowsModel::CsvRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString CsvRowsModel::placeholderFor(const QString &name)
{
    // A column that a built-in placeholder hides ({index}, {name}...) is written with {col:NAME}.
    const bool hidden = Template::placeholderNames().contains(name);
    return hidden ? QStringLiteral("{col:%1}").arg(name) : u'{' + name + u'}';
}

void CsvRowsModel::setTable(const std::shared_ptr<const CsvTable> &table)
{
    beginResetModel();
    m_placeholders.clear();
    m_rows.clear();
    m_totalRows = table ? table->rowCount() : 0;
    if (table) {
        for (const QString &name : table->columnNames())
            m_placeholders.append(placeholderFor(name));
        for (qint64 row = 0; row < std::min(ShownRows, m_totalRows); ++row) {
            QStringList values;
            for (int column = 0; column < table->columnCount(); ++column)
                values.append(CsvTable::text(table->field(row, column)));
            m_rows.append(values);
        }
    }
    endResetModel();
}

int CsvRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_placeholders.size());
}

QVariant CsvRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return shortened(value);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return value;
    default:
        return {};
    }
}

QVariant CsvRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= 0 && section < m_placeholders.size())
        return tr("Write %1 in a template for this column's value").arg(m_placeholders.at(section));
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_placeholders.size() ? QVariant(m_placeholders.at(section)) : QVariant();
    return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant(); // the row's {index}
}

CsvRowsView::CsvRowsView(QWidget *parent)
    : QTableView(parent)
    , m_model(new CsvRowsModel(this))
{
    setObjectName(QStringLiteral("csvRows"));
    setAccessibleName(tr("First rows of the CSV file"));
    setAccessibleDescription(tr("The columns are named by the placeholders that write them; the rows are "
                                "numbered as {index}"));
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setWordWrap(false);
    setAlternatingRowColors(true);
    // Compact rows: one line of text each (the style's default is roomier, for editing).
    const int rowHeight = fontMetrics().height() + 6;
    verticalHeader()->setMinimumSectionSize(rowHeight);
    verticalHeader()->setDefaultSectionSize(rowHeight);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void CsvRowsView::setTable(const std::shared_ptr<const CsvTable> &table)
{
    m_model->setTable(table);
    setVisible(m_model->columnCount() > 0);
    fitHeight();
    QTimer::singleShot(0, this, &CsvRowsView::fitHeight); // again once the header has measured the new columns
}

void CsvRowsView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitHeight(); // a narrower window may need the horizontal scroll bar now
}

// Exactly the header and the rows shown (at most 5), plus a horizontal scroll bar when the columns are
// wider than the view.
void CsvRowsView::fitHeight()
{
    const int rows = std::max(1, m_model->rowCount());
    const int columnsWidth = verticalHeader()->sizeHint().width() + horizontalHeader()->length() + 2 * frameWidth();
    const int scrollBar = columnsWidth > width() ? horizontalScrollBar()->sizeHint().height() : 0;
    const int height = horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() +
                       scrollBar + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace Quire
