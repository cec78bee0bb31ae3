#include "ui/previewpanel.h"

#include "core/run/threadnice.h"
#include "ui/async.h"
#include "ui/planlistmodel.h"
#include "ui/problemwording.h"
#include "ui/progresstext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace Quire {

namespace {

constexpr int HexBytes = 64;
constexpr qsizetype MaxPreviewChars = 64 * 1024;
constexpr int MinPathWidth = 140; // what the path keeps before the status column gives way

// Over AT-SPI a QLabel's accessible name replaces its text: what the label is goes into the description,
// so that a screen reader reads the value it shows.
QLabel *valueLabel(const QString &objectName, const QString &description, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(description);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPlainTextEdit *viewer(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

QWidget *captioned(const QString &caption, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(caption, box);
    label->setBuddy(content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(valueLabel(QStringLiteral("previewStatus"), tr("Preview summary"), this))
    , m_first(valueLabel(QStringLiteral("previewFirst"), tr("First file name"), this))
    , m_last(valueLabel(QStringLiteral("previewLast"), tr("Last file name"), this))
    , m_conflicts(valueLabel(QStringLiteral("previewConflicts"), tr("Existing files that conflict"), this))
    , m_problems(new QListWidget(this))
    , m_model(new PlanListModel(this))
    , m_list(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_listNote(valueLabel(QStringLiteral("planListNote"), tr("State of the list"), this))
    , m_fileNumber(new QSpinBox(this))
    , m_fileName(valueLabel(QStringLiteral("previewFileName"), tr("Path of the previewed file"), this))
    , m_text(viewer(QStringLiteral("previewText"), tr("Content of the chosen file"), this))
    , m_hex(viewer(QStringLiteral("previewHex"), tr("First bytes of the chosen file in hexadecimal"), this))
{
    m_filePool.setMaxThreadCount(1); // one file at a time: a newer choice waits, an older result is dropped
    m_backgroundNice = niceBelowThisThread(BackgroundNiceIncrement);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems found by the plan"));
    m_problems->setWordWrap(true);
    m_problems->setMinimumHeight(40);
    setupList();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("First file:"), m_first);
    form->addRow(tr("Last file:"), m_last);
    form->addRow(tr("Conflicts:"), m_conflicts);

    // The list is the main part; the problems and the chosen file share the rest.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(makeListBox());
    splitter->addWidget(captioned(tr("Problems:"), m_problems, splitter));
    splitter->addWidget(makeFileBox());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({360, 60, 140});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    connect(m_fileNumber, &QSpinBox::valueChanged, this, [this] {
        showFile();
        selectRowOfFile();
    });
    setPlan(nullptr);
}

// Uniform rows and no resizing to contents: the view never measures 10,000,000 rows.
void PreviewPanel::setupList()
{
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("Every planned file"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideLeft); // a long path keeps its file name, the end, in sight
    m_list->setCornerButtonEnabled(false);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    QHeaderView *header = m_list->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PlanListModel::PathColumn, QHeaderView::Stretch);
    fitColumns();
    m_list->viewport()->installEventFilter(this);
    m_list->setMinimumHeight(m_list->verticalHeader()->defaultSectionSize() * 4 + header->sizeHint().height());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onListRowChanged(current.row()); });
}

// "Show: All files / Conflicts only" beside the caption: the conflicts are looked for only when asked.
QWidget *PreviewPanel::makeListBox()
{
    auto *box = new QWidget(this);
    auto *caption = new QLabel(tr("Every planned file:"), box);
    caption->setBuddy(m_list);
    m_filter->setObjectName(QStringLiteral("planListFilter"));
    m_filter->setAccessibleName(tr("Files to list"));
    m_filter->addItem(tr("All files"), QVariant::fromValue(PlanListModel::Filter::All));
    m_filter->addItem(tr("Conflicts only"), QVariant::fromValue(PlanListModel::Filter::Conflicts));
    auto *showLabel = new QLabel(tr("Show:"), box);
    showLabel->setBuddy(m_filter);
    m_listNote->setWordWrap(false);
    auto *header = new QHBoxLayout;
    header->addWidget(caption);
    header->addWidget(m_listNote, 1);
    header->addWidget(showLabel);
    header->addWidget(m_filter);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(m_filter->currentData().value<PlanListModel::Filter>()); });
    connect(m_model, &PlanListModel::searchingChanged, this, &PreviewPanel::updateFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PreviewPanel::selectRowOfFile);
    return box;
}

