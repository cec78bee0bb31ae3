#include "core/content/textencoder.h"
#include "core/plan/planner.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"
#include "ui/planlistmodel.h"
#include "ui/previewpanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Quire;
using namespace QuireTest;
using namespace Qt::StringLiterals;

namespace {

PlanPtr makePlan(const JobSpec &spec)
{
    return std::make_shared<const Plan>(Planner::plan(spec));
}

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestPreviewPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectingARowShowsItsFile();
    void fileNumberSelectsTheRow();
    void largeGeneratedFileShowsItsHead();
    void tenMillionRowsJumpToTheEnd();
};

// The list's current row and the file-number box are one choice: a row shows its file's text and hex.
void TestPreviewPanel::selectingARowShowsItsFile()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 1000;
    spec.nameTemplate = u"file-{index:0000}.txt"_s;
    spec.contentTemplate = u"In file {index}{nl}"_s;
    spec.bom = true;
    spec.encoding = u"UTF-16LE"_s;
    const PlanPtr plan = makePlan(spec);
    QVERIFY(plan->isValid());
    PreviewPanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPlan(plan);
    QTableView *list = panel.listView();
    QCOMPARE(list->model()->rowCount(), 1000);
    list->selectionModel()->setCurrentIndex(list->model()->index(499, PlanListModel::PathColumn),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(child<QSpinBox>(panel, "previewFileNumber")->value(), 500);
    QCOMPARE(child<QLabel>(panel, "previewFileName")->text(), dir.filePath(u"file-0500.txt"_s));
    QTRY_COMPARE(child<QPlainTextEdit>(panel, "previewText")->toPlainText(),
                 u"In file 500\n"_s); // made off the GUI thread
    const QString hex = child<QPlainTextEdit>(panel, "previewHex")->toPlainText();
    QVERIFY2(hex.startsWith(u"0000  FF FE 49 00 6E 00 20 00 66 00 69 00 6C 00 65 00"_s), qPrintable(hex));
    QCOMPARE(hex, PreviewPanel::hexDump(plan->contentBytes(499), 64));
    // Clicking a row does the same.
    const QRect cell = list->visualRect(list->model()->index(list->rowAt(5), PlanListModel::PathColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    const int clicked = list->currentIndex().row();
    QCOMPARE(child<QSpinBox>(panel, "previewFileNumber")->value(), clicked + 1);
    QCOMPARE(child<QLabel>(panel, "previewFileName")->text(), plan->filePath(clicked));
}

void TestPreviewPanel::fileNumberSelectsTheRow()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 1000;
    PreviewPanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPlan(makePlan(spec));
    QTableView *list = panel.listView();
    auto *number = child<QSpinBox>(panel, "previewFileNumber");
    number->setValue(750);
    QCOMPARE(list->currentIndex().row(), 749);
    QVERIFY(list->selectionModel()->isRowSelected(749, {}));
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex()))); // scrolled into view
    QTRY_COMPARE(child<QPlainTextEdit>(panel, "previewText")->toPlainText(), u"In file 750\n"_s);
    // A new plan keeps the chosen file number and its row.
    spec.contentTemplate = u"File {index}"_s;
    panel.setPlan(makePlan(spec));
    QCOMPARE(number->value(), 750);
    QCOMPARE(list->currentIndex().row(), 749);
    QTRY_COMPARE(child<QPlainTextEdit>(panel, "previewText")->toPlainText(), u"File 750"_s);
}

// A 1 GiB generated file: its size from the mode, its first bytes only in the preview.
void TestPreviewPanel::largeGeneratedFileShowsItsHead()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.path()};
    spec.to = 3;
    spec.size = qint64(1) << 30;
    spec.contentTemplate = u"abc"_s;
    const PlanPtr plan = makePlan(spec);
    QVERIFY2(plan->isValid(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.first().message));
    PreviewPanel panel;
    panel.setPlan(plan);
    auto *number = child<QSpinBox>(panel, "previewFileNumber");
    number->setValue(3);
    QCOMPARE(panel.listView()->currentIndex().row(), 2);
    QTRY_VERIFY(!child<QPlainTextEdit>(panel, "previewHex")->toPlainText().isEmpty());
    const QString hex = child<QPlainTextEdit>(panel, "previewHex")->toPlainText();
    QVERIFY2(hex.startsWith(u"0000  61 62 63 61 62 63"_s), qPrintable(hex));
    QCOMPARE(panel.listModel()->data(panel.listModel()->index(2, PlanListModel::SizeColumn)).toString(),
             u"1,073,741,824"_s);
}

// The list of a 10,000,000-file plan opens and goes to its last row at once.
void TestPreviewPanel::tenMillionRowsJumpToTheEnd()
{
    TestDir dir;
    JobSpec spec;
    spec.folders = {dir.filePath(u"out"_s)};
    spec.to = 10'000'000;
    const PlanPtr plan = makePlan(spec);
    QVERIFY(plan->isValid());
    PreviewPanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const qint64 before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    panel.setPlan(plan);
    QTest::qWait(0);
    const qint64 open = timer.restart();
    QTableView *list = panel.listView();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    const qint64 jump = timer.elapsed();
    // The view's vertical header keeps a few bytes per row (QHeaderView has one section per row): said, not bound.
    qInfo("10,000,000 rows: opened in %lld ms, at the end in %lld ms, %lld kB more resident memory", open, jump,
          residentKiB() - before);
    QCOMPARE(list->currentIndex().row(), 9'999'999);
    QCOMPARE(child<QSpinBox>(panel, "previewFileNumber")->value(), 10'000'000);
    QCOMPARE(child<QLabel>(panel, "previewFileName")->text(), dir.filePath(u"out/file-10000000.txt"_s));
}

QTEST_MAIN(TestPreviewPanel)
#include "tst_previewpanel.moc"
