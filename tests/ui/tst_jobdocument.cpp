#include "core/job/jobfile.h"
#include "ui/folderlistwidget.h"
#include "ui/jobdocument.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Quire;
using namespace QuireTest;
using namespace UiTest;

// File › New, Open job…, Open recent, Save, Save as…, presets: job files in quire-cli's own format.
class TestJobDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveWritesTheCliFormatAndTheTitleFollows();
    void openReadsACliJobAndRemembersIt();
    void openingABadJobKeepsTheForm_data();
    void openingABadJobKeepsTheForm();
    void unsavedChangesAreAskedAbout();
    void presetsShipAndSaveWithoutFolders();
    void saveDialogAndShortcuts();
    void settingsTheFormCannotShowAreKept();

private:
    static JobSpec sampleJob(const QString &folder);
};

void TestJobDocument::init()
{
    useTestSettings(QStringLiteral("tst_jobdocument"));
}

JobSpec TestJobDocument::sampleJob(const QString &folder)
{
    JobSpec spec;
    spec.folders = {folder};
    spec.from = 3;
    spec.to = 9;
    spec.nameTemplate = QStringLiteral("doc-{index:000}.md");
    spec.contentTemplate = QStringLiteral("# Doc {index}{nl}");
    spec.lineEnding = LineEnding::CrLf;
    spec.ifExists = IfExists::Skip;
    return spec;
}

void TestJobDocument::saveWritesTheCliFormatAndTheTitleFollows()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    JobDocument *document = window.document();
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Quire"));
    QVERIFY(!window.isWindowModified());
    window.form()->setSpec(sampleJob(dir.path()));
    QVERIFY(document->isModified());
    QVERIFY(window.isWindowModified());

    QSignalSpy saved(document, &JobDocument::saved);
    const QString path = QDir(dir.path()).filePath(QStringLiteral("my job")); // the suffix is added
    document->saveAs(path);
    QVERIFY(saved.wait(10'000));
    const QString file = path + QStringLiteral(".quire.json");
    QCOMPARE(saved.first().at(0).toString(), file);
    QCOMPARE(saved.first().at(1).toString(), QString());
    // Byte for byte what quire-cli --save-job writes, and quire-cli --job reads it back unchanged.
    QCOMPARE(readFile(file), JobFile::bytes(window.form()->spec()));
    QStringList errors;
    const auto back = JobSpec::fromJsonFile(file, &errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(*back, window.form()->spec());
    QCOMPARE(window.windowTitle(), QStringLiteral("my job[*] — Quire"));
    QVERIFY(!window.isWindowModified());
    typeInto(child<QLineEdit>(window, "nameTemplate"), QStringLiteral("changed-{index}.md"));
    QVERIFY(window.isWindowModified());
    // Save (Ctrl+S) writes to the same file without asking.
    saved.clear();
    document->save();
    QVERIFY(saved.wait(10'000));
    QVERIFY(readFile(file).contains("changed-{index}.md"));
    QVERIFY(!window.isWindowModified());
}

void TestJobDocument::openReadsACliJobAndRemembersIt()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const JobSpec expected = sampleJob(dir.path());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("from-cli.quire.json"));
    QVERIFY(writeFile(file, JobFile::bytes(expected)));
    MainWindow window;
    QSignalSpy opened(window.document(), &JobDocument::opened);
    window.document()->open(file);
    QVERIFY(opened.wait(10'000));
    QCOMPARE(opened.first().at(1).toStringList(), QStringList());
    QCOMPARE(window.form()->spec(), expected);
    QCOMPARE(window.windowTitle(), QStringLiteral("from-cli[*] — Quire"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.document()->recentJobs(), QStringList{file});

    // The recent list outlives the window and opens the job again.
    MainWindow again;
    auto *recent = again.findChild<QMenu *>(QStringLiteral("recentJobsMenu"));
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    QAction *first = recent->actions().value(0);
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("&1 from-cli"));
    QSignalSpy reopened(again.document(), &JobDocument::opened);
    first->trigger();
    QVERIFY(reopened.wait(10'000));
    QCOMPARE(again.form()->spec(), expected);
}

void TestJobDocument::openingABadJobKeepsTheForm_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addRow("not json") << QByteArray("{\"from\": 1,") << QStringLiteral("is not valid JSON");
    QTest::addRow("unknown key") << QByteArray("{\"folders\": [], \"speed\": 3}") << QStringLiteral("speed");
    QTest::addRow("wrong type") << QByteArray("{\"from\": \"one\"}") << QStringLiteral("from");
    QTest::addRow("missing file") << QByteArray() << QStringLiteral("job file");
}

void TestJobDocument::openingABadJobKeepsTheForm()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("bad.quire.json"));
    if (!bytes.isEmpty())
        QVERIFY(writeFile(file, bytes));
    MainWindow window;
    const JobSpec before = window.form()->spec();
    QSignalSpy opened(window.document(), &JobDocument::opened);
    window.document()->open(file);
    QVERIFY(opened.wait(10'000));
    const QStringList errors = opened.first().at(1).toStringList();
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(error), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(window.form()->spec(), before);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Could not open the job: ")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.document()->recentJobs(), QStringList());
}

void TestJobDocument::unsavedChangesAreAskedAbout()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.form()->setSpec(sampleJob(dir.path()));
    auto *newJob = window.findChild<QAction *>(QStringLiteral("newJobAction"));
    QVERIFY(newJob);
    // Cancel keeps the changes...
    newJob->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("discardChangesDialog"))) != nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("discardChangesDialog")));
    QCOMPARE(window.form()->spec(), sampleJob(dir.path()));
    // ...Discard gives a new job with every default, folders included.
    newJob->trigger();
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("discardChangesDialog"))) != nullptr);
    box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(window.form()->spec(), JobSpec());
    QVERIFY(!window.isWindowModified());
}