void PreviewPanel::updateFilter()
{
    const bool conflicts = m_plan && m_plan->conflictCount > 0;
    if (!conflicts && m_filter->currentIndex() != 0)
        m_filter->setCurrentIndex(0); // nothing to show there
    m_filter->setEnabled(conflicts);
    if (m_model->isSearching())
        m_listNote->setText(tr("looking for the existing files…"));
    else if (m_model->filter() == PlanListModel::Filter::Conflicts)
        m_listNote->setText(tr("%1 existing").arg(formatCount(m_model->rowCount(), displayLocale())));
    else
        m_listNote->clear();
}

// Widths from what this plan can show (its numbers' digits, its statuses), never from measuring rows: the
// path gets the rest, so a narrow window still shows every column.
void PreviewPanel::fitColumns()
{
    const QFontMetrics metrics = m_list->fontMetrics();
    QHeaderView *header = m_list->horizontalHeader();
    const auto fit = [&](int column, const QStringList &texts, int extra) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 16;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + extra);
        header->resizeSection(column, width);
    };
    const QLocale locale = displayLocale();
    const Plan *plan = m_plan.get();
    const qint64 count = plan ? plan->fileCount() : 0;
    QStringList indexes{QStringLiteral("0000")};
    if (count > 0)
        indexes << QString::number(plan->indexAt(0)) << QString::number(plan->indexAt(count - 1));
    fit(PlanListModel::IndexColumn, indexes, 12);
    // A generator's size is every file's; a template's files are about the average (×10 for the odd long one).
    const qint64 average = count > 0 ? std::max<qint64>(plan->totalBytes, 0) / count : 0;
    const qint64 biggest = !plan ? 0 : plan->fileBytes >= 0 ? plan->fileBytes : average * 10;
    fit(PlanListModel::SizeColumn, {formatCount(std::max<qint64>(biggest, 9999), locale)}, 12);
    QStringList statuses{PlanListModel::statusText(PlanListModel::Found::Nothing, IfExists::Fail),
                         PlanListModel::statusText(PlanListModel::Found::Unknown, IfExists::Fail)};
    if (plan && plan->conflictCount > 0) {
        for (const auto found : {PlanListModel::Found::File, PlanListModel::Found::Folder})
            statuses << PlanListModel::statusText(found, plan->spec.ifExists);
    }
    m_statusWidth = 0;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const QString &status : std::as_const(statuses))
        m_statusWidth = std::max(m_statusWidth, metrics.horizontalAdvance(status) + icon + 24);
    shareWidth();
}

// A narrow window: the status column gives way down to its icon before the path does (the text stays
// in its tooltip and for screen readers), so no column is ever off to the side.
void PreviewPanel::shareWidth()
{
    QHeaderView *header = m_list->horizontalHeader();
    const int others = header->sectionSize(PlanListModel::IndexColumn) + header->sectionSize(PlanListModel::SizeColumn);
    const int room = m_list->viewport()->width() - others - MinPathWidth;
    const int least = style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    header->resizeSection(PlanListModel::StatusColumn, std::clamp(room, least, std::max(least, m_statusWidth)));
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        shareWidth();
    return QWidget::eventFilter(watched, event);
}

