#include "core/base/translations.h"

#include "core/base/pluraltranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>
#include <limits>

namespace Quire {

namespace {

// The translators installTranslations() put on the application, so a second call replaces them.
QPointer<QTranslator> &quireTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

bool isCLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

void remove(QPointer<QTranslator> &slot)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
}

/** Loads the first of the folders that holds a catalogue for the locale; empty when none does. */
QString load(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name, const QStringList &folders)
{
    remove(slot);
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (!folder.isEmpty() && translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            slot = translator;
            return translator->filePath();
        }
    }
    delete translator;
    return {};
}

} // namespace

QString trCore(const char *context, const char *sourceText, const char *disambiguation, int n)
{
    const QString text = QCoreApplication::translate(context, sourceText, disambiguation, n);
    return n >= 0 ? PluralTranslator::englishPlural(text, n) : text;
}

int pluralCount(qint64 n)
{
    // Some languages' plural rules read the last digits (21 vs 25 in Russian): a huge count keeps its last nine.
    if (n <= std::numeric_limits<int>::max())
        return int(std::max<qint64>(n, 0));
    return int(1'000'000'000 + n % 1'000'000'000);
}

QString installedTranslationsPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/quire/translations"));
}

InstalledTranslations installTranslations(const QLocale &locale)
{
    InstalledTranslations installed;
    if (!QCoreApplication::instance())
        return installed;
    PluralTranslator::installOnce(); // first, so any real catalogue installed after it wins
    if (isCLocale(locale)) {
        remove(quireTranslator());
        remove(qtTranslator());
        return installed;
    }
    installed.quire = load(quireTranslator(), locale, QStringLiteral("quire"),
                           {installedTranslationsPath(), QStringLiteral(":/i18n")});
    installed.qt =
        load(qtTranslator(), locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    return installed;
}

} // namespace Quire
