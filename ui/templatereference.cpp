#include "ui/templatereference.h"

#include "ui/uiresources.h"

#include <QFile>
#include <QTextBrowser>

namespace Quire {

TemplateReference::TemplateReference(QWidget *parent)
    : QDockWidget(tr("Template reference"), parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("templateReference"));
    m_browser->setObjectName(QStringLiteral("templateReferenceText"));
    m_browser->setAccessibleName(tr("Template reference"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown());
    setWidget(m_browser);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
}

QString TemplateReference::markdown()
{
    initUiResources();
    QFile file(QStringLiteral(":/help/template-reference.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The template reference is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

QTextBrowser *TemplateReference::browser() const
{
    return m_browser;
}

} // namespace Quire
