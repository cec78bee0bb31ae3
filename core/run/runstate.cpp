#include "core/run/runstate.h"

#include "core/base/oserror.h"
#include "core/content/textencoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Quire {

namespace {

/** Per-thread buffers, reused for every file so the hot loop does not allocate. */
struct Scratch
{
    QString name;
    QString content;
    QByteArray nativeName;
    QByteArray bytes;
    QStringEncoder nameEncoder{QStringConverter::Utf8};
    std::unique_ptr<TextEncoder> encoder;

    TextEncoder &encoderFor(const QString &encoding)
    {
        if (!encoder || encoder->name() != encoding)
            encoder = std::make_unique<TextEncoder>(encoding);
        return *encoder;
    }

    // Linux file names are bytes; Qt 6 always treats them as UTF-8. ASCII templates skip the QString.
    void renderName(const Template &nameTemplate, const FileContext &context, bool contentUsesName)
    {
        nativeName.resize(0);
        if (nameTemplate.renderAscii(context, nativeName)) {
            if (contentUsesName)
                name = QString::fromLatin1(nativeName);
            return;
        }
        nameTemplate.render(context, name);
        if (TextEncoder::appendAscii(name, nativeName))
            return;
        nativeName.resize(nameEncoder.requiredSpace(name.size()));
        char *end = nameEncoder.appendToBuffer(nativeName.data(), name);
        nativeName.resize(end - nativeName.constData());
    }

    // -1, or the position of the first character the encoding cannot represent.
    qsizetype renderContent(const Template &contentTemplate, const FileContext &context, TextEncoder &textEncoder,
                            const QByteArray &bom)
    {
        bytes.resize(0);
        bytes.append(bom);
        if (textEncoder.encodesAsciiAsItself() && contentTemplate.renderAscii(context, bytes))
            return -1;
        contentTemplate.render(context, content);
        return textEncoder.encode(content, bytes);
    }
};

quint64 nextRunId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

} // namespace

RunState::RunState(const Plan &runPlan, WriteMethod writeMethod)
    : plan(runPlan)
    , method(writeMethod)
    , statuses(std::make_unique<std::atomic<quint8>[]>(size_t(std::max<qint64>(runPlan.fileCount, 1))))
    , runId(nextRunId())
{
}

RunState::~RunState()
{
    for (int fd : dirFds) {
        if (fd >= 0)
            ::close(fd);
    }
}