void TestJobDocument::presetsShipAndSaveWithoutFolders()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QDir(JobDocument::userPresetFolder()).removeRecursively();
    MainWindow window;
    JobDocument *document = window.document();
    const QStringList shipped = document->presetNames();
    QVERIFY2(shipped.contains(QStringLiteral("Seed example (file-11 to file-20)")), qPrintable(shipped.join(u',')));
    QVERIFY(shipped.contains(QStringLiteral("Numbered JSON shards")));
    // Applying a preset keeps the target folders.
    window.addTargets({dir.path()});
    QSignalSpy status(window.statusBar(), &QStatusBar::messageChanged);
    document->applyPreset(QStringLiteral("Seed example (file-11 to file-20)"));
    QTRY_COMPARE(window.form()->spec().from, 11);
    QCOMPARE(window.form()->spec().to, 20);
    QCOMPARE(window.form()->spec().folders, QStringList{QDir::cleanPath(dir.path())});
    // A saved preset has no folders and is offered next time.
    window.form()->setSpec(sampleJob(dir.path()));
    document->saveAsPreset(QStringLiteral("My docs"));
    const QString file = QDir(JobDocument::userPresetFolder()).filePath(QStringLiteral("My docs.quire.json"));
    QTRY_VERIFY(QFileInfo::exists(file));
    QStringList errors;
    const auto preset = JobSpec::fromJsonFile(file, &errors);
    QVERIFY(preset);
    QVERIFY(preset->folders.isEmpty());
    QCOMPARE(preset->nameTemplate, QStringLiteral("doc-{index:000}.md"));
    QVERIFY(document->presetNames().contains(QStringLiteral("My docs")));
    // Names that are not file names are refused with a message, nothing written.
    document->saveAsPreset(QStringLiteral("../escape"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be empty, contain \"/\"")));
    QVERIFY(!QFileInfo::exists(QDir(JobDocument::userPresetFolder()).filePath(QStringLiteral("../escape.quire.json"))));
    // Every shipped preset is a valid job for quire-cli.
    for (const QString &name : shipped) {
        QFile shippedFile(QStringLiteral(":/presets/%1.quire.json").arg(name));
        QVERIFY(shippedFile.open(QIODevice::ReadOnly));
        QVERIFY2(JobSpec::fromJsonText(shippedFile.readAll(), name, &errors), qPrintable(errors.join(u'\n')));
    }
}

