#include "ui/historydialog.h"

#include "ui/historymodel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Quire {

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No runs recorded yet. Every run keeps a journal unless it is switched off in "
                            "Edit › Preferences."),
                         this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of runs"));
    setModal(false);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Recorded runs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::FoldersColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideLeft); // a long path keeps its last folder (and "and 2 more")
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    buildButtons();
    layout->addWidget(m_buttonRow);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("historyClose"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the history"));
    auto *refresh = close->addButton(tr("Re&fresh"), QDialogButtonBox::ResetRole);
    refresh->setObjectName(QStringLiteral("historyRefresh"));
    refresh->setAccessibleName(tr("Read the list of runs again"));
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &HistoryDialog::refreshRequested);
    layout->addWidget(close);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(920, available.width() * 9 / 10), std::min(440, available.height() * 3 / 4));
    updateButtons();
}

QPushButton *HistoryDialog::addButton(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, m_buttonRow);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    m_buttonRow->layout()->addWidget(button);
    return button;
}

void HistoryDialog::buildButtons()
{
    m_buttonRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_undo = addButton(tr("&Undo"), QStringLiteral("historyUndo"), tr("Undo the selected run"));
    m_resume = addButton(tr("&Resume"), QStringLiteral("historyResume"), tr("Resume the selected run"));
    m_retry = addButton(tr("Retry &failed"), QStringLiteral("historyRetry"), tr("Retry the failed files"));
    m_openFolder = addButton(tr("&Open folder"), QStringLiteral("historyOpenFolder"), tr("Open the run's folder"));
    m_export = addButton(tr("E&xport report…"), QStringLiteral("historyExport"), tr("Export the run's report"));
    m_useJob = addButton(tr("Use this &job"), QStringLiteral("historyUseJob"), tr("Load the run's job into the form"));
    row->addStretch(1);
    connect(m_undo, &QPushButton::clicked, this, [this] { Q_EMIT undoRequested(selectedId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(selectedId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(selectedId()); });
    connect(m_useJob, &QPushButton::clicked, this, [this] { Q_EMIT useJobRequested(selectedId()); });
    connect(m_openFolder, &QPushButton::clicked, this, &HistoryDialog::openFolder);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::chooseReportFile);
}

HistoryModel *HistoryDialog::model() const
{
    return m_model;
}

QTableView *HistoryDialog::view() const
{
    return m_view;
}

void HistoryDialog::setRuns(const QList<RunInfo> &runs)
{
    const QString selected = selectedId();
    m_model->setRuns(runs);
    m_empty->setVisible(runs.isEmpty());
    selectRun(selected.isEmpty() || m_model->rowOf(selected) < 0 ? QString() : selected);
}

void HistoryDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void HistoryDialog::selectRun(const QString &id)
{
    const int row = id.isEmpty() ? 0 : m_model->rowOf(id);
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

QString HistoryDialog::selectedId() const
{
    const RunInfo *run = selectedRun();
    return run ? run->id : QString();
}

const RunInfo *HistoryDialog::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->runAt(rows.constFirst().row());
}

void HistoryDialog::updateButtons()
{
    const RunInfo *run = selectedRun();
    const bool idle = run && !m_busy;
    m_undo->setEnabled(idle && HistoryModel::canUndo(*run));
    m_resume->setEnabled(idle && HistoryModel::canResume(*run));
    m_retry->setEnabled(idle && HistoryModel::canRetry(*run));
    m_export->setEnabled(idle && HistoryModel::isReadable(*run));
    m_useJob->setEnabled(idle && HistoryModel::isReadable(*run));
    m_openFolder->setEnabled(run && !run->folders.isEmpty());
}

void HistoryDialog::openFolder()
{
    if (const RunInfo *run = selectedRun(); run && !run->folders.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(run->folders.constFirst()));
}

void HistoryDialog::chooseReportFile()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Export report"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV report (*.csv)"), tr("JSON report (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("quire-report-%1.csv").arg(id));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, id](const QString &path) { Q_EMIT exportRequested(id, path); });
    dialog->open();
}

} // namespace Quire
