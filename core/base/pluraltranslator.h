#pragma once

#include <QTranslator>

namespace Quire {

/**
 * English plurals for the "file(s)" strings (CLI and GUI) (tr() with n) without a compiled .qm file: "(s)" becomes "s"
 * unless n is 1. Installed first, so a real translation installed later takes precedence.
 */
class PluralTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PluralTranslator)

public:
    explicit PluralTranslator(QObject *parent = nullptr);

    /** Installs one on the application once; later calls do nothing. */
    static void installOnce();

    /** text with "(s)" read for n: "s" unless n is 1 ("1 file", "0 files"). */
    [[nodiscard]] static QString englishPlural(QString text, int n);

    [[nodiscard]] bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace Quire
