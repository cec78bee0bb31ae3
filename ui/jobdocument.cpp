#include "ui/jobdocument.h"

#include "core/job/jobfile.h"
#include "ui/async.h"
#include "ui/folderlistwidget.h"
#include "ui/jobform.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QWidget>

namespace Quire {

namespace {

constexpr int MaxRecentJobs = 8;
const QString RecentKey = QStringLiteral("jobs/recent");
const QString ShippedPresets = QStringLiteral(":/presets");

struct ReadJob
{
    std::optional<JobSpec> spec;
    QStringList errors;
};

ReadJob readJob(const QString &path)
{
    ReadJob result;
    if (path.startsWith(QLatin1String(":/"))) { // a shipped preset, compiled into the program
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.spec = JobSpec::fromJsonText(file.readAll(), path, &result.errors);
        else
            result.errors << file.errorString();
        return result;
    }
    result.spec = JobSpec::fromJsonFile(path, &result.errors);
    return result;
}

QString presetFile(const QString &folder, const QString &name)
{
    return QDir(folder).filePath(name + QLatin1String(JobFile::Suffix));
}

QStringList presetsIn(const QString &folder)
{
    QStringList names;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.quire.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << JobFile::displayName(file);
    return names;
}

} // namespace

JobDocument::JobDocument(QWidget *window, JobForm *form)
    : QObject(window)
    , m_window(window)
    , m_form(form)
    , m_pool(new QThreadPool(this))
    , m_savedSpec(form->spec())
{
    m_pool->setMaxThreadCount(1); // one file at a time, in the order asked
    connect(m_form, &JobForm::specChanged, this, &JobDocument::onSpecChanged);
}

JobDocument::~JobDocument()
{
    m_pool->waitForDone(); // a save in flight finishes: the file is never left half-renamed
}

void JobDocument::addMenuActions(QMenu *file)
{
    QAction *first = file->actions().value(0);
    auto add = [&](const QString &text, QKeySequence key, const char *name, auto slot) {
        auto *action = new QAction(text, file);
        action->setShortcut(key);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(first, action);
        return action;
    };
    add(tr("&New job"), QKeySequence::New, "newJobAction", [this] { whenChangesAreSafe([this] { newJob(); }); });
    add(tr("&Open job…"), QKeySequence::Open, "openJobAction", &JobDocument::showOpenDialog);
    m_recentMenu = new QMenu(tr("Open &recent"), file);
    m_recentMenu->setObjectName(QStringLiteral("recentJobsMenu"));
    file->insertMenu(first, m_recentMenu);
    m_presetMenu = new QMenu(tr("&Presets"), file);
    m_presetMenu->setObjectName(QStringLiteral("presetsMenu"));
    file->insertMenu(first, m_presetMenu);
    add(tr("&Save job"), QKeySequence::Save, "saveJobAction", &JobDocument::save);
    add(tr("Save job &as…"), QKeySequence::SaveAs, "saveJobAsAction", &JobDocument::showSaveDialog);
    add(tr("Save as pr&eset…"), QKeySequence(), "savePresetAction", &JobDocument::askPresetName);
    file->insertSeparator(first);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &JobDocument::rebuildRecentMenu);
    connect(m_presetMenu, &QMenu::aboutToShow, this, &JobDocument::rebuildPresetMenu);
    rebuildRecentMenu();
    rebuildPresetMenu();
    emitTitle();
}

QString JobDocument::path() const
{
    return m_path;
}

QString JobDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : JobFile::displayName(m_path);
}

bool JobDocument::isModified() const
{
    return m_modified;
}

QStringList JobDocument::recentJobs() const
{
    return QSettings().value(RecentKey).toStringList();
}

void JobDocument::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    runAsync(
        m_pool, this, [absolute] { return readJob(absolute); },
        [this, absolute](const ReadJob &read) {
            if (!read.spec) {
                Q_EMIT statusMessage(tr("Could not open the job: %1").arg(read.errors.join(QStringLiteral("; "))));
                Q_EMIT opened(absolute, read.errors);
                return;
            }
            setDocument(absolute, *read.spec);
            rememberRecent(absolute);
            Q_EMIT statusMessage(tr("Opened the job %1.").arg(QDir::toNativeSeparators(absolute)));
            Q_EMIT opened(absolute, {});
        });
}

