#include "ui/previewpanel.h"

#include "ui/problemwording.h"
#include "ui/progresstext.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <limits>

namespace Quire {

namespace {

constexpr int HexBytes = 64;
constexpr qsizetype MaxPreviewChars = 64 * 1024;

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
    , m_fileNumber(new QSpinBox(this))
    , m_fileName(valueLabel(QStringLiteral("previewFileName"), tr("Path of the previewed file"), this))
    , m_text(viewer(QStringLiteral("previewText"), tr("Content of the chosen file"), this))
    , m_hex(viewer(QStringLiteral("previewHex"), tr("First bytes of the chosen file in hexadecimal"), this))
{
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems found by the plan"));
    m_problems->setWordWrap(true);
    m_problems->setMinimumHeight(40);
    m_fileNumber->setObjectName(QStringLiteral("previewFileNumber"));
    m_fileNumber->setAccessibleName(tr("Number of the file to preview"));
    m_fileNumber->setRange(1, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("First file:"), m_first);
    form->addRow(tr("Last file:"), m_last);
    form->addRow(tr("Conflicts:"), m_conflicts);
    auto *chooserLabel = new QLabel(tr("Pre&view file no.:"), this);
    chooserLabel->setBuddy(m_fileNumber);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(chooserLabel);
    chooser->addWidget(m_fileNumber);
    chooser->addWidget(m_fileName, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(captioned(tr("Problems:"), m_problems, splitter));
    splitter->addWidget(captioned(tr("Content of that file:"), m_text, splitter));
    splitter->addWidget(captioned(tr("Its first bytes in hex:"), m_hex, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({80, 240, 90});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(chooser);
    layout->addWidget(splitter, 1);
    connect(m_fileNumber, &QSpinBox::valueChanged, this, &PreviewPanel::showFile);
    setPlan(nullptr);
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
    const qint64 count = plan ? plan->fileCount() : 0;
    m_fileNumber->setEnabled(count > 0);
    m_fileNumber->setMaximum(int(std::clamp<qint64>(count, 1, std::numeric_limits<int>::max())));
    showFile();
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
    if (!m_plan || m_plan->fileCount() == 0 || !m_plan->isValid()) {
        m_fileName->clear();
        m_text->clear();
        m_hex->clear();
        return;
    }
    const qint64 position = std::min<qint64>(m_fileNumber->value(), m_plan->fileCount()) - 1;
    m_fileName->setText(m_plan->filePath(position));
    QString error;
    const QByteArray bytes = m_plan->contentBytes(position, &error);
    m_text->setPlainText(error.isEmpty() ? m_plan->contentText(position).left(MaxPreviewChars) : error);
    m_hex->setPlainText(hexDump(bytes, HexBytes));
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
