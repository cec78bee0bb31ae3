#include "core/run/batchrunner.h"
#include "ui/csvrowsview.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"
#include "ui/placeholderbutton.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;
using namespace Qt::StringLiterals;

// Issue 11 in the window: one file per CSV row, and the content modes (fill, random, copy, sparse).
class TestSourceFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvRowsThroughTheWindow();
    void contentModes_data();
    void contentModes();
    void badSizeKeepsStartDisabled();
    void dropCsvFile_data();
    void dropCsvFile();
    void firstRowsTable();
};

void TestSourceFields::init()
{
    useTestSettings(QStringLiteral("tst_sourcefields"));
}

void TestSourceFields::csvRowsThroughTheWindow()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString csv = QDir(dir.path()).filePath(QStringLiteral("orders.csv"));
    QVERIFY(writeFile(csv, "customer;Order ID\r\nAda;17\r\n\"Bob, Jr\";18\r\n"));
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({out});
    child<QComboBox>(window, "sourceKind")->setCurrentIndex(1);
    typeInto(child<QLineEdit>(window, "csvFile"), csv);
    typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("{index}-{customer}.txt"));
    child<QPlainTextEdit>(window, "contentTemplate")->setPlainText(QStringLiteral("order {Order ID}{nl}"));
    const JobSpec spec = window.form()->spec();
    QCOMPARE(spec.rows.file, csv);
    // Once planned, the columns are offered by both insert menus; "Order ID" as it is typed.
    QVERIFY(waitStartEnabled(window));
    QStringList offered;
    for (QAction *action : child<PlaceholderButton>(window, "insertContentPlaceholder")->menu()->actions())
        offered << action->data().toString();
    QVERIFY2(offered.contains(QStringLiteral("{customer}")) && offered.contains(QStringLiteral("{Order ID}")),
             qPrintable(offered.join(u' ')));
    QVERIFY2(child<QLabel>(window, "previewFirst")->text() == QStringLiteral("1-Ada.txt"),
             qPrintable(child<QLabel>(window, "previewFirst")->text()));
    QVERIFY(spec.rows.header);
    startAndWait(window);
    QCOMPARE(entryNames(out), (QStringList{QStringLiteral("1-Ada.txt"), QStringLiteral("2-Bob, Jr.txt")}));
    QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("1-Ada.txt"))), QByteArray("order 17\n"));
    QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("2-Bob, Jr.txt"))), QByteArray("order 18\n"));
    // Back to the index range: no CSV in the job any more.
    child<QComboBox>(window, "sourceKind")->setCurrentIndex(0);
    QVERIFY(window.form()->spec().rows.file.isEmpty());
}

void TestSourceFields::contentModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QByteArray>("expected"); // empty: only the length is known (random)
    QTest::addColumn<qint64>("length");
    QTest::addRow("fill") << 1 << QStringLiteral("10") << QByteArray("ab\nab\nab\na") << qint64(10);
    QTest::addRow("random") << 2 << QStringLiteral("1KiB") << QByteArray() << qint64(1024);
    QTest::addRow("copy") << 3 << QString() << QByteArray("copied bytes\x01\x02", 14) << qint64(14);
    QTest::addRow("sparse") << 4 << QStringLiteral("4kB") << QByteArray(4000, '\0') << qint64(4000);
}

void TestSourceFields::contentModes()
{
    QFETCH(int, mode);
    QFETCH(QString, size);
    QFETCH(QByteArray, expected);
    QFETCH(qint64, length);
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString source = QDir(dir.path()).filePath(QStringLiteral("source.bin"));
    QVERIFY(writeFile(source, QByteArray("copied bytes\x01\x02", 14)));
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({out});
    typeInto(child<QLineEdit>(window, "rangeTo"), QStringLiteral("3"));
    child<QPlainTextEdit>(window, "contentTemplate")->setPlainText(QStringLiteral("ab{nl}"));
    child<QComboBox>(window, "contentMode")->setCurrentIndex(mode);
    if (!size.isEmpty())
        typeInto(child<QLineEdit>(window, "contentSize"), size);
    if (mode == 3)
        typeInto(child<QLineEdit>(window, "copyFromFile"), source);
    child<QCheckBox>(window, "verifyFiles")->setChecked(true);
    // The template editor is only enabled when a template is written.
    QCOMPARE(child<QPlainTextEdit>(window, "contentTemplate")->isEnabled(), mode <= 1);
    QVERIFY(window.form()->spec().verify);
    startAndWait(window);
    QCOMPARE(entryNames(out).size(), 3);
    for (const QString &name : entryNames(out)) {
        const QByteArray bytes = readFile(QDir(out).filePath(name));
        QCOMPARE(qint64(bytes.size()), length);
        if (!expected.isEmpty())
            QCOMPARE(bytes, expected);
    }
}

void TestSourceFields::badSizeKeepsStartDisabled()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addTargets({dir.path()});
    QVERIFY(waitStartEnabled(window));
    child<QComboBox>(window, "contentMode")->setCurrentIndex(2);
    typeInto(child<QLineEdit>(window, "contentSize"), QStringLiteral("4KB"));
    QVERIFY(!window.form()->isInputValid());
    QVERIFY(!child<QPushButton>(window, "startButton")->isEnabled());
    const QString message = child<QLabel>(window, "rangeError")->text();
    QVERIFY2(message.contains(QStringLiteral("4kB")) && message.contains(QStringLiteral("4KiB")), qPrintable(message));
    typeInto(child<QLineEdit>(window, "contentSize"), QStringLiteral("4KiB"));
    QVERIFY(waitStartEnabled(window));
}

