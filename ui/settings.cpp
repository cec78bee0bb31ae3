#include "settings.h"

#include <QSettings>

namespace Quire {

namespace {

template <typename T>
T read(const QSettings &settings, const QString &key, const T &fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid() || !value.canConvert<T>())
        return fallback;
    return value.value<T>();
}

} // namespace

JobSpec Settings::loadJob(const QSettings &settings)
{
    const JobSpec d;
    JobSpec spec;
    spec.folders = read(settings, QStringLiteral("job/folders"), d.folders);
    spec.from = read(settings, QStringLiteral("job/from"), d.from);
    spec.to = read(settings, QStringLiteral("job/to"), d.to);
    spec.step = read(settings, QStringLiteral("job/step"), d.step);
    spec.nameTemplate = read(settings, QStringLiteral("job/nameTemplate"), d.nameTemplate);
    spec.contentTemplate = read(settings, QStringLiteral("job/contentTemplate"), d.contentTemplate);
    spec.encoding = read(settings, QStringLiteral("job/encoding"), d.encoding);
    spec.bom = read(settings, QStringLiteral("job/bom"), d.bom);
    const QString eol = read(settings, QStringLiteral("job/lineEnding"), lineEndingName(d.lineEnding));
    spec.lineEnding = lineEndingFromName(eol).value_or(d.lineEnding);
    const QString policy = read(settings, QStringLiteral("job/ifExists"), ifExistsName(d.ifExists));
    spec.ifExists = ifExistsFromName(policy).value_or(d.ifExists);
    spec.parallel = std::clamp(read(settings, QStringLiteral("job/parallel"), d.parallel), 0, MaxParallelWrites);
    spec.durable = read(settings, QStringLiteral("job/durable"), d.durable);
    spec.stopOnError = read(settings, QStringLiteral("job/stopOnError"), d.stopOnError);
    return spec;
}

void Settings::saveJob(QSettings &settings, const JobSpec &spec)
{
    settings.setValue(QStringLiteral("job/folders"), spec.folders);
    settings.setValue(QStringLiteral("job/from"), spec.from);
    settings.setValue(QStringLiteral("job/to"), spec.to);
    settings.setValue(QStringLiteral("job/step"), spec.step);
    settings.setValue(QStringLiteral("job/nameTemplate"), spec.nameTemplate);
    settings.setValue(QStringLiteral("job/contentTemplate"), spec.contentTemplate);
    settings.setValue(QStringLiteral("job/encoding"), spec.encoding);
    settings.setValue(QStringLiteral("job/bom"), spec.bom);
    settings.setValue(QStringLiteral("job/lineEnding"), lineEndingName(spec.lineEnding));
    settings.setValue(QStringLiteral("job/ifExists"), ifExistsName(spec.ifExists));
    settings.setValue(QStringLiteral("job/parallel"), spec.parallel);
    settings.setValue(QStringLiteral("job/durable"), spec.durable);
    settings.setValue(QStringLiteral("job/stopOnError"), spec.stopOnError);
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

} // namespace Quire
