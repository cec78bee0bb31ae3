#include "core/plan/planner.h"
#include "core/run/filewriter.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Quire::FileStatus;
using Quire::FileWriter;
using Quire::IfExists;
using Quire::JobSpec;
using Quire::LineEnding;
using Quire::WriteMethod;
using Quire::WriteOutcome;
using namespace QuireTest;

namespace {

// Encodes ASCII text at a fixed width: independent of the code under test.
QByteArray ascii(const QString &text, int width, bool bigEndian)
{
    QByteArray out;
    for (QChar c : text) {
        QByteArray unit(width, '\0');
        unit[bigEndian ? width - 1 : 0] = char(c.unicode());
        out += unit;
    }
    return out;
}

class DirFd
{
public:
    explicit DirFd(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
    }
    ~DirFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(DirFd)
    [[nodiscard]] int fd() const
    {
        return m_fd;
    }

private:
    int m_fd;
};

const char *methodName(WriteMethod method)
{
    return method == WriteMethod::Direct ? "direct" : "atomic";
}

void addPolicyMethodRows()
{
    QTest::addColumn<IfExists>("policy");
    QTest::addColumn<WriteMethod>("method");
    const std::pair<IfExists, const char *> policies[] = {{IfExists::Fail, "fail"},
                                                          {IfExists::Skip, "skip"},
                                                          {IfExists::Overwrite, "overwrite"},
                                                          {IfExists::Rename, "rename"}};
    for (const auto &[policy, name] : policies) {
        for (WriteMethod method : {WriteMethod::Direct, WriteMethod::Atomic})
            QTest::addRow("%s %s", name, methodName(method)) << policy << method;
    }
}

void addMethodRows()
{
    QTest::addColumn<WriteMethod>("method");
    QTest::addRow("direct") << WriteMethod::Direct;
    QTest::addRow("atomic") << WriteMethod::Atomic;
}

} // namespace

class TestFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedBytes_data();
    void encodedBytes();
    void createsNew_data();
    void createsNew();
    void existingUnderFail_data();
    void existingUnderFail();
    void existingUnderSkip_data();
    void existingUnderSkip();
    void overwriteReplaces_data();
    void overwriteReplaces();
    void renameKeepsBoth_data();
    void renameKeepsBoth();
    void symlinkNeverFollowed_data();
    void symlinkNeverFollowed();
    void danglingSymlinkNeverFollowed_data();
    void danglingSymlinkNeverFollowed();
    void osMessageOnError_data();
    void osMessageOnError();
    void nativeNameOverload();
};

void TestFileWriter::encodedBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<LineEnding>("eol");
    QTest::addColumn<QByteArray>("expected");

    struct Enc
    {
        const char *name;
        QString sample;
        QByteArray sampleBytes;
        QByteArray bom; // empty: BOM not allowed
        int width;
        bool bigEndian;
    };
    const Enc encodings[] = {
        {"UTF-8", u"é€中😀"_s, hex("c3a9e282ace4b8adf09f9880"), hex("efbbbf"), 1, false},
        {"UTF-16LE", u"é€中😀"_s, hex("e900ac202d4e3dd800de"), hex("fffe"), 2, false},
        {"UTF-16BE", u"é€中😀"_s, hex("00e920ac4e2dd83dde00"), hex("feff"), 2, true},
        {"UTF-32LE", u"é€中😀"_s, hex("e9000000ac2000002d4e000000f60100"), hex("fffe0000"), 4, false},
        {"UTF-32BE", u"é€中😀"_s, hex("000000e9000020ac00004e2d0001f600"), hex("0000feff"), 4, true},
        {"ISO-8859-1", u"éÿ"_s, hex("e9ff"), {}, 1, false},
        {"windows-1252", u"é€"_s, hex("e980"), {}, 1, false},
        {"Shift_JIS", u"中"_s, hex("9286"), {}, 1, false},
        {"GB18030", u"é€中😀"_s, hex("a8a6a2e3d6d09439fc36"), {}, 1, false},
        {"KOI8-R", u"ж"_s, hex("d6"), {}, 1, false},
    };
    const std::pair<LineEnding, QString> eols[] = {
        {LineEnding::Lf, u"\n"_s}, {LineEnding::CrLf, u"\r\n"_s}, {LineEnding::Cr, u"\r"_s}};
    for (const Enc &e : encodings) {
        for (bool bom : {false, true}) {
            if (bom && e.bom.isEmpty())
                continue; // the planner rejects it: see tst_planner "BOM for a non-Unicode encoding"
            for (const auto &[eol, eolText] : eols) {
                // Content template "7<sample>{nl}end<literal LF>" for index 7.
                const QByteArray expected = (bom ? e.bom : QByteArray()) + ascii(u"7"_s, e.width, e.bigEndian) +
                                            e.sampleBytes + ascii(eolText + u"end"_s + eolText, e.width, e.bigEndian);
                QTest::addRow("%s%s %s", e.name, bom ? " bom" : "", qPrintable(Quire::lineEndingName(eol)))
                    << QString::fromLatin1(e.name) << bom << eol << expected;
            }
        }
    }
}