void RunState::openFolders()
{
    for (const FolderPlan &folder : plan.folders) {
        // Remember every folder that gains an entry through mkdir -p, for durable mode.
        for (QString parent = QFileInfo(folder.path).absolutePath(); folder.create;
             parent = QFileInfo(parent).absolutePath()) {
            if (!newEntryParents.contains(parent))
                newEntryParents.append(parent);
            if (QFileInfo::exists(parent) || parent == u'/')
                break;
        }
        QString error;
        if (folder.create && !QDir().mkpath(folder.path))
            error = QStringLiteral("could not create folder %1").arg(folder.path);
        const int fd = ::open(QFile::encodeName(folder.path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 && error.isEmpty())
            error = QStringLiteral("cannot open folder %1: %2").arg(folder.path, osMessage(errno));
        dirFds.push_back(fd);
        folderErrors.append(error);
    }
}

void RunState::runChunk(const Chunk &chunk)
{
    thread_local Scratch scratch;
    TextEncoder &encoder = scratch.encoderFor(plan.spec.encoding);
    const QByteArray bom = plan.spec.bom ? encoder.bom() : QByteArray();
    WorkerCounters &mine = countersOfThisThread();
    const bool contentUsesName = plan.contentTemplate.contains(Template::Kind::Name); // binding keeps {name}
    for (qint64 position = chunk.begin; position < chunk.end; ++position) {
        if (!enterFile(mine))
            break;
        const std::unique_ptr<std::atomic<int>, void (*)(std::atomic<int> *)> leave(
            &mine.busy, [](std::atomic<int> *b) { b->fetch_sub(1); });
        const int folder = int(position / plan.filesPerFolder);
        const qint64 i = position % plan.filesPerFolder;
        const FileContext context{plan.spec.from + i * plan.spec.step, i + 1, {}};
        const Template &content = plan.boundContents.at(folder);
        scratch.renderName(plan.boundNames.at(folder), context, contentUsesName);
        if (scratch.renderContent(content, FileContext{context.index, context.n, scratch.name}, encoder, bom) >= 0) {
            recordFailure(position,
                          QStringLiteral("the content has a character that %1 cannot represent").arg(encoder.name()));
            continue;
        }
        if (dirFds.at(size_t(folder)) < 0) {
            recordFailure(position, folderErrors.at(folder));
            continue;
        }
        const FileWriter writer(dirFds.at(size_t(folder)), plan.spec.ifExists, method, plan.spec.durable);
        const WriteOutcome outcome = writer.write(scratch.nativeName, scratch.bytes);
        statuses[size_t(position)].store(quint8(outcome.status), std::memory_order_relaxed);
        if (outcome.status == FileStatus::Failed) {
            recordFailure(position, outcome.error);
        } else if (outcome.status == FileStatus::Skipped) {
            skipped.fetch_add(1, std::memory_order_relaxed);
        } else {
            // Counted per file, so progress is exact at every tick; in this worker's own cache line.
            mine.bytes.fetch_add(scratch.bytes.size(), std::memory_order_relaxed);
            mine.written.fetch_add(1, std::memory_order_relaxed);
            if (!outcome.finalName.isEmpty()) {
                QMutexLocker locker(&mutex);
                renamed.insert(position, outcome.finalName);
            }
        }
    }
}

// Pause takes effect between files, not only between chunks: a worker finishes the file it is writing,
// then waits here. busy is raised before paused is read (and paused set before busy is read by the
// runner), so the runner never sees "nothing busy" while a file is about to start.
bool RunState::enterFile(WorkerCounters &mine)
{
    for (;;) {
        mine.busy.fetch_add(1);
        if (!paused.load())
            break;
        mine.busy.fetch_sub(1);
        QMutexLocker locker(&gateMutex);
        while (paused.load() && !cancel.load() && !stop.load())
            gate.wait(&gateMutex);
        if (cancel.load() || stop.load())
            return false;
    }
    if (cancel.load(std::memory_order_relaxed) || stop.load(std::memory_order_relaxed)) {
        mine.busy.fetch_sub(1);
        return false;
    }
    return true;
}

// A pool thread takes a slot the first time it works for this run; its slot of an earlier run is stale.
WorkerCounters &RunState::countersOfThisThread()
{
    thread_local quint64 slotRun = 0;
    thread_local int slot = 0;
    if (slotRun != runId) {
        slotRun = runId;
        slot = nextWorker.fetch_add(1) % CounterSlots;
    }
    return workers[size_t(slot)];
}

qint64 RunState::writtenCount() const
{
    qint64 sum = 0;
    for (const WorkerCounters &w : workers)
        sum += w.written.load(std::memory_order_relaxed);
    return sum;
}

qint64 RunState::byteCount() const
{
    qint64 sum = 0;
    for (const WorkerCounters &w : workers)
        sum += w.bytes.load(std::memory_order_relaxed);
    return sum;
}

bool RunState::anyBusy() const
{
    return std::any_of(workers.cbegin(), workers.cend(), [](const WorkerCounters &w) { return w.busy.load() != 0; });
}

void RunState::setPaused(bool pause)
{
    {
        QMutexLocker locker(&gateMutex);
        paused.store(pause);
    }
    gate.wakeAll();
}

void RunState::wake()
{
    QMutexLocker locker(&gateMutex);
    gate.wakeAll();
}

void RunState::recordFailure(qint64 position, const QString &message)
{
    statuses[size_t(position)].store(quint8(FileStatus::Failed), std::memory_order_relaxed);
    {
        QMutexLocker locker(&mutex);
        auto id = messageIds.constFind(message);
        if (id == messageIds.cend()) {
            id = messageIds.insert(message, int(messages.size()));
            messages.append(message);
        }
        failures.append({position, *id});
        failureByPosition.insert(position, *id);
    }
    failed.fetch_add(1, std::memory_order_relaxed);
    if (plan.spec.stopOnError)
        stop.store(true, std::memory_order_relaxed);
}

FileFailure RunState::failureAt(qsizetype i) const
{
    const auto &[position, message] = failures.at(i);
    return FileFailure{position, plan.indexAt(position), plan.filePath(position), messages.at(message)};
}

// The final syncfs of durable mode waits for everything still dirty; flushing while the writers work
// overlaps most of that I/O with the writing, so the end of the run has only the tail left. Errors
// here are not reported: the final syncFolders() reports what did not reach the disk.
void RunState::flushWhileWriting()
{
    constexpr int PauseMs = 20;
    QMutexLocker locker(&flushMutex);
    while (writing) {
        locker.unlock();
        for (int fd : dirFds) {
            if (fd >= 0)
                ::syncfs(fd);
        }
        locker.relock();
        if (writing)
            flushWake.wait(&flushMutex, PauseMs);
    }
}

void RunState::writesDone()
{
    {
        QMutexLocker locker(&flushMutex);
        writing = false;
    }
    flushWake.wakeAll();
}

QStringList RunState::syncFolders() const
{
    QStringList errors;
    for (size_t f = 0; f < dirFds.size(); ++f) {
        const int fd = dirFds[f];
        const QString path = plan.folders.at(int(f)).path;
        if (fd < 0)
            continue;
        // syncfs flushes every file written on that file system; fsync on the folder makes the
        // new directory entries durable.
        if (::syncfs(fd) != 0 || ::fsync(fd) != 0)
            errors.append(QStringLiteral("durable sync of %1 failed: %2").arg(path, osMessage(errno)));
    }
    for (const QString &path : newEntryParents) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0)
            errors.append(QStringLiteral("durable sync of %1 failed: %2").arg(path, osMessage(errno)));
        if (fd >= 0)
            ::close(fd);
    }
    return errors;
}

} // namespace Quire
