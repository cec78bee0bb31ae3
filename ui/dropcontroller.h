#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QDropEvent;
class QMimeData;
class QWidget;

namespace Quire {

class ContentEditor;
class DropOverlay;

/**
 * Makes a whole window a drop target for folders: filters drag events on every child (line edits and
 * text editors accept drops themselves), shows the drop highlight, and reports the dropped paths.
 * Only a single text file dropped on the content editor is left to the editor. A dropped .csv (or .tsv)
 * file becomes the CSV rows source (the form's Source switches to CSV rows); folders dropped with it are
 * still reported as targets.
 */
class DropController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropController)

public:
    /** window must accept drops and forward its own drag events to handleDragEvent(). */
    DropController(QWidget *window, QWidget *area, ContentEditor *editor);

    /** Filters the drag events of every current child of the window. */
    void watchChildren();
    /** Handles a DragEnter/DragMove/Drop event; returns true if it was taken. */
    bool handleDragEvent(QDropEvent *event);
    void setHighlight(bool visible);
    void setEnabled(bool enabled);
    /** Keeps the highlight over the area after the window was resized. */
    void updateGeometry();

Q_SIGNALS:
    /** Local paths (folders or not: the receiver decides) and the URLs that are not local files. */
    void dropped(const QStringList &localPaths, const QStringList &remoteUrls);
    /** What a drop did or why it did nothing, for the status bar (a CSV file chosen, two CSV files...). */
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitDropped(const QMimeData *mime);
    void useCsvFiles(const QStringList &files);

    QWidget *m_window = nullptr;
    QWidget *m_area = nullptr;
    QPointer<ContentEditor> m_editor;
    DropOverlay *m_overlay = nullptr;
    bool m_enabled = true;
};

} // namespace Quire