void TestJobDocument::saveDialogAndShortcuts()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("saveJobAction"))->shortcut(), QKeySequence::Save);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("openJobAction"))->shortcut(), QKeySequence::Open);
    window.form()->setSpec(sampleJob(dir.path()));
    QSignalSpy saved(window.document(), &JobDocument::saved);
    // Save on an untitled job asks where (a non-blocking dialog).
    window.findChild<QAction *>(QStringLiteral("saveJobAction"))->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("saveJobDialog"))) != nullptr);
    const QString file = QDir(dir.path()).filePath(QStringLiteral("dialog.quire.json"));
    dialog->selectFile(file);
    static_cast<QDialog *>(dialog)->accept();
    QVERIFY(saved.wait(10'000));
    QCOMPARE(saved.first().at(0).toString(), file);
    QCOMPARE(readFile(file), JobFile::bytes(sampleJob(dir.path())));
}

void TestJobDocument::settingsTheFormCannotShowAreKept()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    JobSpec job = sampleJob(dir.path());
    job.rows.file = QDir(dir.path()).filePath(QStringLiteral("orders.csv"));
    job.rows.delimiter = QStringLiteral(";");
    job.size = 4096;
    job.verify = true;
    job.shard = Shard{2, 3};
    job.runTime = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    job.seed = 77;
    job.writeMethod = WriteMethod::Atomic;
    job.contentFile = QDir(dir.path()).filePath(QStringLiteral("body.txt"));
    const QString file = QDir(dir.path()).filePath(QStringLiteral("cli.quire.json"));
    QVERIFY(writeFile(file, JobFile::bytes(job)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(window.document(), &JobDocument::opened);
    window.document()->open(file);
    QVERIFY(opened.wait(10'000));
    QCOMPARE(opened.first().at(1).toStringList(), QStringList());
    // Nothing of the job is lost on its way through the window: Save writes it back unchanged.
    QStringList errors;
    const auto asRead = JobSpec::fromJsonFile(file, &errors);
    QVERIFY2(asRead, qPrintable(errors.join(u'\n')));
    QCOMPARE(window.form()->spec(), *asRead);
    QCOMPARE(JobFile::bytes(window.form()->spec()), readFile(file));
    QVERIFY(!window.isWindowModified());
    auto *note = child<QLabel>(window, "keptSettingsNote");
    QVERIFY(note->isVisible());
    for (const char *part : {"body.txt", "shard 2/3", "seed 77", "write method atomic"})
        QVERIFY2(note->text().contains(QLatin1String(part)), qPrintable(note->text()));
    // CSV rows and the content mode have fields of their own.
    QCOMPARE(child<QComboBox>(window, "sourceKind")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(window, "csvFile")->text(), job.rows.file);
    QCOMPARE(child<QComboBox>(window, "contentMode")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(window, "contentSize")->text(), QStringLiteral("4096"));
    // Typing a content template replaces the content file (the editor's text is what is written then).
    child<QPlainTextEdit>(window, "contentTemplate")->setPlainText(QStringLiteral("typed {index}"));
    QVERIFY(window.form()->spec().contentFile.isEmpty());
    QCOMPARE(window.form()->spec().rows, job.rows);
    QVERIFY(!note->text().contains(QStringLiteral("body.txt")));
    // A new job forgets them all.
    window.document()->newJob();
    QCOMPARE(window.form()->spec(), JobSpec());
    QVERIFY(!note->isVisible());
}

QTEST_MAIN(TestJobDocument)
#include "tst_jobdocument.moc"
