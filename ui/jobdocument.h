#pragma once

#include "core/job/jobspec.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QThreadPool;
class QWidget;

namespace Quire {

class JobForm;

/**
 * The job in the window as a document: File › New, Open job…, Open recent, Save, Save as…, and
 * presets. Job files are exactly what quire-cli --job reads and --save-job writes (core/job/jobfile).
 * Reading and writing happen off the GUI thread; the title shows the job's name and a modified mark.
 */
class JobDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDocument)

public:
    JobDocument(QWidget *window, JobForm *form);
    ~JobDocument() override;

    /** Adds the document's actions at the top of the File menu. */
    void addMenuActions(QMenu *file);

    [[nodiscard]] QString path() const;        ///< empty for a job never saved
    [[nodiscard]] QString displayName() const; ///< "Untitled" or the file's name
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QStringList recentJobs() const;

    /** Opens a job file (also from the command line: quire JOB.quire.json); the result comes as a signal. */
    void open(const QString &path);
    /** Saves to path (Save as… without a dialog). */
    void saveAs(const QString &path);
    void save();
    void newJob();
    /** The form as it is now becomes an untitled, unmodified job (at start, after the settings are read). */
    void startUntitled();

    /** The presets: the shipped ones (":/presets") and the user's (under the app data folder). */
    [[nodiscard]] QStringList presetNames() const;
    void applyPreset(const QString &name);
    /** Saves the job without its folders as a named preset; the name must be a valid file name. */
    void saveAsPreset(const QString &name);
    /** Where user presets are kept: <app data>/presets. */
    static QString userPresetFolder();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    /** A job file was read (ok) or could not be (errors): tests and the window react. */
    void opened(const QString &path, const QStringList &errors);
    void saved(const QString &path, const QString &error);

private:
    void onSpecChanged();
    void checkModified();
    void setDocument(const QString &path, const JobSpec &spec);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void rebuildPresetMenu();
    void showOpenDialog();
    void showSaveDialog();
    void askPresetName();
    void whenChangesAreSafe(const std::function<void()> &then);
    void emitTitle();

    QWidget *m_window;
    JobForm *m_form;
    QThreadPool *m_pool;
    QString m_path;
    JobSpec m_savedSpec;
    bool m_modified = false;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_presetMenu = nullptr;
};

} // namespace Quire
