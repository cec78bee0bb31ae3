#include "core/base/safefile.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Quire;
using namespace QuireTest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Limit = 100;

// Builds the entry a row names at dir/entry; false if it cannot.
bool makeEntry(const TestDir &dir, const QString &kind)
{
    const QString path = dir.filePath(u"entry"_s);
    const QByteArray name = QFile::encodeName(path);
    if (kind == "missing"_L1)
        return true;
    if (kind == "regular"_L1)
        return dir.createFile(u"entry"_s, QByteArray(Limit, 'r'));
    if (kind == "over the limit"_L1)
        return dir.createFile(u"entry"_s, QByteArray(Limit + 1, 'r'));
    if (kind == "sparse 3 GiB"_L1) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.resize(qint64(3) << 30);
    }
    if (kind == "link to a regular file"_L1 || kind == "link"_L1)
        return dir.createFile(u"target"_s, "target\n") && QFile::link(dir.filePath(u"target"_s), path);
    if (kind == "dangling link"_L1)
        return QFile::link(dir.filePath(u"nothing"_s), path);
    if (kind == "folder"_L1)
        return dir.createDir(u"entry"_s);
    if (kind == "fifo"_L1)
        return ::mkfifo(name.constData(), 0644) == 0;
    if (kind == "socket"_L1) {
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        std::memcpy(address.sun_path, name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
        const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        ::close(fd);
        return bound;
    }
    return false;
}

} // namespace

class TestSafeFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readRegular_data();
    void readRegular();
    void readDevice_data();
    void readDevice();
    void checkWritable_data();
    void checkWritable();
    void replacesRegularFileKeepingMode();
    void refusedNameIsUntouched_data();
    void refusedNameIsUntouched();
    void uncommittedLeavesNothing();
};

void TestSafeFile::readRegular_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error"); // empty: read, else a part of the message
    QTest::addRow("regular file at the limit") << u"regular"_s << QString();
    QTest::addRow("link to a regular file") << u"link to a regular file"_s << QString();
    QTest::addRow("one byte over the limit") << u"over the limit"_s << u"larger than the limit of 100 bytes"_s;
    QTest::addRow("sparse 3 GiB") << u"sparse 3 GiB"_s << u"is 3.2 GB, larger than the limit"_s;
    QTest::addRow("missing") << u"missing"_s << u"No such file or directory"_s;
    QTest::addRow("folder") << u"folder"_s << u"is a folder, not a regular file"_s;
    QTest::addRow("fifo, no writer") << u"fifo"_s << u"is a FIFO (named pipe), not a regular file"_s;
}

void TestSafeFile::readRegular()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    TestDir dir;
    QVERIFY(makeEntry(dir, kind));
    const QString path = dir.filePath(u"entry"_s);
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readRegularFile(path, Limit, u"content file"_s);
    QVERIFY(timer.elapsed() < 2000);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.bytes, readFile(path));
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.error.contains(u"content file "_s + path) && result.error.contains(error),
             qPrintable(result.error));
}

void TestSafeFile::readDevice_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("/dev/zero") << u"/dev/zero"_s;
    QTest::addRow("/dev/urandom") << u"/dev/urandom"_s;
    QTest::addRow("/dev/null") << u"/dev/null"_s;
}

// Refused without reading: an endless device answers at once, with the real limit.
void TestSafeFile::readDevice()
{
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readRegularFile(path, MaxInputFileBytes, u"job file"_s);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(result.error, u"job file %1 is a character device, not a regular file: name a regular file (or - for "
                           "standard input)"_s.arg(path));
}

void TestSafeFile::checkWritable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::addRow("missing name") << u"missing"_s << QString();
    QTest::addRow("regular file") << u"regular"_s << QString();
    QTest::addRow("link") << u"link"_s << u"is a symbolic link: Quire never writes through one"_s;
    QTest::addRow("dangling link") << u"dangling link"_s << u"is a symbolic link"_s;
    QTest::addRow("folder") << u"folder"_s << u"is a folder: Quire only replaces regular files"_s;
    QTest::addRow("fifo") << u"fifo"_s << u"is a FIFO (named pipe): Quire only replaces regular files"_s;
    QTest::addRow("socket") << u"socket"_s << u"is a socket: Quire only replaces regular files"_s;
}

void TestSafeFile::checkWritable()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    TestDir dir;
    QVERIFY(makeEntry(dir, kind));
    const QString path = dir.filePath(u"entry"_s);
    const QString problem = Quire::checkWritable(path, u"--report"_s);
    if (error.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.startsWith(u"--report "_s + path + u' ') && problem.contains(error), qPrintable(problem));
    QCOMPARE(Quire::checkWritable(dir.filePath(u"no/such/r.csv"_s), u"--report"_s),
             u"--report %1: folder %2 does not exist (create it first)"_s.arg(dir.filePath(u"no/such/r.csv"_s),
                                                                              dir.filePath(u"no/such"_s)));
    QCOMPARE(Quire::checkWritable(u"/dev/null"_s, u"--report"_s),
             u"--report /dev/null is a character device: Quire only replaces regular files (name another file, or - "
             "for standard output)"_s);
    QCOMPARE(Quire::checkWritable(u"-"_s, u"--report"_s), QString());
}

void TestSafeFile::replacesRegularFileKeepingMode()
{
    TestDir dir;
    const QString path = dir.filePath(u"r.json"_s);
    QVERIFY(writeFile(path, "old\n") && ::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QCOMPARE(writeFileSafely(path, "new\n", u"report"_s), QString());
    QCOMPARE(readFile(path), QByteArray("new\n"));
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
    QCOMPARE(dir.entries(), QStringList{u"r.json"_s});
}

void TestSafeFile::refusedNameIsUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("link") << u"link"_s;
    QTest::addRow("dangling link") << u"dangling link"_s;
    QTest::addRow("fifo") << u"fifo"_s;
    QTest::addRow("socket") << u"socket"_s;
    QTest::addRow("folder") << u"folder"_s;
}

void TestSafeFile::refusedNameIsUntouched()
{
    QFETCH(QString, kind);
    TestDir dir;
    QVERIFY(makeEntry(dir, kind));
    const auto before = dir.snapshot();
    const QString error = writeFileSafely(dir.filePath(u"entry"_s), "new\n", u"report"_s);
    QVERIFY2(error.startsWith(u"report "_s + dir.filePath(u"entry"_s) + u" is "_s), qPrintable(error));
    QCOMPARE(dir.snapshot(), before);
}

void TestSafeFile::uncommittedLeavesNothing()
{
    TestDir dir;
    {
        SafeFileWriter writer(dir.filePath(u"r.csv"_s), u"report"_s);
        QCOMPARE(writer.open(), QString());
        QVERIFY(writer.device()->write("half") == 4);
        QCOMPARE(dir.entries().size(), 1); // the temporary file
    }
    QCOMPARE(dir.entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
