#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Quire {

/** The target folders: a list with Add (folder dialog), Remove and the Delete key. */
class FolderListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderListWidget)

public:
    explicit FolderListWidget(QWidget *parent = nullptr);

    [[nodiscard]] QStringList folders() const;
    void setFolders(const QStringList &folders);
    /** Adds every path that is an existing folder (duplicates ignored); returns the paths refused. */
    QStringList addFolders(const QStringList &paths);
    void removeSelected();
    void setEditable(bool editable);

Q_SIGNALS:
    void foldersChanged();
    void statusMessage(const QString &message);

private:
    void chooseFolder();
    void updateButtons();
    bool appendFolder(const QString &path);

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_editable = true;
};

} // namespace Quire
