#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace QuireTest;

namespace {

constexpr int LongRunMs = 120'000;

QStringList job(const QString &folder, qint64 count, const QString &seed = u"42"_s)
{
    return {u"--folder"_s,  folder,
            u"--from"_s,    u"1"_s,
            u"--to"_s,      QString::number(count),
            u"--name"_s,    u"{uuid}.txt"_s,
            u"--content"_s, u"{index} {random:8}{nl}"_s,
            u"--seed"_s,    seed};
}

// The id that a run prints on its last line: "Run 20261202-003012-4f1a (quire-cli show, ...)".
QString runId(const CliResult &result)
{
    const auto match = QRegularExpression(u"^Run (\\S+) \\("_s, QRegularExpression::MultilineOption).match(result.out);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Empty when both folders hold the same names with the same bytes, else the first difference.
QString compareFolders(const QString &actual, const QString &expected)
{
    const QStringList names = entryNames(actual);
    if (names != entryNames(expected))
        return u"%1 holds %2 entries, %3 holds %4"_s.arg(actual)
            .arg(names.size())
            .arg(expected)
            .arg(entryNames(expected).size());
    for (const QString &name : names) {
        if (readFile(actual + u'/' + name) != readFile(expected + u'/' + name))
            return u"%1 differs"_s.arg(name);
    }
    return {};
}

QJsonDocument parseJson(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyAndShow();
    void damagedJournal();
    void historyPrune();
    void helpOfEachCommand_data();
    void helpOfEachCommand();
    void undoKeepsChangedFiles();
    void undoErrors();
    void undoAfterOverwrite_data();
    void undoAfterOverwrite();
    void resumeAfterSigint();
    void resumeAfterKill_data();
    void resumeAfterKill();
    void retryAfterFaultRemoved();
    void reportNamesFilesOnDisk();

private:
    [[nodiscard]] QString files(const QString &name) const;

    std::unique_ptr<TestDir> m_data;
    std::unique_ptr<TestDir> m_files;
};

void TestCommands::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set: run through ctest");
}

void TestCommands::init()
{
    m_data = std::make_unique<TestDir>();
    m_files = std::make_unique<TestDir>(fastTempBase() + u"/quire-commands-XXXXXX"_s);
    QVERIFY(m_data->isValid() && m_files->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path()));
}

void TestCommands::cleanup()
{
    m_files.reset();
    m_data.reset();
}

QString TestCommands::files(const QString &name) const
{
    return m_files->filePath(name);
}

void TestCommands::historyAndShow()
{
    const CliResult run = runCli(job(files(u"out"_s), 3));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString id = runId(run);
    QVERIFY(!id.isEmpty());
    const CliResult history = runCli({u"history"_s});
    QCOMPARE(history.exitCode, 0);
    const QString line = history.out.split(u'\n').value(1);
    QVERIFY2(line.startsWith(id) && line.contains(u"finished"_s) && line.contains(u"3 / 0 / 0"_s) &&
                 line.contains(files(u"out"_s)),
             qPrintable(history.out));

    const QJsonArray runs = parseJson(runCli({u"history"_s, u"--json"_s}).out).array();
    QCOMPARE(runs.size(), 1);
    const QJsonObject info = runs.at(0).toObject();
    QCOMPARE(info.value(u"id"_s).toString(), id);
    QCOMPARE(info.value(u"state"_s).toString(), u"finished"_s);
    QCOMPARE(info.value(u"files"_s).toInteger(), 3);
    QCOMPARE(info.value(u"written"_s).toInteger(), 3);
    QCOMPARE(info.value(u"folders"_s).toArray().at(0).toString(), files(u"out"_s));

    const QJsonObject shown = parseJson(runCli({u"show"_s, id, u"--files"_s, u"all"_s, u"--json"_s}).out).object();
    QCOMPARE(shown.value(u"id"_s).toString(), id);
    QCOMPARE(shown.value(u"seed"_s).toString(), u"42"_s);
    QCOMPARE(shown.value(u"writeMethod"_s).toString(), u"direct"_s);
    QCOMPARE(shown.value(u"counts"_s).toObject().value(u"created"_s).toInteger(), 3);
    QCOMPARE(shown.value(u"createdFolders"_s).toArray().at(0).toString(), files(u"out"_s));
    QStringList listed;
    for (const QJsonValue &file : shown.value(u"fileList"_s).toArray()) {
        QCOMPARE(file.toObject().value(u"status"_s).toString(), u"created"_s);
        listed.append(QFileInfo(file.toObject().value(u"path"_s).toString()).fileName());
    }
    listed.sort();
    QCOMPARE(listed, entryNames(files(u"out"_s)));

    const CliResult text = runCli({u"show"_s, id, u"--files"_s, u"created"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"seed     42"_s) && text.out.contains(u"state    finished"_s), qPrintable(text.out));
    for (const QString &name : std::as_const(listed))
        QVERIFY(text.out.contains(files(u"out/"_s + name) + u"  created"_s));
}

