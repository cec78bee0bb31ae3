#include "core/content/textencoder.h"
#include "core/plan/planner.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"
#include "ui/planlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Quire;
using namespace QuireTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Quire::IfExists)
Q_DECLARE_METATYPE(Quire::JobSpec)

namespace {

using PlanPtr = std::shared_ptr<const Plan>;

PlanPtr makePlan(const JobSpec &spec)
{
    return std::make_shared<const Plan>(Planner::plan(spec));
}

QVariant valueAt(const PlanListModel &model, int row, int column, int role = PlanListModel::ValueRole)
{
    return model.data(model.index(row, column), role);
}

// Every row's index, path and size against what the plan renders itself.
void verifyRows(const PlanListModel &model, const Plan &plan, const QList<int> &rows)
{
    TextEncoder encoder(plan.spec.encoding);
    for (const int row : rows) {
        QCOMPARE(valueAt(model, row, PlanListModel::IndexColumn).toLongLong(), plan.indexAt(row));
        QCOMPARE(valueAt(model, row, PlanListModel::PathColumn).toString(), plan.filePath(row));
        QCOMPARE(valueAt(model, row, PlanListModel::PathColumn, Qt::DisplayRole).toString(), plan.filePath(row));
        QCOMPARE(valueAt(model, row, PlanListModel::SizeColumn).toLongLong(), plan.contentSize(row, encoder));
    }
}

// 10,000,000 files in a folder that does not exist yet (nothing to check on disk).
JobSpec tenMillionFiles(const TestDir &dir)
{
    JobSpec spec;
    spec.folders = {dir.filePath(u"out"_s)};
    spec.from = 1;
    spec.to = 10'000'000;
    spec.nameTemplate = u"f{index:00000000}.txt"_s;
    return spec;
}

} // namespace

class TestPlanListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallPlans_data();
    void smallPlans();
    void noRowsWhenNamesAreWrong();
    void tenMillionRows();
    void tenMillionRowsTester();
    void sizeComesFromTheMode();
    void conflictsMarked_data();
    void conflictsMarked();
    void nestedConflictsAndBlockedFolders();
    void conflictsOnlyView_data();
    void conflictsOnlyView();
};

void TestPlanListModel::smallPlans_data()
{
    QTest::addColumn<JobSpec>("spec");
    QTest::addColumn<QStringList>("paths"); // relative to the first folder's parent; empty: not checked
    JobSpec flat;
    flat.from = 11;
    flat.to = 20;
    QTest::addRow("index range") << flat << QStringList{u"a/file-11.txt"_s, u"a/file-20.txt"_s};
    JobSpec two = flat;
    two.step = 3;
    two.folders = {u"a"_s, u"b"_s};
    QTest::addRow("two folders, step 3") << two << QStringList{u"a/file-11.txt"_s, u"b/file-20.txt"_s};
    JobSpec nested = flat;
    nested.nameTemplate = u"{index:x}/part-{n}.txt"_s;
    QTest::addRow("nested names") << nested << QStringList{u"a/b/part-1.txt"_s, u"a/14/part-10.txt"_s};
    JobSpec shard = flat;
    shard.shard = Shard{2, 3};
    QTest::addRow("shard 2/3") << shard << QStringList{};
    JobSpec csv = flat;
    csv.rows.file = u"rows.csv"_s;
    csv.nameTemplate = u"{city}/{who}.txt"_s;
    csv.contentTemplate = u"Dear {who}{nl}"_s;
    QTest::addRow("CSV rows") << csv << QStringList{u"a/Oslo/Ann.txt"_s, u"a/Rome/Bea Maria.txt"_s};
}

