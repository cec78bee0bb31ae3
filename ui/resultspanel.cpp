#include "ui/resultspanel.h"

#include "ui/messageline.h"
#include "ui/progresstext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quire {

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultsModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_badge(new QLabel(this))
{
    setupView();
    m_filter->setObjectName(QStringLiteral("resultsFilter"));
    m_filter->setAccessibleName(tr("Show which files"));
    m_filter->addItem(tr("All files"), QVariant::fromValue(ResultsModel::Filter::All));
    m_filter->addItem(tr("Failed"), QVariant::fromValue(ResultsModel::Filter::Failed));
    m_filter->addItem(tr("Skipped"), QVariant::fromValue(ResultsModel::Filter::Skipped));
    m_badge->setObjectName(QStringLiteral("failureBadge"));
    m_badge->setAccessibleDescription(tr("Number of failed files")); // the name is the text it shows
    // Colours from the palette (light or dark), not a style sheet with fixed ones.
    QPalette badge = m_badge->palette();
    const QColor background = errorColour(badge);
    badge.setColor(QPalette::Window, background);
    badge.setColor(QPalette::WindowText, background.lightness() < 128 ? Qt::white : Qt::black);
    m_badge->setPalette(badge);
    m_badge->setAutoFillBackground(true);
    m_badge->setMargin(2);
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_badge->hide();

    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_filter);
    top->addWidget(m_badge);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ResultsPanel::onFilterChanged);
}

void ResultsPanel::setupView()
{
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Results per file"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // "report-…0001.txt": both the name's start and its number show
    m_view->verticalHeader()->hide();
    // Fixed row heights and no resize-to-contents keep a 10,000,000-row table virtual and cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(ResultsModel::IndexColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + 12);
    m_view->setColumnWidth(ResultsModel::FileColumn,
                           metrics.horizontalAdvance(QStringLiteral("report-000000.txt")) + 12);
    m_view->setColumnWidth(ResultsModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("skipped")) + 16);
    m_view->setColumnWidth(ResultsModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("Bytes00")) + 12);
}

ResultsModel *ResultsPanel::model() const
{
    return m_model;
}

QTableView *ResultsPanel::view() const
{
    return m_view;
}

void ResultsPanel::setFailedCount(qint64 failed)
{
    m_badge->setVisible(failed > 0);
    m_badge->setText(tr("%1 failed").arg(formatCount(failed, displayLocale())));
    Q_EMIT failedCountChanged(failed);
}

void ResultsPanel::onFilterChanged(int index)
{
    m_model->setFilter(m_filter->itemData(index).value<ResultsModel::Filter>());
}

} // namespace Quire
