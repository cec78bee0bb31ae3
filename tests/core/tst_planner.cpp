#include "core/content/textencoder.h"
#include "core/plan/planner.h"
#include "immutabledir.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Quire::IfExists;
using Quire::JobSpec;
using Quire::Plan;
using Quire::Planner;
using Quire::PlanProblem;
using namespace QuireTest;

namespace {

const QDateTime startTime(QDate(2024, 3, 9), QTime(7, 5, 3));

enum class BadInput {
    FolderIsFile,
    EmptyRange,
    EmptyRangeDown,
    ZeroStep,
    TooManyFiles,
    Collision,
    EmptyName,
    NameTooLong,
    NameWithSlash,
    NameEscapes,
    NameWithNul,
    ExistingUnderFail,
    BadTemplate,
    UnknownEncoding,
    Unrepresentable,
    BomWithoutUnicode,
    NoFolder,
    FolderWithNul,
    FolderWithLoneSurrogate,
    ContentWithNul,
    DanglingSymlink,
    SameFolderThroughSymlink,
    LineBreakThroughFolder,
    SlashThroughDate,
    UnlistedEncoding,
    EncodingAsTyped,
};

JobSpec baseSpec(const QString &folder)
{
    JobSpec spec;
    spec.folders = QStringList{folder};
    spec.from = 1;
    spec.to = 10;
    return spec;
}

QString describe(const Plan &plan)
{
    QStringList lines;
    for (const PlanProblem &p : plan.problems)
        lines << u"[%1] %2"_s.arg(p.field, p.message);
    return lines.join(u"\n"_s);
}

bool hasError(const Plan &plan, const QString &field, const QStringList &mentions)
{
    for (const PlanProblem &p : plan.errors()) {
        if (p.field != field)
            continue;
        if (std::all_of(mentions.cbegin(), mentions.cend(), [&p](const QString &m) { return p.message.contains(m); }))
            return true;
    }
    return false;
}

} // namespace

class TestPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void missingFolderIsPlannedNotCreated();
    void unwritableFolder();
    void severalProblemsAllReported();
    void existingFilesUnderOtherPolicies_data();
    void conflictScanFindsExactlyThePlannedNames_data();
    void conflictScanFindsExactlyThePlannedNames();
    void existingFilesUnderOtherPolicies();
    void happyPath();
    void totalBytesExact_data();
    void totalBytesExact();
    void negativeStep();
    void stepSkipsPastEnd();
    void multipleFolders();
    void perPosition();
    void contentFileRead();
    void sizesExactForEveryListedEncoding_data();
    void sizesExactForEveryListedEncoding();
    void reservedNamesAnywhereInRange_data();
    void reservedNamesAnywhereInRange();
};

