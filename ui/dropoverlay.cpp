#include "ui/dropoverlay.h"

#include <QPainter>
#include <QPalette>

namespace Quire {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void DropOverlay::setText(const QString &text)
{
    m_text = text;
    update();
}

QString DropOverlay::text() const
{
    return m_text;
}

void DropOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(48);
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::DashLine));
    painter.drawRoundedRect(area, 12, 12);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter.setFont(font);
    const QRectF textBox =
        painter.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, m_text).adjusted(-16, -10, 16, 10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(textBox, 8, 8);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace Quire
