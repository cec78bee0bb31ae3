#pragma once

#include "ui/asyncplanner.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QListWidget;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace Quire {

class PlanListModel;

/**
 * Shows a plan: file count, total size, first and last names, conflicts, every problem, every planned
 * file in a virtual list (index, path, size, what exists there), and the chosen file's content as text
 * and as its first bytes in hex (so the BOM and encoding are visible). The list's current row and the
 * file-number box are one choice: changing either moves the other.
 */
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setPlan(const PlanPtr &plan);
    [[nodiscard]] PlanPtr plan() const;
    void setBusy(bool busy);
    [[nodiscard]] PlanListModel *listModel() const;
    [[nodiscard]] QTableView *listView() const;

    /** "EF BB BF 49 6E …" in rows of 16 with offsets; at most maxBytes bytes. */
    static QString hexDump(const QByteArray &bytes, int maxBytes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSummary();
    void showProblems();
    void showFile();
    QWidget *makeListBox();
    QWidget *makeFileBox();
    void updateFilter();
    void fitColumns();
    void shareWidth();
    void setupList();
    void onListRowChanged(int row);
    void selectRowOfFile();

    PlanPtr m_plan;
    QLabel *m_status = nullptr;
    QLabel *m_first = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_conflicts = nullptr;
    QListWidget *m_problems = nullptr;
    PlanListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_listNote = nullptr;
    QSpinBox *m_fileNumber = nullptr;
    QLabel *m_fileName = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    int m_statusWidth = 0; ///< what the status column needs for this plan's texts
    bool m_busy = false;
    bool m_syncing = false;       ///< the list and the file number are being aligned: no echo
    quint64 m_fileGeneration = 0; ///< the chosen file's content being made: older results are dropped
    int m_backgroundNice = 0;     ///< the file pool's nice value: below the GUI thread
    QThreadPool m_filePool;       ///< makes the chosen file's content (declared last: waited for first)
};

} // namespace Quire