void TestFileWriter::encodedBytes()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(LineEnding, eol);
    QFETCH(QByteArray, expected);

    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = QStringList{dir.path()};
    spec.from = 7;
    spec.to = 7;
    spec.nameTemplate = u"f{index}.txt"_s;
    spec.encoding = encoding;
    spec.bom = bom;
    spec.lineEnding = eol;

    const QString sampleText = [&encoding] {
        if (encoding.startsWith(u"UTF"_s) || encoding == u"GB18030"_s)
            return u"é€中😀"_s;
        if (encoding == u"ISO-8859-1"_s)
            return u"éÿ"_s;
        if (encoding == u"windows-1252"_s)
            return u"é€"_s;
        if (encoding == u"Shift_JIS"_s)
            return u"中"_s;
        return u"ж"_s;
    }();
    spec.contentTemplate = u"{index}"_s + sampleText + u"{nl}end\n"_s;
    const Quire::Plan plan = Quire::Planner::plan(spec);
    QVERIFY2(plan.isValid(), plan.problems.isEmpty() ? "" : qPrintable(plan.problems.constFirst().message));
    QString error;
    const QByteArray bytes = plan.contentBytes(0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
    QCOMPARE(plan.totalBytes, qint64(expected.size()));

    for (WriteMethod method : {WriteMethod::Direct, WriteMethod::Atomic}) {
        const QString name = u"f7-%1.txt"_s.arg(QLatin1StringView(methodName(method)));
        const DirFd dirFd(dir.path());
        const WriteOutcome outcome = FileWriter(dirFd.fd(), IfExists::Fail, method).write(name, bytes);
        QCOMPARE(outcome.status, FileStatus::Created);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(dir.read(name).toHex(' '), expected.toHex(' '));
    }
    QCOMPARE(dir.entries(), (QStringList{u"f7-atomic.txt"_s, u"f7-direct.txt"_s}));
}

void TestFileWriter::createsNew_data()
{
    addMethodRows();
}

void TestFileWriter::createsNew()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    const DirFd dirFd(dir.path());
    const FileWriter writer(dirFd.fd(), IfExists::Fail, method);
    const WriteOutcome outcome = writer.write(u"new é.txt"_s, QByteArray("hello"));
    QCOMPARE(outcome.status, FileStatus::Created);
    QCOMPARE(outcome.finalName, u"new é.txt"_s);
    QCOMPARE(dir.read(u"new é.txt"_s), QByteArray("hello"));
    const WriteOutcome empty = writer.write(u"empty"_s, QByteArray());
    QCOMPARE(empty.status, FileStatus::Created);
    QCOMPARE(QFileInfo(dir.filePath(u"empty"_s)).size(), qint64(0));
    // No temporary files left behind.
    QCOMPARE(dir.entries(), (QStringList{u"empty"_s, u"new é.txt"_s}));
    // Files get the usual 0666 & ~umask, not a private temporary file's 0600.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"empty"_s)).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0666 & ~mask);
}

void TestFileWriter::existingUnderFail_data()
{
    addMethodRows();
}

void TestFileWriter::existingUnderFail()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a.txt"_s, "old"));
    const DirFd dirFd(dir.path());
    const WriteOutcome outcome = FileWriter(dirFd.fd(), IfExists::Fail, method).write(u"a.txt"_s, QByteArray("new"));
    QCOMPARE(outcome.status, FileStatus::Failed);
    QVERIFY2(outcome.error.contains(u"exists"_s, Qt::CaseInsensitive), qPrintable(outcome.error));
    QCOMPARE(dir.read(u"a.txt"_s), QByteArray("old"));
    QCOMPARE(dir.entries(), QStringList{u"a.txt"_s});
}

