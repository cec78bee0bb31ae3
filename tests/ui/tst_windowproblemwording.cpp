#include "tests/common/problemcases.h"
#include "ui/problemwording.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Quire;
using Kind = PlanProblem::Kind;

/**
 * The window's sentence for every kind of plan problem, from real plans: never a flag or "quire-cli"; the
 * kinds whose fix the core cannot say without naming a control name the window's control (as its label
 * reads) or the job file's key. Each kind has a row: a kind added without one fails here.
 */
class TestWindowProblemWording : public QObject
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

/** What the window's sentence must name for the example jobs of problemcases.cpp; empty: the core's sentence. */
QStringList namedControls(Kind kind)
{
    const QString encoding = QStringLiteral("\"Encoding\"");
    switch (kind) {
    case Kind::NoFolder:
    case Kind::NameStartsWithSlash:
        return {QStringLiteral("\"Add folder…\"")};
    case Kind::FilesExist:
        return {QStringLiteral("under \"If a file exists\""), QStringLiteral("\"Skip it\""),
                QStringLiteral("\"Overwrite it\""), QStringLiteral("\"Keep both\""), QStringLiteral("file-01.txt")};
    case Kind::ShardClock:
        return {QStringLiteral("the job file's \"runTime\", e.g. 2026-12-07T10:00:00Z")};
    case Kind::UnknownEncoding:
        return {QStringLiteral("unknown encoding \"klingon-8\""), encoding};
    case Kind::ContentFileInvalid:
        return {QStringLiteral("the job file's \"contentFileEncoding\""), QStringLiteral("byte offset 3")};
    case Kind::ContentModesConflict:
        return {QStringLiteral("under \"Write\"")};
    case Kind::ContentFileWithGenerator:
        return {QStringLiteral("choose \"The template\" under \"Write\"")};
    case Kind::FillWithoutText:
        return {QStringLiteral("the \"Size\" of 10 bytes"), QStringLiteral("\"Content template\"")};
    case Kind::RowsEncodingUnknown:
    case Kind::RowsNotDecodable:
    case Kind::RowsNotUtf8:
        return {encoding, QStringLiteral("rows")};
    case Kind::RowsDelimiterAmbiguous:
        return {QStringLiteral("choose the \"Delimiter\""), QStringLiteral(", / ;")};
    default:
        return {};
    }
}

} // namespace

void TestWindowProblemWording::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestWindowProblemWording::wording_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("controls");
    for (int k = 0; k <= int(Kind::LastKind); ++k) {
        QTest::addRow("%s", qPrintable(QuireTest::kindName(Kind(k)))) << k << namedControls(Kind(k));
        m_rows.insert(k);
    }
}

void TestWindowProblemWording::wording()
{
    QFETCH(int, kind);
    QFETCH(QStringList, controls);
    const PlanProblem problem = QuireTest::exampleProblem(Kind(kind), m_dir.path());
    const QString text = WindowProblemWording::text(problem);
    QVERIFY2(!text.contains(u"--") && !text.contains(u"quire-cli"), qPrintable(text));
    QCOMPARE(WindowProblemWording::isReworded(Kind(kind)), !controls.isEmpty());
    if (controls.isEmpty())
        QCOMPARE(text, problem.message);
    for (const QString &control : std::as_const(controls))
        QVERIFY2(text.contains(control), qPrintable(control + u" in: " + text));
}

void TestWindowProblemWording::everyKindHasARow()
{
    for (int k = 0; k <= int(Kind::LastKind); ++k)
        QVERIFY2(m_rows.contains(k) && !QuireTest::kindName(Kind(k)).isEmpty(), qPrintable(QString::number(k)));
    // A problem made without its values reads as the core worded it.
    const PlanProblem bare{
        PlanProblem::Severity::Error, QStringLiteral("if-exists"), QStringLiteral("core words"), Kind::FilesExist, {}};
    QCOMPARE(WindowProblemWording::text(bare), QStringLiteral("core words"));
}

QTEST_GUILESS_MAIN(TestWindowProblemWording)
#include "tst_windowproblemwording.moc"
