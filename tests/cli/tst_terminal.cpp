// quire-cli as a terminal user and a script see it: the progress line in a real pseudo-terminal (fits
// 40 and 200 columns, follows SIGWINCH, never wraps or glues text, none for TERM=dumb), --progress
// plain and json, --dry-run --list and --format json, the --no-* switches over a job file, -V, the usage
// line and plurals.
#include "cli/clirunner.h"
#include "cli/terminal.h"
#include "core/base/pluraltranslator.h"
#include "core/job/jobspec.h"
#include "tests/common/cliinprocess.h"
#include "tests/common/cliprocess.h"
#include "tests/common/ptyprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuireTest;

namespace {

constexpr int SlowRunFiles = 20'000; // with --jobs 1: a few seconds, several progress updates

QStringList slowRun(const QString &folder)
{
    return {u"--folder"_s, folder,
            u"--from"_s,   u"1"_s,
            u"--to"_s,     QString::number(SlowRunFiles),
            u"--jobs"_s,   u"1"_s,
            u"--name"_s,   u"f{index:00000}.txt"_s};
}

QProcessEnvironment environment(const QString &term, const QString &journals)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COLUMNS"_s);
    if (term.isNull())
        env.remove(u"TERM"_s);
    else
        env.insert(u"TERM"_s, term);
    env.insert(u"XDG_DATA_HOME"_s, journals); // the runs' journals stay in the test's folder
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QString describe(const PtyResult &result)
{
    return u"started=%1 timedOut=%2 exit=%3\n%4"_s.arg(result.started)
        .arg(result.timedOut)
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.output.right(3000).toPercentEncoding(" /:[]=>%,.-()")));
}

// What the terminal would show of the progress: no segment may reach the last column, or it wraps. (The
// other lines are stdout's, such as the folder's path: the terminal wraps those as it should.)
void verifyFits(const QString &shown, int width)
{
    for (const QString &segment : screenSegments(shown)) {
        if (segment.contains(u'%'))
            QVERIFY2(
                Quire::Terminal::columns(segment) <= width - 1,
                qPrintable(
                    u"%1 columns at width %2: %3"_s.arg(Quire::Terminal::columns(segment)).arg(width).arg(segment)));
    }
}

// The summary starts a line of its own (nothing glued before it) and the output ends with a newline.
void verifyLayout(const QString &shown)
{
    const qsizetype summary = shown.indexOf(u"Wrote "_s);
    QVERIFY2(summary > 0, qPrintable(shown.right(2000)));
    QCOMPARE(shown.at(summary - 1), u'\n');
    QVERIFY2(shown.endsWith(u'\n'), qPrintable(shown.right(200)));
    // "Creating folder" went to stdout before the run: it shows above the first progress line.
    const qsizetype creating = shown.indexOf(u"Creating folder"_s);
    const qsizetype firstBar = shown.indexOf(u"% ["_s);
    QVERIFY2(creating >= 0 && firstBar > creating, qPrintable(shown.left(2000)));
    // The last state of the bar stays, finished with a newline, right above the summary.
    const QString beforeSummary = shown.left(summary).trimmed();
    const QString lastRow = screenSegments(beforeSummary).constLast();
    QVERIFY2(lastRow.contains(u"100% ["_s), qPrintable(lastRow));
}

} // namespace

class TestTerminal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void barFitsTheTerminal_data();
    void barFitsTheTerminal();
    void barFollowsSigwinch();
    void dumbTerminal_data();
    void dumbTerminal();
    void plainProgress();
    void jsonProgress();
    void progressModeErrors_data();
    void progressModeErrors();
    void dryRunJson();
    void dryRunList_data();
    void dryRunList();
    void dryRunListAsJson();
    void listNeedsDryRun_data();
    void listNeedsDryRun();
    void noSwitchesOverrideJobFile_data();
    void noSwitchesOverrideJobFile();
    void bothSwitchesExitTwo_data();
    void bothSwitchesExitTwo();
    void versionAndUsage();
    void plurals_data();
    void plurals();

private:
    TestDir m_journals;
};