void TestFileWriter::existingUnderSkip_data()
{
    addMethodRows();
}

void TestFileWriter::existingUnderSkip()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a.txt"_s, "old"));
    const DirFd dirFd(dir.path());
    const WriteOutcome outcome = FileWriter(dirFd.fd(), IfExists::Skip, method).write(u"a.txt"_s, QByteArray("new"));
    QCOMPARE(outcome.status, FileStatus::Skipped);
    QCOMPARE(dir.read(u"a.txt"_s), QByteArray("old"));
    QCOMPARE(dir.entries(), QStringList{u"a.txt"_s});
}

void TestFileWriter::overwriteReplaces_data()
{
    addMethodRows();
}

void TestFileWriter::overwriteReplaces()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a.txt"_s, "old content that is longer"));
    const DirFd dirFd(dir.path());
    const FileWriter writer(dirFd.fd(), IfExists::Overwrite, method);
    const WriteOutcome outcome = writer.write(u"a.txt"_s, QByteArray("new"));
    QCOMPARE(outcome.status, FileStatus::Replaced);
    QCOMPARE(dir.read(u"a.txt"_s), QByteArray("new"));
    // A missing file is simply created under overwrite.
    QCOMPARE(writer.write(u"b.txt"_s, QByteArray("b")).status, FileStatus::Created);
    QCOMPARE(dir.entries(), (QStringList{u"a.txt"_s, u"b.txt"_s}));
}

void TestFileWriter::renameKeepsBoth_data()
{
    addMethodRows();
}

void TestFileWriter::renameKeepsBoth()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a.txt"_s, "old"));
    QVERIFY(dir.createFile(u"noext"_s, "old"));
    const DirFd dirFd(dir.path());
    const FileWriter writer(dirFd.fd(), IfExists::Rename, method);

    const WriteOutcome second = writer.write(u"a.txt"_s, QByteArray("two"));
    QCOMPARE(second.status, FileStatus::Created);
    QCOMPARE(second.finalName, u"a (2).txt"_s);
    const WriteOutcome third = writer.write(u"a.txt"_s, QByteArray("three"));
    QCOMPARE(third.status, FileStatus::Created);
    QCOMPARE(third.finalName, u"a (3).txt"_s);
    const WriteOutcome noExt = writer.write(u"noext"_s, QByteArray("n"));
    QCOMPARE(noExt.finalName, u"noext (2)"_s);
    const WriteOutcome fresh = writer.write(u"fresh.txt"_s, QByteArray("f"));
    QCOMPARE(fresh.finalName, u"fresh.txt"_s);

    QCOMPARE(dir.read(u"a.txt"_s), QByteArray("old"));
    QCOMPARE(dir.read(u"a (2).txt"_s), QByteArray("two"));
    QCOMPARE(dir.read(u"a (3).txt"_s), QByteArray("three"));
    QCOMPARE(dir.entries(),
             (QStringList{u"a (2).txt"_s, u"a (3).txt"_s, u"a.txt"_s, u"fresh.txt"_s, u"noext"_s, u"noext (2)"_s}));
}

void TestFileWriter::symlinkNeverFollowed_data()
{
    addPolicyMethodRows();
}

