#include "ui/placeholderbutton.h"

#include <QCoreApplication>
#include <QMenu>

namespace Quire {

QList<PlaceholderEntry> placeholderEntries()
{
    struct Row
    {
        const char *text;
        const char *description;
        bool inNames;
    };
    static constexpr Row rows[] = {
        {"{index}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the index"), true},
        {"{index:000}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the index, zero-padded to 3 digits"), true},
        {"{index:x}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the index in hexadecimal"), true},
        {"{n}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the file's position in its folder, from 1"), true},
        {"{count}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the number of files per folder"), true},
        {"{date:yyyy-MM-dd}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the run's start date"), true},
        {"{time:HH-mm-ss}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the run's start time"), true},
        {"{uuid}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "a random UUID per file"), true},
        {"{random:8}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "8 random letters and digits"), true},
        {"{folder}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the target folder's name"), true},
        {"{name}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "the file's own name"), false},
        {"{nl}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "a line ending (the one chosen below)"), false},
        {"{tab}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "a tab"), true},
        {"{{", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "a literal {"), true},
        {"}}", QT_TRANSLATE_NOOP("Quire::PlaceholderButton", "a literal }"), true},
    };
    QList<PlaceholderEntry> entries;
    for (const Row &row : rows)
        entries.append({QString::fromLatin1(row.text),
                        QCoreApplication::translate("Quire::PlaceholderButton", row.description), row.inNames});
    return entries;
}

QString placeholderToolTip(TemplateKind kind)
{
    QStringList names;
    for (const PlaceholderEntry &entry : placeholderEntries()) {
        if (kind == TemplateKind::Content || entry.inNames)
            names << entry.text;
    }
    return kind == TemplateKind::Name
               ? PlaceholderButton::tr("For example file-{index:00}.txt. Placeholders: %1 (F1: the template reference)")
                     .arg(names.join(QStringLiteral(" ")))
               : PlaceholderButton::tr("Text of every file. Placeholders: %1 (F1: the template reference)")
                     .arg(names.join(QStringLiteral(" ")));
}

PlaceholderButton::PlaceholderButton(TemplateKind kind, QWidget *parent)
    : QToolButton(parent)
    , m_kind(kind)
{
    setText(tr("{ } Insert"));
    setToolTip(tr("Insert a placeholder at the cursor"));
    setAccessibleName(kind == TemplateKind::Name ? tr("Insert a placeholder into the name template")
                                                 : tr("Insert a placeholder into the content template"));
    setPopupMode(QToolButton::InstantPopup);
    buildMenu();
}

void PlaceholderButton::setColumns(const QStringList &columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    buildMenu();
}

void PlaceholderButton::buildMenu()
{
    QMenu *old = menu();
    auto *menu = new QMenu(this);
    const QStringList builtIn = Template::placeholderNames();
    for (const QString &column : std::as_const(m_columns)) {
        const bool plain = !builtIn.contains(column) && !column.contains(u':') && !column.contains(u'{') &&
                           !column.contains(u'}') && !column.isEmpty();
        const QString text = plain ? u'{' + column + u'}' : QStringLiteral("{col:%1}").arg(column);
        QAction *action =
            menu->addAction(QStringLiteral("%1\t%2").arg(text, tr("the row's \"%1\" column").arg(column)));
        action->setData(text);
        connect(action, &QAction::triggered, this, [this, text] { Q_EMIT insertRequested(text); });
    }
    if (!m_columns.isEmpty())
        menu->addSeparator();
    for (const PlaceholderEntry &entry : placeholderEntries()) {
        if (m_kind == TemplateKind::Name && !entry.inNames)
            continue;
        QAction *action = menu->addAction(QStringLiteral("%1\t%2").arg(entry.text, entry.description));
        action->setData(entry.text);
        connect(action, &QAction::triggered, this, [this, text = entry.text] { Q_EMIT insertRequested(text); });
    }
    setMenu(menu);
    delete old;
}

} // namespace Quire
