#pragma once

#include "core/template/templateengine.h"

#include <QList>
#include <QString>
#include <QToolButton>

namespace Quire {

/** One placeholder a user can insert: what is typed, what it gives, and where it works. */
struct PlaceholderEntry
{
    QString text;
    QString description;
    bool inNames = true; ///< false: content only ({name}, {nl})
};

/** The placeholders of the template reference, in its order, described for the window. */
QList<PlaceholderEntry> placeholderEntries();

/** A tooltip for a template field that lists only the placeholders that work in it. */
QString placeholderToolTip(TemplateKind kind);

/**
 * "Insert placeholder" next to a template field: a menu of what works in that field (KRename and
 * digiKam have token pickers); choosing one asks the field to insert it at its cursor.
 */
class PlaceholderButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderButton)

public:
    PlaceholderButton(TemplateKind kind, QWidget *parent);

    /** The CSV columns of the job, offered first ({customer}, or {col:NAME} when the name is taken). */
    void setColumns(const QStringList &columns);

Q_SIGNALS:
    void insertRequested(const QString &placeholder);

private:
    void buildMenu();

    TemplateKind m_kind;
    QStringList m_columns;
};

} // namespace Quire
