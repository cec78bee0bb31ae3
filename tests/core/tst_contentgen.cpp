// Content generators in the core: the size parser, the sources (fill, random, copy, sparse), the writer
// pulling from them, and --verify catching a file that does not read back as written.
#include "core/content/bytesize.h"
#include "core/content/contentsource.h"
#include "core/plan/planner.h"
#include "core/run/batchrunner.h"
#include "core/run/filewriter.h"
#include "core/template/filerandom.h"
#include "tests/common/testdir.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Quire;
using namespace Qt::StringLiterals;
using QuireTest::TestDir;

namespace {

QByteArray readAll(ContentSource &source)
{
    QByteArray bytes(qsizetype(source.size()), Qt::Uninitialized);
    if (source.read(0, bytes.data(), bytes.size()) != 0)
        return {};
    return bytes;
}

// Opens dir as a descriptor for FileWriter; closed by the caller.
int openDir(const QString &dir)
{
    return ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

} // namespace

class TestContentGen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeParser_data();
    void sizeParser();
    void sizeFromJson();
    void fillRepeatsAndCuts();
    void randomIsAFunctionOfKeyAndPosition();
    void randomAnyRangeMatchesTheWhole();
    void randomBytesArePinned();
    void randomFastPathMatchesWordAt_data();
    void randomFastPathMatchesWordAt();
    void randomSpeed();
    void writerStreamsEveryMethod_data();
    void writerStreamsEveryMethod();
    void sparseHasNoBlocks();
    void copyFromChangedSourceFails();
    void verifyCatchesAFlippedByte();
    void planHeadIsSmall();
};

void TestContentGen::sizeParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: an error
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("zero") << u"0"_s << qint64(0) << QString();
    QTest::addRow("plain bytes") << u"512"_s << qint64(512) << QString();
    QTest::addRow("B") << u"512B"_s << qint64(512) << QString();
    QTest::addRow("KiB") << u"4KiB"_s << qint64(4096) << QString();
    QTest::addRow("MiB with a space") << u"1 MiB"_s << qint64(1048576) << QString();
    QTest::addRow("GiB") << u"2GiB"_s << qint64(2147483648) << QString();
    QTest::addRow("TiB") << u"1TiB"_s << qint64(1099511627776) << QString();
    QTest::addRow("EiB max") << u"7EiB"_s << qint64(7) * (qint64(1) << 60) << QString();
    QTest::addRow("kB") << u"4kB"_s << qint64(4000) << QString();
    QTest::addRow("MB") << u"3MB"_s << qint64(3000000) << QString();
    QTest::addRow("GB") << u"2GB"_s << qint64(2000000000) << QString();
    QTest::addRow("largest") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max() << QString();
    QTest::addRow("KB is ambiguous") << u"4KB"_s << qint64(-1) << u"write 4kB (powers of 1000) or 4KiB"_s;
    QTest::addRow("k alone is ambiguous") << u"4k"_s << qint64(-1) << u"4kB"_s;
    QTest::addRow("mib lower case") << u"1mib"_s << qint64(-1) << u"1MiB"_s;
    QTest::addRow("negative") << u"-1"_s << qint64(-1) << u"negative"_s;
    QTest::addRow("beyond 2^63") << u"9223372036854775808"_s << qint64(-1) << u"too large"_s;
    QTest::addRow("8 EiB overflows") << u"8EiB"_s << qint64(-1) << u"too large"_s;
    QTest::addRow("garbage") << u"lots"_s << qint64(-1) << u"not a size"_s;
    QTest::addRow("empty") << QString() << qint64(-1) << u"not a size"_s;
    QTest::addRow("fraction") << u"1.5MiB"_s << qint64(-1) << u"unknown unit"_s;
    QTest::addRow("unknown unit") << u"3 parsecs"_s << qint64(-1) << u"unknown unit \"parsecs\""_s;
}

