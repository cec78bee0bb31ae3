#include "core/run/writeloop.h"

#include "core/base/oserror.h"
#include "core/base/translations.h"
#include "core/content/contentplan.h"
#include "core/content/textencoder.h"
#include "core/plan/nestedchecks.h"
#include "core/plan/plan.h"
#include "core/run/filewriter.h"
#include "core/run/threadnice.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
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

/** The sub-folder a chunk last wrote into, kept open: the files of one sub-folder mostly come in a row. */
struct DirCache
{
    int folder = -1;
    QByteArray dir;
    int fd = -1;
    QByteArray base; ///< the file's own name, the last part of the nested name

    DirCache() = default;
    ~DirCache()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(DirCache)
};

} // namespace

// What every file of one chunk shares; computed once per chunk, not per file.
struct ChunkSetup
{
    Scratch &scratch;
    DirCache &dirs;
    TextEncoder &encoder;
    QByteArray bom;
    bool contentUsesName;
};

WriteLoop::WriteLoop(std::shared_ptr<RunRecord> record, WriteMethod method)
    : m_record(std::move(record))
    , m_plan(*m_record->plan)
    , m_ledger(*m_record->ledger)
    , m_method(method)
    , m_generated(m_plan.contentMode != ContentMode::Template || m_plan.spec.verify)
    , m_nested(NestedChecks::isNested(m_plan.nameTemplate))
{
}

WriteLoop::~WriteLoop()
{
    if (m_backupFd >= 0)
        ::close(m_backupFd);
    if (m_copyFd >= 0)
        ::close(m_copyFd);
}

