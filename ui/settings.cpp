#include "ui/settings.h"

#include "core/journal/journalstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Quire {

// The job is stored in the CLI's job-file format (JobSpec::toJson), so there is one serialisation of
// a job and a saved setting can be pasted into a --job file.
JobSpec Settings::loadJob(const QSettings &settings)
{
    const QJsonDocument document = QJsonDocument::fromJson(settings.value(QStringLiteral("job/spec")).toByteArray());
    if (!document.isObject())
        return JobSpec{};
    auto spec = JobSpec::fromJson(document.object(), nullptr);
    if (!spec)
        return JobSpec{};
    spec->parallel = std::clamp(spec->parallel, 0, MaxParallelWrites);
    return *spec;
}

void Settings::saveJob(QSettings &settings, const JobSpec &spec)
{
    settings.setValue(QStringLiteral("job/spec"), QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
}

QByteArray Settings::loadGeometry(const QSettings &settings)
{
    return settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray Settings::loadWindowState(const QSettings &settings)
{
    return settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::saveWindow(QSettings &settings, const QByteArray &geometry, const QByteArray &state)
{
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}

bool Settings::loadJournalEnabled(const QSettings &settings)
{
    return settings.value(QStringLiteral("journal/enabled"), true).toBool();
}

int Settings::loadJournalKeep(const QSettings &settings)
{
    const int keep = settings.value(QStringLiteral("journal/keep"), JournalStore::DefaultKeep).toInt();
    return std::clamp(keep, 1, MaxJournalKeep);
}

void Settings::saveJournal(QSettings &settings, bool enabled, int keep)
{
    settings.setValue(QStringLiteral("journal/enabled"), enabled);
    settings.setValue(QStringLiteral("journal/keep"), std::clamp(keep, 1, MaxJournalKeep));
}

} // namespace Quire
