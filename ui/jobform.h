#pragma once

#include "core/job/jobspec.h"
#include "core/plan/plan.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QStackedWidget;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Quire {

class ContentEditor;
class ContentMirror;
class ContentModeFields;
class CsvSourceFields;
class FolderListWidget;
class PlaceholderButton;
class MessageLine;

/**
 * The job form: targets, name template, range, content, encoding and options. Checks locally only what
 * is cheap (numbers parse, sizes are valid); the templates are checked by the planner off the GUI thread
 * (a 64 MB content template takes seconds to compile) and showPlanProblems() puts its name and content
 * problems under those fields.
 */
class JobForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobForm)

public:
    explicit JobForm(QWidget *parent = nullptr);

    [[nodiscard]] JobSpec spec() const;
    /**
     * The same spec, made in two steps: this call is cheap (the fields, and the content template's edits
     * since the last plan), the function it returns applies the edits and may run on the planner's thread.
     */
    [[nodiscard]] std::function<JobSpec()> specMaker() const;
    /** False with a large content template (a million characters or more): comparing specs costs then. */
    [[nodiscard]] bool isSpecCheap() const;
    void setSpec(const JobSpec &spec);
    /** True when every number and size parses; template problems come with the plan (showPlanProblems). */
    [[nodiscard]] bool isInputValid() const;
    [[nodiscard]] FolderListWidget *folderList() const;
    void setEditable(bool editable);
    /** The CSV columns of the planned job: the insert menus offer them. */
    void setColumns(const QStringList &columns);
    /** Shows the plan's problems with the name and the content templates under those fields. */
    void showPlanProblems(const std::shared_ptr<const Plan> &plan);
    /** Loads a text file into the content editor; reports a problem through statusMessage(). */
    bool loadContentFile(const QString &path);

Q_SIGNALS:
    void specChanged();
    void statusMessage(const QString &message);

private:
    QWidget *buildTargets();
    QWidget *buildNames();
    QWidget *buildRange();
    QWidget *buildContent();
    QLayout *buildEncodingRows(QWidget *box);
    QWidget *buildOptions();
    MessageLine *makeErrorLabel(const QString &objectName);
    QLineEdit *makeNumberField(const QString &objectName, const QString &accessibleName);
    void connectChanges();
    void onChanged();
    void validate();
    void validateRange();
    void updateBom();
    void updateKeptNote();
    void onContentEdited();
    [[nodiscard]] JobSpec specFields() const; ///< everything but the edited content template
    void chooseContentFile();

    FolderListWidget *m_folders = nullptr;
    QLineEdit *m_name = nullptr;
    MessageLine *m_nameError = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_step = nullptr;
    MessageLine *m_rangeError = nullptr;
    ContentEditor *m_content = nullptr;
    MessageLine *m_contentError = nullptr;
    QPushButton *m_loadContent = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QComboBox *m_ifExists = nullptr;
    QSpinBox *m_parallel = nullptr;
    QCheckBox *m_durable = nullptr;
    QCheckBox *m_stopOnError = nullptr;
    QComboBox *m_sourceKind = nullptr;
    QStackedWidget *m_sourcePages = nullptr;
    CsvSourceFields *m_csv = nullptr;
    ContentModeFields *m_contentMode = nullptr;
    PlaceholderButton *m_insertName = nullptr;
    PlaceholderButton *m_insertContent = nullptr;
    QLabel *m_keptNote = nullptr;
    JobSpec m_kept; ///< the job as last set: what the form has no field for is taken from it
    bool m_valid = true;
    ContentMirror *m_mirror = nullptr; ///< the editor's text, followed edit by edit
    bool m_loading = false;
};

} // namespace Quire
