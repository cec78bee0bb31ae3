// The bad-input catalogue: every row goes through the real quire-cli (flags or a job file) and must
// give the exact exit code, a message naming the problem, and leave the folder byte-for-byte as it was.
#include "faulthelpers.h"

#include <QDir>
#include <QScopeGuard>
#include <QTest>

#include <unistd.h>

using namespace FaultTest;

namespace {

constexpr qsizetype HugeSize = 10 * 1024 * 1024;

QStringList flags(std::initializer_list<const char *> extra, bool withFolder = true)
{
    QStringList args;
    if (withFolder)
        args << QStringLiteral("--folder") << QStringLiteral("%OUT%");
    for (const char *arg : extra)
        args << QString::fromUtf8(arg);
    return args;
}

QStringList defaults(std::initializer_list<const char *> extra)
{
    QStringList args = flags({"--from", "1", "--to", "3"});
    const QStringList more = flags(extra, false);
    if (!more.contains(QStringLiteral("--name")))
        args << QStringLiteral("--name") << QStringLiteral("n{index}.txt");
    if (!more.contains(QStringLiteral("--content")) && !more.contains(QStringLiteral("--content-file")))
        args << QStringLiteral("--content") << QStringLiteral("x{nl}");
    return args + more;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u';');
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badInput_data();
    void badInput();

private:
    void prepareFixture(const QString &root, const QByteArray &job);
    int m_rows = 0;
    int m_passed = 0;
};

void TestBadInput::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI does not name an executable quire-cli");
}

void TestBadInput::cleanupTestCase()
{
    qInfo("FIGURES: %d bad inputs tried, %d answered as promised", m_rows, m_passed);
}