// A .csv dropped on the window becomes the rows source; folders in the same drop still become targets.
void TestSourceFields::dropCsvFile_data()
{
    QTest::addColumn<QStringList>("dropped"); // names in the test folder; "on editor:" drops on the editor
    QTest::addColumn<int>("source");          // the Source field after the drop: 0 range, 1 CSV rows
    QTest::addColumn<QString>("csvFile");     // name expected in the CSV file field (empty: unchanged)
    QTest::addColumn<QStringList>("folders"); // target folders after the drop
    QTest::addColumn<QString>("status");      // in the status bar
    QTest::addRow("one CSV") << QStringList{u"a.csv"_s} << 1 << u"a.csv"_s << QStringList() << u"Rows from"_s;
    QTest::addRow("CSV and a folder") << QStringList{u"out"_s, u"a.csv"_s} << 1 << u"a.csv"_s << QStringList{u"out"_s}
                                      << u"Rows from"_s;
    QTest::addRow("upper-case .CSV") << QStringList{u"B.CSV"_s} << 1 << u"B.CSV"_s << QStringList() << u"B.CSV"_s;
    QTest::addRow("two CSVs") << QStringList{u"a.csv"_s, u"B.CSV"_s} << 0 << QString() << QStringList()
                              << u"2 CSV files dropped"_s;
    QTest::addRow("CSV and a text file") << QStringList{u"a.csv"_s, u"notes.txt"_s} << 1 << u"a.csv"_s << QStringList()
                                         << u"Not a folder, not added"_s;
    QTest::addRow("text file alone") << QStringList{u"notes.txt"_s} << 0 << QString() << QStringList()
                                     << u"notes.txt"_s;
    QTest::addRow("CSV on the content editor")
        << QStringList{u"on editor:a.csv"_s} << 1 << u"a.csv"_s << QStringList() << u"Rows from"_s;
}

void TestSourceFields::dropCsvFile()
{
    QFETCH(QStringList, dropped);
    QFETCH(int, source);
    QFETCH(QString, csvFile);
    QFETCH(QStringList, folders);
    QFETCH(QString, status);
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(u"a.csv"_s, "customer\nAda\n") && dir.createFile(u"B.CSV"_s, "x\n1\n"));
    QVERIFY(dir.createFile(u"notes.txt"_s, "hello\n") && dir.createDir(u"out"_s));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString editorBefore = child<QPlainTextEdit>(window, "contentTemplate")->toPlainText();
    QList<QUrl> urls;
    QWidget *target = &window;
    for (QString name : std::as_const(dropped)) {
        if (name.startsWith(u"on editor:"_s)) {
            name = name.mid(10);
            target = child<QPlainTextEdit>(window, "contentTemplate")->viewport();
        }
        urls.append(QUrl::fromLocalFile(dir.filePath(name)));
    }
    sendDrop(target, urls);
    QCOMPARE(child<QComboBox>(window, "sourceKind")->currentIndex(), source);
    QCOMPARE(child<QLineEdit>(window, "csvFile")->text(), csvFile.isEmpty() ? QString() : dir.filePath(csvFile));
    QStringList expectedFolders;
    for (const QString &folder : std::as_const(folders))
        expectedFolders.append(dir.filePath(folder));
    QCOMPARE(window.form()->spec().folders, expectedFolders);
    QVERIFY2(window.statusBar()->currentMessage().contains(status), qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(child<QPlainTextEdit>(window, "contentTemplate")->toPlainText(), editorBefore); // never the content
    if (source == 1)
        QCOMPARE(window.form()->spec().rows.file, dir.filePath(csvFile)); // the preview replans with it
}

// The first rows of the planned CSV under its fields, columns named by their placeholders; read from the
// plan (made off the GUI thread), hidden when there are no rows.
void TestSourceFields::firstRowsTable()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv = "customer,index,Order ID\n";
    for (int row = 1; row <= 7; ++row)
        csv +=
            "c" + QByteArray::number(row) + ",i" + QByteArray::number(row) + "," + QByteArray::number(100 + row) + "\n";
    QVERIFY(dir.createFile(u"rows.csv"_s, csv) && dir.createDir(u"out"_s));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = child<CsvRowsView>(window, "csvRows");
    QVERIFY(view);
    CsvRowsModel *model = view->rowsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->isHidden()); // no CSV yet
    QVERIFY(!view->accessibleName().isEmpty());
    window.addTargets({dir.filePath(u"out"_s)});
    child<QComboBox>(window, "sourceKind")->setCurrentIndex(1);
    typeInto(child<QLineEdit>(window, "nameTemplate"), u"{customer}.txt"_s);
    typeInto(child<QLineEdit>(window, "csvFile"), dir.filePath(u"rows.csv"_s));
    QVERIFY(waitStartEnabled(window));
    QTRY_VERIFY(!view->isHidden());
    QCOMPARE(model->rowCount(), 5); // of 7
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"{customer}"_s);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"{col:index}"_s); // {index} is the built-in
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"{Order ID}"_s);
    QCOMPARE(model->headerData(4, Qt::Vertical).toInt(), 5);
    QCOMPARE(model->index(0, 0).data().toString(), u"c1"_s);
    QCOMPARE(model->index(4, 2).data().toString(), u"105"_s);
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(view->height() < 400); // compact: the header and five rows
    // A file that cannot be read: no rows, the table hides.
    typeInto(child<QLineEdit>(window, "csvFile"), dir.filePath(u"missing.csv"_s));
    QTRY_VERIFY(view->isHidden());
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestSourceFields)
#include "tst_sourcefields.moc"
