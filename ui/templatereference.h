#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace Quire {

/**
 * Help › Template reference (F1): the README's template section, in a dock that stays open beside the
 * form while typing (or floats as its own window). Rendered by Qt's own text widgets from Markdown.
 */
class TemplateReference final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateReference)

public:
    explicit TemplateReference(QWidget *parent = nullptr);

    /** The Markdown shown: the README's section, as built into the program. */
    static QString markdown();
    [[nodiscard]] QTextBrowser *browser() const;

private:
    QTextBrowser *m_browser;
};

} // namespace Quire
