// Edge cases found in review: exact 64-bit numbers, the whole 64-bit range, ambiguous encoding
// names, error positions at the very start, and what overwrite keeps of the old file.
#include "core/job/jobspec.h"
#include "core/plan/planner.h"
#include "core/run/filewriter.h"
#include "core/template/templateengine.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Quire;
using namespace QuireTest;

class TestEdgeCases : public QObject
{
    Q_OBJECT

private slots:
    void jsonIntegersAreExact_data();
    void jsonIntegersAreExact();
    void wholeRangeIsTooManyFiles();
    void genericUnicodeNamesAreRejected_data();
    void genericUnicodeNamesAreRejected();
    void errorAtFirstCharacterHasColumnOne_data();
    void errorAtFirstCharacterHasColumnOne();
    void overwriteKeepsPermissions();
    void overwriteWordsFilesAndFoldersApart();
};

void TestEdgeCases::jsonIntegersAreExact_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("2^53 + 1") << QJsonValue(qint64(9007199254740993)) << true << qint64(9007199254740993);
    QTest::addRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max()) << true
                               << std::numeric_limits<qint64>::max();
    QTest::addRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min()) << true
                               << std::numeric_limits<qint64>::min();
    QTest::addRow("fraction") << QJsonValue(1.5) << false << qint64(0);
    QTest::addRow("1e80") << QJsonValue(1e80) << false << qint64(0);
}

void TestEdgeCases::jsonIntegersAreExact()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, expected);
    QStringList errors;
    const auto spec = JobSpec::fromJson(QJsonObject{{u"from"_s, value}}, &errors);
    QCOMPARE(spec.has_value(), accepted);
    if (accepted) {
        QCOMPARE(spec->from, expected);
        const auto again = JobSpec::fromJson(spec->toJson(), &errors);
        QVERIFY(again.has_value());
        QCOMPARE(again->from, expected);
    } else {
        QVERIFY2(errors.join(u' ').contains(u"\"from\""), qPrintable(errors.join(u'\n')));
    }
}

void TestEdgeCases::wholeRangeIsTooManyFiles()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = std::numeric_limits<qint64>::min();
    spec.to = std::numeric_limits<qint64>::max();
    const Plan plan = Planner::plan(spec);
    QVERIFY(!plan.isValid());
    const QString messages = plan.errors().constFirst().message;
    QVERIFY2(messages.contains(u"limit is 10,000,000"), qPrintable(messages));
    QVERIFY2(!messages.contains(u"empty range"), qPrintable(messages));
}

void TestEdgeCases::genericUnicodeNamesAreRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hint");
    QTest::addRow("UTF-16") << u"UTF-16"_s << u"UTF-16LE"_s;
    QTest::addRow("utf32") << u"utf32"_s << u"UTF-32LE"_s;
    QTest::addRow("unicode") << u"Unicode"_s << u"UTF-16LE"_s;
}

void TestEdgeCases::genericUnicodeNamesAreRejected()
{
    QFETCH(QString, name);
    QFETCH(QString, hint);
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.encoding = name;
    const Plan plan = Planner::plan(spec);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.errors().constFirst().field, u"encoding"_s);
    QVERIFY2(plan.errors().constFirst().message.contains(hint), qPrintable(plan.errors().constFirst().message));
}

void TestEdgeCases::errorAtFirstCharacterHasColumnOne_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addRow("unclosed, then a line break") << u"{ab\ncd"_s << int(TemplateKind::Content) << u"line 1, column 1"_s;
    QTest::addRow("unknown over two lines") << u"{\nindx}"_s << int(TemplateKind::Content) << u"line 1, column 1"_s;
    QTest::addRow("line break first in a name") << u"\nx"_s << int(TemplateKind::Name) << u"line 1, column 1"_s;
}

void TestEdgeCases::errorAtFirstCharacterHasColumnOne()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QList<TemplateError> errors;
    QVERIFY(!Template::compile(text, TemplateKind(kind), &errors).isValid());
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().line, 1);
    QCOMPARE(errors.constFirst().column, 1);
    QVERIFY2(errors.constFirst().message.contains(where), qPrintable(errors.constFirst().message));
}

void TestEdgeCases::overwriteKeepsPermissions()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kept.txt"_s);
    QVERIFY(dir.createFile(u"kept.txt"_s, "old"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
    const int dirFd = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY);
    QVERIFY(dirFd >= 0);
    for (WriteMethod method : {WriteMethod::Direct, WriteMethod::Atomic}) {
        const WriteOutcome outcome = FileWriter(dirFd, IfExists::Overwrite, method).write(u"kept.txt"_s, "new");
        QCOMPARE(int(outcome.status), int(FileStatus::Replaced));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QCOMPARE(readFile(path), QByteArray("new"));
    }
    ::close(dirFd);
}

// Overwrite with files and folders at planned names: files "will be replaced", folders never are (those
// files fail); one message per kind, never both words for the same names.
void TestEdgeCases::overwriteWordsFilesAndFoldersApart()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"f-1.txt"_s, "old"));
    QVERIFY(dir.createFile(u"f-2.txt"_s, "old"));
    QVERIFY(dir.createDir(u"f-3.txt"_s));
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.from = 1;
    spec.to = 5;
    spec.nameTemplate = u"f-{index}.txt"_s;
    spec.ifExists = IfExists::Overwrite;
    const Plan plan = Planner::plan(spec);
    QVERIFY(plan.isValid());
    QStringList messages;
    for (const PlanProblem &problem : plan.warnings())
        messages << problem.message;
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"2 files already in %1 will be replaced"_s.arg(plan.folders.constFirst().path)),
             qPrintable(all));
    QVERIFY2(all.contains(u"1 of those names are taken by folders"_s) && all.contains(u"will fail"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"f-3.txt"_s), qPrintable(all)); // the folder is never listed as replaced
    QCOMPARE(messages.size(), 2);
}

QTEST_GUILESS_MAIN(TestEdgeCases)
#include "tst_edgecases.moc"
