#include "ui/sourcefields.h"

#include "core/content/bytesize.h"
#include "ui/csvrowsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Quire {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CsvSourceFields::CsvSourceFields(QWidget *parent)
    : QWidget(parent)
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("First line names the col&umns"), this))
    , m_encoding(new QComboBox(this))
    , m_trim(new QCheckBox(tr("Tri&m spaces around values"), this))
    , m_rowsView(new CsvRowsView(this))
{
    m_file->setObjectName(QStringLiteral("csvFile"));
    m_file->setAccessibleName(tr("CSV file"));
    m_file->setPlaceholderText(tr("a .csv file: one file per data row"));
    m_choose->setObjectName(QStringLiteral("chooseCsvButton"));
    m_choose->setAccessibleName(tr("Choose the CSV file"));
    m_delimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_header->setObjectName(QStringLiteral("csvHeader"));
    m_header->setChecked(true);
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->setAccessibleName(tr("Encoding of the CSV file"));
    m_encoding->addItem(tr("UTF-8 (or UTF-16 by BOM)"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_trim->setObjectName(QStringLiteral("csvTrim"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(buddyLabel(tr("CS&V file:"), m_file, this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(buddyLabel(tr("&Delimiter:"), m_delimiter, this));
    optionsRow->addWidget(m_delimiter);
    optionsRow->addWidget(buddyLabel(tr("Encodin&g:"), m_encoding, this));
    optionsRow->addWidget(m_encoding, 1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_header);
    checks->addWidget(m_trim);
    checks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addLayout(optionsRow);
    layout->addLayout(checks);
    layout->addWidget(m_rowsView);

    connect(m_choose, &QPushButton::clicked, this, &CsvSourceFields::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &CsvSourceFields::changed);
    for (QComboBox *combo : {m_delimiter, m_encoding})
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvSourceFields::changed);
    for (QCheckBox *box : {m_header, m_trim})
        connect(box, &QCheckBox::toggled, this, &CsvSourceFields::changed);
}

JobSpec::Rows CsvSourceFields::rows() const
{
    JobSpec::Rows rows;
    rows.file = m_file->text();
    rows.delimiter = m_delimiter->currentData().toString();
    rows.header = m_header->isChecked();
    rows.encoding = m_encoding->currentData().toString();
    rows.trim = m_trim->isChecked();
    return rows;
}

void CsvSourceFields::setRows(const JobSpec::Rows &rows)
{
    m_file->setText(rows.file);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(rows.delimiter)));
    m_header->setChecked(rows.header);
    int encoding = m_encoding->findData(rows.encoding);
    if (encoding < 0) { // any encoding a job file names is offered
        m_encoding->addItem(rows.encoding, rows.encoding);
        encoding = m_encoding->count() - 1;
    }
    m_encoding->setCurrentIndex(encoding);
    m_trim->setChecked(rows.trim);
}

void CsvSourceFields::setFile(const QString &path)
{
    m_file->setText(path);
}

void CsvSourceFields::showRows(const std::shared_ptr<const CsvTable> &rows)
{
    m_rowsView->setTable(rows);
}

void CsvSourceFields::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the CSV file"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.tsv *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &CsvSourceFields::setFile);
    dialog->open();
}

ContentModeFields::ContentModeFields(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_size(new QLineEdit(this))
    , m_copyFrom(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choo&se…"), this))
    , m_verify(new QCheckBox(tr("&Verify every file after writing"), this))
{
    m_mode->setObjectName(QStringLiteral("contentMode"));
    m_mode->setAccessibleName(tr("What goes into every file"));
    m_mode->addItem(tr("The template"), int(Mode::Template));
    m_mode->addItem(tr("The template, filled to a size"), int(Mode::Fill));
    m_mode->addItem(tr("Random bytes"), int(Mode::Random));
    m_mode->addItem(tr("A copy of a file"), int(Mode::Copy));
    m_mode->addItem(tr("Sparse (a size, no data)"), int(Mode::Sparse));
    m_size->setObjectName(QStringLiteral("contentSize"));
    m_size->setAccessibleName(tr("Size of every file"));
    m_size->setPlaceholderText(tr("e.g. 4KiB, 1MiB, 2GB"));
    m_copyFrom->setObjectName(QStringLiteral("copyFromFile"));
    m_copyFrom->setAccessibleName(tr("File to copy"));
    m_choose->setObjectName(QStringLiteral("chooseCopyFromButton"));
    m_choose->setAccessibleName(tr("Choose the file to copy"));
    m_verify->setObjectName(QStringLiteral("verifyFiles"));

    auto *row = new QHBoxLayout;
    row->addWidget(buddyLabel(tr("&Write:"), m_mode, this));
    row->addWidget(m_mode);
    row->addWidget(buddyLabel(tr("Si&ze:"), m_size, this));
    row->addWidget(m_size, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(buddyLabel(tr("Cop&y of:"), m_copyFrom, this));
    copyRow->addWidget(m_copyFrom, 1);
    copyRow->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(copyRow);
    layout->addWidget(m_verify);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ContentModeFields::updateFields);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ContentModeFields::changed);
    for (QLineEdit *edit : {m_size, m_copyFrom})
        connect(edit, &QLineEdit::textChanged, this, &ContentModeFields::changed);
    connect(m_verify, &QCheckBox::toggled, this, &ContentModeFields::changed);
    connect(m_choose, &QPushButton::clicked, this, &ContentModeFields::chooseFile);
    updateFields();
}

ContentModeFields::Mode ContentModeFields::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

bool ContentModeFields::usesTemplate() const
{
    return mode() == Mode::Template || mode() == Mode::Fill;
}

bool ContentModeFields::apply(JobSpec &spec, QString *error) const
{
    spec.size.reset();
    spec.randomBytes.reset();
    spec.sparse.reset();
    spec.copyFrom.clear();
    spec.verify = m_verify->isChecked();
    const Mode current = mode();
    if (current == Mode::Template)
        return true;
    if (current == Mode::Copy) {
        spec.copyFrom = m_copyFrom->text();
        return true;
    }
    const ByteSize size = parseByteSize(m_size->text());
    if (!size.ok()) {
        *error = tr("Size: %1").arg(size.error);
        return false;
    }
    (current == Mode::Fill ? spec.size : current == Mode::Random ? spec.randomBytes : spec.sparse) = size.bytes;
    return true;
}

void ContentModeFields::set(const JobSpec &spec)
{
    Mode current = Mode::Template;
    std::optional<qint64> size;
    if (spec.size) {
        current = Mode::Fill;
        size = spec.size;
    } else if (spec.randomBytes) {
        current = Mode::Random;
        size = spec.randomBytes;
    } else if (!spec.copyFrom.isEmpty()) {
        current = Mode::Copy;
    } else if (spec.sparse) {
        current = Mode::Sparse;
        size = spec.sparse;
    }
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(current))));
    m_size->setText(size ? QString::number(*size) : QString());
    m_copyFrom->setText(spec.copyFrom);
    m_verify->setChecked(spec.verify);
    updateFields();
}

void ContentModeFields::updateFields()
{
    const Mode current = mode();
    const bool sized = current == Mode::Fill || current == Mode::Random || current == Mode::Sparse;
    m_size->setEnabled(sized);
    m_copyFrom->setEnabled(current == Mode::Copy);
    m_choose->setEnabled(current == Mode::Copy);
}

void ContentModeFields::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the file to copy"));
    dialog->setObjectName(QStringLiteral("copyFromDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_copyFrom, &QLineEdit::setText);
    dialog->open();
}

} // namespace Quire
