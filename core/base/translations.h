#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Quire {

/**
 * QCoreApplication::translate for the core, whose classes are no QObjects: one context per area
 * ("Quire::Planner"), "%n" plurals with n. Without a translation, English "(s)" plurals still read right
 * ("1 file", "2 files"), so the core's English does not depend on a translator being installed.
 * lupdate reads it as translate (scripts/update-translations.sh passes -tr-function-alias translate+=trCore).
 */
[[nodiscard]] QString trCore(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                             int n = -1);

/** n for trCore's plural forms from a 64-bit count: negative as 0, beyond int keeping its last digits. */
[[nodiscard]] int pluralCount(qint64 n);

/** What installTranslations() loaded, for tests and diagnostics. */
struct InstalledTranslations
{
    QString quire; ///< where Quire's own catalogue came from (":/i18n/quire_de.qm"), empty if none matched
    QString qt;    ///< Qt's own catalogue (qtbase_de.qm), empty if none matched
};

/**
 * Installs, on the running application, the English plural fallback, then Quire's catalogue and Qt's own
 * (dialog buttons, QCommandLineParser's help) for the first of locale.uiLanguages() that has one. The C/POSIX
 * locale (LC_ALL=C, as scripts and tests run) keeps English, as gettext does. Call once, after the application
 * object exists; a second call replaces what the first installed.
 */
InstalledTranslations installTranslations(const QLocale &locale = QLocale::system());

/** Where installed catalogues live next to the binary (<prefix>/share/quire/translations), searched first. */
[[nodiscard]] QString installedTranslationsPath();

} // namespace Quire
