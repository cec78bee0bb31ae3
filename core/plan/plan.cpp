#include "core/plan/plan.h"

#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/plan/namematcher.h"
#include "core/template/filerandom.h"

#include <QDir>
#include <QFileInfo>

namespace Quire {

namespace {

// One spelling per folder: canonical when it exists (symlinks and .. resolved), else absolute and clean.
QString folderKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

bool Plan::isValid() const
{
    return errors().isEmpty();
}

QList<PlanProblem> Plan::errors() const
{
    QList<PlanProblem> result;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(result),
                 [](const PlanProblem &p) { return p.severity == PlanProblem::Severity::Error; });
    return result;
}

QList<PlanProblem> Plan::warnings() const
{
    QList<PlanProblem> result;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(result),
                 [](const PlanProblem &p) { return p.severity == PlanProblem::Severity::Warning; });
    return result;
}

qint64 Plan::filesPerFolder() const
{
    return files.perFolder();
}

qint64 Plan::fileCount() const
{
    return files.fileCount();
}

int Plan::folderOf(qint64 position) const
{
    return files.at(position).folder;
}

qint64 Plan::indexAt(qint64 position) const
{
    return files.at(position).index;
}

qint64 Plan::nAt(qint64 position) const
{
    return files.at(position).n;
}

FileContext Plan::contextAt(qint64 position) const
{
    const FileSlot slot = files.at(position);
    // Randomness follows the whole job's position, so a shard renders the bytes the whole job would.
    return FileContext{slot.index, slot.n,  {}, FileRandom::keyFor(quint64(seed), files.globalPosition(position)),
                       rows.get(), slot.row};
}

TemplateConstants Plan::constantsFor(int folder) const
{
    TemplateConstants constants;
    constants.start = start;
    constants.count = files.perFolder();
    constants.eol = eol;
    if (folder >= 0 && folder < folders.size()) {
        const QString path = folders.at(folder).path;
        constants.folderName = QFileInfo(path).fileName();
        if (constants.folderName.isEmpty())
            constants.folderName = path;
    }
    return constants;
}

QString Plan::fileName(qint64 position) const
{
    const int folder = folderOf(position);
    if (folder < boundNames.size())
        return boundNames.at(folder).render(contextAt(position));
    return nameTemplate.bound(constantsFor(folder)).render(contextAt(position));
}

QString Plan::filePath(qint64 position) const
{
    const int folder = folderOf(position);
    const QString dir = folder < folders.size() ? folders.at(folder).path : QString();
    return QDir(dir).filePath(fileName(position));
}

qint64 Plan::positionOfPath(const QString &path) const
{
    const QFileInfo info(path);
    const QString folder = folderKey(info.absolutePath());
    const QString name = info.fileName();
    for (int f = 0; f < folders.size() && f < boundNames.size(); ++f) {
        if (folderKey(folders.at(f).path) != folder)
            continue;
        NameMatcher matcher(boundNames.at(f), files);
        if (matcher.isUsable()) {
            const QByteArray bytes = name.toUtf8();
            const qint64 row = matcher.positionOf(std::string_view(bytes.constData(), size_t(bytes.size())));
            if (const qint64 position = row >= 0 ? files.positionOf(f, row) : -1; position >= 0)
                return position;
            continue;
        }
        // Templates the matcher cannot read ({random}, non-ASCII text): render every name of the folder.
        const auto [first, end] = files.rowsIn(f);
        for (qint64 p = files.positionOf(f, first); first < end && p <= files.positionOf(f, end - 1); ++p) {
            if (fileName(p) == name)
                return p;
        }
    }
    return -1;
}

QString Plan::contentText(qint64 position) const
{
    const int folder = folderOf(position);
    const QString name = fileName(position);
    FileContext context = contextAt(position);
    context.name = name;
    if (folder < boundContents.size())
        return boundContents.at(folder).render(context);
    return contentTemplate.bound(constantsFor(folder)).render(context);
}

QByteArray Plan::contentBytes(qint64 position, QString *error) const
{
    TextEncoder encoder(spec.encoding);
    return contentBytes(position, encoder, error);
}

QByteArray Plan::contentBytes(qint64 position, TextEncoder &encoder, QString *error) const
{
    if (contentMode != ContentMode::Template)
        return contentHead(position, PreviewBytes, error);
    return templateBytes(position, encoder, error, spec.bom);
}

QByteArray Plan::templateBytes(qint64 position, TextEncoder &encoder, QString *error, bool withBom) const
{
    const QString text = contentText(position);
    QByteArray bytes = withBom ? encoder.bom() : QByteArray();
    const qsizetype bad = encoder.encode(text, bytes);
    if (bad < 0)
        return bytes;
    if (error) {
        *error = trCore("Quire::Planner", "%1: character '%2' (U+%3) at position %4 cannot be represented in %5")
                     .arg(fileName(position), text.mid(bad, text.at(bad).isHighSurrogate() ? 2 : 1))
                     .arg(text.at(bad).unicode(), 4, 16, QLatin1Char('0'))
                     .arg(bad + 1)
                     .arg(encoder.name());
    }
    return {};
}

} // namespace Quire