void TestPlanner::badInput_data()
{
    QTest::addColumn<BadInput>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    QTest::addRow("folder is a file") << BadInput::FolderIsFile << u"folder"_s << QStringList{u"a-file"_s};
    QTest::addRow("no folder") << BadInput::NoFolder << u"folder"_s << QStringList{};
    QTest::addRow("empty range") << BadInput::EmptyRange << u"range"_s << QStringList{u"10"_s, u"1"_s};
    QTest::addRow("empty range counting down") << BadInput::EmptyRangeDown << u"range"_s << QStringList{u"-1"_s};
    QTest::addRow("zero step") << BadInput::ZeroStep << u"range"_s << QStringList{u"0"_s};
    QTest::addRow("more than 10,000,000 files") << BadInput::TooManyFiles << u"range"_s << QStringList{u"limit"_s};
    QTest::addRow("names collide") << BadInput::Collision << u"name"_s
                                   << QStringList{u"same.txt"_s, u"index 1"_s, u"index 2"_s};
    QTest::addRow("empty name") << BadInput::EmptyName << u"name"_s << QStringList{u"empty"_s};
    QTest::addRow("name too long") << BadInput::NameTooLong << u"name"_s << QStringList{u"255"_s};
    QTest::addRow("name with leading slash") << BadInput::NameWithSlash << u"name"_s << QStringList{u"/"_s};
    QTest::addRow("name escapes ../x") << BadInput::NameEscapes << u"name"_s << QStringList{u".."_s};
    QTest::addRow("name with NUL") << BadInput::NameWithNul << u"name"_s << QStringList{u"NUL"_s};
    QTest::addRow("existing files under fail")
        << BadInput::ExistingUnderFail << u"if-exists"_s << QStringList{u"3 "_s, u"file-02.txt"_s, u"file-05.txt"_s};
    QTest::addRow("bad template") << BadInput::BadTemplate << u"name"_s
                                  << QStringList{u"{indx}"_s, u"did you mean {index}?"_s};
    QTest::addRow("unknown encoding") << BadInput::UnknownEncoding << u"encoding"_s << QStringList{u"klingon-8"_s};
    QTest::addRow("unrepresentable content")
        << BadInput::Unrepresentable << u"content"_s << QStringList{u"€"_s, u"ISO-8859-1"_s};
    QTest::addRow("BOM for a non-Unicode encoding")
        << BadInput::BomWithoutUnicode << u"bom"_s << QStringList{u"windows-1252"_s};
    QTest::addRow("NUL in a folder path")
        << BadInput::FolderWithNul << u"folder"_s << QStringList{u"NUL character at position"_s, u"\\0/elsewhere"_s};
    QTest::addRow("lone surrogate in a folder path")
        << BadInput::FolderWithLoneSurrogate << u"folder"_s << QStringList{u"lone surrogate U+D800"_s};
    QTest::addRow("NUL in the content") << BadInput::ContentWithNul << u"content"_s
                                        << QStringList{u"NUL character at position 3"_s};
    QTest::addRow("dangling symlink") << BadInput::DanglingSymlink << u"folder"_s
                                      << QStringList{u"symbolic link"_s, u"nowhere"_s, u"No such file"_s};
    QTest::addRow("same folder through a symlink")
        << BadInput::SameFolderThroughSymlink << u"folder"_s << QStringList{u"alias"_s, u"same folder"_s};
    QTest::addRow("line break through {folder}")
        << BadInput::LineBreakThroughFolder << u"name"_s << QStringList{u"{folder}"_s, u"line break"_s};
    // One mistake, one message: no "names collide" or "escape the folder" for the same '/'.
    QTest::addRow("'/' through {date}") << BadInput::SlashThroughDate << u"name"_s
                                        << QStringList{u"{date:dd/MM}"_s, u"09/03"_s, u"'/'"_s};
    QTest::addRow("encoding the list does not show")
        << BadInput::UnlistedEncoding << u"encoding"_s << QStringList{u"\"SCSU\""_s};
    QTest::addRow("encoding named as typed") << BadInput::EncodingAsTyped << u"bom"_s << QStringList{u"cp1252"_s};
}