void TestTerminal::initTestCase()
{
    QVERIFY(m_journals.isValid());
    qputenv("XDG_DATA_HOME", m_journals.path().toLocal8Bit()); // in-process runs keep their journals here
    Quire::PluralTranslator::installOnce();                    // as quire-cli's main() does: "1 file", "2 files"
}

void TestTerminal::barFitsTheTerminal_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("40 columns") << 40;
    QTest::addRow("200 columns") << 200;
}

void TestTerminal::barFitsTheTerminal()
{
    QFETCH(int, width);
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    PtyRequest request{cliPath(), slowRun(u"out"_s), dir.path(), environment(u"xterm-256color"_s, m_journals.path())};
    request.columns = width;
    const PtyResult result = runInPty(request);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(dir.entries(u"out"_s).size(), SlowRunFiles);
    const QString shown = stripEscapes(result.output);
    QVERIFY2(shown.count(u"% ["_s) >= 3, qPrintable(u"too few progress updates:\n"_s + shown.right(2000)));
    verifyFits(shown, width);
    verifyLayout(shown);
    if (width >= 200) // a wide terminal shows every field
        QVERIFY2(shown.contains(u"files/s"_s) && shown.contains(u"elapsed"_s), qPrintable(shown.right(1000)));
}

void TestTerminal::barFollowsSigwinch()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    PtyRequest request{cliPath(), slowRun(u"out"_s), dir.path(), environment(u"xterm"_s, m_journals.path())};
    request.columns = 200;
    request.resizeTo = 40;
    request.resizeAfter = 4;
    const PtyResult result = runInPty(request);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    if (result.resizedAt < 0)
        QSKIP("the run ended before the terminal could be resized: the machine is faster than this test's run");
    const QString before = stripEscapes(result.output.left(result.resizedAt));
    const QString after = stripEscapes(result.output.mid(result.resizedAt));
    verifyFits(before, 200);
    int wide = 0;
    for (const QString &segment : screenSegments(before))
        wide = std::max(wide, Quire::Terminal::columns(segment));
    QVERIFY2(wide > 60, qPrintable(before.right(1000))); // 200 columns were used before
    // A line or two may have been drawn before the signal was read; from the first narrow bar on, every
    // line fits 40 columns, the last one too.
    const QStringList segments = screenSegments(after);
    const auto narrow = std::find_if(segments.cbegin(), segments.cend(), [](const QString &segment) {
        return segment.contains(u"% ["_s) && Quire::Terminal::columns(segment) <= 39;
    });
    QVERIFY2(narrow != segments.cend(), qPrintable(after.right(2000)));
    for (auto it = narrow; it != segments.cend(); ++it) {
        if (it->contains(u'%'))
            QVERIFY2(Quire::Terminal::columns(*it) <= 39, qPrintable(*it));
    }
    const qsizetype summary = after.indexOf(u"Wrote "_s);
    QVERIFY(summary > 0);
    const QString lastBar = screenSegments(after.left(summary).trimmed()).constLast();
    QVERIFY2(lastBar.contains(u"100% ["_s), qPrintable(lastBar));
}

void TestTerminal::dumbTerminal_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<bool>("expectBar");
    QTest::addRow("dumb, auto: no bar") << u"dumb"_s << QString() << false;
    QTest::addRow("TERM unset, auto: no bar") << QString() << QString() << false;
    QTest::addRow("dumb, bar asked: a bar without escapes") << u"dumb"_s << u"bar"_s << true;
}

void TestTerminal::dumbTerminal()
{
    QFETCH(QString, term);
    QFETCH(QString, progress);
    QFETCH(bool, expectBar);
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QStringList args = slowRun(u"out"_s);
    if (!progress.isEmpty())
        args << u"--progress"_s << progress;
    PtyRequest request{cliPath(), args, dir.path(), environment(term, m_journals.path())};
    request.columns = 60;
    const PtyResult result = runInPty(request);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(!result.output.contains('\x1b'), qPrintable(describe(result)));
    const QString shown = QString::fromUtf8(result.output);
    QCOMPARE(shown.contains(u"% ["_s), expectBar);
    verifyFits(shown, 60);
    QVERIFY(shown.endsWith(u'\n'));
}

