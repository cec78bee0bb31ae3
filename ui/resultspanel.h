#pragma once

#include "ui/resultsmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Quire {

/** The results table with its filter (All / Failed / Skipped) and a live count badge of failures. */
class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    [[nodiscard]] ResultsModel *model() const;
    [[nodiscard]] QTableView *view() const;
    /** Updates the badge ("3 failed"); hidden at 0. */
    void setFailedCount(qint64 failed);

Q_SIGNALS:
    void failedCountChanged(qint64 failed);

private:
    void setupView();
    void onFilterChanged(int index);

    ResultsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_badge = nullptr;
};

} // namespace Quire