void TestPlanner::badInput()
{
    QFETCH(BadInput, input);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    switch (input) {
    case BadInput::FolderIsFile:
        QVERIFY(dir.createFile(u"a-file"_s, "old"));
        spec.folders = QStringList{dir.filePath(u"a-file"_s)};
        break;
    case BadInput::NoFolder:
        spec.folders.clear();
        break;
    case BadInput::EmptyRange:
        spec.from = 10;
        spec.to = 1;
        break;
    case BadInput::EmptyRangeDown:
        spec.from = 1;
        spec.to = 10;
        spec.step = -1;
        break;
    case BadInput::ZeroStep:
        spec.step = 0;
        break;
    case BadInput::TooManyFiles:
        spec.to = 10'000'001;
        break;
    case BadInput::Collision:
        spec.nameTemplate = u"same.txt"_s;
        break;
    case BadInput::EmptyName:
        spec.nameTemplate = QString();
        break;
    case BadInput::NameTooLong:
        spec.nameTemplate = u"{index}-"_s + QString(260, u'a');
        break;
    case BadInput::NameWithSlash:
        spec.nameTemplate = u"/sub/file-{index}.txt"_s; // a typed / makes sub-folders, a leading one stays an error
        break;
    case BadInput::NameEscapes:
        spec.nameTemplate = u"../x{index}"_s;
        break;
    case BadInput::NameWithNul:
        spec.nameTemplate = u"a"_s + QChar(0) + u"{index}"_s;
        break;
    case BadInput::ExistingUnderFail:
        for (const QString &n : {u"file-02.txt"_s, u"file-05.txt"_s, u"file-09.txt"_s, u"unrelated.txt"_s})
            QVERIFY(dir.createFile(n, "old"));
        break;
    case BadInput::BadTemplate:
        spec.nameTemplate = u"file-{indx}.txt"_s;
        break;
    case BadInput::UnknownEncoding:
        spec.encoding = u"klingon-8"_s;
        break;
    case BadInput::Unrepresentable:
        spec.encoding = u"ISO-8859-1"_s;
        spec.contentTemplate = u"price: 5 €{nl}"_s;
        break;
    case BadInput::BomWithoutUnicode:
        spec.encoding = u"windows-1252"_s;
        spec.bom = true;
        break;
    case BadInput::FolderWithNul:
        spec.folders = QStringList{dir.path() + QChar(0) + u"/elsewhere"_s};
        break;
    case BadInput::FolderWithLoneSurrogate:
        spec.folders = QStringList{dir.filePath(u"x"_s) + QChar(0xd800)};
        break;
    case BadInput::ContentWithNul:
        spec.contentTemplate = u"ab"_s + QChar(0) + u"{index}"_s;
        break;
    case BadInput::DanglingSymlink:
        QVERIFY(QFile::link(u"nowhere"_s, dir.filePath(u"dangling"_s)));
        spec.folders = QStringList{dir.filePath(u"dangling"_s)};
        break;
    case BadInput::SameFolderThroughSymlink:
        QVERIFY(QDir().mkpath(dir.filePath(u"real/sub"_s)));
        QVERIFY(QFile::link(u"real"_s, dir.filePath(u"alias"_s)));
        spec.folders = QStringList{dir.filePath(u"real/sub/new"_s), dir.filePath(u"alias/sub/new"_s)};
        break;
    case BadInput::LineBreakThroughFolder:
        spec.folders = QStringList{dir.filePath(u"two\nlines"_s)};
        spec.nameTemplate = u"{folder}-{index}"_s;
        break;
    case BadInput::SlashThroughDate:
        spec.nameTemplate = u"{date:dd/MM}-{index}"_s;
        break;
    case BadInput::UnlistedEncoding:
        spec.encoding = u"SCSU"_s;
        break;
    case BadInput::EncodingAsTyped:
        spec.encoding = u"cp1252"_s;
        spec.bom = true;
        break;
    }
    const QStringList before = dir.entries();

    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY(!plan.isValid());
    QVERIFY2(hasError(plan, field, mentions), qPrintable(describe(plan)));
    if (input == BadInput::SlashThroughDate || input == BadInput::LineBreakThroughFolder)
        QVERIFY2(plan.errors().size() == 1, qPrintable(describe(plan)));
    // Planning never touches the disk.
    QCOMPARE(dir.entries(), before);
}

void TestPlanner::missingFolderIsPlannedNotCreated()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"a/b/c"_s);
    const Plan plan = Planner::plan(baseSpec(target), startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.folders.size(), 1);
    QVERIFY(plan.folders.constFirst().create);
    QCOMPARE(plan.folders.constFirst().path, QDir::cleanPath(target));
    QCOMPARE(plan.fileCount(), qint64(10));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"a"_s)));
    QVERIFY(dir.entries().isEmpty());

    // An existing folder is not to be created.
    const Plan existing = Planner::plan(baseSpec(dir.path()), startTime);
    QVERIFY(!existing.folders.constFirst().create);
}