// QAbstractItemModelTester before and after each plan, then every row against the plan's own rendering.
void TestPlanListModel::smallPlans()
{
    QFETCH(JobSpec, spec);
    QFETCH(QStringList, paths);
    TestDir dir;
    QVERIFY(dir.createFile(u"rows.csv"_s, "who,city\nAnn,Oslo\nBea Maria,Rome\n"));
    if (spec.folders.isEmpty())
        spec.folders = {u"a"_s};
    for (QString &folder : spec.folders)
        folder = dir.filePath(folder);
    if (!spec.rows.file.isEmpty())
        spec.rows.file = dir.filePath(spec.rows.file);
    const PlanPtr plan = makePlan(spec);
    QVERIFY2(plan->isValid(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.first().message));

    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), int(plan->fileCount()));
    QCOMPARE(model.columnCount(), int(PlanListModel::ColumnCount));
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << row;
    verifyRows(model, *plan, rows);
    if (!paths.isEmpty()) {
        QCOMPARE(valueAt(model, 0, PlanListModel::PathColumn).toString(), dir.filePath(paths.first()));
        QCOMPARE(valueAt(model, model.rowCount() - 1, PlanListModel::PathColumn).toString(),
                 dir.filePath(paths.last()));
    }
    for (int row = 0; row < model.rowCount(); ++row) // nothing exists: every file is new, at once
        QCOMPARE(valueAt(model, row, PlanListModel::StatusColumn, Qt::DisplayRole).toString(), u"new"_s);
    QCOMPARE(model.checkedCount(), qint64(0)); // and nothing was looked at on disk
    const bool csv = !spec.rows.file.isEmpty();
    QCOMPARE(model.headerData(PlanListModel::IndexColumn, Qt::Horizontal).toString(), csv ? u"Row"_s : u"Index"_s);
    if (csv) // a CSV row's index is its data row: 1, 2
        QCOMPARE(valueAt(model, 1, PlanListModel::IndexColumn, Qt::DisplayRole).toString(), u"2"_s);
    model.setPlan(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanListModel::noRowsWhenNamesAreWrong()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.nameTemplate = u"file-{indx}.txt"_s;
    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(makePlan(spec));
    QCOMPARE(model.rowCount(), 0);
    spec.nameTemplate = u"file-{index}.txt"_s;
    model.setPlan(makePlan(spec));
    QCOMPARE(model.rowCount(), 10);
    spec.nameTemplate = u"same.txt"_s; // every file the same name: a name error after the files are known
    model.setPlan(makePlan(spec));
    QCOMPARE(model.rowCount(), 0);
}

// 10,000,000 files: nothing per row, first/middle/last rendered on demand, memory flat.
void TestPlanListModel::tenMillionRows()
{
    TestDir dir;
    JobSpec spec = tenMillionFiles(dir);
    QElapsedTimer timer;
    timer.start();
    const PlanPtr plan = makePlan(spec);
    QVERIFY(plan->isValid());
    qInfo("planned in %lld ms", qint64(timer.restart()));
    const qint64 before = residentKiB();
    PlanListModel model;
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 10'000'000);
    verifyRows(model, *plan, {0, 5'000'000, 9'999'999});
    QCOMPARE(valueAt(model, 9'999'999, PlanListModel::PathColumn).toString(), dir.filePath(u"out/f10000000.txt"_s));
    QCOMPARE(valueAt(model, 9'999'999, PlanListModel::StatusColumn, Qt::DisplayRole).toString(), u"new"_s);
    const qint64 grown = residentKiB() - before;
    qInfo("model of 10,000,000 rows: %lld ms, %lld kB more resident memory", qint64(timer.elapsed()), grown);
#if !defined(__SANITIZE_ADDRESS__) // shadow memory and quarantine say nothing of the model's own
    QVERIFY2(grown < 20 * 1024, qPrintable(QString::number(grown)));