void TestFileWriter::symlinkNeverFollowed()
{
    QFETCH(IfExists, policy);
    QFETCH(WriteMethod, method);
    TestDir dir;
    TestDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString victim = outside.filePath(u"victim.txt"_s);
    QVERIFY(writeFile(victim, "precious"));
    const QString link = dir.filePath(u"a.txt"_s);
    QVERIFY(QFile::link(victim, link));

    const DirFd dirFd(dir.path());
    const WriteOutcome outcome = FileWriter(dirFd.fd(), policy, method).write(u"a.txt"_s, QByteArray("new"));
    QCOMPARE(readFile(victim), QByteArray("precious"));
    QCOMPARE(entryNames(outside.path()), QStringList{u"victim.txt"_s});
    switch (policy) {
    case IfExists::Fail:
        QCOMPARE(outcome.status, FileStatus::Failed);
        QVERIFY(QFileInfo(link).isSymLink());
        break;
    case IfExists::Skip:
        QCOMPARE(outcome.status, FileStatus::Skipped);
        QVERIFY(QFileInfo(link).isSymLink());
        break;
    case IfExists::Overwrite:
        // The link itself is replaced by the new file; its target stays untouched.
        QCOMPARE(outcome.status, FileStatus::Replaced);
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(readFile(link), QByteArray("new"));
        break;
    case IfExists::Rename:
        QCOMPARE(outcome.status, FileStatus::Created);
        QCOMPARE(outcome.finalName, u"a (2).txt"_s);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(dir.read(u"a (2).txt"_s), QByteArray("new"));
        break;
    }
}

void TestFileWriter::danglingSymlinkNeverFollowed_data()
{
    addPolicyMethodRows();
}

void TestFileWriter::danglingSymlinkNeverFollowed()
{
    QFETCH(IfExists, policy);
    QFETCH(WriteMethod, method);
    TestDir dir;
    TestDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString target = outside.filePath(u"would-be-created.txt"_s);
    QVERIFY(QFile::link(target, dir.filePath(u"a.txt"_s)));

    const DirFd dirFd(dir.path());
    const WriteOutcome outcome = FileWriter(dirFd.fd(), policy, method).write(u"a.txt"_s, QByteArray("new"));
    QVERIFY2(!QFileInfo::exists(target), "a dangling symlink was followed");
    QVERIFY(entryNames(outside.path()).isEmpty());
    // Overwrite replaces the link itself (something was there); rename writes beside it.
    QCOMPARE(outcome.status, policy == IfExists::Fail        ? FileStatus::Failed
                             : policy == IfExists::Skip      ? FileStatus::Skipped
                             : policy == IfExists::Overwrite ? FileStatus::Replaced
                                                             : FileStatus::Created);
}

void TestFileWriter::osMessageOnError_data()
{
    addMethodRows();
}

void TestFileWriter::osMessageOnError()
{
    QFETCH(WriteMethod, method);
    TestDir dir;
    QVERIFY(dir.isValid());
    const DirFd dirFd(dir.path());
    const FileWriter writer(dirFd.fd(), IfExists::Fail, method);

    const WriteOutcome tooLong = writer.write(QString(300, u'x'), QByteArray("x"));
    QCOMPARE(tooLong.status, FileStatus::Failed);
    const QString nameTooLong = QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
    QVERIFY2(tooLong.error.contains(nameTooLong), qPrintable(tooLong.error));

    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const WriteOutcome missingDir = writer.write(u"nope/a.txt"_s, QByteArray("x"));
    QCOMPARE(missingDir.status, FileStatus::Failed);
    QVERIFY2(missingDir.error.contains(QString::fromLocal8Bit(std::strerror(ENOENT))), qPrintable(missingDir.error));

    // A directory in the way under overwrite: the OS refuses, nothing else changes.
    const FileWriter overwriter(dirFd.fd(), IfExists::Overwrite, method);
    const WriteOutcome isDir = overwriter.write(u"sub"_s, QByteArray("x"));
    QCOMPARE(isDir.status, FileStatus::Failed);
    QVERIFY2(!isDir.error.isEmpty(), "the OS's message is missing");
    QVERIFY(QFileInfo(dir.filePath(u"sub"_s)).isDir());
    // No half-made or temporary files are left after the failures.
    QCOMPARE(dir.entries(), QStringList{u"sub"_s});
}

void TestFileWriter::nativeNameOverload()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const DirFd dirFd(dir.path());
    const FileWriter writer(dirFd.fd(), IfExists::Rename, Quire::defaultWriteMethod());
    const WriteOutcome a = writer.write(QFile::encodeName(u"ü.bin"_s), QByteArray("\0\1\2", 3));
    QCOMPARE(a.status, FileStatus::Created);
    QCOMPARE(dir.read(u"ü.bin"_s), QByteArray("\0\1\2", 3));
    const WriteOutcome b = writer.write(QFile::encodeName(u"ü.bin"_s), QByteArray("b"));
    QCOMPARE(b.finalName, u"ü (2).bin"_s);
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