void WriteLoop::prepare(int threads)
{
    // Small enough for prompt cancel, pause and smooth progress; large enough that QtConcurrent's
    // per-item overhead disappears next to the file system calls.
    const qint64 files = m_plan.fileCount();
    const qint64 chunk = std::clamp<qint64>(files / (qint64(threads) * 32), 8, 512);
    for (qint64 begin = 0; begin < files; begin += chunk) {
        const qint64 end = std::min(begin + chunk, files);
        qint64 pending = 0;
        for (qint64 p = begin; p < end; ++p)
            pending += m_ledger.status(p) == FileStatus::Pending ? 1 : 0;
        if (pending > 0)
            m_chunks.push_back(Chunk{begin, end});
        m_pending += pending;
    }
    folders.open(m_plan);
    if (m_plan.contentMode == ContentMode::Copy) {
        m_copyFd = openCopySource(m_plan);
        if (m_copyFd < 0) {
            m_jobErrors.append(
                trCore("Quire::Runner", "cannot open the file to copy from, %1: %2 (nothing was written)")
                    .arg(m_plan.spec.copyFrom, osMessage(errno)));
            gate.stop();
        }
    }
    if (m_record->job.backup && m_plan.spec.ifExists == IfExists::Overwrite) {
        m_backupFd = ::open(QFile::encodeName(m_record->backupFolder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_backupFd < 0) {
            m_jobErrors.append(trCore("Quire::Runner", "cannot open the backup folder %1: %2 (nothing was replaced)")
                                   .arg(m_record->backupFolder, osMessage(errno)));
            gate.stop();
        }
    }
}

const std::vector<Chunk> &WriteLoop::chunks() const
{
    return m_chunks;
}

qint64 WriteLoop::pendingAtStart() const
{
    return m_pending;
}

QStringList WriteLoop::jobErrors() const
{
    QMutexLocker locker(&m_mutex);
    return m_jobErrors;
}

void WriteLoop::runChunk(const Chunk &chunk)
{
    if (writerNice)
        applyThreadNice(*writerNice);
    const WriterTurn turn(writers);
    thread_local Scratch scratch;
    TextEncoder &encoder = scratch.encoderFor(m_plan.spec.encoding);
    DirCache dirs;
    const ChunkSetup setup{scratch, dirs, encoder, m_plan.spec.bom ? encoder.bom() : QByteArray(),
                           m_plan.contentTemplate.contains(Template::Kind::Name)}; // binding keeps {name}
    WorkerCounters::Slot &mine = counters.mine();
    for (qint64 position = chunk.begin; position < chunk.end; ++position) {
        if (m_ledger.status(position) != FileStatus::Pending)
            continue; // done by the run that this one resumes or retries
        if (!gate.enter(mine.busy))
            break;
        // An exception (bad_alloc, say) must end the run with its name, never as "not attempted".
        try {
            writeOne(position, setup, mine);
        } catch (const std::exception &e) {
            writerThrew(position, QString::fromLocal8Bit(e.what()), mine);
        } catch (...) {
            writerThrew(position, trCore("Quire::Runner", "an unknown exception"), mine);
        }
        mine.busy.fetch_sub(1);
    }
}

void WriteLoop::writeOne(qint64 position, const ChunkSetup &setup, WorkerCounters::Slot &mine)
{
    if (beforeFile)
        beforeFile(position);
    const int folder = m_plan.folderOf(position);
    FileContext context = m_plan.contextAt(position);
    Scratch &scratch = setup.scratch;
    scratch.renderName(m_plan.boundNames.at(folder), context, setup.contentUsesName);
    context.name = scratch.name;
    // Fill renders the template without its BOM: the source puts the BOM in front, once.
    const bool fill = m_plan.contentMode == ContentMode::Fill;
    if ((m_plan.contentMode == ContentMode::Template || fill) &&
        scratch.renderContent(m_plan.boundContents.at(folder), context, setup.encoder,
                              fill ? QByteArray() : setup.bom) >= 0)
        return fail(
            position,
            trCore("Quire::Runner", "the content has a character that %1 cannot represent").arg(setup.encoder.name()),
            mine);
    QString folderError;
    const int dirFd = folderFdFor(position, setup, &folderError);
    if (dirFd < 0)
        return fail(position, folderError, mine);
    m_ledger.setStatus(position, FileStatus::InFlight);
    const FileWriter writer(dirFd, m_plan.spec.ifExists, m_method, m_plan.spec.durable, m_backupFd);
    qint64 bytes = scratch.bytes.size();
    const QByteArray &leafName = m_nested ? setup.dirs.base : scratch.nativeName; // nested: inside its sub-folder
    const WriteOutcome outcome =
        m_generated
            ? writeContent(position, setup, {writer, dirFd, leafName}, bytes)
            : writer.write(leafName, scratch.bytes, m_backupFd >= 0 ? QByteArray::number(position) : QByteArray());
    if (outcome.status == FileStatus::Failed)
        return fail(position, outcome.error, mine);
    if (!outcome.finalName.isEmpty()) // the ledger keeps names relative to the target folder: sub/name (2)
        m_ledger.setFinalName(position, m_nested ? QFile::decodeName(setup.dirs.dir) + u'/' + outcome.finalName
                                                 : outcome.finalName);
    m_ledger.setStatus(position, outcome.status);
    if (outcome.status == FileStatus::Skipped) {
        mine.skipped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    // Counted per file, so progress is exact at every tick; in this worker's own cache line.
    mine.bytes.fetch_add(bytes, std::memory_order_relaxed);
    mine.written.fetch_add(1, std::memory_order_relaxed);
}

int WriteLoop::folderFdFor(qint64 position, const ChunkSetup &setup, QString *error)
{
    const int folder = m_plan.folderOf(position);
    const int folderFd = folders.fd(folder);
    if (folderFd < 0 || !m_nested) {
        *error = folders.error(folder);
        return folderFd;
    }
    const QByteArray &name = setup.scratch.nativeName;
    const qsizetype slash = name.lastIndexOf('/');
    DirCache &dirs = setup.dirs;
    dirs.base = name.mid(slash + 1);
    if (dirs.fd >= 0 && dirs.folder == folder && QByteArrayView(dirs.dir) == QByteArrayView(name.constData(), slash))
        return dirs.fd;
    if (dirs.fd >= 0)
        ::close(dirs.fd);
    dirs.folder = folder;
    dirs.dir = name.left(slash);
    dirs.fd = m_subfolders.open(folder, folderFd, dirs.dir, error);
    return dirs.fd;
}

QStringList WriteLoop::syncSubfolders() const
{
    if (!m_nested)
        return {};
    std::vector<int> fds;
    QStringList paths;
    for (int f = 0; f < m_plan.folders.size(); ++f) {
        fds.push_back(folders.fd(f));
        paths.append(m_plan.folders.at(f).path);
    }
    return m_subfolders.sync(fds, paths);
}

// Generated content and --verify: the bytes come from a source, piece by piece, and are read back after.
WriteOutcome WriteLoop::writeContent(qint64 position, const ChunkSetup &setup, const Target &target, qint64 &bytes)
{
    Scratch &scratch = setup.scratch;
    const FileWriter &writer = target.writer;
    const QByteArray fillBom = m_plan.contentMode == ContentMode::Fill ? setup.bom : QByteArray();
    const std::unique_ptr<ContentSource> source = makeContentSource(m_plan, position, fillBom, scratch.bytes, m_copyFd);
    bytes = source->size();
    const QByteArray backupName = m_backupFd >= 0 ? QByteArray::number(position) : QByteArray();
    WriteOutcome outcome = m_plan.contentMode == ContentMode::Template
                               ? writer.write(target.name, scratch.bytes, backupName)
                               : writer.write(target.name, *source, backupName);
    if (!m_plan.spec.verify || (outcome.status != FileStatus::Created && outcome.status != FileStatus::Replaced))
        return outcome;
    const QByteArray name = outcome.finalName.isEmpty() ? target.name : QFile::encodeName(outcome.finalName);
    if (const QString why = verifyWritten(position, target.dirFd, name, *source); !why.isEmpty())
        return {FileStatus::Failed, {}, why};
    return outcome;
}

// A file that does not read back as written is removed (while the name still holds it), so that a
// retry writes it again; the failure says which byte differed.
QString WriteLoop::verifyWritten(qint64 position, int dirFd, const QByteArray &name, ContentSource &source)
{
    if (beforeVerify)
        beforeVerify(position, dirFd, name);
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return trCore("Quire::Runner", "verification failed: %1").arg(osMessage(errno));
    const QString why = verifyAgainst(fd, source);
    struct stat opened = {};
    struct stat now = {};
    const bool same = ::fstat(fd, &opened) == 0 && ::fstatat(dirFd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0 &&
                      opened.st_ino == now.st_ino && opened.st_dev == now.st_dev;
    ::close(fd);
    if (why.isEmpty())
        return why;
    if (same && ::unlinkat(dirFd, name.constData(), 0) == 0)
        return trCore("Quire::Runner", "%1; the file was removed").arg(why);
    return trCore("Quire::Runner", "%1; the file was left as it is").arg(why);
}

void WriteLoop::fail(qint64 position, const QString &message, WorkerCounters::Slot &mine)
{
    m_ledger.addFailure(position, message);
    mine.failed.fetch_add(1, std::memory_order_relaxed);
    if (m_plan.spec.stopOnError)
        gate.stop();
}

void WriteLoop::writerThrew(qint64 position, const QString &what, WorkerCounters::Slot &mine)
{
    const QString message = trCore("Quire::Runner", "the writer stopped with an error: %1").arg(what);
    m_ledger.addFailure(position, message);
    mine.failed.fetch_add(1, std::memory_order_relaxed);
    {
        QMutexLocker locker(&m_mutex);
        m_jobErrors.append(trCore("Quire::Runner", "the run was stopped: writing %1 failed: %2")
                               .arg(m_record->filePath(position), what));
    }
    gate.stop();
}

} // namespace Quire