void TestPlanner::unwritableFolder()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(locked));
    std::unique_ptr<ImmutableDir> immutable;
    if (::geteuid() == 0) {
        // chmod 0555 does not stop root (access() allows it), the immutable attribute does.
        immutable = std::make_unique<ImmutableDir>(locked);
        if (!immutable->isSet())
            QSKIP(qPrintable(u"running as root and the file system refuses the immutable attribute (%1): cannot "
                             u"make an unwritable folder"_s.arg(immutable->error())));
    } else {
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
    }

    const Plan plan = Planner::plan(baseSpec(locked), startTime);
    QVERIFY(!plan.isValid());
    QVERIFY2(hasError(plan, u"folder"_s, {locked}), qPrintable(describe(plan)));

    // A missing folder below it cannot be created either.
    const Plan below = Planner::plan(baseSpec(locked + u"/sub"_s), startTime);
    QVERIFY(!below.isValid());
    QVERIFY2(hasError(below, u"folder"_s, {locked}), qPrintable(describe(below)));
    immutable.reset();
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestPlanner::severalProblemsAllReported()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a-file"_s, "old"));
    JobSpec spec = baseSpec(dir.filePath(u"a-file"_s));
    spec.step = 0;
    spec.nameTemplate = u"x{indx}"_s;
    spec.contentTemplate = u"{index"_s;
    spec.encoding = u"klingon-8"_s;
    spec.parallel = -3;

    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY(!plan.isValid());
    const QString text = describe(plan);
    QVERIFY2(hasError(plan, u"folder"_s, {}), qPrintable(text));
    QVERIFY2(hasError(plan, u"range"_s, {}), qPrintable(text));
    QVERIFY2(hasError(plan, u"name"_s, {u"{indx}"_s}), qPrintable(text));
    QVERIFY2(hasError(plan, u"content"_s, {}), qPrintable(text));
    QVERIFY2(hasError(plan, u"encoding"_s, {}), qPrintable(text));
    QVERIFY2(hasError(plan, u"parallel"_s, {}), qPrintable(text));
    QCOMPARE(plan.errors().size(), 6);

    // Name problems that need a valid range are reported together too.
    JobSpec names = baseSpec(dir.path());
    names.nameTemplate = u"../same"_s;
    QVERIFY(dir.createFile(u"file-01.txt"_s, "old"));
    const Plan namePlan = Planner::plan(names, startTime);
    QVERIFY2(hasError(namePlan, u"name"_s, {u".."_s}), qPrintable(describe(namePlan)));
    QVERIFY2(hasError(namePlan, u"name"_s, {u"collide"_s}), qPrintable(describe(namePlan)));
}

void TestPlanner::existingFilesUnderOtherPolicies_data()
{
    QTest::addColumn<IfExists>("policy");
    QTest::addColumn<bool>("valid");
    QTest::addRow("fail") << IfExists::Fail << false;
    QTest::addRow("skip") << IfExists::Skip << true;
    QTest::addRow("overwrite") << IfExists::Overwrite << true;
    QTest::addRow("rename") << IfExists::Rename << true;
}

void TestPlanner::existingFilesUnderOtherPolicies()
{
    QFETCH(IfExists, policy);
    QFETCH(bool, valid);
    TestDir dir;
    QVERIFY(dir.isValid());
    for (int i : {3, 4, 6, 8, 10})
        QVERIFY(dir.createFile(u"file-%1.txt"_s.arg(i, 2, 10, QChar(u'0')), "old"));
    JobSpec spec = baseSpec(dir.path());
    spec.ifExists = policy;
    const Plan plan = Planner::plan(spec, startTime);
    QCOMPARE(plan.isValid(), valid);
    QCOMPARE(plan.conflictCount, qint64(5));
    QCOMPARE(plan.folders.constFirst().conflicts, qint64(5));
    const QStringList first = plan.folders.constFirst().firstConflicts;
    QVERIFY(!first.isEmpty() && first.size() <= 5);
    QCOMPARE(first.constFirst(), u"file-03.txt"_s);
    if (valid)
        QVERIFY2(!plan.warnings().isEmpty(), "conflicts are worth a warning under every policy");
}