void TestBadInput::badInput_data()
{
    QTest::addColumn<QStringList>("args"); // %OUT% target folder, %ROOT% fixture root, %JOB% the job file
    QTest::addColumn<QByteArray>("job");   // written to %JOB% when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("keywords"); // each must be in stderr; "a|b" = either
    QTest::addColumn<int>("created");          // files a warning-only run writes into %OUT%

    const QString longAscii = QString(256, u'n') + QStringLiteral("{index}");
    const QString longUtf8 = QString(128, QChar(0xE9)) + QStringLiteral("{index}"); // 128 chars, 256 bytes
    const auto add = [](const char *name, const QStringList &args, int exit, const char *keys, int created = 0) {
        QTest::addRow("%s", name) << args << QByteArray() << exit << words(keys) << created;
    };
    const auto addJob = [](const char *name, const QByteArray &job, const char *keys) {
        QTest::addRow("job: %s", name) << QStringList{QStringLiteral("--job"), QStringLiteral("%JOB%")} << job << 2
                                       << words(keys) << 0;
    };
    // The plan's errors.
    add("no folder", flags({"--from", "1", "--to", "3", "--name", "a{index}", "--content", "x"}, false), 2, "folder");
    add("folder is a file", defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%/afile.txt")),
        2, "afile.txt;not a directory|not a folder|is a file");
    add("folder below a file",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%/afile.txt/sub")), 2,
        "afile.txt;not a directory|not a folder|is a file");
    add("folder on a read-only file system",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%RO%")), 2,
        "read-only|not writable|permission");
    add("empty range", flags({"--from", "10", "--to", "1", "--name", "n{index}", "--content", "x"}), 2, "range|empty");
    add("zero step", flags({"--from", "1", "--to", "3", "--step", "0", "--name", "n{index}", "--content", "x"}), 2,
        "step");
    add("more than 10,000,000 files",
        flags({"--from", "1", "--to", "10000001", "--name", "n{index}", "--content", "x"}), 2,
        "10,000,000|10000000|10 000 000|too many");
    add("colliding names", defaults({"--name", "same.txt"}), 2, "same.txt;collide|same name|identical");
    add("empty name", defaults({"--name", ""}), 2, "empty");
    // A typed '/' makes sub-folders now (issue 11); a '/' from a value is still refused (below).
    add("slash from a value", defaults({"--name", "{date:yy/MM}-{index}.txt"}), 2, "/");
    add("name escapes the folder", defaults({"--name", "../x{index}"}), 2, "..|escape|outside");
    // Nested folders: what a '/' and arithmetic may not do (issue 11).
    add("nested: absolute name", defaults({"--name", "/abs/n{index}"}), 2, "starts with '/'");
    add("nested: empty part", defaults({"--name", "a//n{index}"}), 2, "empty folder name");
    add("nested: trailing slash", defaults({"--name", "n{index}/"}), 2, "ends with '/'");
    add("nested: dot part", defaults({"--name", "./n{index}"}), 2, "\".\" part");
    add("nested: dot-dot part", defaults({"--name", "a/../n{index}"}), 2, "\"..\" part");
    add("nested: part of 256 bytes", defaults({}) << QStringLiteral("--name") << longAscii + QStringLiteral("/x"), 2,
        "255");
    add("nested: date value with /", defaults({"--name", "{date:yyyy/MM}/n{index}"}), 2, "contains '/'");
    add("arithmetic: literal division by zero", defaults({"--name", "{index/0}/n{index}"}), 2,
        "division by zero;column 7");
    add("arithmetic: literal modulo by zero", defaults({"--name", "n{index%(3-3)}"}), 2, "modulo by zero");
    add("arithmetic: overflow for one file", defaults({"--name", "n{index*4611686018427387904}"}), 2,
        "overflows 64 bits;index 2");
    add("arithmetic: variable division by zero", defaults({"--name", "n{index}-{index/(n-2)}"}), 2,
        "divides by zero;index 2");
    add("arithmetic: names collide", defaults({"--name", "{index/10}.txt"}), 2, "collide;index 1;index 2");
    add("arithmetic: parse error", defaults({"--name", "n{(index+1}"}), 2, "unclosed (;column 3");
    add("nested: sub-folder name held by a file",
        defaults({"--name", "afile.txt/n{index}"}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%")),
        2, "not a folder;3");
    add("name of 256 ASCII bytes", defaults({}) << QStringLiteral("--name") << longAscii, 2, "255|too long");
    add("name of 128 chars = 256 UTF-8 bytes", defaults({}) << QStringLiteral("--name") << longUtf8, 2, "255|too long");
    add("existing file under fail", defaults({"--name", "file-{index:00}.txt"}), 2, "file-01.txt;exist");
    add("unknown placeholder", defaults({"--name", "f{indx}.txt"}), 2, "indx;did you mean");
    add("unbalanced brace", defaults({"--content", "x{index"}), 2, "brace|unbalanced|unclosed|unterminated");
    add("bad format spec", defaults({"--name", "f{index:q7}.txt"}), 2, "q7|format|spec");
    add("unknown encoding", defaults({"--encoding", "klingon-8"}), 2, "klingon-8");
    add("character the encoding lacks", defaults({"--encoding", "ISO-8859-1", "--content", "\u20ac{index}"}), 2,
        "\u20ac|U+20AC|represent");
    add("BOM with a non-Unicode encoding", defaults({"--encoding", "windows-1252", "--bom"}), 2,
        "windows-1252;BOM|byte order mark");
    add("unknown line ending", defaults({"--eol", "lfcr"}), 2, "lfcr");
    add("unknown if-exists policy", defaults({"--if-exists", "sometimes"}), 2, "sometimes");
    add("--jobs 0", defaults({"--jobs", "0"}), 2, "jobs");
    // The message must quote what the user typed, not a clamped value.
    add("--jobs 100000", defaults({"--jobs", "100000"}), 2, "jobs|parallel;100000");
    add("--jobs -4", defaults({"--jobs", "-4"}), 2, "jobs|parallel;-4");
    add("--jobs abc", defaults({"--jobs", "abc"}), 2, "jobs|parallel;abc");
    add("--from not a number", flags({"--from", "one", "--to", "3", "--name", "n{index}", "--content", "x"}), 2,
        "from|one");
    add("--to beyond 64 bits",
        flags({"--from", "1", "--to", "99999999999999999999", "--name", "n{index}", "--content", "x"}), 2, "to|9999");
    add("unknown option", defaults({"--frobnicate"}), 2, "frobnicate");
    add("content file missing", defaults({"--content-file", "%ROOT%/nope.txt"}), 2,
        "nope.txt;no such file|not exist|not found");
    add("content file is a directory", defaults({"--content-file", "%ROOT%/contentdir"}), 2,
        "contentdir;directory|folder|not a file");
    add("job file missing", {QStringLiteral("--job"), QStringLiteral("%ROOT%/nojob.json")}, 2, "nojob.json");
    add("invalid UTF-8 on the command line", {QStringLiteral("%SH%")}, 2, "UTF-8|invalid|encoding");
    // The job file.
    addJob("malformed JSON", R"({"folders": ["%OUT%"], "from": 1,)", "JSON;offset");
    addJob("not an object", R"([1, 2, 3])", "object");
    addJob("unknown key", R"({"folders": ["%OUT%"], "from": 1, "to": 2, "frobnicate": true})", "frobnicate");
    addJob("wrong type for from", R"({"folders": ["%OUT%"], "from": "one", "to": 2})", "from");
    addJob("wrong type for folders", R"({"folders": 42, "from": 1, "to": 2})", "folders");
    addJob("fractional number", R"({"folders": ["%OUT%"], "from": 1.5, "to": 2})", "from");
    addJob("unknown line ending", R"({"folders": ["%OUT%"], "eol": "lfcr"})", "lfcr");
    addJob("NUL in a name", R"({"folders": ["%OUT%"], "name": "a\u0000{index}"})", "NUL|null|\\0");
    addJob("content file invalid UTF-8",
           R"({"folders": ["%OUT%"], "contentFile": "%ROOT%/bad-utf8.txt", "contentFileEncoding": "UTF-8"})",
           "bad-utf8.txt;UTF-8|invalid|decode");
    addJob("content file in an unknown encoding",
           R"({"folders": ["%OUT%"], "contentFile": "%ROOT%/ok.txt", "contentFileEncoding": "klingon-8"})",
           "klingon-8");
    addJob("10 MB content template, mistake at the end", R"({"folders": ["%OUT%"], "contentFile": "%HUGE%"})", "indx");
    addJob("10 MB name template", R"({"folders": ["%OUT%"], "name": "%HUGENAME%{index}"})", "255|too long");
    // Names, folders and data that no file system call may see (issue 10).
    addJob("NUL in a folder path", R"({"folders": ["%OUT%\u0000/elsewhere"], "from": 1, "to": 2, "name": "n{index}"})",
           "NUL;folder;\\0/elsewhere");
    addJob("NUL in the content file path",
           R"({"folders": ["%OUT%"], "to": 2, "name": "n{index}", "contentFile": "%ROOT%/ok.txt\u0000.bak"})",
           "NUL;content file path");
    addJob("NUL in the content", R"({"folders": ["%OUT%"], "to": 2, "name": "n{index}", "content": "a\u0000b"})",
           "NUL;content");
    addJob("lone surrogate in a name", R"({"folders": ["%OUT%"], "to": 2, "name": "a\ud800{index}"})",
           "surrogate;\\ud800");
    addJob("lone surrogate in a folder", R"({"folders": ["%ROOT%/x\udc00"], "to": 2, "name": "a{index}"})",
           "surrogate;folder");
    addJob("invalid UTF-8 in the job file", "{\"folders\": [\"%OUT%\"], \"to\": 2, \"name\": \"a\xff{index}\"}",
           "UTF-8;0xff");
    addJob("duplicate key", R"({"folders": ["%OUT%"], "to": 2, "name": "a{index}", "name": "b{index}"})", "name;twice");
    addJob("nesting 100 deep",
           "{\"folders\": [\"%OUT%\"], \"from\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}",
           "nested;100|64");
    addJob("nesting 100,000 deep", "{\"from\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}", "nested");
    addJob("NaN", R"({"folders": ["%OUT%"], "from": NaN, "to": 2})", "NaN");
    addJob("-Infinity", R"({"folders": ["%OUT%"], "from": -Infinity, "to": 2})", "Infinity");
    addJob("absurd number", R"({"folders": ["%OUT%"], "from": 1, "to": 1e400})", "1e400;out of range");
    addJob("line break through {folder}", R"({"folders": ["%ROOT%/two
lines"], "to": 2, "name": "{folder}-{index}"})",
           "{folder};line break;two\\nlines");
    addJob("1 MB {date:...} format", R"({"folders": ["%OUT%"], "to": 2, "name": "{date:%HUGEDATE%}{index}"})",
           "format;limit");
    addJob("300,000 mistakes in a template", R"({"folders": ["%OUT%"], "to": 2, "content": "%MANYERRORS%"})",
           "{x};more mistakes");
    add("'/' from a {date:...} format", defaults({"--name", "{date:dd/MM/yyyy}-{index}"}), 2, "{date:dd/MM/yyyy};'/'");
    add("dangling symlink as folder",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%/dangling")), 2,
        "dangling;symbolic link;nowhere;No such file");
    add("dangling symlink above the folder",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%/dangling/sub")), 2,
        "dangling;symbolic link;nowhere");
    add("same folder twice through a symlink", defaults({"--folder", "%ROOT%/alias"}), 2, "alias;same folder");
    add("folder name of 300 bytes",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"), QStringLiteral("%ROOT%/") + QString(300, u'f')), 2,
        "File name too long");
    add("folder path beyond PATH_MAX",
        defaults({}).replaceInStrings(QStringLiteral("%OUT%"),
                                      QStringLiteral("%ROOT%/") + QStringLiteral("abc/").repeated(1100)),
        2, "File name too long;4095");
    add("encoding the list does not show", defaults({"--encoding", "SCSU"}), 2, "SCSU;list-encodings");
    add("content encoding the list does not show",
        defaults({"--content-file", "%ROOT%/ok.txt", "--content-encoding", "BOCU-1"}), 2, "BOCU-1;unknown");
    add("message names the encoding as typed", defaults({"--encoding", "latin1", "--bom"}), 2, "latin1;byte order");
    // CSV rows (--rows): bad data is caught in the plan, with its line.
    const auto rows = [](const char *file, const char *name) {
        return flags({"--rows", file, "--name", name, "--content", "x"});
    };
    add("rows: ragged row", rows("%ROOT%/ragged.csv", "{a}"), 2, "ragged.csv;line 3;1 values");
    add("rows: slash from a value", rows("%ROOT%/slash.csv", "{a}"), 2, "line 2;x/y;'/'");
    add("rows: two rows one name", rows("%ROOT%/dupes.csv", "{a}.txt"), 2, "lines 2 and 3;x.txt");
    add("rows: unclosed quote", rows("%ROOT%/open.csv", "{a}"), 2, "line 2;quote");
    add("rows: header only", rows("%ROOT%/header.csv", "{a}"), 2, "no data rows");
    add("rows: unknown column", rows("%ROOT%/dupes.csv", "{b}"), 2, "{b};columns {a}");
    add("rows: with --to", flags({"--rows", "%ROOT%/dupes.csv", "--to", "3"}), 2, "--to and --rows");
    add("rows: missing file", rows("%ROOT%/no-such.csv", "{a}"), 2, "no-such.csv");
    add("rows: a value latin1 cannot represent",
        flags({"--rows", "%ROOT%/euro.csv", "--name", "{id}.txt", "--content", "{price}", "--encoding", "latin1"}), 2,
        "line 3;{price};U+20ac;latin1");
    add("rows: a value ASCII cannot represent, through {name}",
        flags({"--rows", "%ROOT%/euro.csv", "--name", "{price}.txt", "--content", "{name}", "--encoding", "US-ASCII"}),
        2, "line 3;{price};U+20ac;US-ASCII");
    // Warnings only: the run goes ahead.
    add("Windows-reserved names inside the range",
        flags({"--from", "10", "--to", "8", "--step", "-1", "--name", "COM{index}", "--content", "x"}), 0,
        "warning;COM9;2 names;reserved", 3);
    add("Windows-reserved name CON", flags({"--from", "1", "--to", "1", "--name", "CON", "--content", "x"}), 0,
        "warning;CON;reserved|Windows", 1);
    add("Windows-reserved name NUL.txt", flags({"--from", "1", "--to", "1", "--name", "NUL.txt", "--content", "x"}), 0,
        "warning;NUL;reserved|Windows", 1);
    add("colon in a name", flags({"--from", "1", "--to", "2", "--name", "a:b{index}", "--content", "x"}), 0,
        "warning;a:b;Windows|:", 2);
    // One job over many machines: --shard K/N and --run-time.
    add("--shard 0/4", defaults({"--shard", "0/4"}), 2, "--shard;from 1 to 4");
    add("--shard 5/4", defaults({"--shard", "5/4"}), 2, "--shard;from 1 to 4");
    add("--shard 1/0", defaults({"--shard", "1/0"}), 2, "--shard;number of slices");
    add("--shard a/b", defaults({"--shard", "a/b"}), 2, "--shard;is not K/N;2/4");
    add("--run-time noon", defaults({"--run-time", "noon"}), 2, "--run-time;noon;2026-12-07T10:00:00Z");
    add("shard beyond 10,000,000 files",
        flags({"--from", "1", "--to", "40000001", "--name", "n{index}", "--content", "x", "--shard", "4/4"}), 2,
        "10,000,000|10000000|10 000 000;at least 5 shards");
    addJob("shard 3/2", R"({"folders": ["%OUT%"], "shard": "3/2"})", "3/2;from 1 to 2");
    addJob("runTime not ISO 8601", R"({"folders": ["%OUT%"], "runTime": "tomorrow"})", "tomorrow;ISO 8601");
    add("{date} in a shard without --run-time",
        flags({"--from", "1", "--to", "4", "--name", "d{index}", "--content", "{date}", "--shard", "1/2"}), 0,
        "warning;--run-time", 2);
}

void TestBadInput::prepareFixture(const QString &root, const QByteArray &job)
{
    QVERIFY(QDir().mkpath(root + QStringLiteral("/out")) && QDir().mkpath(root + QStringLiteral("/contentdir")));
    QVERIFY(writeFile(root + QStringLiteral("/out/file-01.txt"), "keep me\n"));
    QVERIFY(writeFile(root + QStringLiteral("/afile.txt"), "a plain file\n"));
    QVERIFY(writeFile(root + QStringLiteral("/ok.txt"), "fine {index}\n"));
    QVERIFY(writeFile(root + QStringLiteral("/bad-utf8.txt"), "good start\n\xff\xfe {index} \xc3"));
    for (const auto &[name, bytes] : {std::pair{"ragged", "a,b\n1,2\n3\n"},
                                      {"slash", "a\nx/y\n"},
                                      {"dupes", "a\nx\nx\n"},
                                      {"open", "a\n\"x\n"},
                                      {"header", "a\n"},
                                      {"euro", "id,price\n1,3\n2,5 \xe2\x82\xac\n"}})
        QVERIFY(writeFile(root + u'/' + QLatin1String(name) + QStringLiteral(".csv"), bytes)); // CSV rows
    QVERIFY(QFile::link(QStringLiteral("out"), root + QStringLiteral("/alias")));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), root + QStringLiteral("/dangling")));
    if (job.contains("%HUGE%")) {
        QByteArray huge(HugeSize, 'h');
        for (qsizetype i = 100; i < huge.size(); i += 101)
            huge[i] = '\n';
        QVERIFY(writeFile(root + QStringLiteral("/huge.txt"), huge + "{indx}\n"));
    }
}

