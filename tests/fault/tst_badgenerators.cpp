// Bad input for the content generators: every row goes through the real quire-cli (flags or a job file)
// and must exit 2 with a message naming the problem, leaving the folder exactly as it was.
#include "faulthelpers.h"

#include <QDir>
#include <QTest>

using namespace FaultTest;
using namespace Qt::StringLiterals;

class TestBadGenerators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
};

void TestBadGenerators::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestBadGenerators::badInput_data()
{
    QTest::addColumn<QString>("args");     // split on ';'; %ROOT% the fixture, %OUT% the target folder
    QTest::addColumn<QByteArray>("job");   // written to %ROOT%/job.json and passed with --job when not empty
    QTest::addColumn<QString>("keywords"); // each ';'-separated word must be in stderr
    const auto add = [](const char *name, const char *args, const char *keys) {
        QTest::addRow("%s", name) << QString::fromUtf8(args) << QByteArray() << QString::fromUtf8(keys);
    };
    const auto addJob = [](const char *name, const char *job, const char *keys) {
        QTest::addRow("job: %s", name) << QString() << QByteArray(job) << QString::fromUtf8(keys);
    };
    add("size and random", "--size;1KiB;--random-bytes;1KiB", "--size and --random-bytes;one content mode");
    add("random and sparse", "--random-bytes;1KiB;--sparse;1KiB", "--random-bytes and --sparse");
    add("copy and sparse", "--copy-from;%ROOT%/src.bin;--sparse;1KiB", "--copy-from and --sparse");
    add("size and copy", "--size;10;--copy-from;%ROOT%/src.bin", "--size and --copy-from");
    add("random with content", "--random-bytes;1KiB;--content;x", "--random-bytes writes no content template");
    add("sparse with content file", "--sparse;1KiB;--content-file;%ROOT%/src.bin", "--sparse;--content-file");
    add("copy with content", "--copy-from;%ROOT%/src.bin;--content;x", "--copy-from;--content");
    add("ambiguous KB", "--size;4KB", "ambiguous;4kB;4KiB");
    add("ambiguous k", "--random-bytes;4k", "ambiguous");
    add("negative size", "--sparse;-1", "negative");
    add("size beyond 2^63", "--size;9223372036854775808", "too large");
    add("size overflow by unit", "--random-bytes;9EiB", "too large");
    add("garbage size", "--size;big", "not a size");
    add("unknown unit", "--size;3furlongs", "unknown unit");
    add("empty template to fill", "--size;10;--content;", "renders no text");
    add("copy from a missing file", "--copy-from;%ROOT%/nope.bin", "nope.bin;No such file");
    add("copy from a folder", "--copy-from;%ROOT%", "not a regular file");
    add("copy from nothing", "--copy-from;", "name the file");
    add("total beyond 8 EiB", "--to;1000;--sparse;9223372036854775807", "8 EiB");
    addJob("random and sparse", R"({"folders": ["%OUT%"], "random": 10, "sparse": 10})", "random;sparse");
    addJob("content with random", R"({"folders": ["%OUT%"], "random": 10, "content": "x"})", "content;random");
    addJob("size as a fraction", R"({"folders": ["%OUT%"], "size": 1.5})", "size;whole number");
    addJob("size as KB", R"({"folders": ["%OUT%"], "size": "4KB"})", "size;ambiguous");
    addJob("negative random", R"({"folders": ["%OUT%"], "random": -5})", "random;negative");
    addJob("verify not a bool", R"({"folders": ["%OUT%"], "verify": "yes"})", "verify;true or false");
    addJob("copyFrom not a string", R"({"folders": ["%OUT%"], "copyFrom": 3})", "copyFrom;string");
    addJob("size with sparse", R"({"folders": ["%OUT%"], "size": 3, "sparse": 3})", "size");
}

void TestBadGenerators::badInput()
{
    QFETCH(QString, args);
    QFETCH(QByteArray, job);
    QFETCH(QString, keywords);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.path();
    QVERIFY(writeFile(root + u"/src.bin"_s, "source bytes"));
    QStringList argv;
    if (job.isEmpty()) {
        argv = QStringList{u"--folder"_s, u"%OUT%"_s, u"--to"_s, u"3"_s} + args.split(u';');
    } else {
        job.replace("%OUT%", QFile::encodeName(root + u"/out"_s));
        QVERIFY(writeFile(root + u"/job.json"_s, job));
        argv = QStringList{u"--job"_s, root + u"/job.json"_s};
    }
    argv.replaceInStrings(u"%OUT%"_s, root + u"/out"_s);
    argv.replaceInStrings(u"%ROOT%"_s, root);
    const auto before = snapshot(root);
    const CliResult result = runCli(argv, {}, 60000);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.startsWith(QLatin1String("quire-cli: error:")), qPrintable(result.err));
    for (const QString &keyword : keywords.split(u';'))
        QVERIFY2(result.err.contains(keyword),
                 qPrintable(u"stderr does not name \"%1\":\n%2"_s.arg(keyword, result.err)));
    QCOMPARE(snapshot(root), before);
}

QTEST_GUILESS_MAIN(TestBadGenerators)

#include "tst_badgenerators.moc"
