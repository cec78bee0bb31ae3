#include "ui/messageline.h"

#include <QEvent>
#include <QPainter>

namespace Quire {

QColor errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

void markField(QWidget *field, bool wrong)
{
    if (!wrong) {
        field->setPalette(QPalette()); // back to the inherited palette, whatever it is now
        return;
    }
    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : field->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor error = errorColour(palette);
    constexpr double tint = 0.18;
    const QColor mixed = QColor::fromRgbF(float(base.redF() * (1 - tint) + error.redF() * tint),
                                          float(base.greenF() * (1 - tint) + error.greenF() * tint),
                                          float(base.blueF() * (1 - tint) + error.blueF() * tint));
    palette.setColor(QPalette::Base, mixed);
    field->setPalette(palette);
}

MessageLine::MessageLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    applyColour();
}

void MessageLine::setMessage(const QString &message)
{
    // One line: several messages of one field are joined.
    QString line = message;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    setText(line);
    setToolTip(line);
}

bool MessageLine::hasMessage() const
{
    return !text().isEmpty();
}

QSize MessageLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()), fontMetrics().height()};
}

QSize MessageLine::minimumSizeHint() const
{
    return {0, fontMetrics().height()};
}

void MessageLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect area = contentsRect();
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
}

void MessageLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ParentChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColour();
}

void MessageLine::applyColour()
{
    QPalette own = parentWidget() ? parentWidget()->palette() : QPalette();
    own.setColor(QPalette::WindowText, errorColour(own));
    setPalette(own);
}

} // namespace Quire
