#pragma once

#include <QPlainTextEdit>

class QMimeData;

namespace Quire {

/** The content template editor: monospace; a text file dropped onto it is offered via fileDropped(). */
class ContentEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentEditor)

public:
    explicit ContentEditor(QWidget *parent = nullptr);

    /** The path if the data is exactly one local file that is not a folder, else an empty string. */
    static QString droppedFile(const QMimeData *mime);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace Quire