void TestContentGen::sizeParser()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QFETCH(QString, errorPart);
    const ByteSize size = parseByteSize(text);
    QCOMPARE(size.ok(), bytes >= 0);
    if (bytes >= 0)
        QCOMPARE(size.bytes, bytes);
    else
        QVERIFY2(size.error.contains(errorPart), qPrintable(size.error));
}

void TestContentGen::sizeFromJson()
{
    QCOMPARE(byteSizeFromJson(QJsonValue(4096)).bytes, 4096);
    QCOMPARE(byteSizeFromJson(QJsonValue(u"4KiB"_s)).bytes, 4096);
    QVERIFY(!byteSizeFromJson(QJsonValue(1.5)).ok());
    QVERIFY(!byteSizeFromJson(QJsonValue(-3)).ok());
    QVERIFY(!byteSizeFromJson(QJsonValue(true)).ok());
    QVERIFY(byteSizeFromJson(QJsonValue(u"4KB"_s)).error.contains(u"ambiguous"_s));
}

void TestContentGen::fillRepeatsAndCuts()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray pattern("ab\n");
    FillSource fill(bom, pattern, 10);
    QCOMPARE(readAll(fill), QByteArray("\xEF\xBB\xBF"
                                       "ab\nab\na"));
    FillSource tiny(bom, pattern, 2); // the BOM itself is cut: SIZE is exact
    QCOMPARE(readAll(tiny), QByteArray("\xEF\xBB"));
    // A range in the middle equals the same range of the whole.
    FillSource big({}, pattern, 100);
    const QByteArray whole = readAll(big);
    QByteArray part(7, '\0');
    QCOMPARE(big.read(50, part.data(), 7), 0);
    QCOMPARE(part, whole.mid(50, 7));
    const QByteArray none;
    FillSource empty({}, none, 5);
    QByteArray out(5, '\0');
    QCOMPARE(empty.read(0, out.data(), 5), ContentSource::OwnError);
    QVERIFY(empty.message().contains(u"nothing to repeat"_s));
}

void TestContentGen::randomIsAFunctionOfKeyAndPosition()
{
    RandomSource a(42, 4096);
    RandomSource again(42, 4096);
    RandomSource other(43, 4096);
    const QByteArray bytes = readAll(a);
    QCOMPARE(bytes.size(), 4096);
    QCOMPARE(readAll(again), bytes);
    QVERIFY(readAll(other) != bytes);
    // Not constant, not repeating words: the first words differ pairwise.
    QVERIFY(RandomSource::wordAt(42, 0) != RandomSource::wordAt(42, 1));
    QVERIFY(bytes.count('\0') < 64); // about 16 expected of 4096
}

void TestContentGen::randomAnyRangeMatchesTheWhole()
{
    RandomSource source(7, 1000);
    const QByteArray whole = readAll(source);
    for (const auto &[offset, length] :
         {std::pair<qint64, qint64>{0, 1}, {3, 5}, {5, 16}, {13, 987}, {992, 8}, {999, 1}, {8, 0}}) {
        QByteArray part(qsizetype(length), '\0');
        QCOMPARE(source.read(offset, part.data(), length), 0);
        QCOMPARE(part, whole.mid(offset, length));
    }
}

// The same seed writes the same bytes in every version: SplitMix64 in counter mode, computed here
// independently of this code (the published algorithm in a few lines of Python gave these digests).
void TestContentGen::randomBytesArePinned()
{
    RandomSource first(42, 24);
    QCOMPARE(readAll(first).toHex(), QByteArray("956eeb2f2632d7bd03f166b233e3ef28529f0f1357675247"));
    RandomSource longer(7, 100000);
    QByteArray middle(99990, '\0');
    QCOMPARE(longer.read(3, middle.data(), middle.size()), 0);
    QCOMPARE(QCryptographicHash::hash(middle, QCryptographicHash::Sha256).toHex(),
             QByteArray("10665fe43fc8e6d61dd2dd122a85286fd1ef03bdbe8b1ecba9c4ee23b8b830ce"));
}

