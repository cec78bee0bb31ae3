#include "ui/runpanel.h"

#include "ui/progresstext.h"
#include "ui/runprogressbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace Quire {

namespace {

constexpr int ProgressScale = 1000;

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_progress(new RunProgressBar(this))
    , m_summary(new QLabel(this))
    , m_finishedActions(new QWidget(this))
{
    m_start = makeButton(tr("&Start"), QStringLiteral("startButton"), tr("Start creating the files"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start (Ctrl+Return)"));
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_start->setDefault(true);
    auto *enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enter, &QShortcut::activated, m_start, &QPushButton::animateClick);
    m_pause = makeButton(tr("&Pause"), QStringLiteral("pauseButton"), tr("Pause or resume the run"));
    m_cancel = makeButton(tr("Cancel"), QStringLiteral("cancelButton"), tr("Cancel the run"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Cancel (Esc)"));
    setupProgressBar();
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    // A description, not a name: over AT-SPI a QLabel's accessible name replaces its text, and a screen
    // reader must read the summary itself.
    m_summary->setAccessibleDescription(tr("Summary of the run"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildFinishedActions();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_finishedActions);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startRequested);
    connect(m_pause, &QPushButton::clicked, this, &RunPanel::onPauseClicked);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    clearSummary();
    updateButtons();
}

void RunPanel::setupProgressBar()
{
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, ProgressScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Ready"));
    m_progress->setMinimumWidth(200);
}

void RunPanel::buildFinishedActions()
{
    QPushButton *open = makeButton(tr("Open folder"), QStringLiteral("openFolderButton"), tr("Open the target folder"));
    QPushButton *copy = makeButton(tr("Cop&y errors"), QStringLiteral("copyErrorsButton"), tr("Copy the errors"));
    QPushButton *report = makeButton(tr("Export report…"), QStringLiteral("exportReportButton"), tr("Export a report"));
    auto *actions = new QHBoxLayout(m_finishedActions);
    actions->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {open, copy, report})
        actions->addWidget(button);
    actions->addStretch();
    connect(open, &QPushButton::clicked, this, &RunPanel::openFolderRequested);
    connect(copy, &QPushButton::clicked, this, &RunPanel::copyErrorsRequested);
    connect(report, &QPushButton::clicked, this, &RunPanel::exportReportRequested);
}

QPushButton *RunPanel::makeButton(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

void RunPanel::setState(State state)
{
    m_state = state;
    if (state == State::Planning) {
        m_progress->setRange(0, 0); // busy indicator while the final plan is computed
        m_progress->setFormat(tr("Planning…"));
    } else {
        m_progress->setRange(0, ProgressScale);
    }
    updateButtons();
}

RunPanel::State RunPanel::state() const
{
    return m_state;
}

void RunPanel::setStartAllowed(bool allowed)
{
    m_startAllowed = allowed;
    updateButtons();
}

void RunPanel::setProgress(const RunProgress &progress)
{
    const double fraction = progress.total > 0 ? double(progress.done) / double(progress.total) : 0.0;
    m_progress->setValueAndText(int(fraction * ProgressScale), progressText(progress, displayLocale()));
    m_progress->setAccessibleDescription(m_progress->format()); // a screen reader hears counts, rate and time
}

void RunPanel::showSummary(const RunSummary &summary)
{
    // The run is over: no time left to show, whatever the last estimate said.
    RunProgress final = summary.counts;
    final.etaMs = -1;
    final.paused = false;
    setProgress(final);
    m_summary->setText(summaryText(summary, displayLocale()));
    m_summary->show();
    m_finishedActions->show();
    m_finishedActions->findChild<QPushButton *>(QStringLiteral("copyErrorsButton"))
        ->setEnabled(summary.counts.failed > 0 || !summary.jobErrors.isEmpty());
}

void RunPanel::clearSummary()
{
    m_summary->clear();
    m_summary->hide();
    m_finishedActions->hide();
}

void RunPanel::onPauseClicked()
{
    if (m_state == State::Paused)
        Q_EMIT resumeRequested();
    else if (m_state == State::Running)
        Q_EMIT pauseRequested();
}

void RunPanel::updateButtons()
{
    const bool active = m_state != State::Idle;
    m_start->setEnabled(!active && m_startAllowed);
    m_pause->setEnabled(m_state == State::Running || m_state == State::Paused);
    m_pause->setText(m_state == State::Paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(style()->standardIcon(m_state == State::Paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_cancel->setEnabled(active);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    if (m_state == State::Idle && m_progress->format() == tr("Planning…"))
        m_progress->setFormat(tr("Ready"));
}

} // namespace Quire