#endif
    // What QAbstractItemModelTester checks at the edges, on the 10,000,000 rows themselves.
    const QModelIndex last = model.index(9'999'999, PlanListModel::StatusColumn);
    QVERIFY(last.isValid());
    QVERIFY(model.hasIndex(9'999'999, PlanListModel::ColumnCount - 1));
    QVERIFY(!model.hasIndex(10'000'000, 0));
    QVERIFY(!model.hasIndex(9'999'999, PlanListModel::ColumnCount));
    const QAbstractItemModel &base = model;
    QVERIFY(!base.parent(last).isValid());
    QCOMPARE(model.rowCount(last), 0);
    QVERIFY(!base.hasChildren(last));
    QCOMPARE(model.sibling(9'999'999, 0, model.index(0, 0)), model.index(9'999'999, 0));
    // The tester on the whole list is tenMillionRowsTester(); here it follows a reset to a slice (the
    // last shard: the same names from position 9,990,000 on).
    spec.shard = Shard{1000, 1000};
    model.setPlan(makePlan(spec));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10'000);
    QCOMPARE(valueAt(model, 9'999, PlanListModel::PathColumn).toString(), dir.filePath(u"out/f10000000.txt"_s));
    QCOMPARE(valueAt(model, 0, PlanListModel::IndexColumn).toLongLong(), qint64(9'990'001));
}

// QAbstractItemModelTester over all 10,000,000 rows: it walks every cell (index(), parent(), sibling()
// and a persistent index each: 40,000,000 cells, about 40 s), so it runs as its own ctest entry,
// tst_planlistmodel_tenmillion (label slow, left out of the sanitizer stage), not in the quick run.
void TestPlanListModel::tenMillionRowsTester()
{
    if (qEnvironmentVariableIsEmpty("QUIRE_TEST_TEN_MILLION"))
        QSKIP("runs as its own ctest entry, tst_planlistmodel_tenmillion (QUIRE_TEST_TEN_MILLION=1)");
    TestDir dir;
    const PlanPtr plan = makePlan(tenMillionFiles(dir));
    QVERIFY(plan->isValid());
    PlanListModel model;
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 10'000'000);
    QElapsedTimer timer;
    timer.start();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qInfo("QAbstractItemModelTester walked 10,000,000 rows in %lld ms", qint64(timer.elapsed()));
    verifyRows(model, *plan, {0, 1, 4'999'999, 9'999'998, 9'999'999});
    QCOMPARE(valueAt(model, 9'999'999, PlanListModel::StatusColumn, Qt::DisplayRole).toString(), u"new"_s);
}

// The size of a generated file comes from the mode: a 1 GiB file is never rendered to know it.
void TestPlanListModel::sizeComesFromTheMode()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 3;
    spec.sparse = qint64(1) << 30;
    const PlanPtr plan = makePlan(spec);
    QVERIFY2(plan->isValid(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.first().message));
    [[maybe_unused]] const qint64 before = residentKiB();
    PlanListModel model;
    model.setPlan(plan);
    QCOMPARE(valueAt(model, 2, PlanListModel::SizeColumn).toLongLong(), qint64(1) << 30);
    QCOMPARE(valueAt(model, 2, PlanListModel::SizeColumn, Qt::DisplayRole).toString(), u"1,073,741,824"_s);
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY(residentKiB() - before < 20 * 1024);
#endif
}

void TestPlanListModel::conflictsMarked_data()
{
    QTest::addColumn<IfExists>("ifExists");
    QTest::addColumn<QString>("file");   // status of f-02.txt, an existing file
    QTest::addColumn<QString>("folder"); // status of f-03.txt, an existing folder
    QTest::addRow("fail") << IfExists::Fail << u"fails: exists"_s << u"fails: a folder is in the way"_s;
    QTest::addRow("skip") << IfExists::Skip << u"skipped: exists"_s << u"skipped: exists"_s;
    QTest::addRow("overwrite") << IfExists::Overwrite << u"replaces a file"_s << u"fails: a folder is in the way"_s;
    QTest::addRow("rename") << IfExists::Rename << u"gets a new name: exists"_s << u"gets a new name: exists"_s;
}