void TestBadInput::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, job);
    QFETCH(int, exitCode);
    QFETCH(QStringList, keywords);
    QFETCH(int, created);
    ++m_rows;
    TestDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.path();
    prepareFixture(root, job);
    bool mounted = false;
    const auto unmountLater = qScopeGuard([&] {
        if (mounted)
            unmount(root + QStringLiteral("/ro"));
    });
    if (args.contains(QStringLiteral("%RO%"))) {
        QVERIFY(QDir().mkpath(root + QStringLiteral("/ro")));
        const QString why = mountTmpfs(root + QStringLiteral("/ro"), "ro,size=64k");
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        mounted = true;
    }
    const QString jobPath = root + QStringLiteral("/job.json");
    if (!job.isEmpty()) {
        job.replace("%OUT%", QFile::encodeName(root + QStringLiteral("/out")));
        job.replace("%ROOT%", QFile::encodeName(root));
        job.replace("%HUGE%", QFile::encodeName(root + QStringLiteral("/huge.txt")));
        job.replace("%HUGENAME%", QByteArray(HugeSize, 'n'));
        job.replace("%HUGEDATE%", QByteArray(1024 * 1024, 'y'));
        job.replace("%MANYERRORS%", QByteArray("{x}").repeated(300000));
        QVERIFY(writeFile(jobPath, job));
    }
    QString program;
    if (args.value(0) == QLatin1String("%SH%")) {
        program = QStringLiteral("/bin/sh");
        args = {QStringLiteral("-c"),
                QStringLiteral("bad=$(printf '\\377'); exec \"$0\" --folder \"$1\" --from 1 --to 3 "
                               "--name \"x${bad}{index}.txt\" --content c"),
                cliPath(), root + QStringLiteral("/out")};
    }
    args.replaceInStrings(QStringLiteral("%OUT%"), root + QStringLiteral("/out"));
    args.replaceInStrings(QStringLiteral("%RO%"), root + QStringLiteral("/ro"));
    args.replaceInStrings(QStringLiteral("%ROOT%"), root);
    args.replaceInStrings(QStringLiteral("%JOB%"), jobPath);

    const auto before = snapshot(root);
    const CliResult result = runCli(args, {}, 60000, program);
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    for (const QString &keyword : std::as_const(keywords)) {
        bool found = false;
        for (const QString &alternative : keyword.split(u'|'))
            found = found || result.err.contains(alternative, Qt::CaseInsensitive);
        QVERIFY2(found, qPrintable(QStringLiteral("stderr does not name \"%1\":\n%2").arg(keyword, result.err)));
    }
    // A clear answer, quickly, even for a 10 MB template.
    QVERIFY2(result.elapsedMs < 15000, qPrintable(result.describe()));
    if (exitCode == 2) {
        QVERIFY2(result.err.startsWith(QLatin1String("quire-cli: error:")), qPrintable(result.err));
        QCOMPARE(snapshot(root), before);
    } else {
        QCOMPARE(entryNames(root + QStringLiteral("/out")).size(), created + 1);
        QCOMPARE(readFile(root + QStringLiteral("/out/file-01.txt")), QByteArray("keep me\n"));
    }
    ++m_passed;
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
