#include "ui/dropcontroller.h"

#include "ui/contenteditor.h"
#include "ui/dropoverlay.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace Quire {

DropController::DropController(QWidget *window, QWidget *area, ContentEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_area(area)
    , m_editor(editor)
    , m_overlay(new DropOverlay(window))
{
    setEnabled(true);
}

void DropController::watchChildren()
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget != m_overlay)
            widget->installEventFilter(this);
    }
}

void DropController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_overlay->setText(enabled ? tr("Drop folders to add them as targets") : tr("Targets cannot change during a run"));
}

bool DropController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::DragLeave) {
        setHighlight(false);
        return false;
    }
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    if (!drop->mimeData()->hasUrls())
        return false; // plain text drags go to the widget
    const bool onEditor = m_editor && (watched == m_editor || watched == m_editor->viewport());
    if (onEditor && m_editor->acceptDrops() && !ContentEditor::droppedFile(drop->mimeData()).isEmpty()) {
        setHighlight(false);
        return false; // a text file for the content editor
    }
    return handleDragEvent(drop);
}

bool DropController::handleDragEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls()) {
        event->ignore();
        return false;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (event->type() == QEvent::Drop) {
        setHighlight(false);
        emitDropped(event->mimeData());
    } else {
        setHighlight(true);
    }
    return true;
}

void DropController::emitDropped(const QMimeData *mime)
{
    QStringList paths;
    QStringList remote;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            remote << url.toDisplayString();
    }
    Q_EMIT dropped(paths, remote);
}

void DropController::setHighlight(bool visible)
{
    updateGeometry();
    m_overlay->raise();
    m_overlay->setVisible(visible);
}

void DropController::updateGeometry()
{
    m_overlay->setGeometry(m_area->geometry());
}

} // namespace Quire