// The block fill (several words per iteration, vectors where the CPU has them) against wordAt() word by
// word, for ranges that start and end inside words and leave every possible remainder of the block loop.
void TestContentGen::randomFastPathMatchesWordAt_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    for (const qint64 offset : {0, 1, 7, 8, 61})
        for (const qint64 length : {0, 1, 8, 63, 64, 65, 71, 72, 127, 1000, 65541})
            QTest::addRow("offset %lld length %lld", offset, length) << offset << length;
}

void TestContentGen::randomFastPathMatchesWordAt()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    constexpr quint64 Key = 0x0123456789abcdefULL;
    QByteArray expected;
    for (quint64 w = quint64(offset) / 8; qint64(w * 8) < offset + length; ++w) {
        const quint64 word = qToLittleEndian(RandomSource::wordAt(Key, w));
        expected.append(reinterpret_cast<const char *>(&word), 8);
    }
    expected = expected.mid(offset % 8, length);
    RandomSource source(Key, offset + length + 5);
    QByteArray actual(qsizetype(length) + 2, 'x'); // and nothing written past the range
    QCOMPARE(source.read(offset, actual.data() + 1, length), 0);
    QCOMPARE(actual.mid(1, length), expected);
    QCOMPARE(actual.front(), 'x');
    QCOMPARE(actual.back(), 'x');
}

void TestContentGen::randomSpeed()
{
    constexpr qint64 Total = qint64(512) << 20;
    RandomSource source(1, Total);
    QByteArray buffer(qsizetype(ContentSource::ChunkBytes), Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    for (qint64 offset = 0; offset < Total; offset += buffer.size())
        QCOMPARE(source.read(offset, buffer.data(), buffer.size()), 0);
    const double seconds = std::max<double>(timer.nsecsElapsed() / 1e9, 1e-6);
    const double gbPerSecond = double(Total) / seconds / 1e9;
    qInfo("FIGURES: random bytes: %.2f GB/s on one core (512 MiB in %.3f s)", gbPerSecond, seconds);
    // The issue asks for at least 1 GB/s per core; sanitizer builds are slower, so only a floor is asserted.
    QVERIFY2(gbPerSecond > 0.2, qPrintable(QString::number(gbPerSecond)));
}

void TestContentGen::writerStreamsEveryMethod_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("existing");
    QTest::addRow("direct") << int(WriteMethod::Direct) << int(IfExists::Fail) << false;
    QTest::addRow("atomic") << int(WriteMethod::Atomic) << int(IfExists::Fail) << false;
    QTest::addRow("overwrite") << int(WriteMethod::Direct) << int(IfExists::Overwrite) << true;
    QTest::addRow("rename") << int(WriteMethod::Direct) << int(IfExists::Rename) << true;
}

void TestContentGen::writerStreamsEveryMethod()
{
    QFETCH(int, method);
    QFETCH(int, policy);
    QFETCH(bool, existing);
    const TestDir dir;
    if (existing)
        QVERIFY(dir.createFile(u"f.bin"_s, "old"));
    const int dirFd = openDir(dir.path());
    QVERIFY(dirFd >= 0);
    // Three buffers and a bit: the writer pulls the source in ChunkBytes pieces.
    const qint64 size = 3 * ContentSource::ChunkBytes + 5;
    RandomSource source(99, size);
    const FileWriter writer(dirFd, IfExists(policy), WriteMethod(method), true);
    const WriteOutcome outcome = writer.write(QByteArray("f.bin"), source);
    ::close(dirFd);
    QVERIFY2(outcome.status != FileStatus::Failed, qPrintable(outcome.error));
    const QString name = outcome.finalName.isEmpty() ? u"f.bin"_s : outcome.finalName;
    QCOMPARE(dir.read(name), readAll(source));
}