// Both ways of scanning: templates of ASCII text and {index} are matched entry by entry, the others
// hash the listing. Entries are created in reverse plan order (a listing's order is the file system's).
void TestPlanner::conflictScanFindsExactlyThePlannedNames_data()
{
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QStringList>("planned");
    QTest::addColumn<QStringList>("others");
    QTest::addRow("matched") << u"f-{index:000}.txt"_s
                             << QStringList{u"f-009.txt"_s, u"f-019.txt"_s, u"f-005.txt"_s, u"f-003.txt"_s}
                             << QStringList{u"f-004.txt"_s,  u"f-03.txt"_s,  u"f-023.txt"_s,
                                            u"f-001.txtx"_s, u"F-001.txt"_s, u"f-0001.txt"_s};
    QTest::addRow("hashed: non-ASCII text")
        << u"fé-{index:000}.txt"_s << QStringList{u"fé-009.txt"_s, u"fé-019.txt"_s, u"fé-005.txt"_s, u"fé-003.txt"_s}
        << QStringList{u"fé-004.txt"_s, u"fe-003.txt"_s, u"fé-023.txt"_s};
    QTest::addRow("hashed: digit after the number")
        << u"f{index}0"_s << QStringList{u"f90"_s, u"f190"_s, u"f50"_s, u"f30"_s}
        << QStringList{u"f40"_s, u"f300"_s, u"f230"_s, u"f3"_s};
}

void TestPlanner::conflictScanFindsExactlyThePlannedNames()
{
    QFETCH(QString, nameTemplate);
    QFETCH(QStringList, planned);
    QFETCH(QStringList, others);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(planned.at(0), "old"));
    QVERIFY(QDir(dir.path()).mkdir(planned.at(1))); // a folder: counted apart, it is never replaced
    for (const QString &name : planned.mid(2))
        QVERIFY(dir.createFile(name, "old"));
    for (const QString &name : std::as_const(others))
        QVERIFY(dir.createFile(name, "old"));
    JobSpec spec = baseSpec(dir.path());
    spec.from = 3;
    spec.to = 21;
    spec.step = 2;
    spec.nameTemplate = nameTemplate;
    spec.ifExists = IfExists::Skip;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.conflictCount, qint64(planned.size()));
    QCOMPARE(plan.folders.constFirst().folderConflicts, qint64(1));
    QCOMPARE(plan.folders.constFirst().firstConflicts, (QStringList{planned.at(3), planned.at(2), planned.at(0)}));
}

void TestPlanner::happyPath()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.from = 11;
    spec.to = 20;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.fileCount(), qint64(10));
    QCOMPARE(plan.filesPerFolder(), qint64(10));
    QCOMPARE(plan.firstName, u"file-11.txt"_s);
    QCOMPARE(plan.lastName, u"file-20.txt"_s);
    // "In file 11\n" is 11 bytes in UTF-8, ten of them.
    QCOMPARE(plan.totalBytes, qint64(110));
    QCOMPARE(plan.conflictCount, qint64(0));
    QCOMPARE(plan.start, startTime);
    QCOMPARE(plan.spec.encoding, u"UTF-8"_s);
    QCOMPARE(plan.eol, u"\n"_s);
}

void TestPlanner::totalBytesExact_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("content");
    QTest::addColumn<qint64>("expected");

    // "In file N\n" for N = 1..10 is 9 × 10 + 11 = 101 characters.
    QTest::addRow("utf-8") << u"UTF-8"_s << false << u"In file {index}{nl}"_s << qint64(101);
    QTest::addRow("utf-8 bom") << u"UTF-8"_s << true << u"In file {index}{nl}"_s << qint64(131);
    QTest::addRow("utf-16le bom") << u"UTF-16LE"_s << true << u"In file {index}{nl}"_s << qint64(222);
    QTest::addRow("utf-16be") << u"UTF-16BE"_s << false << u"In file {index}{nl}"_s << qint64(202);
    QTest::addRow("utf-32le bom") << u"UTF-32LE"_s << true << u"In file {index}{nl}"_s << qint64(444);
    QTest::addRow("utf-8 multibyte") << u"UTF-8"_s << false << u"€{index:000}"_s << qint64(60);
    QTest::addRow("utf-16 emoji") << u"UTF-16LE"_s << false << u"😀{n}"_s << qint64(40 + 22);
    QTest::addRow("name in content") << u"UTF-8"_s << false << u"{name}"_s << qint64(10 * 11);
    QTest::addRow("uuid and random") << u"UTF-16BE"_s << true << u"{uuid}{random:5}"_s << qint64(10 * (2 + 82));
    QTest::addRow("date") << u"windows-1252"_s << false << u"{date:yyyy}é{count}"_s << qint64(10 * 7);
}

