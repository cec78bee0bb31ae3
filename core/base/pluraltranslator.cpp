#include "core/base/pluraltranslator.h"

#include <QCoreApplication>

namespace Quire {

PluralTranslator::PluralTranslator(QObject *parent)
    : QTranslator(parent)
{
}

void PluralTranslator::installOnce()
{
    static bool installed = false;
    if (installed || !QCoreApplication::instance())
        return;
    installed = true;
    QCoreApplication::installTranslator(new PluralTranslator(QCoreApplication::instance()));
}

bool PluralTranslator::isEmpty() const
{
    return false;
}

QString PluralTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    if (n < 0 || !sourceText)
        return {};
    const QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {};
    return englishPlural(text, n);
}

QString PluralTranslator::englishPlural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace Quire