// Existing names are found off the GUI thread (QTRY_), each marked with its status and an icon.
void TestPlanListModel::conflictsMarked()
{
    QFETCH(IfExists, ifExists);
    QFETCH(QString, file);
    QFETCH(QString, folder);
    TestDir dir;
    QVERIFY(dir.createFile(u"f-02.txt"_s, "old"));
    QVERIFY(dir.createDir(u"f-03.txt"_s));
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 5;
    spec.nameTemplate = u"f-{index:00}.txt"_s;
    spec.ifExists = ifExists;
    const PlanPtr plan = makePlan(spec);
    QCOMPARE(plan->conflictCount, qint64(2));
    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 5); // listed even when the plan cannot run (fail): the list says why
    const auto status = [&model](int row) {
        return model.data(model.index(row, PlanListModel::StatusColumn)).toString();
    };
    QCOMPARE(status(1), u"checking…"_s); // asked for: queued, never looked up here
    QTRY_COMPARE(status(1), file);
    QTRY_COMPARE(status(2), folder);
    QTRY_COMPARE(status(0), u"new"_s);
    QTRY_COMPARE(status(4), u"new"_s);
    QVERIFY(model.data(model.index(1, 0), PlanListModel::ConflictRole).toBool());
    QVERIFY(model.data(model.index(2, 0), PlanListModel::ConflictRole).toBool());
    QVERIFY(!model.data(model.index(0, 0), PlanListModel::ConflictRole).toBool());
    QVERIFY(!model.data(model.index(1, PlanListModel::StatusColumn), Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.data(model.index(0, PlanListModel::StatusColumn), Qt::DecorationRole).isNull());
    QCOMPARE(model.data(model.index(1, PlanListModel::StatusColumn), Qt::AccessibleTextRole).toString(), file);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 2); // nothing made
}

// Names with sub-folders: an existing file inside a sub-folder is found too.
void TestPlanListModel::nestedConflictsAndBlockedFolders()
{
    TestDir dir;
    QVERIFY(dir.createFile(u"2/f.txt"_s, "old"));
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 3;
    spec.nameTemplate = u"{index}/f.txt"_s;
    spec.ifExists = IfExists::Skip;
    PlanListModel model;
    model.setPlan(makePlan(spec));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, PlanListModel::PathColumn)).toString(), dir.filePath(u"2/f.txt"_s));
    QTRY_COMPARE(model.data(model.index(1, PlanListModel::StatusColumn)).toString(), u"skipped: exists"_s);
    QTRY_COMPARE(model.data(model.index(0, PlanListModel::StatusColumn)).toString(), u"new"_s);
    QCOMPARE(PlanListModel::statusText(PlanListModel::Found::Blocked, IfExists::Overwrite),
             u"fails: a file is in the way"_s);
}

void TestPlanListModel::conflictsOnlyView_data()
{
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QStringList>("existing");
    QTest::addRow("names matched to their file")
        << u"f-{index:00}.txt"_s << QStringList{u"f-02.txt"_s, u"f-04.txt"_s, u"other.txt"_s};
    QTest::addRow("names hashed") << u"f{index}{index}.txt"_s << QStringList{u"f22.txt"_s, u"f44.txt"_s, u"f2.txt"_s};
    QTest::addRow("names with sub-folders")
        << u"{index}/f.txt"_s << QStringList{u"2/f.txt"_s, u"4/f.txt"_s, u"5/g.txt"_s};
}

// Conflicts only: the positions of the existing names, found off the GUI thread, in plan order.
void TestPlanListModel::conflictsOnlyView()
{
    QFETCH(QString, nameTemplate);
    QFETCH(QStringList, existing);
    TestDir dir;
    QVERIFY(dir.createFiles(existing, "old"));
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.nameTemplate = nameTemplate;
    spec.ifExists = IfExists::Skip;
    const PlanPtr plan = makePlan(spec);
    QCOMPARE(plan->conflictCount, qint64(2));
    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    model.setFilter(PlanListModel::Filter::Conflicts);
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.positionAt(0), qint64(1));
    QCOMPARE(model.positionAt(1), qint64(3));
    QCOMPARE(model.rowOf(3), 1);
    QCOMPARE(model.rowOf(0), -1);
    QCOMPARE(model.data(model.index(1, PlanListModel::PathColumn)).toString(), plan->filePath(3));
    QCOMPARE(model.data(model.index(1, PlanListModel::IndexColumn)).toString(), u"4"_s);
    QTRY_COMPARE(model.data(model.index(1, PlanListModel::StatusColumn)).toString(), u"skipped: exists"_s);
    model.setFilter(PlanListModel::Filter::All);
    QCOMPARE(model.rowCount(), 10);
    model.setFilter(PlanListModel::Filter::Conflicts); // known already: no second search
    QVERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestPlanListModel)
#include "tst_planlistmodel.moc"
