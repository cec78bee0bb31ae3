#include "core/run/batchrunner.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"
#include "ui/placeholderbutton.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

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

QTEST_MAIN(TestSourceFields)
#include "tst_sourcefields.moc"
