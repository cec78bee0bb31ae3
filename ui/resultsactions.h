#pragma once

#include <QObject>

class QWidget;

namespace Quire {

class BatchRunner;
class JournalController;
class ResultsModel;

/**
 * What the run panel offers for the run the results view shows: open its folders, copy its errors,
 * export its report (written off the GUI thread). Reads the record, never the live runner.
 */
class ResultsActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsActions)

public:
    ResultsActions(QWidget *window, ResultsModel *model, const BatchRunner *runner, JournalController *journal);

    void openFolders();
    void copyErrors();
    /** Asks for a file (non-blocking dialog), then writes the report there. */
    void exportReport();
    void writeReport(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QWidget *m_window;
    ResultsModel *m_model;
    const BatchRunner *m_runner;
    JournalController *m_journal;
};

} // namespace Quire
