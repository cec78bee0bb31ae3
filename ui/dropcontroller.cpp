#include "ui/dropcontroller.h"

#include "ui/contenteditor.h"
#include "ui/dropoverlay.h"
#include "ui/sourcefields.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace Quire {

namespace {

bool isCsvFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return info.isFile() && (suffix == u"csv" || suffix == u"tsv");
}

} // namespace

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
    m_overlay->setText(enabled ? tr("Drop folders to add them as targets, or a CSV file to make one file per row")
                               : tr("Targets cannot change during a run"));
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
    const QString textFile = onEditor ? ContentEditor::droppedFile(drop->mimeData()) : QString();
    if (onEditor && m_editor->acceptDrops() && !textFile.isEmpty() && !isCsvFile(textFile)) {
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
    QStringList csvFiles;
    QStringList remote;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            remote << url.toDisplayString();
        else if (isCsvFile(url.toLocalFile()))
            csvFiles << url.toLocalFile();
        else
            paths << url.toLocalFile();
    }
    if (!csvFiles.isEmpty())
        useCsvFiles(csvFiles);
    if (!paths.isEmpty() || !remote.isEmpty())
        Q_EMIT dropped(paths, remote);
}

void DropController::useCsvFiles(const QStringList &files)
{
    QStringList shown;
    for (const QString &file : files)
        shown << QDir::toNativeSeparators(file);
    if (!m_enabled) {
        Q_EMIT statusMessage(tr("The CSV file was not used: the source cannot change during a run."));
        return;
    }
    if (files.size() > 1) {
        Q_EMIT statusMessage(tr("%1 CSV files dropped (%2): the rows come from one file, so none was used. Drop "
                                "one of them.")
                                 .arg(files.size())
                                 .arg(shown.join(QStringLiteral(", "))));
        return;
    }
    // The form's fields by their object names (as its tests and the accessibility tree know them): the form
    // itself needs no drop logic. Choosing "CSV rows" and the file replans the preview.
    auto *source = m_window->findChild<QComboBox *>(QStringLiteral("sourceKind"));
    auto *fields = m_window->findChild<CsvSourceFields *>();
    if (!source || !fields)
        return;
    source->setCurrentIndex(1); // One file per CSV row
    fields->setFile(files.first());
    Q_EMIT statusMessage(tr("Rows from %1: one file per data row.").arg(shown.first()));
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