void TestTerminal::plainProgress()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    const CliResult r = QuireTest::runCli(slowRun(u"out"_s) + QStringList{u"--progress"_s, u"plain"_s}, dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.err.contains(u'\x1b') && !r.err.contains(u'\r'));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(r.describe()));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"progress: "_s), qPrintable(line));
    QVERIFY2(lines.constLast().startsWith(u"progress: 100%, 20,000/20,000, "_s), qPrintable(lines.constLast()));
}

void TestTerminal::jsonProgress()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    const CliResult r = QuireTest::runCli(slowRun(u"out"_s) + QStringList{u"--progress"_s, u"json"_s}, dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(r.describe())); // the first update at once, and the last
    qint64 done = -1;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        for (const QString &key : {u"done"_s, u"total"_s, u"written"_s, u"skipped"_s, u"failed"_s, u"bytes"_s,
                                   u"elapsed_ms"_s, u"rate"_s, u"eta_ms"_s, u"state"_s})
            QVERIFY2(object.contains(key), qPrintable(key + u" missing: "_s + line));
        QVERIFY2(object.value(u"done"_s).toInteger() >= done, "done went backwards");
        done = object.value(u"done"_s).toInteger();
        QCOMPARE(object.value(u"total"_s).toInteger(), SlowRunFiles);
    }
    const QJsonObject last = QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
    QCOMPARE(last.value(u"state"_s).toString(), u"finished"_s);
    QCOMPARE(last.value(u"done"_s).toInteger(), SlowRunFiles);
    QCOMPARE(last.value(u"written"_s).toInteger(), SlowRunFiles);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(u"\"state\":\"running\""_s), qPrintable(lines.at(i)));
}

void TestTerminal::progressModeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::addRow("unknown mode") << QStringList{u"--folder"_s, u"OUT"_s, u"--progress"_s, u"fancy"_s}
                                  << u"--progress: unknown mode \"fancy\" (use auto, bar, plain, json or none)"_s;
    QTest::addRow("resume, unknown mode") << QStringList{u"resume"_s, u"--progress"_s, u"fancy"_s} << u"fancy"_s;
    QTest::addRow("unknown format") << QStringList{u"--folder"_s, u"OUT"_s, u"--dry-run"_s, u"--format"_s, u"xml"_s}
                                    << u"--format: unknown format \"xml\" (use text or json)"_s;
}

void TestTerminal::progressModeErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    TestDir dir;
    args.replaceInStrings(u"OUT"_s, dir.filePath(u"out"_s));
    const CliResult r = runInProcess(args);
    QCOMPARE(r.exitCode, int(Quire::ExitInvalidJob));
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY(dir.entries().isEmpty());
}

