#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QTableView>

#include <memory>

namespace Quire {

class CsvTable;

/**
 * The first rows of a CSV file as the job sees them: one column per CSV column, headed by the placeholder
 * that writes it ("{customer}", "{col:index}" for a column a built-in hides, "{1}" without a header), and
 * the rows numbered as {index}. A copy of a few values: the table itself is not kept.
 */
class CsvRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvRowsModel)

public:
    static constexpr qint64 ShownRows = 5;

    explicit CsvRowsModel(QObject *parent = nullptr);

    /** Shows the header and first rows of table (none when table is null). */
    void setTable(const std::shared_ptr<const CsvTable> &table);
    /** The placeholder that writes a column named name (header names; "1", "2"... without a header). */
    static QString placeholderFor(const QString &name);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QStringList m_placeholders;
    QList<QStringList> m_rows;
    qint64 m_totalRows = 0;
};

/** A compact read-only table of CsvRowsModel, hidden while there are no rows to show. */
class CsvRowsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvRowsView)

public:
    explicit CsvRowsView(QWidget *parent = nullptr);

    void setTable(const std::shared_ptr<const CsvTable> &table);
    [[nodiscard]] CsvRowsModel *rowsModel() const
    {
        return m_model;
    }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    CsvRowsModel *m_model;
};

} // namespace Quire
