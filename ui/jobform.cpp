#include "ui/jobform.h"

#include "core/base/safefile.h"
#include "core/content/textencoder.h"
#include "core/template/templateengine.h"
#include "ui/contenteditor.h"
#include "ui/contentmirror.h"
#include "ui/folderlistwidget.h"
#include "ui/messageline.h"
#include "ui/placeholderbutton.h"
#include "ui/problemwording.h"
#include "ui/sourcefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <optional>

namespace Quire {

namespace {

// The window's own words: the core's message speaks of command-line options.
QString contentFileProblem(const QString &name, const ReadResult &read)
{
    switch (read.problem) {
    case ReadProblem::NotRegular:
        return JobForm::tr("%1 is not a file but %2: choose a text file.").arg(name, read.detail);
    case ReadProblem::TooLarge:
        return JobForm::tr("%1 is larger than %2 MiB, the limit for a content template: choose a smaller file.")
            .arg(name)
            .arg(MaxInputFileBytes / (1024 * 1024));
    case ReadProblem::CannotRead:
    case ReadProblem::None:
        break;
    }
    return JobForm::tr("Cannot read %1: %2").arg(name, read.detail);
}

std::optional<qint64> parseNumber(const QLineEdit *field)
{
    bool ok = false;
    const qint64 value = field->text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// The plan's errors with one field, one per line. (The one place that turns a PlanProblem into text.)
QString problemLines(const Plan *plan, const QString &field)
{
    QStringList lines;
    if (plan) {
        for (const PlanProblem &problem : plan->problems) {
            if (problem.severity == PlanProblem::Severity::Error && problem.field == field)
                lines << WindowProblemWording::text(problem);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void showError(QWidget *field, MessageLine *label, const QString &error)
{
    label->setMessage(error);
    field->setAccessibleDescription(error);
    markField(field, !error.isEmpty());
}

// The settings of a job (from a job file or quire-cli) that the form has no field for yet.
QStringList keptSettings(const JobSpec &spec)
{
    QStringList kept;
    if (!spec.contentFile.isEmpty())
        kept << JobForm::tr("the content template read from %1").arg(spec.contentFile);
    if (spec.shard)
        kept << JobForm::tr("shard %1").arg(shardText(*spec.shard));
    if (spec.runTime)
        kept << JobForm::tr("run time %1").arg(runTimeText(*spec.runTime));
    if (spec.seed)
        kept << JobForm::tr("seed %1").arg(*spec.seed);
    if (spec.writeMethod != WriteMethod::Direct)
        kept << JobForm::tr("write method %1").arg(writeMethodName(spec.writeMethod));
    if (spec.backup)
        kept << JobForm::tr("backups of replaced files");
    return kept;
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(false);
    return box;
}

} // namespace

JobForm::JobForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTargets());
    m_keptNote = new QLabel(this);
    m_keptNote->setObjectName(QStringLiteral("keptSettingsNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->setTextFormat(Qt::PlainText);
    m_keptNote->hide();
    layout->addWidget(m_keptNote);
    layout->addWidget(buildNames());
    layout->addWidget(buildRange());
    layout->addWidget(buildContent(), 1);
    layout->addWidget(buildOptions());
    setSpec(JobSpec());
    connectChanges();
    // Visual order: the "Load from file…" button sits above the editor.
    setTabOrder(m_step, m_loadContent);
    setTabOrder(m_loadContent, m_content);
    setTabOrder(m_content, m_encoding);
}

QWidget *JobForm::buildTargets()
{
    auto *box = group(tr("Target folders"), this);
    m_folders = new FolderListWidget(box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_folders);
    connect(m_folders, &FolderListWidget::statusMessage, this, &JobForm::statusMessage);
    return box;
}

MessageLine *JobForm::makeErrorLabel(const QString &objectName)
{
    auto *label = new MessageLine(this);
    label->setObjectName(objectName);
    label->setAccessibleDescription(tr("Validation message")); // the name is the message itself
    return label;
}

QWidget *JobForm::buildNames()
{
    auto *box = group(tr("Names"), this);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameTemplate"));
    m_name->setAccessibleName(tr("Name template"));
    m_name->setToolTip(placeholderToolTip(TemplateKind::Name));
    m_nameError = makeErrorLabel(QStringLiteral("nameError"));
    auto *insert = m_insertName = new PlaceholderButton(TemplateKind::Name, box);
    insert->setObjectName(QStringLiteral("insertNamePlaceholder"));
    connect(insert, &PlaceholderButton::insertRequested, m_name, [this](const QString &text) {
        m_name->insert(text);
        m_name->setFocus();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(insert);
    auto *form = new QFormLayout(box);
    auto *label = new QLabel(tr("&Name template:"), box);
    label->setBuddy(m_name);
    form->addRow(label, row);
    form->addRow(QString(), m_nameError);
    return box;
}

QLineEdit *JobForm::makeNumberField(const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    // qint64 does not fit a QSpinBox: a validated line edit takes any 64-bit value.
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[-+]?\\d{0,19}")), field));
    field->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-000000")));
    return field;
}

QWidget *JobForm::buildRange()
{
    auto *box = group(tr("Source"), this);
    m_from = makeNumberField(QStringLiteral("rangeFrom"), tr("Range from"));
    m_to = makeNumberField(QStringLiteral("rangeTo"), tr("Range to"));
    m_step = makeNumberField(QStringLiteral("rangeStep"), tr("Range step"));
    m_rangeError = makeErrorLabel(QStringLiteral("rangeError"));
    m_sourceKind = new QComboBox(box);
    m_sourceKind->setObjectName(QStringLiteral("sourceKind"));
    m_sourceKind->setAccessibleName(tr("Where the files come from"));
    m_sourceKind->addItem(tr("An index range"));
    m_sourceKind->addItem(tr("One file per CSV row"));
    m_csv = new CsvSourceFields(box);
    auto *range = new QWidget(box);
    auto *row = new QHBoxLayout(range);
    row->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QLineEdit *> fields[] = {
        {tr("Fro&m:"), m_from}, {tr("&To:"), m_to}, {tr("St&ep:"), m_step}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, range);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, 1);
    }
    m_sourcePages = new QStackedWidget(box);
    m_sourcePages->addWidget(range);
    m_sourcePages->addWidget(m_csv);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_sourceKind);
    layout->addWidget(m_sourcePages);
    layout->addWidget(m_rangeError);
    return box;
}

QWidget *JobForm::buildContent()
{
    auto *box = group(tr("Content"), this);
    m_content = new ContentEditor(box);
    m_content->setObjectName(QStringLiteral("contentTemplate"));
    m_content->setAccessibleName(tr("Content template"));
    m_content->setToolTip(placeholderToolTip(TemplateKind::Content));
    m_content->setMinimumHeight(70);
    m_contentError = makeErrorLabel(QStringLiteral("contentError"));
    m_mirror = new ContentMirror(m_content->document(), this);
    m_loadContent = new QPushButton(tr("&Load from file…"), box);
    m_loadContent->setObjectName(QStringLiteral("loadContentButton"));
    m_loadContent->setAccessibleName(tr("Load the content template from a file"));
    auto *label = new QLabel(tr("&Content template:"), box);
    label->setBuddy(m_content);
    auto *insert = m_insertContent = new PlaceholderButton(TemplateKind::Content, box);
    insert->setObjectName(QStringLiteral("insertContentPlaceholder"));
    connect(insert, &PlaceholderButton::insertRequested, m_content, [this](const QString &text) {
        m_content->insertPlainText(text);
        m_content->setFocus();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(label, 1);
    top->addWidget(insert);
    top->addWidget(m_loadContent);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    m_contentMode = new ContentModeFields(box);
    layout->addWidget(m_contentMode);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_contentError);
    layout->addLayout(buildEncodingRows(box));
    connect(m_loadContent, &QPushButton::clicked, this, &JobForm::chooseContentFile);
    connect(m_content, &ContentEditor::fileDropped, this, &JobForm::loadContentFile);
    return box;
}

QLayout *JobForm::buildEncodingRows(QWidget *box)
{
    m_encoding = new QComboBox(box);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItems(TextEncoder::availableEncodings());
    m_encoding->setMaxVisibleItems(20);
    m_bom = new QCheckBox(tr("Write &BOM"), box);
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setAccessibleName(tr("Write a byte order mark"));
    m_lineEnding = new QComboBox(box);
    m_lineEnding->setObjectName(QStringLiteral("lineEnding"));
    m_lineEnding->setAccessibleName(tr("Line ending"));
    m_lineEnding->addItem(tr("LF (Linux, macOS)"), lineEndingName(LineEnding::Lf));
    m_lineEnding->addItem(tr("CRLF (Windows)"), lineEndingName(LineEnding::CrLf));
    m_lineEnding->addItem(tr("CR (classic Mac OS)"), lineEndingName(LineEnding::Cr));

    auto *encodingLabel = new QLabel(tr("Enco&ding:"), box);
    encodingLabel->setBuddy(m_encoding);
    auto *eolLabel = new QLabel(tr("L&ine ending:"), box);
    eolLabel->setBuddy(m_lineEnding);
    auto *grid = new QGridLayout;
    grid->addWidget(encodingLabel, 0, 0);
    grid->addWidget(m_encoding, 0, 1);
    grid->addWidget(m_bom, 0, 2);
    grid->addWidget(eolLabel, 1, 0);
    grid->addWidget(m_lineEnding, 1, 1);
    grid->setColumnStretch(1, 1);
    return grid;
}

QWidget *JobForm::buildOptions()
{
    auto *box = group(tr("Options"), this);
    m_ifExists = new QComboBox(box);
    m_ifExists->setObjectName(QStringLiteral("ifExists"));
    m_ifExists->setAccessibleName(tr("If a file exists"));
    m_ifExists->addItem(tr("Fail: report it, write nothing"), ifExistsName(IfExists::Fail));
    m_ifExists->addItem(tr("Skip it"), ifExistsName(IfExists::Skip));
    m_ifExists->addItem(tr("Overwrite it"), ifExistsName(IfExists::Overwrite));
    m_ifExists->addItem(tr("Keep both: name (2).ext"), ifExistsName(IfExists::Rename));
    m_parallel = new QSpinBox(box);
    m_parallel->setObjectName(QStringLiteral("parallel"));
    m_parallel->setAccessibleName(tr("Parallel writes"));
    m_parallel->setRange(0, MaxParallelWrites);
    m_parallel->setSpecialValueText(tr("Automatic (%1)").arg(defaultParallelWrites()));
    m_durable = new QCheckBox(tr("D&urable writes (sync to disk)"), box);
    m_durable->setObjectName(QStringLiteral("durable"));
    m_durable->setAccessibleName(tr("Durable writes"));
    m_stopOnError = new QCheckBox(tr("Stop at first err&or"), box);
    m_stopOnError->setObjectName(QStringLiteral("stopOnError"));
    m_stopOnError->setAccessibleName(tr("Stop at the first error"));

    auto *form = new QFormLayout(box);
    auto *existsLabel = new QLabel(tr("If a file e&xists:"), box);
    existsLabel->setBuddy(m_ifExists);
    auto *parallelLabel = new QLabel(tr("Parallel &writes:"), box);
    parallelLabel->setBuddy(m_parallel);
    form->addRow(existsLabel, m_ifExists);
    form->addRow(parallelLabel, m_parallel);
    form->addRow(m_durable);
    form->addRow(m_stopOnError);
    return box;
}

void JobForm::connectChanges()
{
    // Long entries must not make the form wider than a small screen: combos shrink to a few characters.
    for (QComboBox *combo : {m_encoding, m_lineEnding, m_ifExists}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_lineEnding ? 17 : 12);
    }
    connect(m_folders, &FolderListWidget::foldersChanged, this, &JobForm::onChanged);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, m_sourcePages, &QStackedWidget::setCurrentIndex);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, &JobForm::onChanged);
    connect(m_csv, &CsvSourceFields::changed, this, &JobForm::onChanged);
    connect(m_contentMode, &ContentModeFields::changed, this,
            [this] { m_content->setEnabled(m_contentMode->usesTemplate()); });
    connect(m_contentMode, &ContentModeFields::changed, this, &JobForm::onChanged);
    for (QLineEdit *field : {m_name, m_from, m_to, m_step})
        connect(field, &QLineEdit::textChanged, this, &JobForm::onChanged);
    connect(m_content, &QPlainTextEdit::textChanged, this, &JobForm::onContentEdited); // before onChanged
    connect(m_content, &QPlainTextEdit::textChanged, this, &JobForm::onChanged);
    for (QComboBox *combo : {m_encoding, m_lineEnding, m_ifExists})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobForm::onChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &JobForm::updateBom);
    for (QCheckBox *box : {m_bom, m_durable, m_stopOnError})
        connect(box, &QCheckBox::toggled, this, &JobForm::onChanged);
    connect(m_parallel, &QSpinBox::valueChanged, this, &JobForm::onChanged);
}

void JobForm::onChanged()
{
    if (m_loading)
        return;
    validate();
    Q_EMIT specChanged();
}

void JobForm::validate()
{
    // Templates are not compiled here: that is the planner's work, off the GUI thread (showPlanProblems).
    validateRange();
    JobSpec probe;
    QString modeError;
    if (!m_contentMode->apply(probe, &modeError))
        m_rangeError->setMessage(
            m_rangeError->text().isEmpty() ? modeError : m_rangeError->text() + QStringLiteral("; ") + modeError);
    m_valid = m_rangeError->text().isEmpty();
}

void JobForm::showPlanProblems(const std::shared_ptr<const Plan> &plan)
{
    showError(m_name, m_nameError, problemLines(plan.get(), QStringLiteral("name")));
    showError(m_content, m_contentError, problemLines(plan.get(), QStringLiteral("content")));
}

void JobForm::validateRange()
{
    QStringList errors;
    const bool range = m_sourceKind->currentIndex() == 0; // a CSV source is checked by the planner, per line
    for (QLineEdit *field : {m_from, m_to, m_step}) {
        if (!range) {
            markField(field, false);
            continue;
        }
        const bool ok = parseNumber(field).has_value();
        if (!ok)
            errors << tr("%1 must be a whole number.").arg(field->accessibleName());
        markField(field, !ok);
    }
    m_rangeError->setMessage(errors.join(QLatin1Char('\n')));
}

void JobForm::updateBom()
{
    const bool unicode = TextEncoder(m_encoding->currentText()).isUnicode();
    m_bom->setEnabled(unicode && m_encoding->isEnabled());
    if (!unicode)
        m_bom->setChecked(false);
}

bool JobForm::isInputValid() const
{
    return m_valid;
}

FolderListWidget *JobForm::folderList() const
{
    return m_folders;
}

bool JobForm::isSpecCheap() const
{
    return m_content->document()->characterCount() < 1'000'000;
}

JobSpec JobForm::spec() const
{
    JobSpec spec = specFields();
    if (m_contentMode->usesTemplate())
        spec.contentTemplate = m_mirror->text();
    return spec;
}

std::function<JobSpec()> JobForm::specMaker() const
{
    JobSpec spec = specFields();
    if (!m_contentMode->usesTemplate())
        return [spec] {
            return spec;
        };
    return [spec, text = m_mirror->textMaker()]() mutable {
        spec.contentTemplate = text();
        return spec;
    };
}

JobSpec JobForm::specFields() const
{
    // What the window cannot edit yet (CSV rows, generators, shards, seed, ...) is kept as it was set.
    JobSpec spec = m_kept;
    spec.folders = m_folders->folders();
    spec.from = parseNumber(m_from).value_or(spec.from);
    spec.to = parseNumber(m_to).value_or(spec.to);
    spec.step = parseNumber(m_step).value_or(spec.step);
    spec.nameTemplate = m_name->text();
    spec.encoding = m_encoding->currentText();
    spec.bom = m_bom->isChecked();
    spec.lineEnding = lineEndingFromName(m_lineEnding->currentData().toString()).value_or(LineEnding::Lf);
    spec.ifExists = ifExistsFromName(m_ifExists->currentData().toString()).value_or(IfExists::Fail);
    spec.parallel = m_parallel->value();
    spec.durable = m_durable->isChecked();
    spec.stopOnError = m_stopOnError->isChecked();
    const QString fingerprint = m_kept.rows.fingerprint;
    spec.rows = m_sourceKind->currentIndex() == 1 ? m_csv->rows() : JobSpec::Rows();
    if (spec.rows.file == m_kept.rows.file)
        spec.rows.fingerprint = fingerprint;
    QString ignored; // a size that does not parse is shown by validate() and keeps Start disabled
    m_contentMode->apply(spec, &ignored);
    // The content template stays m_kept's unless the mode writes it: then spec() and specMaker() add it.
    return spec;
}

void JobForm::setSpec(const JobSpec &spec)
{
    m_loading = true;
    m_kept = spec;
    updateKeptNote();
    m_folders->setFolders(spec.folders);
    m_from->setText(QString::number(spec.from));
    m_to->setText(QString::number(spec.to));
    m_step->setText(QString::number(spec.step));
    m_name->setText(spec.nameTemplate);
    m_content->setPlainText(spec.contentTemplate);
    int encoding = m_encoding->findText(spec.encoding, Qt::MatchFixedString);
    if (encoding < 0) {
        m_encoding->insertItem(0, spec.encoding);
        encoding = 0;
    }
    m_encoding->setCurrentIndex(encoding);
    m_bom->setChecked(spec.bom);
    m_lineEnding->setCurrentIndex(std::max(0, m_lineEnding->findData(lineEndingName(spec.lineEnding))));
    m_ifExists->setCurrentIndex(std::max(0, m_ifExists->findData(ifExistsName(spec.ifExists))));
    m_parallel->setValue(spec.parallel);
    m_durable->setChecked(spec.durable);
    m_stopOnError->setChecked(spec.stopOnError);
    m_sourceKind->setCurrentIndex(spec.rows.file.isEmpty() ? 0 : 1);
    m_sourcePages->setCurrentIndex(m_sourceKind->currentIndex());
    m_csv->setRows(spec.rows);
    m_contentMode->set(spec);
    m_content->setEnabled(m_contentMode->usesTemplate());
    m_loading = false;
    updateBom();
    onChanged();
}

void JobForm::updateKeptNote()
{
    const QStringList kept = keptSettings(m_kept);
    m_keptNote->setText(kept.isEmpty() ? QString()
                                       : tr("This job also uses settings the window cannot change yet; they are kept "
                                            "and used by Start, Save and Copy as command line: %1.")
                                             .arg(kept.join(QStringLiteral("; "))));
    m_keptNote->setVisible(!kept.isEmpty());
}

// Typing in the content editor (or loading a file into it) means the editor's text is the template now.
void JobForm::onContentEdited()
{
    if (m_loading || m_kept.contentFile.isEmpty())
        return;
    m_kept.contentFile.clear();
    updateKeptNote();
}

void JobForm::setColumns(const QStringList &columns)
{
    m_insertName->setColumns(columns);
    m_insertContent->setColumns(columns);
}

void JobForm::setEditable(bool editable)
{
    m_folders->setEditable(editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_from, m_to, m_step, m_loadContent, m_encoding,
                                                            m_lineEnding, m_ifExists, m_parallel, m_durable,
                                                            m_stopOnError, m_sourceKind, m_csv, m_contentMode})
        widget->setEnabled(editable);
    m_content->setReadOnly(!editable);
    m_content->setAcceptDrops(editable);
    // Read-only during a run, and it looks it: the window's colour instead of the base (from the palette).
    QPalette look = palette();
    if (!editable)
        look.setColor(QPalette::Base, look.color(QPalette::Window));
    m_content->setPalette(look);
    updateBom();
}

void JobForm::chooseContentFile()
{
    auto *dialog = new QFileDialog(this, tr("Load content template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Text files (*.txt *.json *.csv *.xml *.md *.html *.tmpl)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &JobForm::loadContentFile);
    dialog->open();
}

bool JobForm::loadContentFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // The CLI's limit and checks: a device, FIFO or huge file is refused without reading it.
    const ReadResult read = readRegularFile(path, MaxInputFileBytes, tr("content file"));
    if (!read.ok()) {
        Q_EMIT statusMessage(contentFileProblem(name, read));
        return false;
    }
    const QByteArray &bytes = read.bytes;
    const QString encoding = QString::fromLatin1(
        QStringConverter::nameForEncoding(QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8)));
    qsizetype badOffset = -1;
    const std::optional<QString> text = TextEncoder::decode(bytes, encoding, &badOffset);
    if (!text) {
        Q_EMIT statusMessage(tr("%1 is not %2 text (invalid byte at offset %3).").arg(name, encoding).arg(badOffset));
        return false;
    }
    QString content = *text;
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    m_content->setPlainText(content);
    Q_EMIT statusMessage(tr("Loaded the content template from %1.").arg(name));
    return true;
}

} // namespace Quire