void TestPlanner::totalBytesExact()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, content);
    QFETCH(qint64, expected);

    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.encoding = encoding;
    spec.bom = bom;
    spec.contentTemplate = content;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    qint64 sum = 0;
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        QString error;
        const QByteArray bytes = plan.contentBytes(p, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        sum += bytes.size();
    }
    QCOMPARE(sum, expected);
    QCOMPARE(plan.totalBytes, expected);
}

void TestPlanner::negativeStep()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.from = 10;
    spec.to = 1;
    spec.step = -3;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.fileCount(), qint64(4));
    QCOMPARE(plan.indexAt(0), qint64(10));
    QCOMPARE(plan.indexAt(1), qint64(7));
    QCOMPARE(plan.indexAt(3), qint64(1));
    QCOMPARE(plan.firstName, u"file-10.txt"_s);
    QCOMPARE(plan.lastName, u"file-01.txt"_s);
    QCOMPARE(plan.nAt(3), qint64(4));
    QCOMPARE(plan.contentText(1), u"In file 7\n"_s);
}

void TestPlanner::stepSkipsPastEnd()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.from = 1;
    spec.to = 10;
    spec.step = 4;
    spec.nameTemplate = u"{index}-{n}-{count}"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.fileCount(), qint64(3));
    QCOMPARE(plan.firstName, u"1-1-3"_s);
    QCOMPARE(plan.lastName, u"9-3-3"_s);
}

void TestPlanner::multipleFolders()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString one = dir.filePath(u"one"_s);
    const QString two = dir.filePath(u"two"_s);
    QVERIFY(QDir().mkdir(one));
    JobSpec spec = baseSpec(one);
    spec.folders << two;
    spec.from = 1;
    spec.to = 5;
    spec.contentTemplate = u"{folder}:{n}/{count}"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.folders.size(), 2);
    QVERIFY(!plan.folders.at(0).create);
    QVERIFY(plan.folders.at(1).create);
    QCOMPARE(plan.filesPerFolder(), qint64(5));
    QCOMPARE(plan.fileCount(), qint64(10));
    QCOMPARE(plan.folderOf(4), 0);
    QCOMPARE(plan.folderOf(5), 1);
    QCOMPARE(plan.nAt(5), qint64(1));
    QCOMPARE(plan.indexAt(9), qint64(5));
    QCOMPARE(plan.filePath(0), one + u"/file-01.txt"_s);
    QCOMPARE(plan.filePath(5), two + u"/file-01.txt"_s);
    QCOMPARE(plan.filePath(9), two + u"/file-05.txt"_s);
    QCOMPARE(plan.contentText(7), u"two:3/5"_s);
    QCOMPARE(plan.totalBytes, qint64(10 * 7));
    QVERIFY(!QFileInfo::exists(two));
}

void TestPlanner::perPosition()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.from = 98;
    spec.to = 101;
    spec.encoding = u"UTF-16BE"_s;
    spec.bom = true;
    spec.lineEnding = Quire::LineEnding::CrLf;
    spec.contentTemplate = u"{name}\n"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.fileName(0), u"file-98.txt"_s);
    QCOMPARE(plan.fileName(2), u"file-100.txt"_s);
    QCOMPARE(plan.contentText(2), u"file-100.txt\r\n"_s);
    QByteArray expected("\xfe\xff", 2);
    for (char c : QByteArray("file-100.txt\r\n"))
        expected.append('\0').append(c);
    QCOMPARE(plan.contentBytes(2).toHex(' '), expected.toHex(' '));
}