void JobDocument::saveAs(const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (!target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        target += QLatin1String(JobFile::Suffix);
    const JobSpec spec = m_form->spec();
    runAsync(
        m_pool, this, [target, spec] { return JobFile::save(target, spec); },
        [this, target, spec](const QString &error) {
            if (error.isEmpty()) {
                setDocument(target, spec);
                rememberRecent(target);
                // The form may have changed while the file was written.
                onSpecChanged();
                Q_EMIT statusMessage(tr("Saved the job to %1.").arg(QDir::toNativeSeparators(target)));
            } else {
                Q_EMIT statusMessage(tr("Could not save the job: %1").arg(error));
            }
            Q_EMIT saved(target, error);
        });
}

void JobDocument::save()
{
    if (m_path.isEmpty())
        showSaveDialog();
    else
        saveAs(m_path);
}

void JobDocument::newJob()
{
    JobSpec fresh;
    setDocument(QString(), fresh);
    Q_EMIT statusMessage(tr("A new job: every field has its default."));
}

void JobDocument::startUntitled()
{
    setDocument(QString(), m_form->spec());
}

QStringList JobDocument::presetNames() const
{
    QStringList names = presetsIn(ShippedPresets);
    for (const QString &name : presetsIn(userPresetFolder())) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void JobDocument::applyPreset(const QString &name)
{
    // A user's preset of the same name as a shipped one wins: it was saved deliberately.
    QString file = presetFile(userPresetFolder(), name);
    if (!QFileInfo::exists(file))
        file = presetFile(ShippedPresets, name);
    const QStringList folders = m_form->folderList()->folders();
    runAsync(
        m_pool, this, [file] { return readJob(file); },
        [this, name, folders](const ReadJob &read) {
            if (!read.spec) {
                Q_EMIT statusMessage(tr("Could not read the preset: %1").arg(read.errors.join(QStringLiteral("; "))));
                return;
            }
            JobSpec spec = *read.spec;
            spec.folders = folders; // a preset is a kind of job, not a place: the folders stay
            setDocument(QString(), spec);
            Q_EMIT statusMessage(tr("Applied the preset \"%1\".").arg(name));
        });
}

void JobDocument::saveAsPreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('.'))) {
        Q_EMIT statusMessage(tr("A preset name cannot be empty, contain \"/\" or start with a dot."));
        return;
    }
    JobSpec spec = m_form->spec();
    spec.folders.clear();
    const QString folder = userPresetFolder();
    const QString file = presetFile(folder, trimmed);
    runAsync(
        m_pool, this,
        [folder, file, spec] {
            return QDir().mkpath(folder) ? JobFile::save(file, spec) : tr("cannot create the folder %1").arg(folder);
        },
        [this, trimmed](const QString &error) {
            Q_EMIT statusMessage(error.isEmpty() ? tr("Saved the preset \"%1\".").arg(trimmed)
                                                 : tr("Could not save the preset: %1").arg(error));
        });
}

QString JobDocument::userPresetFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("presets"));
}

void JobDocument::onSpecChanged()
{
    // Comparing a large content template (a copy of it, then the comparison) is not done per keystroke:
    // any edit counts as a change until the job is saved or opened (which compare exactly).
    if (!m_form->isSpecCheap()) {
        if (!m_modified) {
            m_modified = true;
            emitTitle();
        }
        return;
    }
    checkModified();
}

void JobDocument::checkModified()
{
    const bool modified = m_form->spec() != m_savedSpec;
    if (modified == m_modified)
        return;
    m_modified = modified;
    emitTitle();
}

void JobDocument::setDocument(const QString &path, const JobSpec &spec)
{
    m_path = path;
    m_savedSpec = spec;
    if (m_form->spec() != spec)
        m_form->setSpec(spec);
    m_modified = m_form->spec() != m_savedSpec;
    emitTitle();
}

void JobDocument::emitTitle()
{
    m_window->setWindowModified(m_modified);
    //: The window title: the job's name (with Qt's modified mark [*]), then the application
    Q_EMIT titleChanged(tr("%1[*] — Quire").arg(displayName()));
}

void JobDocument::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentJobs)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void JobDocument::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentJobs();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &file = recent.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(JobFile::displayName(file)));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { whenChangesAreSafe([this, file] { open(file); }); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(RecentKey);
            rebuildRecentMenu();
        });
    }
}

void JobDocument::rebuildPresetMenu()
{
    if (!m_presetMenu)
        return;
    m_presetMenu->clear();
    for (const QString &name : presetNames()) {
        QAction *action = m_presetMenu->addAction(name);
        connect(action, &QAction::triggered, this,
                [this, name] { whenChangesAreSafe([this, name] { applyPreset(name); }); });
    }
}

void JobDocument::showOpenDialog()
{
    whenChangesAreSafe([this] {
        auto *dialog = new QFileDialog(m_window, tr("Open job"));
        dialog->setObjectName(QStringLiteral("openJobDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Quire jobs (*.quire.json)"), tr("JSON files (*.json)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this, &JobDocument::open);
        dialog->open();
    });
}

void JobDocument::showSaveDialog()
{
    auto *dialog = new QFileDialog(m_window, tr("Save job"));
    dialog->setObjectName(QStringLiteral("saveJobDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Quire jobs (*.quire.json)")});
    dialog->selectFile(m_path.isEmpty() ? QStringLiteral("job.quire.json") : m_path);
    connect(dialog, &QFileDialog::fileSelected, this, &JobDocument::saveAs);
    dialog->open();
}

void JobDocument::askPresetName()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as preset"));
    dialog->setLabelText(tr("Name of the preset (the target folders are not part of it):"));
    dialog->setTextValue(m_path.isEmpty() ? QString() : displayName());
    connect(dialog, &QInputDialog::textValueSelected, this, &JobDocument::saveAsPreset);
    dialog->open();
}

// Opening another job replaces the form: changes that were saved somewhere are safe; others are asked about.
void JobDocument::whenChangesAreSafe(const std::function<void()> &then)
{
    if (!m_modified) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("The job \"%1\" has changes that are not saved. Discard them?").arg(displayName()),
                                QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("discardChangesDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, then](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            then();
    });
    box->open();
}

} // namespace Quire
