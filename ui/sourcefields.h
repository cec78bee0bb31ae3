#pragma once

#include "core/job/jobspec.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace Quire {

class CsvRowsView;
class CsvTable;

/**
 * The CSV rows source of the form (issue 11): the CSV file (typed, chosen or dropped), its delimiter
 * (or detected), whether its first line names the columns, its encoding (or by byte order mark) and
 * whether values are trimmed; under them, the first rows of the planned file. Reads nothing itself: the
 * planner reads the file off the GUI thread, and showRows() gets its table from the plan.
 */
class CsvSourceFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvSourceFields)

public:
    explicit CsvSourceFields(QWidget *parent = nullptr);

    [[nodiscard]] JobSpec::Rows rows() const;
    void setRows(const JobSpec::Rows &rows);
    void setFile(const QString &path);
    /** The rows of the latest plan (null: none, e.g. no file yet or it cannot be read). */
    void showRows(const std::shared_ptr<const CsvTable> &rows);

Q_SIGNALS:
    void changed();

private:
    void chooseFile();

    QLineEdit *m_file;
    QPushButton *m_choose;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QComboBox *m_encoding;
    QCheckBox *m_trim;
    CsvRowsView *m_rowsView;
};

/**
 * How every file's content is made (issue 11): the template, the template filled to a size, random
 * bytes, a copy of a file, or sparse files of a size; and whether each file is read back to verify it.
 */
class ContentModeFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentModeFields)

public:
    enum class Mode : quint8 {
        Template,
        Fill,
        Random,
        Copy,
        Sparse
    };

    explicit ContentModeFields(QWidget *parent = nullptr);

    /** Writes the mode into spec (clearing the others); false, with a message, if the size does not parse. */
    bool apply(JobSpec &spec, QString *error) const;
    void set(const JobSpec &spec);
    [[nodiscard]] Mode mode() const;
    /** True when the content template is written (Template, Fill). */
    [[nodiscard]] bool usesTemplate() const;

Q_SIGNALS:
    void changed();

private:
    void updateFields();
    void chooseFile();

    QComboBox *m_mode;
    QLineEdit *m_size;
    QLineEdit *m_copyFrom;
    QPushButton *m_choose;
    QCheckBox *m_verify;
};

} // namespace Quire