void TestCommands::damagedJournal()
{
    const CliResult run = runCli(job(files(u"out"_s), 2));
    QCOMPARE(run.exitCode, 0);
    const QString id = runId(run);
    QVERIFY(writeFile(m_data->filePath(u"quire/runs/"_s + id + u"/run.json"_s), "{\"version\": 1, \"id\""));
    const CliResult history = runCli({u"history"_s});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(id + u"  damaged: "_s), qPrintable(history.out));
    const QJsonArray runs = parseJson(runCli({u"history"_s, u"--json"_s}).out).array();
    QVERIFY(!runs.at(0).toObject().value(u"problem"_s).toString().isEmpty());
    const CliResult undo = runCli({u"undo"_s, id});
    QCOMPARE(undo.exitCode, 2);
    QVERIFY2(undo.err.contains(id) && !undo.crashed, qPrintable(undo.describe()));
    QCOMPARE(entryNames(files(u"out"_s)).size(), 2); // a journal that cannot be read never deletes anything
}

void TestCommands::historyPrune()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(runId(runCli(job(files(u"out%1"_s.arg(i)), 1))));
    const CliResult prune = runCli({u"history"_s, u"--prune"_s, u"--keep"_s, u"1"_s});
    QCOMPARE(prune.exitCode, 0);
    QCOMPARE(prune.out, u"Removed 2 journals, kept the newest 1.\n"_s);
    const QJsonArray runs = parseJson(runCli({u"history"_s, u"--json"_s}).out).array();
    QCOMPARE(runs.size(), 1);
    QVERIFY(ids.contains(runs.at(0).toObject().value(u"id"_s).toString()));
    QCOMPARE(runCli({u"history"_s, u"--prune"_s, u"--keep"_s, u"x"_s}).exitCode, 2);
}

void TestCommands::helpOfEachCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"history", "show", "undo", "resume", "retry"})
        QTest::addRow("%s", command) << QString::fromLatin1(command);
}

