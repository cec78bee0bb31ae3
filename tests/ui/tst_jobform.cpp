// JobForm's content file: what a regular file loads, and how the window words what it refuses (a
// device, a FIFO, a folder, a file over the limit, a missing file): the window's words, never the
// command line's.
#include "core/base/safefile.h"
#include "tests/common/testdir.h"
#include "ui/jobform.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Quire;
using namespace QuireTest;

class TestJobForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsARegularFile();
    void refusesWhatIsNoTextFile_data();
    void refusesWhatIsNoTextFile();
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

QTEST_MAIN(TestJobForm)
#include "tst_jobform.moc"
