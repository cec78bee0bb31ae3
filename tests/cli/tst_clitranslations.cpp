#include "tests/common/cliprocess.h"
#include "tests/common/testdir.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace QuireTest;
using namespace Qt::StringLiterals;

// The real quire-cli picks its language from the environment, as gettext programs do: LANGUAGE, then
// LC_ALL / LC_MESSAGES / LANG; LC_ALL=C means English whatever LANGUAGE says. Core errors are translated too.
class TestCliTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coreErrorInTheUsersLanguage_data();
    void coreErrorInTheUsersLanguage();
    void runShowAndUndoInGerman();
};

void TestCliTranslations::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("QUIRE_CLI is not set to the quire-cli binary");
}

static QProcessEnvironment environment(const QStringList &settings)
{
    QProcessEnvironment env = englishEnvironment();
    for (const QString &var : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s})
        env.remove(var);
    for (const QString &setting : settings)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    return env;
}

void TestCliTranslations::coreErrorInTheUsersLanguage_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    const QString german = u"unbekannter Platzhalter {indx}"_s;
    const QString english = u"unknown placeholder {indx}"_s;
    QTest::addRow("LANG=de_DE.UTF-8 LANGUAGE=de")
        << QStringList{u"LANG=de_DE.UTF-8"_s, u"LANGUAGE=de"_s} << german << english;
    QTest::addRow("LANG=de_DE.UTF-8 alone") << QStringList{u"LANG=de_DE.UTF-8"_s} << german << english;
    QTest::addRow("LANGUAGE=fr:de picks the first we have")
        << QStringList{u"LANG=fr_FR.UTF-8"_s, u"LANGUAGE=fr:de"_s} << german << english;
    QTest::addRow("LC_ALL=C wins over LANGUAGE") << QStringList{u"LC_ALL=C"_s, u"LANGUAGE=de"_s} << english << german;
    QTest::addRow("no language set") << QStringList{} << english << german;
}

void TestCliTranslations::coreErrorInTheUsersLanguage()
{
    QFETCH(QStringList, settings);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    TestDir dir;
    QVERIFY(dir.isValid());
    const CliResult r = runCliIn(environment(settings), {u"--folder"_s, dir.path(), u"--to"_s, u"3"_s, u"--name"_s,
                                                         u"f{indx}.txt"_s, u"--content"_s, u"x"_s});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(notExpected), qPrintable(r.describe()));
    QVERIFY(QDir(dir.path()).isEmpty());
}

// A whole session in German: the summary (plural, C-locale digits: stdout is not a terminal), the run's state and its
// files' statuses in show (display words, while --json keeps the English names), and undo's counted phrases.
void TestCliTranslations::runShowAndUndoInGerman()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = environment({u"LANG=de_DE.UTF-8"_s});
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"journals"_s));
    const QString out = dir.filePath(u"out"_s);
    const CliResult run = runCliIn(env, {u"--folder"_s, out, u"--to"_s, u"1200"_s, u"--progress"_s, u"none"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"1,200 Dateien"_s), qPrintable(run.describe()));

    const CliResult show = runCliIn(env, {u"show"_s, u"last"_s, u"--files"_s, u"created"_s});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QVERIFY2(show.out.contains(u"beendet"_s) && !show.out.contains(u"finished"_s), qPrintable(show.describe()));
    QVERIFY2(show.out.contains(out + u"/file-1200.txt  erstellt"_s), qPrintable(show.describe()));
    const CliResult json = runCliIn(env, {u"show"_s, u"last"_s, u"--json"_s, u"--files"_s, u"none"_s});
    QVERIFY2(json.out.contains(u"\"phase\": \"finished\""_s), qPrintable(json.describe()));

    const CliResult undo = runCliIn(env, {u"undo"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
    QVERIFY2(undo.out.contains(u"1,200 Dateien gelöscht, 1 Ordner entfernt."_s), qPrintable(undo.describe()));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
