#include "ui/resumebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Quire {

ResumeBar::ResumeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
{
    setObjectName(QStringLiteral("resumeBar"));
    setAccessibleName(tr("Interrupted run"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_text->setObjectName(QStringLiteral("resumeBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->setObjectName(QStringLiteral("resumeBarResume"));
    m_resume->setAccessibleName(tr("Resume the interrupted run"));
    m_resume->setToolTip(tr("Write what the run did not, so the folder ends as if it had never stopped"));
    auto *history = new QPushButton(tr("Show &history"), this);
    history->setObjectName(QStringLiteral("resumeBarHistory"));
    history->setAccessibleName(tr("Show the history of runs"));
    auto *dismiss = new QPushButton(tr("D&ismiss"), this);
    dismiss->setObjectName(QStringLiteral("resumeBarDismiss"));
    dismiss->setAccessibleName(tr("Dismiss this message"));
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_id); });
    connect(history, &QPushButton::clicked, this, &ResumeBar::historyRequested);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(history);
    layout->addWidget(dismiss);
    applyPalette();
    hide();
}

void ResumeBar::offer(const QString &id, const QString &message)
{
    m_id = id;
    m_text->setText(message);
    show();
}

QString ResumeBar::runId() const
{
    return m_id;
}

QString ResumeBar::message() const
{
    return m_text->text();
}

void ResumeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange)
        applyPalette();
}

void ResumeBar::applyPalette()
{
    // A tint of the highlight over the window colour: readable in light and dark palettes alike.
    QPalette colours = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor highlight = colours.color(QPalette::Highlight);
    const auto mix = [](int a, int b) {
        return (a * 80 + b * 20) / 100;
    };
    colours.setColor(QPalette::Window,
                     QColor(mix(window.red(), highlight.red()), mix(window.green(), highlight.green()),
                            mix(window.blue(), highlight.blue())));
    setPalette(colours);
}

} // namespace Quire
