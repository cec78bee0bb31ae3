// JobForm's content file: what a regular file loads, and how the window words what it refuses (a
// device, a FIFO, a folder, a file over the limit, a missing file): the window's words, never the
// command line's. Template problems: the form shows the plan's, it never compiles a template itself.
#include "core/base/safefile.h"
#include "core/plan/planner.h"
#include "tests/common/testdir.h"
#include "ui/jobform.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Quire;
using namespace QuireTest;
using namespace Qt::StringLiterals;

class TestJobForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsARegularFile();
    void refusesWhatIsNoTextFile_data();
    void refusesWhatIsNoTextFile();
    void templateProblemsComeWithThePlan_data();
    void templateProblemsComeWithThePlan();
    void specFollowsEveryEdit();
};

void TestJobForm::loadsARegularFile()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dir.createFile(QStringLiteral("greeting.txt"), "Hello {index}\n"));
    JobForm form;
    QVERIFY(form.loadContentFile(dir.filePath(QStringLiteral("greeting.txt"))));
    QCOMPARE(form.spec().contentTemplate, QStringLiteral("Hello {index}\n"));
}

void TestJobForm::refusesWhatIsNoTextFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("character device") << QStringLiteral("device")
                                      << QStringLiteral("is not a file but a character device");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is not a file but a FIFO");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is not a file but a folder");
    QTest::newRow("over the limit") << QStringLiteral("huge")
                                    << QStringLiteral("is larger than 64 MiB, the limit for a content template");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("Cannot read");
}

void TestJobForm::refusesWhatIsNoTextFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    TestDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("content-") + kind);
    if (kind == u"device")
        path = QStringLiteral("/dev/zero"); // endless: it must be refused, not read
    else if (kind == u"fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0); // reading would wait for a writer
    else if (kind == u"folder")
        QVERIFY(dir.createDir(QStringLiteral("content-folder")));
    else if (kind == u"huge")
        QVERIFY(dir.createFile(QStringLiteral("content-huge")) && QFile::resize(path, MaxInputFileBytes + 1));
    JobForm form;
    const QString before = form.spec().contentTemplate;
    QSignalSpy messages(&form, &JobForm::statusMessage);
    QVERIFY(!form.loadContentFile(path));
    QCOMPARE(messages.size(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(path.section(u'/', -1)), qPrintable(message));
    QVERIFY2(!message.contains(u"standard input") && !message.contains(u"--"), qPrintable(message));
    QCOMPARE(form.spec().contentTemplate, before);
}

void TestJobForm::templateProblemsComeWithThePlan_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("nameMessage"); // a part of the message under the field; empty: none
    QTest::addColumn<QString>("contentMessage");
    QTest::addRow("typo in the name") << u"file-{indx}.txt"_s << u"In file {index}"_s << u"{indx}"_s << QString();
    QTest::addRow("typo in the content") << u"file-{index}.txt"_s << u"In {fiel}"_s << QString() << u"{fiel}"_s;
    QTest::addRow("both") << u"{nmae}.txt"_s << u"x {cntent}"_s << u"{nmae}"_s << u"{cntent}"_s;
    QTest::addRow("neither") << u"file-{index}.txt"_s << u"ok"_s << QString() << QString();
}

void TestJobForm::templateProblemsComeWithThePlan()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, nameMessage);
    QFETCH(QString, contentMessage);
    JobForm form;
    auto *nameError = form.findChild<QLabel *>(QStringLiteral("nameError"));
    auto *contentError = form.findChild<QLabel *>(QStringLiteral("contentError"));
    QVERIFY(nameError && contentError);
    form.findChild<QPlainTextEdit *>(QStringLiteral("contentTemplate"))->setPlainText(content);
    form.findChild<QLineEdit *>(QStringLiteral("nameTemplate"))->setText(name);
    // Nothing compiled on the GUI thread: no message until a plan comes, and the numbers are fine.
    QVERIFY(nameError->text().isEmpty());
    QVERIFY(contentError->text().isEmpty());
    QVERIFY(form.isInputValid());
    const auto plan = std::make_shared<const Plan>(Planner::plan(form.spec()));
    form.showPlanProblems(plan);
    QCOMPARE(nameError->text().isEmpty(), nameMessage.isEmpty());
    QCOMPARE(contentError->text().isEmpty(), contentMessage.isEmpty());
    QVERIFY2(nameError->text().contains(nameMessage), qPrintable(nameError->text()));
    QVERIFY2(contentError->text().contains(contentMessage), qPrintable(contentError->text()));
    QVERIFY(!nameError->text().contains(u"folder"_s)); // other fields' problems stay in the preview
    form.showPlanProblems(nullptr);
    QVERIFY(nameError->text().isEmpty() && contentError->text().isEmpty());
}

// Typing into a large content template must not read it whole per keystroke: the form follows each edit
// on its own copy, which must stay exactly what the editor holds, whatever the edit.
void TestJobForm::specFollowsEveryEdit()
{
    JobForm form;
    QVERIFY(form.isSpecCheap());
    auto *editor = form.findChild<QPlainTextEdit *>(QStringLiteral("contentTemplate"));
    QString text;
    for (int line = 0; line < 40'000; ++line)
        text += u"Line {index} of many, with words.\n"_s;
    editor->setPlainText(text);
    QVERIFY(!form.isSpecCheap()); // over a million characters: the job document compares it later
    const JobSpec first = form.spec();
    QCOMPARE(first.contentTemplate, editor->toPlainText());
    QVERIFY(form.spec().contentTemplate.isSharedWith(first.contentTemplate)); // no second copy
    editor->setFocus();
    // The planner's way (the maker, whose text becomes the next base) and the direct way must both agree.
    const auto check = [&](const char *what) {
        const QString made = form.specMaker()().contentTemplate;
        const QString actual = editor->toPlainText();
        if (made != actual)
            QFAIL(qPrintable(u"after %1: %2 characters made, %3 in the editor"_s.arg(QLatin1String(what))
                                 .arg(made.size())
                                 .arg(actual.size())));
        const QString mirrored = form.spec().contentTemplate;
        if (mirrored != actual)
            QFAIL(qPrintable(u"after %1: %2 characters mirrored, %3 in the editor"_s.arg(QLatin1String(what))
                                 .arg(mirrored.size())
                                 .arg(actual.size())));
    };
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"tail {indx}"_s);
    check("typing at the end");
    const auto maker = form.specMaker(); // made later, after more typing: it makes the text of its time
    QTest::keyClicks(editor, u" more"_s);
    QVERIFY(maker().contentTemplate.endsWith(u"tail {indx}"_s));
    check("typing while a made text is pending");
    editor->moveCursor(QTextCursor::Start);
    QTest::keyClicks(editor, u"head"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    check("typing and Enter at the start");
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(100);
    cursor.setPosition(5'000, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Z);
    check("replacing a selection across lines");
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Delete);
    check("Backspace and Delete");
    editor->insertPlainText(u"a\u00a0b\u2029c\r\nd"_s);
    check("a no-break space, a paragraph separator, CR LF");
    editor->undo();
    editor->undo();
    check("undo");
    editor->redo();
    check("redo");
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_X);
    check("replacing everything");
    QCOMPARE(form.spec().contentTemplate, u"x"_s);
    QVERIFY(form.isSpecCheap());
}

QTEST_MAIN(TestJobForm)
#include "tst_jobform.moc"
