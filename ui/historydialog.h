#pragma once

#include "core/journal/journalstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Quire {

class HistoryModel;

/**
 * View › History: the recorded runs, newest first, and what can be done with the selected one (undo,
 * resume, retry the failed files, open its folder, export its report, use its job in the form).
 * Non-modal and dumb: it asks for the work through signals; the HistoryController does it off the GUI
 * thread and gives the list back with setRuns().
 */
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(QWidget *parent = nullptr);

    [[nodiscard]] HistoryModel *model() const;
    [[nodiscard]] QTableView *view() const;
    /** The new list; the run selected before stays selected (else the newest). */
    void setRuns(const QList<RunInfo> &runs);
    /** While an action runs, every action button is disabled. */
    void setBusy(bool busy);
    void selectRun(const QString &id);
    /** The selected run's id, or empty. */
    [[nodiscard]] QString selectedId() const;

Q_SIGNALS:
    void refreshRequested();
    void undoRequested(const QString &id);
    void resumeRequested(const QString &id);
    void retryRequested(const QString &id);
    void useJobRequested(const QString &id);
    void exportRequested(const QString &id, const QString &path);

private:
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &accessibleName);
    void buildButtons();
    void updateButtons();
    void openFolder();
    void chooseReportFile();
    [[nodiscard]] const RunInfo *selectedRun() const;

    HistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_buttonRow = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_useJob = nullptr;
    bool m_busy = false;
};

} // namespace Quire
