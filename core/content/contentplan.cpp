#include "core/content/contentplan.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/plan/plan.h"
#include "core/template/filerandom.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Quire {

namespace {

void contentError(Plan &plan, PlanProblem::Kind kind, const QString &message, const QStringList &args = {})
{
    plan.problems.append({PlanProblem::Severity::Error, QStringLiteral("content"), message, kind, args});
}

ContentMode modeOf(const JobSpec &spec)
{
    if (spec.randomBytes)
        return ContentMode::Random;
    if (!spec.copyFrom.isEmpty())
        return ContentMode::Copy;
    if (spec.sparse)
        return ContentMode::Sparse;
    return spec.size ? ContentMode::Fill : ContentMode::Template;
}

// The source must be a regular file we can read now; its size is every file's size.
void planCopySource(Plan &plan)
{
    // Absolute in the plan, so that the journal's resume and undo read the same file from anywhere.
    plan.spec.copyFrom = QDir::cleanPath(QDir::current().absoluteFilePath(plan.spec.copyFrom));
    const QString &path = plan.spec.copyFrom;
    if (path.contains(QChar(0))) {
        contentError(plan, PlanProblem::Kind::CopySourcePath,
                     trCore("Quire::Planner", "the file to copy from has a NUL character in its path"));
        return;
    }
    const int fd = openCopySource(plan);
    if (fd < 0) {
        contentError(plan, PlanProblem::Kind::CopySourceUnreadable,
                     trCore("Quire::Planner", "cannot read the file to copy from, %1: %2").arg(path, osMessage(errno)));
        return;
    }
    struct stat info = {};
    const bool statted = ::fstat(fd, &info) == 0;
    const int error = errno;
    ::close(fd);
    if (!statted)
        contentError(plan, PlanProblem::Kind::CopySourceUnreadable,
                     trCore("Quire::Planner", "cannot read the file to copy from, %1: %2").arg(path, osMessage(error)));
    else if (!S_ISREG(info.st_mode))
        contentError(
            plan, PlanProblem::Kind::CopySourceNotFile,
            trCore("Quire::Planner", "the file to copy from, %1, is not a regular file: name a file").arg(path));
    else
        plan.fileBytes = info.st_size;
}

} // namespace

void planContentGenerators(Plan &plan)
{
    const JobSpec &spec = plan.spec;
    plan.contentMode = modeOf(spec);
    const int modes = int(spec.randomBytes.has_value()) + int(!spec.copyFrom.isEmpty()) + int(spec.sparse.has_value());
    if (modes > 1 || (modes == 1 && spec.size))
        contentError(plan, PlanProblem::Kind::ContentModesConflict,
                     trCore("Quire::Planner", "choose one content mode: a size to fill, random bytes, a file to copy "
                                              "from and sparse files exclude each other"));
    if (modes == 1 && !spec.contentFile.isEmpty())
        contentError(plan, PlanProblem::Kind::ContentFileWithGenerator,
                     trCore("Quire::Planner", "a content file gives a template, which random bytes, a copy of a file "
                                              "and sparse files do not write: keep one of them"));
    for (const std::optional<qint64> &size : {spec.size, spec.randomBytes, spec.sparse}) {
        if (size && *size < 0)
            contentError(plan, PlanProblem::Kind::NegativeSize,
                         trCore("Quire::Planner", "a content size is negative (%1): give 0 or more bytes").arg(*size));
    }
    switch (plan.contentMode) {
    case ContentMode::Template:
        break;
    case ContentMode::Fill:
        plan.fileBytes = *spec.size;
        break;
    case ContentMode::Random:
        plan.fileBytes = *spec.randomBytes;
        break;
    case ContentMode::Sparse:
        plan.fileBytes = *spec.sparse;
        break;
    case ContentMode::Copy:
        planCopySource(plan);
        break;
    }
}

void computeGeneratorSizes(Plan &plan)
{
    if (plan.contentMode == ContentMode::Template || plan.fileBytes < 0)
        return;
    const qint64 files = plan.fileCount();
    if (files > 0 && plan.fileBytes > std::numeric_limits<qint64>::max() / files) {
        contentError(plan, PlanProblem::Kind::TotalTooLarge,
                     trCore("Quire::Planner", "the files would hold more than 8 EiB together: choose a smaller "
                                              "size or fewer files"));
        return;
    }
    plan.totalBytes = plan.fileBytes * files;
    if (plan.contentMode != ContentMode::Fill || files == 0)
        return;
    TextEncoder encoder(plan.spec.encoding);
    const qint64 bom = plan.spec.bom ? encoder.bom().size() : 0;
    QString error;
    if (plan.fileBytes > bom && plan.templateBytes(0, encoder, &error, false).isEmpty() && error.isEmpty())
        contentError(plan, PlanProblem::Kind::FillWithoutText,
                     trCore("Quire::Planner", "the content template renders no text, so there is nothing to repeat "
                                              "up to the size of %1 bytes: give a content template")
                         .arg(plan.fileBytes),
                     {QString::number(plan.fileBytes)});
}

int openCopySource(const Plan &plan)
{
    return ::open(QFile::encodeName(plan.spec.copyFrom).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
}

std::unique_ptr<ContentSource> makeContentSource(const Plan &plan, qint64 position, const QByteArray &bom,
                                                 const QByteArray &rendered, int copyFd)
{
    switch (plan.contentMode) {
    case ContentMode::Template:
        return std::make_unique<BytesSource>(rendered);
    case ContentMode::Fill:
        return std::make_unique<FillSource>(bom, rendered, plan.fileBytes);
    case ContentMode::Random:
        return std::make_unique<RandomSource>(FileRandom::keyFor(quint64(plan.seed), position), plan.fileBytes);
    case ContentMode::Copy:
        return std::make_unique<CopySource>(copyFd, plan.fileBytes);
    case ContentMode::Sparse:
        return std::make_unique<SparseSource>(plan.fileBytes);
    }
    return {};
}

qint64 Plan::contentSize(qint64 position, TextEncoder &encoder) const
{
    if (contentMode != ContentMode::Template)
        return fileBytes;
    return templateBytes(position, encoder, nullptr, spec.bom).size();
}

QByteArray Plan::contentHead(qint64 position, qint64 limit, QString *error) const
{
    TextEncoder encoder(spec.encoding);
    const bool fill = contentMode == ContentMode::Fill;
    const QByteArray bom = fill && spec.bom ? encoder.bom() : QByteArray();
    const QByteArray rendered = contentMode == ContentMode::Template || fill
                                    ? templateBytes(position, encoder, error, !fill && spec.bom)
                                    : QByteArray();
    const int copyFd = contentMode == ContentMode::Copy ? openCopySource(*this) : -1;
    if (contentMode == ContentMode::Copy && copyFd < 0) {
        if (error)
            *error = trCore("Quire::Planner", "cannot read the file to copy from, %1: %2")
                         .arg(spec.copyFrom, osMessage(errno));
        return {};
    }
    const std::unique_ptr<ContentSource> source = makeContentSource(*this, position, bom, rendered, copyFd);
    QByteArray head(qsizetype(std::min(limit, source->size())), Qt::Uninitialized);
    const int failure = source->read(0, head.data(), head.size());
    if (copyFd >= 0)
        ::close(copyFd);
    if (failure == 0)
        return head;
    if (error)
        *error = failure == ContentSource::OwnError ? source->message() : osMessage(failure);
    return {};
}

} // namespace Quire