void TestPlanner::contentFileRead()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"content.txt"_s);
    QVERIFY(writeFile(file, QByteArray("caf\xe9 {index}\r\n")));
    JobSpec spec = baseSpec(dir.filePath(u"out"_s));
    spec.contentFile = file;
    spec.contentFileEncoding = u"ISO-8859-1"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    QCOMPARE(plan.contentText(0), u"café 1\n"_s);
    QCOMPARE(plan.contentBytes(0), QByteArray("caf\xc3\xa9 1\n"));

    // Not valid UTF-8: an error naming the file and the offset.
    spec.contentFileEncoding = u"UTF-8"_s;
    const Plan bad = Planner::plan(spec, startTime);
    QVERIFY(!bad.isValid());
    QVERIFY2(hasError(bad, u"content"_s, {file, u"3"_s}), qPrintable(describe(bad)));
}

void TestPlanner::sizesExactForEveryListedEncoding_data()
{
    QTest::addColumn<QString>("encoding");
    for (const QString &name : Quire::TextEncoder::availableEncodings())
        QTest::addRow("%s", qPrintable(name)) << name;
}

// Whatever --list-encodings offers can be chosen, so the plan's size must hold for each of them.
void TestPlanner::sizesExactForEveryListedEncoding()
{
    QFETCH(QString, encoding);
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.encoding = encoding;
    spec.from = 95;
    spec.to = 105;
    spec.lineEnding = Quire::LineEnding::CrLf;
    spec.nameTemplate = u"{folder}-{index}-{random:3}.txt"_s;
    spec.contentTemplate = u"{name} {n}/{count} {uuid}\n\t{date:yyyy}{nl}"_s;
    const Plan plan = Planner::plan(spec, startTime);
    if (!plan.isValid()) // e.g. an encoding that cannot write ASCII: refused, so nothing to size
        QVERIFY2(plan.errors().constFirst().field == u"encoding", qPrintable(describe(plan)));
    qint64 sum = 0;
    for (qint64 p = 0; p < plan.fileCount(); ++p) {
        QString error;
        sum += plan.contentBytes(p, &error).size();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(plan.totalBytes, sum);
}

void TestPlanner::reservedNamesAnywhereInRange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mention"); // empty: no warning
    QTest::addRow("COM9 after COM10, counting down") << 10LL << 1LL << -1LL << u"COM{index}"_s << u"\"COM9\""_s;
    QTest::addRow("lpt3.log in the middle of a million")
        << -500000LL << 500000LL << 1LL << u"lpt{index}.log"_s << u"\"lpt0.log\""_s;
    QTest::addRow("{n} from 1: com1") << 100LL << 200LL << 1LL << u"com{n}.txt"_s << u"\"com1.txt\""_s;
    QTest::addRow("hex index: CON from 0xc") << 0LL << 20LL << 1LL << u"{index:X}ON"_s << u"\"CON\""_s;
    QTest::addRow("{random:1} may draw") << 1LL << 5LL << 1LL << u"nu{random:1}{uuid}"_s << QString();
    QTest::addRow("{random:1} in the stem") << 1LL << 5LL << 1LL << u"nu{random:1}.{uuid}"_s << u"nu?"_s;
    QTest::addRow("beyond the short numbers") << 10000LL << 10000000LL << 1LL << u"COM{index}"_s << QString();
}

void TestPlanner::reservedNamesAnywhereInRange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, step);
    QFETCH(QString, name);
    QFETCH(QString, mention);
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec = baseSpec(dir.path());
    spec.from = from;
    spec.to = to;
    spec.step = step;
    spec.nameTemplate = name;
    spec.contentTemplate = u"x"_s;
    const Plan plan = Planner::plan(spec, startTime);
    QVERIFY2(plan.isValid(), qPrintable(describe(plan)));
    const auto warnings = plan.warnings();
    const bool warned = std::any_of(warnings.cbegin(), warnings.cend(), [&mention](const PlanProblem &p) {
        return p.field == u"name" && p.message.contains(u"reserved"_s) && p.message.contains(mention);
    });
    QVERIFY2(warned == !mention.isEmpty(), qPrintable(describe(plan)));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
