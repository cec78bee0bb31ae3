#pragma once

#include <QLabel>

namespace Quire {

/**
 * A validation message under a field: always one line tall, shown or not, so the fields under the
 * cursor never move while typing. A long message is elided when painted; the whole text stays the
 * label's text (what a screen reader reads) and its tooltip. Its colour follows the palette.
 */
class MessageLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLine)

public:
    explicit MessageLine(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    [[nodiscard]] bool hasMessage() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
};

/** The colour of errors for this palette: a red that reads on its window colour, light or dark. */
QColor errorColour(const QPalette &palette);
/** Marks a field as holding a mistake by tinting its base colour (palette only: right in dark mode). */
void markField(QWidget *field, bool wrong);

} // namespace Quire