void TestCommands::helpOfEachCommand()
{
    QFETCH(QString, command);
    const CliResult result = runCli({command, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Usage: quire-cli "_s + command), qPrintable(result.out));
    const CliResult wrong = runCli({command, u"--no-such-option"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"--help"_s), qPrintable(wrong.err));
    QVERIFY(runCli({u"--help"_s}).out.contains(u"quire-cli "_s + command));
}

void TestCommands::undoKeepsChangedFiles()
{
    const QString out = files(u"out"_s);
    const CliResult run = runCli(job(out, 4));
    QCOMPARE(run.exitCode, 0);
    const QStringList names = entryNames(out);
    QCOMPARE(names.size(), 4);
    const QString changed = out + u'/' + names.at(1);
    QVERIFY(writeFile(changed, readFile(changed) + "edited"));
    const auto before = snapshot(m_files->path());
    const CliResult dry = runCli({u"undo"_s, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 1);
    QCOMPARE(snapshot(m_files->path()), before);
    QVERIFY2(dry.out.contains(u"would keep "_s + changed + u": changed since the run"_s), qPrintable(dry.out));
    QCOMPARE(dry.out.count(QRegularExpression(u"^would delete "_s, QRegularExpression::MultilineOption)), 3);

    const CliResult undo = runCli({u"undo"_s, runId(run)});
    QCOMPARE(undo.exitCode, 1);
    QVERIFY2(undo.out.contains(u"kept "_s + changed + u": changed since the run"_s), qPrintable(undo.out));
    QVERIFY2(undo.out.contains(u"deleted 3 files, 1 kept (changed since)"_s), qPrintable(undo.out));
    QCOMPARE(entryNames(out), QStringList{names.at(1)}); // the folder stays: it is not empty

    // Once the changed file is gone too, the run is fully undone: a further undo finds nothing.
    QVERIFY(QFile::remove(changed));
    QCOMPARE(runCli({u"undo"_s}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(out));
    const CliResult again = runCli({u"undo"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"nothing to undo"_s) && again.err.contains(runId(run)), qPrintable(again.err));
    QVERIFY(runCli({u"history"_s}).out.contains(u"undone"_s));
}

void TestCommands::undoErrors()
{
    const CliResult none = runCli({u"undo"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"quire-cli history"_s), qPrintable(none.err));
    QCOMPARE(runCli(job(files(u"out"_s), 2)).exitCode, 0);
    const CliResult unknown = runCli({u"undo"_s, u"2026x"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"2026x"_s) && unknown.err.contains(u"see quire-cli history"_s),
             qPrintable(unknown.err));
    QCOMPARE(entryNames(files(u"out"_s)).size(), 2);
    const CliResult resume = runCli({u"resume"_s});
    QCOMPARE(resume.exitCode, 2);
    QVERIFY2(resume.err.contains(u"nothing to resume"_s), qPrintable(resume.err));
    const CliResult retry = runCli({u"retry"_s});
    QCOMPARE(retry.exitCode, 2);
    QVERIFY2(retry.err.contains(u"has no failed files"_s), qPrintable(retry.err));
}

void TestCommands::undoAfterOverwrite_data()
{
    QTest::addColumn<bool>("backup");
    QTest::addRow("with --backup") << true;
    QTest::addRow("without --backup") << false;
}

void TestCommands::undoAfterOverwrite()
{
    QFETCH(bool, backup);
    // On the journal's file system, so that the backup is a hard link (see filewriter.cpp's keepBackup).
    m_files = std::make_unique<TestDir>(m_data->filePath(u"files-XXXXXX"_s));
    QVERIFY(m_files->createFile(u"out/f1.txt"_s, "old one"));
    QVERIFY(QFile::setPermissions(files(u"out/f1.txt"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QStringList args{u"--folder"_s, files(u"out"_s),   u"--to"_s,        u"2"_s,
                     u"--name"_s,   u"f{index}.txt"_s, u"--if-exists"_s, u"overwrite"_s};
    if (backup)
        args.append(u"--backup"_s);
    const CliResult run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_files->read(u"out/f1.txt"_s), QByteArray("In file 1\n"));
    const CliResult undo = runCli({u"undo"_s});
    QCOMPARE(undo.exitCode, backup ? 0 : 1);
    QVERIFY(!QFileInfo::exists(files(u"out/f2.txt"_s)));
    if (backup) {
        QCOMPARE(m_files->read(u"out/f1.txt"_s), QByteArray("old one"));
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(files(u"out/f1.txt"_s)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0640));
        QVERIFY2(undo.out.contains(u"restored "_s + files(u"out/f1.txt"_s)), qPrintable(undo.out));
    } else {
        QCOMPARE(m_files->read(u"out/f1.txt"_s), QByteArray("In file 1\n"));
        QVERIFY2(undo.out.contains(u"not restorable "_s + files(u"out/f1.txt"_s) +
                                   u": replaced by a run that kept no backups"_s),
                 qPrintable(undo.out));
    }
}

void TestCommands::resumeAfterSigint()
{
    const QString out = files(u"out"_s);
    const CliResult cancelled = interruptCli(job(out, 50'000), out, 100, SIGINT);
    // Cancelled cleanly, then died by SIGINT so that a calling shell loop stops too.
    QVERIFY2(cancelled.crashed && cancelled.signal == SIGINT, qPrintable(cancelled.describe()));
    QVERIFY2(cancelled.err.contains(u"interrupted: cancelling"_s), qPrintable(cancelled.err));
    QVERIFY(runCli({u"history"_s}).out.contains(u"cancelled"_s));
    const CliResult resumed = runCli({u"resume"_s}, {}, LongRunMs);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.startsWith(u"Resuming run "_s), qPrintable(resumed.out));
    QCOMPARE(runCli(job(files(u"reference"_s), 50'000) << u"--no-journal"_s, {}, LongRunMs).exitCode, 0);
    const QString difference = compareFolders(out, files(u"reference"_s));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(runCli({u"history"_s}).out.contains(u"50,000 / 0 / 0"_s));
}

void TestCommands::resumeAfterKill_data()
{
    QTest::addColumn<QString>("method");
    QTest::addRow("direct") << u"direct"_s;
    QTest::addRow("atomic") << u"atomic"_s;
}

void TestCommands::resumeAfterKill()
{
    QFETCH(QString, method);
    const QString out = files(u"out"_s);
    const QStringList args = job(out, 50'000) << u"--write-method"_s << method;
    const int delayMs = QRandomGenerator::global()->bounded(10, 200);
    const CliResult killed = interruptCli(args, out, delayMs, SIGKILL);
    if (killed.exitCode == 0)
        QSKIP("the run ended before the kill");
    QVERIFY2(killed.crashed, qPrintable(killed.describe()));
    const CliResult history = runCli({u"history"_s});
    QVERIFY2(history.out.contains(u"interrupted ("_s) && history.out.contains(u"may be incomplete)"_s),
             qPrintable(history.out));
    const CliResult resumed = runCli({u"resume"_s}, {}, LongRunMs);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe() + u" after a kill at %1 ms"_s.arg(delayMs)));
    QCOMPARE(runCli(job(files(u"reference"_s), 50'000) << u"--no-journal"_s, {}, LongRunMs).exitCode, 0);
    const QString difference = compareFolders(out, files(u"reference"_s));
    QVERIFY2(difference.isEmpty(), qPrintable(difference + u" after a kill at %1 ms"_s.arg(delayMs)));
}

void TestCommands::retryAfterFaultRemoved()
{
    QVERIFY(m_files->createDir(u"out/f2.txt"_s));
    const QStringList args{u"--folder"_s, files(u"out"_s),   u"--to"_s,        u"3"_s,
                           u"--name"_s,   u"f{index}.txt"_s, u"--if-exists"_s, u"overwrite"_s};
    const CliResult run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(files(u"out/f2.txt"_s) + u": "_s), qPrintable(run.err));
    QVERIFY(runCli({u"history"_s}).out.contains(u"failed 1"_s));
    const CliResult failed = runCli({u"show"_s, runId(run), u"--files"_s, u"failed"_s});
    QVERIFY2(failed.out.contains(u"Files (failed):\n  "_s + files(u"out/f2.txt"_s) + u"  failed: Is a directory"_s),
             qPrintable(failed.out));
    QVERIFY(QDir(files(u"out"_s)).rmdir(u"f2.txt"_s));
    const CliResult retry = runCli({u"retry"_s, runId(run)});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.describe()));
    QVERIFY2(retry.out.startsWith(u"Retrying 1 failed file of run "_s + runId(run)), qPrintable(retry.out));
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(m_files->read(u"out/f%1.txt"_s.arg(i)), "In file " + QByteArray::number(i) + '\n');
    QCOMPARE(runCli({u"retry"_s}).exitCode, 2);
}

void TestCommands::reportNamesFilesOnDisk()
{
    const QString report = files(u"report.json"_s);
    QStringList args = job(files(u"out"_s), 20);
    args.removeLast();
    args.removeLast(); // no --seed: one is drawn, and the report must still name the files written
    const CliResult run = runCli(args << u"--report"_s << report);
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument document = parseJson(QString::fromUtf8(readFile(report)));
    QVERIFY(!document.isNull());
    QStringList reported;
    for (const QJsonValue &file : document.object().value(u"files"_s).toArray()) {
        QCOMPARE(file.toObject().value(u"folder"_s).toString(), files(u"out"_s));
        QCOMPARE(file.toObject().value(u"status"_s).toString(), u"created"_s);
        reported.append(file.toObject().value(u"file"_s).toString());
    }
    reported.sort();
    QCOMPARE(reported, entryNames(files(u"out"_s)));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