void TestTerminal::dryRunJson()
{
    TestDir dir;
    QVERIFY(dir.createFile(u"b/file-03.txt"_s, "old"));
    const CliResult r = runInProcess({u"--folder"_s,    dir.filePath(u"a"_s),
                                      u"--folder"_s,    dir.filePath(u"b"_s),
                                      u"--from"_s,      u"1"_s,
                                      u"--to"_s,        u"12"_s,
                                      u"--if-exists"_s, u"skip"_s,
                                      u"--eol"_s,       u"crlf"_s,
                                      u"--encoding"_s,  u"UTF-16LE"_s,
                                      u"--bom"_s,       u"--dry-run"_s,
                                      u"--format"_s,    u"json"_s,
                                      u"--name"_s,      u"COM{index}"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject counts = plan.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"files"_s).toInteger(), 24);
    QCOMPARE(counts.value(u"folders"_s).toInteger(), 2);
    // "In file 1\r\n" .. "In file 12\r\n" in UTF-16LE with a BOM, in two folders
    qint64 bytes = 0;
    for (int i = 1; i <= 12; ++i)
        bytes += 2 + 2 * (u"In file %1\r\n"_s.arg(i).size());
    QCOMPARE(counts.value(u"bytes"_s).toInteger(), 2 * bytes);
    QCOMPARE(counts.value(u"conflicts"_s).toInteger(), 0); // COM3 is not file-03.txt
    QCOMPARE(plan.value(u"valid"_s).toBool(), true);
    QCOMPARE(plan.value(u"encoding"_s).toString(), u"UTF-16LE"_s);
    QCOMPARE(plan.value(u"bom"_s).toBool(), true);
    QCOMPARE(plan.value(u"eol"_s).toString(), u"crlf"_s);
    QCOMPARE(plan.value(u"ifExists"_s).toString(), u"skip"_s);
    QCOMPARE(plan.value(u"writeMethod"_s).toString(), u"direct"_s);
    const QJsonArray first = plan.value(u"first"_s).toArray();
    QCOMPARE(first.size(), 10);
    QCOMPARE(first.at(0).toString(), dir.filePath(u"a/COM1"_s));
    QCOMPARE(plan.value(u"last"_s).toString(), dir.filePath(u"b/COM12"_s));
    QCOMPARE(plan.value(u"folders"_s).toArray().at(0).toObject().value(u"create"_s).toBool(), true);
    QCOMPARE(plan.value(u"folders"_s).toArray().at(1).toObject().value(u"create"_s).toBool(), false);
    // COM1 to COM9 are names Windows reserves: a warning, with its text, in the document
    const QJsonArray warnings = plan.value(u"warnings"_s).toArray();
    QVERIFY2(!warnings.isEmpty(), qPrintable(r.out));
    QVERIFY(warnings.at(0).toObject().value(u"message"_s).toString().contains(u"COM"_s));
    QVERIFY(plan.value(u"errors"_s).toArray().isEmpty());
    QVERIFY(!plan.contains(u"paths"_s));
    QVERIFY(dir.entries().contains(u"b"_s) && !dir.entries().contains(u"a"_s));

    // An invalid plan: the document says so, with the errors' text, and the exit code is 2.
    QVERIFY(dir.createFile(u"c/file-02.txt"_s, "old"));
    const CliResult bad = runInProcess(
        {u"--folder"_s, dir.filePath(u"c"_s), u"--to"_s, u"3"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
    QCOMPARE(bad.exitCode, int(Quire::ExitInvalidJob));
    const QJsonObject badPlan = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(badPlan.value(u"valid"_s).toBool(true), false);
    QCOMPARE(badPlan.value(u"counts"_s).toObject().value(u"conflicts"_s).toInteger(), 1);
    QVERIFY2(
        badPlan.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString().contains(u"file-02.txt"_s),
        qPrintable(bad.out));
}

void TestTerminal::dryRunList_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // relative to the test's folder
    QTest::addRow("one folder") << QStringList{u"--folder"_s, u"a"_s, u"--to"_s, u"3"_s}
                                << QStringList{u"a/file-01.txt"_s, u"a/file-02.txt"_s, u"a/file-03.txt"_s};
    QTest::addRow("two folders, a step") << QStringList{u"--folder"_s, u"a"_s,      u"--folder"_s,
                                                        u"b"_s,        u"--from"_s, u"10"_s,
                                                        u"--to"_s,     u"1"_s,      u"--step"_s,
                                                        u"-4"_s,       u"--name"_s, u"n{index}-{n}of{count}"_s}
                                         << QStringList{u"a/n10-1of3"_s, u"a/n6-2of3"_s, u"a/n2-3of3"_s,
                                                        u"b/n10-1of3"_s, u"b/n6-2of3"_s, u"b/n2-3of3"_s};
    QTest::addRow("rename policy: the names as planned")
        << QStringList{u"--folder"_s, u"taken"_s, u"--to"_s, u"2"_s, u"--if-exists"_s, u"rename"_s}
        << QStringList{u"taken/file-01.txt"_s, u"taken/file-02.txt"_s};
    QTest::addRow("a space and a quote in the name")
        << QStringList{u"--folder"_s, u"a"_s, u"--from"_s, u"7"_s, u"--to"_s, u"7"_s, u"--name"_s, u"it's {index}"_s}
        << QStringList{u"a/it's 7"_s};
}

void TestTerminal::dryRunList()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    TestDir dir;
    QVERIFY(dir.createFile(u"taken/file-01.txt"_s, "old"));
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--folder"_s)
            args[i + 1] = dir.filePath(args.at(i + 1));
    }
    const CliResult r = runInProcess(args + QStringList{u"--dry-run"_s, u"--list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList paths;
    for (const QString &name : expected)
        paths.append(dir.filePath(name));
    QCOMPARE(r.out, paths.join(u'\n') + u'\n');
    // The plan in words went to stderr, so stdout holds only the paths.
    QVERIFY2(r.err.contains(u"Dry run: nothing was written."_s), qPrintable(r.err));
}

void TestTerminal::dryRunListAsJson()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    const CliResult r = QuireTest::runCli({u"--folder"_s, u"a"_s, u"--folder"_s, u"b"_s, u"--to"_s, u"50000"_s,
                                           u"--dry-run"_s, u"--list"_s, u"--format"_s, u"json"_s},
                                          dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray paths = plan.value(u"paths"_s).toArray();
    QCOMPARE(paths.size(), 100'000);
    QCOMPARE(plan.value(u"counts"_s).toObject().value(u"files"_s).toInteger(), 100'000);
    QCOMPARE(paths.at(0).toString(), dir.filePath(u"a/file-01.txt"_s));
    QCOMPARE(paths.at(50'000).toString(), dir.filePath(u"b/file-01.txt"_s));
    QCOMPARE(paths.last().toString(), dir.filePath(u"b/file-50000.txt"_s));
    QVERIFY(dir.entries().isEmpty());
}

void TestTerminal::listNeedsDryRun_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::addRow("--list") << QStringList{u"--list"_s} << u"--list prints the planned paths"_s;
    QTest::addRow("--format") << QStringList{u"--format"_s, u"json"_s} << u"use it with --dry-run"_s;
    QTest::addRow("--list and --save-job -")
        << QStringList{u"--list"_s, u"--dry-run"_s, u"--save-job"_s, u"-"_s} << u"--save-job -"_s;
}

void TestTerminal::listNeedsDryRun()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    TestDir dir;
    const CliResult r = runInProcess(QStringList{u"--folder"_s, dir.filePath(u"out"_s), u"--to"_s, u"3"_s} + args);
    QCOMPARE(r.exitCode, int(Quire::ExitInvalidJob));
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(dir.entries().isEmpty());
}

void TestTerminal::noSwitchesOverrideJobFile_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("key");
    QTest::addRow("--no-bom") << u"--no-bom"_s << u"bom"_s;
    QTest::addRow("--no-durable") << u"--no-durable"_s << u"durable"_s;
    QTest::addRow("--no-stop-on-error") << u"--no-stop-on-error"_s << u"stopOnError"_s;
    QTest::addRow("--no-backup") << u"--no-backup"_s << u"backup"_s;
}

void TestTerminal::noSwitchesOverrideJobFile()
{
    QFETCH(QString, flag);
    QFETCH(QString, key);
    TestDir dir;
    Quire::JobSpec spec;
    spec.folders = QStringList{dir.filePath(u"out"_s)};
    spec.encoding = u"UTF-16LE"_s;
    spec.bom = spec.durable = spec.stopOnError = spec.backup = true;
    spec.ifExists = Quire::IfExists::Overwrite;
    const QString job = dir.filePath(u"job.json"_s);
    QVERIFY(writeFile(job, QJsonDocument(spec.toJson()).toJson()));
    const QStringList dry{u"--dry-run"_s, u"--format"_s, u"json"_s};

    const CliResult asSaved = runInProcess(QStringList{u"--job"_s, job} + dry);
    QVERIFY2(asSaved.exitCode == 0, qPrintable(asSaved.err));
    QCOMPARE(QJsonDocument::fromJson(asSaved.out.toUtf8()).object().value(key).toBool(false), true);

    const CliResult turnedOff = runInProcess(QStringList{u"--job"_s, job, flag} + dry);
    QVERIFY2(turnedOff.exitCode == 0, qPrintable(turnedOff.err));
    const QJsonObject plan = QJsonDocument::fromJson(turnedOff.out.toUtf8()).object();
    QCOMPARE(plan.value(key).toBool(true), false);
    // Only that switch: the others stay as the job file says.
    for (const QString &other : {u"bom"_s, u"durable"_s, u"stopOnError"_s, u"backup"_s}) {
        if (other != key)
            QCOMPARE(plan.value(other).toBool(false), true);
    }
    // --save-job keeps the switch off: the job file written is what ran.
    const QString saved = dir.filePath(u"saved.json"_s);
    const CliResult save = runInProcess(QStringList{u"--job"_s, job, flag, u"--dry-run"_s, u"--save-job"_s, saved});
    QVERIFY2(save.exitCode == 0, qPrintable(save.err));
    QCOMPARE(QJsonDocument::fromJson(readFile(saved)).object().value(key).toBool(true), false);
}

void TestTerminal::bothSwitchesExitTwo_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"bom", "durable", "stop-on-error", "backup"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTerminal::bothSwitchesExitTwo()
{
    QFETCH(QString, name);
    TestDir dir;
    const CliResult r = runInProcess(
        {u"--folder"_s, dir.filePath(u"out"_s), u"--if-exists"_s, u"overwrite"_s, u"--"_s + name, u"--no-"_s + name});
    QCOMPARE(r.exitCode, int(Quire::ExitInvalidJob));
    QVERIFY2(r.err.contains(u"--%1 and --no-%1 both given: keep one of them"_s.arg(name)), qPrintable(r.err));
    QVERIFY(dir.entries().isEmpty());
}

void TestTerminal::versionAndUsage()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    for (const QString &flag : {u"-V"_s, u"--version"_s}) {
        const CliResult r = QuireTest::runCli({flag});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"quire-cli " QUIRE_VERSION "\n"_s);
    }
    // -v stays free (for a future --verbose); Qt's --help-all is neither advertised nor taken.
    for (const QString &flag : {u"-v"_s, u"--help-all"_s}) {
        const CliResult r = QuireTest::runCli({flag});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
    const CliResult help = QuireTest::runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: quire-cli --folder DIR "_s), qPrintable(help.out.left(300)));
    QVERIFY2(!help.out.contains(u"--help-all"_s) && !help.out.contains(cliPath()), qPrintable(help.out.left(300)));
    for (const QString &option : {u"-V, --version"_s, u"--progress <MODE>"_s, u"--list"_s, u"--format <FORMAT>"_s,
                                  u"--no-bom"_s, u"--no-durable"_s, u"--no-stop-on-error"_s, u"--no-backup"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    for (const QString &command : {u"history"_s, u"show"_s, u"undo"_s, u"resume"_s, u"retry"_s}) {
        const CliResult sub = QuireTest::runCli({command, u"--help"_s});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.startsWith(u"Usage: quire-cli "_s + command + u" [options]"_s), qPrintable(sub.out.left(200)));
        QVERIFY(!sub.out.contains(u"--help-all"_s));
    }
}

void TestTerminal::plurals_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("folders");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("summary");
    QTest::addRow("one") << 1 << 1 << u"Plan: 1 file in 1 folder, 10 bytes"_s << u"Wrote 1 file (10 bytes)"_s;
    QTest::addRow("two") << 2 << 1 << u"Plan: 2 files in 1 folder, 20 bytes"_s << u"Wrote 2 files (20 bytes)"_s;
    QTest::addRow("two folders") << 1 << 2 << u"Plan: 2 files in 2 folders, 20 bytes"_s
                                 << u"Wrote 2 files (20 bytes)"_s;
}

void TestTerminal::plurals()
{
    QFETCH(int, files);
    QFETCH(int, folders);
    QFETCH(QString, plan);
    QFETCH(QString, summary);
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
    TestDir dir;
    QStringList args{u"--to"_s, QString::number(files)};
    for (int i = 0; i < folders; ++i)
        args << u"--folder"_s << u"f%1"_s.arg(i);
    const CliResult dry = QuireTest::runCli(args + QStringList{u"--dry-run"_s}, dir.path());
    QVERIFY2(dry.out.startsWith(plan + u'\n'), qPrintable(dry.out));
    const CliResult run = QuireTest::runCli(args + QStringList{u"--no-journal"_s}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(summary + u" in "_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
