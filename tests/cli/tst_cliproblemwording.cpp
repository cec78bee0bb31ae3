#include "cli/problemwording.h"
#include "tests/common/problemcases.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Quire;
using Kind = PlanProblem::Kind;

/**
 * quire-cli's sentence for every kind of plan problem, from real plans: the kinds whose fix is a flag
 * read exactly as quire-cli printed them before the core stopped naming flags; every other kind reads as
 * the core's sentence. Each kind has a row: a kind added without one fails here.
 */
class TestCliProblemWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wording_data();
    void wording();
    void everyKindHasARow();

private:
    QTemporaryDir m_dir;
    QSet<int> m_rows;
};

namespace {

// Problems no small job makes (or only a slow or privileged one): made by hand, with a sentence of their own.
const QSet<Kind> ByHand{Kind::ShardTooLarge,    Kind::SameFolder,      Kind::FolderUnlistable, Kind::UnnameableText,
                        Kind::EncodingNotAscii, Kind::TotalTooLarge,   Kind::CopySourcePath,   Kind::PlaceholderValue,
                        Kind::ExpressionValue,  Kind::NameEscapes,     Kind::PathTooLong,      Kind::BlockedByFile,
                        Kind::RowsChanged,      Kind::MoreRowProblems, Kind::Cancelled,        Kind::EmptyName};

/** What quire-cli printed for the example jobs of problemcases.cpp ("%DIR%": the kind's folder). */
QString flagSentence(Kind kind)
{
    switch (kind) {
    case Kind::NoFolder:
        return QStringLiteral("no target folder: add at least one folder (--folder DIR)");
    case Kind::ShardClock:
        return QStringLiteral("the templates use {date} or {time}, and shards started at different times render "
                              "different values: fix the start with --run-time, e.g. --run-time 2026-12-07T10:00:00Z");
    case Kind::UnknownEncoding:
        return QStringLiteral(
            "unknown encoding \"klingon-8\" (quire-cli --list-encodings shows every encoding available)");
    case Kind::ContentFileInvalid:
        return QStringLiteral("content file %DIR%/content.txt is not valid UTF-8: bad byte sequence at byte offset 3 "
                              "(state its encoding with --content-encoding)");
    case Kind::ContentModesConflict:
        return QStringLiteral(
            "choose one content mode: --size, --random-bytes, --copy-from and --sparse exclude each other");
    case Kind::ContentFileWithGenerator:
        return QStringLiteral("--content-file gives a template, which --random-bytes, --copy-from and --sparse do "
                              "not write: keep one of them");
    case Kind::FillWithoutText:
        return QStringLiteral("the content template renders no text, so there is nothing to repeat up to --size 10: "
                              "give a content template");
    case Kind::NameStartsWithSlash:
        return QStringLiteral("the name template \"/abs/n{index}\" starts with '/': names are relative to the target "
                              "folder (remove the leading '/', or choose the folder with --folder)");
    case Kind::FilesExist:
        return QStringLiteral("1 of the files already exist in %DIR%/out (first: file-01.txt): nothing is "
                              "overwritten; choose --if-exists skip, overwrite or rename, or another folder");
    case Kind::RowsEncodingUnknown:
        return QStringLiteral(
            "rows file encoding \"klingon-8\" is unknown (quire-cli --list-encodings shows every encoding)");
    case Kind::RowsNotDecodable:
        return QStringLiteral("rows file %DIR%/rows.csv is not valid Shift_JIS: bad bytes at line 3 (byte offset 7); "
                              "state its encoding with --rows-encoding");
    case Kind::RowsNotUtf8:
        return QStringLiteral("rows file %DIR%/rows.csv is not valid UTF-8: bad bytes at line 3 (byte offset 8); "
                              "state its encoding with --rows-encoding, e.g. windows-1252");
    case Kind::RowsDelimiterAmbiguous:
        return QStringLiteral("rows file %DIR%/rows.csv: the delimiter is ambiguous, line 1 has , / ;: give "
                              "--delimiter , or ; or tab");
    default:
        return {};
    }
}

} // namespace

void TestCliProblemWording::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliProblemWording::wording_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected"); // empty: the core's sentence
    for (int k = 0; k <= int(Kind::LastKind); ++k) {
        QTest::addRow("%s", qPrintable(QuireTest::kindName(Kind(k)))) << k << flagSentence(Kind(k));
        m_rows.insert(k);
    }
}

void TestCliProblemWording::wording()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    bool fromPlan = false;
    const PlanProblem problem = QuireTest::exampleProblem(Kind(kind), m_dir.path(), &fromPlan);
    QCOMPARE(fromPlan, !ByHand.contains(Kind(kind)));
    QCOMPARE(int(problem.kind), kind);
    // The core's own sentence names no flag, whatever the kind.
    QVERIFY2(!problem.message.contains(u"--") && !problem.message.contains(u"quire-cli"), qPrintable(problem.message));
    const QString dir = m_dir.path() + u'/' + QuireTest::kindName(Kind(kind));
    QCOMPARE(cliProblemText(problem),
             expected.isEmpty() ? problem.message : expected.replace(QStringLiteral("%DIR%"), dir));
}

void TestCliProblemWording::everyKindHasARow()
{
    for (int k = 0; k <= int(Kind::LastKind); ++k) {
        QVERIFY2(m_rows.contains(k), qPrintable(QString::number(k)));
        QVERIFY2(!QuireTest::kindName(Kind(k)).isEmpty(), qPrintable(QString::number(k)));
    }
    // A problem made without its values (by something other than the planner) still reads as a sentence.
    const PlanProblem bare{
        PlanProblem::Severity::Error, QStringLiteral("folder"), QStringLiteral("core words"), Kind::FilesExist, {}};
    QCOMPARE(cliProblemText(bare), QStringLiteral("core words"));
}

QTEST_GUILESS_MAIN(TestCliProblemWording)
#include "tst_cliproblemwording.moc"
