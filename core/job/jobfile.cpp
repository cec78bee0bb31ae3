#include "core/job/jobfile.h"

#include "core/base/safefile.h"
#include "core/base/translations.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Quire::JobFile {

QByteArray bytes(const JobSpec &spec)
{
    return QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented);
}

QString save(const QString &path, const JobSpec &spec)
{
    return writeFileSafely(path, bytes(spec), trCore("Quire::JobFile", "job file"));
}

QString displayName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix : {QLatin1String(Suffix), QLatin1String(".json")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive) && name.size() > suffix.size()) {
            name.chop(suffix.size());
            break;
        }
    }
    return name;
}

} // namespace Quire::JobFile