QWidget *PreviewPanel::makeFileBox()
{
    auto *box = new QWidget(this);
    m_fileNumber->setObjectName(QStringLiteral("previewFileNumber"));
    m_fileNumber->setAccessibleName(tr("Number of the file to preview"));
    m_fileNumber->setRange(1, 1);
    auto *chooserLabel = new QLabel(tr("Pre&view file no.:"), box);
    chooserLabel->setBuddy(m_fileNumber);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(chooserLabel);
    chooser->addWidget(m_fileNumber);
    chooser->addWidget(m_fileName, 1);
    auto *tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("previewFileTabs"));
    tabs->setAccessibleName(tr("The chosen file"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_text, tr("Content"));
    tabs->addTab(m_hex, tr("First bytes in hex"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(chooser);
    layout->addWidget(tabs, 1);
    return box;
}

PlanListModel *PreviewPanel::listModel() const
{
    return m_model;
}

QTableView *PreviewPanel::listView() const
{
    return m_list;
}

void PreviewPanel::onListRowChanged(int row)
{
    const qint64 position = m_model->positionAt(row);
    if (m_syncing || position < 0 || position >= m_fileNumber->maximum())
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_fileNumber->setValue(int(position + 1)); // shows the file
}

void PreviewPanel::selectRowOfFile()
{
    if (m_syncing)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    const int row = m_model->rowOf(m_fileNumber->value() - 1);
    if (row < 0) { // not in this view (Conflicts only): nothing chosen in the list
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, PlanListModel::PathColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

PlanPtr PreviewPanel::plan() const
{
    return m_plan;
}

void PreviewPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_status->setText(tr("Updating the preview…"));
    else
        showSummary();
}

void PreviewPanel::setPlan(const PlanPtr &plan)
{
    m_plan = plan;
    showSummary();
    showProblems();
    m_model->setPlan(plan);
    const qint64 count = plan ? plan->fileCount() : 0;
    m_fileNumber->setEnabled(count > 0);
    m_fileNumber->setMaximum(int(std::clamp<qint64>(count, 1, std::numeric_limits<int>::max())));
    showFile();
    selectRowOfFile();
    updateFilter();
    fitColumns();
}

void PreviewPanel::showSummary()
{
    if (m_busy)
        return;
    if (!m_plan) {
        m_status->setText(tr("No preview yet."));
        return;
    }
    const QLocale locale = displayLocale();
    const Plan &plan = *m_plan;
    const QString files =
        plan.fileCount() == 1 ? tr("1 file") : tr("%1 files").arg(formatCount(plan.fileCount(), locale));
    const QString folders =
        plan.folders.size() == 1 ? tr("1 folder") : tr("%1 folders").arg(formatCount(plan.folders.size(), locale));
    QString status = tr("%1 in %2 · %3").arg(files, folders, formatBytes(plan.totalBytes, locale));
    qint64 subfolders = 0;
    QString firstSubfolder;
    for (const FolderPlan &folder : plan.folders) {
        subfolders += folder.subfoldersToCreate;
        if (firstSubfolder.isEmpty() && !folder.subfolders.isEmpty())
            firstSubfolder = folder.subfolders.constFirst();
    }
    if (subfolders > 0) // names with "/": the sub-folders the run will make
        status += tr(" · %1 sub-folders to create (first: %2)").arg(formatCount(subfolders, locale), firstSubfolder);
    if (!plan.isValid())
        status += tr(" · cannot run: see the problems below");
    m_status->setText(status);
    m_first->setText(plan.firstName);
    m_last->setText(plan.lastName);
    QStringList names;
    for (const FolderPlan &folder : plan.folders)
        names << folder.firstConflicts;
    m_conflicts->setText(plan.conflictCount == 0 ? tr("none")
                                                 : tr("%1 existing: %2")
                                                       .arg(formatCount(plan.conflictCount, locale),
                                                            names.mid(0, 5).join(QStringLiteral(", "))));
}

void PreviewPanel::showProblems()
{
    m_problems->clear();
    if (!m_plan)
        return;
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PlanProblem &problem : m_plan->problems) {
        const bool isError = problem.severity == PlanProblem::Severity::Error;
        auto *item = new QListWidgetItem(isError ? error : warning, WindowProblemWording::text(problem), m_problems);
        item->setData(Qt::UserRole, problem.field);
        item->setToolTip(item->text());
    }
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("No problems found."), m_problems);
}

void PreviewPanel::showFile()
{
    ++m_fileGeneration;
    if (!m_plan || m_plan->fileCount() == 0 || !m_plan->isValid()) {
        m_fileName->clear();
        m_text->clear();
        m_hex->clear();
        return;
    }
    const qint64 position = std::min<qint64>(m_fileNumber->value(), m_plan->fileCount()) - 1;
    m_fileName->setText(m_plan->filePath(position));
    // A file's content can be a 64 MB template rendered: made on a thread of the panel's own (about a
    // second for 64 MB), never on the GUI thread; a newer choice or plan makes this one stale.
    const quint64 generation = m_fileGeneration;
    runAsync(
        &m_filePool, this,
        [plan = m_plan, position, nice = m_backgroundNice] {
            applyThreadNice(nice);
            QString error;
            const QByteArray bytes = plan->contentBytes(position, &error);
            return std::pair(error.isEmpty() ? plan->contentText(position).left(MaxPreviewChars) : error,
                             hexDump(bytes, HexBytes));
        },
        [this, generation](const std::pair<QString, QString> &shown) {
            if (generation != m_fileGeneration)
                return;
            m_text->setPlainText(shown.first);
            m_hex->setPlainText(shown.second);
        });
}

QString PreviewPanel::hexDump(const QByteArray &bytes, int maxBytes)
{
    QStringList rows;
    const qsizetype shown = std::min<qsizetype>(bytes.size(), maxBytes);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        const QByteArray row = bytes.mid(offset, std::min<qsizetype>(16, shown - offset));
        rows << QStringLiteral("%1  %2")
                    .arg(offset, 4, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(row.toHex(' ').toUpper()));
    }
    if (bytes.size() > shown)
        rows << tr("… and %1 more bytes").arg(bytes.size() - shown);
    return rows.join(QLatin1Char('\n'));
}

} // namespace Quire
