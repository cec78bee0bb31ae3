#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QTextDocument;

namespace Quire {

/**
 * The plain text of a QTextDocument (as toPlainText() gives it), followed edit by edit: reading all of a
 * 64 MB content template out of the document takes hundreds of milliseconds, an edit's few characters do
 * not. The edits are kept as a list on top of the last whole text; textMaker() applies them on the
 * planner's thread, and the text made there becomes the new base, so the GUI thread never copies the
 * whole text while typing (a shared QString changed in place would be copied: the plan holds the old one).
 */
class ContentMirror final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentMirror)

public:
    explicit ContentMirror(QTextDocument *document, QObject *parent = nullptr);

    /** The whole text now, on the GUI thread (applies what is pending: save, Start, comparisons). */
    [[nodiscard]] QString text();
    /** Cheap on the GUI thread; the function it returns makes the text now, on any thread, once. */
    [[nodiscard]] std::function<QString()> textMaker();

private:
    struct Edit
    {
        qsizetype position = 0;
        qsizetype removed = 0;
        QString inserted;
    };
    /** A text made by a textMaker() function: written there, then done; adopted on the GUI thread. */
    struct Build
    {
        std::atomic_bool done{false};
        QString text;
        qsizetype edits = 0; ///< how many of m_edits it contains
    };

    static QString applied(QString base, const QList<Edit> &edits);
    void onContentsChange(int position, int removed, int added);
    void adoptBuild();
    void readWhole();
    /** Lets text and edits go on another thread when they are large (freeing 128 MB is 10-20 ms of munmap). */
    void release(QString text, QList<Edit> edits = {});

    QTextDocument *m_document;
    QString m_base;
    QList<Edit> m_edits;    ///< since m_base
    qsizetype m_length = 0; ///< of m_base with m_edits applied
    std::shared_ptr<Build> m_build;
    bool m_stale = true; ///< m_base is not known: the next text() reads it whole
    int m_releaseNice = 0;
    QThreadPool m_releasePool; ///< frees large texts; declared last: waited for first
};

} // namespace Quire
