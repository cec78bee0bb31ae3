#include "ui/folderlistwidget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quire {

FolderListWidget::FolderListWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add folder…"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
{
    m_list->setObjectName(QStringLiteral("folderList"));
    m_list->setAccessibleName(tr("Target folders"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(60);
    m_list->setToolTip(tr("Files are created in every folder listed here. Drop folders anywhere on the window."));
    m_addButton->setObjectName(QStringLiteral("addFolderButton"));
    m_addButton->setAccessibleName(tr("Add target folder"));
    m_removeButton->setObjectName(QStringLiteral("removeFolderButton"));
    m_removeButton->setAccessibleName(tr("Remove selected target folders"));

    auto *deleteAction = new QAction(tr("Remove folder"), m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &FolderListWidget::chooseFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &FolderListWidget::removeSelected);
    connect(deleteAction, &QAction::triggered, this, &FolderListWidget::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FolderListWidget::updateButtons);
    updateButtons();
}

QStringList FolderListWidget::folders() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->data(Qt::UserRole).toString();
    return result;
}

void FolderListWidget::setFolders(const QStringList &folders)
{
    m_list->clear();
    for (const QString &folder : folders)
        appendFolder(folder);
    updateButtons();
    Q_EMIT foldersChanged();
}

bool FolderListWidget::appendFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (folders().contains(clean))
        return false;
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(clean), m_list);
    item->setData(Qt::UserRole, clean);
    item->setToolTip(item->text());
    return true;
}

QStringList FolderListWidget::addFolders(const QStringList &paths)
{
    QStringList refused;
    bool added = false;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            added = appendFolder(path) || added;
        else
            refused << path;
    }
    if (added) {
        updateButtons();
        Q_EMIT foldersChanged();
    }
    return refused;
}

void FolderListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !m_editable)
        return;
    qDeleteAll(selected);
    updateButtons();
    Q_EMIT foldersChanged();
}

void FolderListWidget::setEditable(bool editable)
{
    m_editable = editable;
    m_addButton->setEnabled(editable);
    updateButtons();
}

void FolderListWidget::chooseFolder()
{
    // A non-blocking dialog: no nested event loop on the GUI thread.
    auto *dialog = new QFileDialog(this, tr("Add target folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        const QStringList refused = addFolders(paths);
        if (!refused.isEmpty())
            Q_EMIT statusMessage(tr("Not a folder, not added: %1").arg(refused.join(QStringLiteral(", "))));
    });
    dialog->open();
}

void FolderListWidget::updateButtons()
{
    m_removeButton->setEnabled(m_editable && !m_list->selectedItems().isEmpty());
}

} // namespace Quire