void TestContentGen::sparseHasNoBlocks()
{
    const TestDir dir;
    const int dirFd = openDir(dir.path());
    SparseSource source(qint64(1) << 30);
    const WriteOutcome outcome =
        FileWriter(dirFd, IfExists::Fail, WriteMethod::Atomic).write(QByteArray("hole.bin"), source);
    ::close(dirFd);
    QCOMPARE(outcome.status, FileStatus::Created);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"hole.bin"_s)).constData(), &info), 0);
    QCOMPARE(qint64(info.st_size), qint64(1) << 30);
    QCOMPARE(qint64(info.st_blocks), 0); // ext4 and tmpfs both keep holes
}

// A source that no longer has the planned size fails the file with a clear message, leaving nothing.
void TestContentGen::copyFromChangedSourceFails()
{
    const TestDir dir;
    QVERIFY(dir.createFile(u"src.bin"_s, QByteArray(5000, 'x')));
    QVERIFY(dir.createDir(u"out"_s));
    const int src = ::open(QFile::encodeName(dir.filePath(u"src.bin"_s)).constData(), O_RDONLY | O_CLOEXEC);
    const int dirFd = openDir(dir.filePath(u"out"_s));
    CopySource good(src, 5000);
    QCOMPARE(FileWriter(dirFd, IfExists::Fail, WriteMethod::Direct).write(QByteArray("a"), good).status,
             FileStatus::Created);
    QCOMPARE(dir.read(u"out/a"_s), QByteArray(5000, 'x'));
    CopySource stale(src, 6000); // as if the source had shrunk after the plan
    const WriteOutcome outcome = FileWriter(dirFd, IfExists::Fail, WriteMethod::Direct).write(QByteArray("b"), stale);
    ::close(dirFd);
    ::close(src);
    QCOMPARE(outcome.status, FileStatus::Failed);
    QVERIFY2(outcome.error.contains(u"changed size during the run (5000 bytes instead of 6000)"_s),
             qPrintable(outcome.error));
    QVERIFY(!QFile::exists(dir.filePath(u"out/b"_s)));
}

void TestContentGen::verifyCatchesAFlippedByte()
{
    const TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 3;
    spec.randomBytes = 10000;
    spec.seed = 5;
    spec.verify = true;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    BatchRunner runner;
    runner.setVerifyHookForTesting([](qint64 position, int dirFd, const QByteArray &name) {
        if (position != 1)
            return;
        const int fd = ::openat(dirFd, name.constData(), O_RDWR | O_CLOEXEC);
        char byte = 0;
        if (::pread(fd, &byte, 1, 1233) == 1) {
            byte = char(~byte);
            [[maybe_unused]] const ssize_t put = ::pwrite(fd, &byte, 1, 1233);
        }
        ::close(fd);
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(30'000));
    const auto summary = finished.constFirst().constFirst().value<RunSummary>();
    QVERIFY(!summary.success());
    const std::shared_ptr<RunRecord> record = runner.record();
    QCOMPARE(record->ledger->status(0), FileStatus::Created);
    QCOMPARE(record->ledger->status(1), FileStatus::Failed);
    QCOMPARE(record->ledger->message(1), u"verification failed: byte 1234 differs; the file was removed"_s);
    QVERIFY(!QFile::exists(plan.filePath(1)));
    QCOMPARE(QFileInfo(plan.filePath(2)).size(), 10000);
}

// Previews ask for the first bytes: a 2 GiB file must not be made whole for them.
void TestContentGen::planHeadIsSmall()
{
    const TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 2;
    spec.randomBytes = qint64(2) << 30;
    spec.seed = 1;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.totalBytes, qint64(4) << 30);
    QCOMPARE(plan.contentBytes(0).size(), Plan::PreviewBytes);
    const QByteArray head = plan.contentHead(1, 16);
    RandomSource source(FileRandom::keyFor(1, 1), 16);
    QCOMPARE(head, readAll(source));
}

QTEST_GUILESS_MAIN(TestContentGen)

#include "tst_contentgen.moc"
