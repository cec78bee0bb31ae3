#include "ui/contentmirror.h"

#include "core/run/threadnice.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>

#include <utility>

namespace Quire {

ContentMirror::ContentMirror(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &QTextDocument::contentsChange, this, &ContentMirror::onContentsChange);
    m_releasePool.setMaxThreadCount(1);
    m_releaseNice = niceBelowThisThread(BackgroundNiceIncrement);
}

QString ContentMirror::text()
{
    adoptBuild();
    if (m_stale) {
        readWhole();
    } else if (!m_edits.isEmpty()) {
        m_base = applied(std::move(m_base), m_edits);
        m_edits.clear();
        m_build.reset(); // its edit count no longer fits the list
    }
    return m_base;
}

std::function<QString()> ContentMirror::textMaker()
{
    adoptBuild();
    if (m_stale)
        readWhole(); // once, after the document was replaced or an edit could not be followed
    if (m_edits.isEmpty())
        return [text = m_base] {
            return text;
        };
    auto build = std::make_shared<Build>();
    build->edits = m_edits.size();
    m_build = build;
    return [base = m_base, edits = m_edits, build]() mutable {
        QString text = applied(std::move(base), edits);
        build->text = text;
        build->done.store(true, std::memory_order_release); // from here on the GUI thread may take build->text
        return text;
    };
}

QString ContentMirror::applied(QString base, const QList<Edit> &edits)
{
    for (const Edit &edit : edits)
        base.replace(edit.position, edit.removed, edit.inserted);
    return base;
}

// Document positions count a block break as one character, exactly as toPlainText()'s '\n'. A replaced
// document also reports its final block break, which toPlainText() leaves out: clamped.
void ContentMirror::onContentsChange(int position, int removed, int added)
{
    if (m_stale)
        return;
    adoptBuild();
    const qsizetype length = m_document->characterCount() - 1;
    if (position < 0 || position > m_length || position > length) {
        m_stale = true;
        return;
    }
    QTextCursor cursor(m_document);
    cursor.setPosition(position);
    cursor.setPosition(int(std::min<qsizetype>(position + added, length)), QTextCursor::KeepAnchor);
    QString inserted = cursor.selectedText();
    // What toPlainText() turns into plain characters, selectedText() leaves as the document holds them.
    for (QChar &c : inserted) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == QChar(0xfdd0) || c == QChar(0xfdd1))
            c = QLatin1Char('\n');
        else if (c == QChar::Nbsp)
            c = QLatin1Char(' ');
    }
    const qsizetype gone = std::min<qsizetype>(removed, m_length - position);
    m_length += inserted.size() - gone;
    m_edits.append({position, gone, std::move(inserted)});
    if (m_length != length)
        m_stale = true; // lost track: the next text() reads it whole
}

void ContentMirror::adoptBuild()
{
    if (!m_build || !m_build->done.load(std::memory_order_acquire))
        return;
    // The old base and the edits now inside the new one can hold the whole template (after a document was
    // loaded, its first edit is all of it): freed on the GUI thread they stalled the first keystroke.
    QList<Edit> adopted(m_edits.cbegin(), m_edits.cbegin() + m_build->edits);
    m_edits.remove(0, m_build->edits);
    // The new base is shared with the plan that was made from it: never changed in place.
    release(std::exchange(m_base, std::move(m_build->text)), std::move(adopted));
    m_build.reset();
}

void ContentMirror::release(QString text, QList<Edit> edits)
{
    constexpr qsizetype LargeChars = 1'000'000;
    qsizetype size = text.size();
    for (const Edit &edit : std::as_const(edits))
        size += edit.inserted.size();
    if (size < LargeChars)
        return; // freed here and now, as cheap as handing it over
    m_releasePool.start([text = std::move(text), edits = std::move(edits), nice = m_releaseNice]() mutable {
        applyThreadNice(nice);
        text = QString();
        edits.clear();
    });
}

void ContentMirror::readWhole()
{
    release(std::exchange(m_base, m_document->toPlainText()), std::exchange(m_edits, {}));
    m_build.reset();
    m_length = m_base.size();
    m_stale = false;
}

} // namespace Quire
