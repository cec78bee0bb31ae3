#include "core/base/translations.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "uitest.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Quire;
using namespace UiTest;
using namespace Qt::StringLiterals;

// The desktop app in the user's language: Quire's own catalogue (embedded in the binary) and Qt's
// (qtbase_<lang>.qm, for standard dialog buttons), through the loader both programs call at start-up.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void coreMessagesInTheGui();
};

static QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

static QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << withoutMnemonic(action->text());
    return titles;
}

void TestTranslations::initTestCase()
{
    useTestSettings(u"tst_translations"_s);
}

void TestTranslations::cleanup()
{
    installTranslations(QLocale::c()); // English again for the next row
}

void TestTranslations::mainWindow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("quireCatalogue");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("previewTab");
    QTest::addColumn<QString>("cancel");
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << true << u"Starten"_s << u"Datei"_s
                            << u"Vorschau"_s << u"Abbrechen"_s;
    QTest::addRow("Austrian German falls back to de") << QLocale(QLocale::German, QLocale::Austria) << true
                                                      << u"Starten"_s << u"Datei"_s << u"Vorschau"_s << u"Abbrechen"_s;
    QTest::addRow("C stays English") << QLocale::c() << false << u"Start"_s << u"File"_s << u"Preview"_s << u"Cancel"_s;
    // No Quire catalogue for French: English labels, but Qt's own French buttons.
    QTest::addRow("French: Qt's buttons only") << QLocale(QLocale::French, QLocale::France) << false << u"Start"_s
                                               << u"File"_s << u"Preview"_s << u"Annuler"_s;
}

void TestTranslations::mainWindow()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, quireCatalogue);
    QFETCH(QString, start);
    QFETCH(QString, fileMenu);
    QFETCH(QString, previewTab);
    QFETCH(QString, cancel);

    const InstalledTranslations installed = installTranslations(locale);
    // Embedded in the binary: found in the resource, not in an installed folder.
    QCOMPARE(installed.quire, quireCatalogue ? u":/i18n/quire_de.qm"_s : QString());
    MainWindow window;
    QCOMPARE(withoutMnemonic(child<QPushButton>(window, "startButton")->text()), start);
    QCOMPARE(menuTitles(window).value(0), fileMenu);
    QCOMPARE(child<QTabWidget>(window, "tabs")->tabText(0), previewTab);

    PreferencesDialog preferences;
    const auto *buttons = preferences.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), cancel);
}

void TestTranslations::coreMessagesInTheGui()
{
    // A plan problem is worded by the core (QCoreApplication::translate): German in the German GUI too.
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    MainWindow window;
    auto *problems = child<QListWidget>(window, "problemList");
    QTRY_VERIFY(problems->count() > 0);
    QStringList texts;
    for (int i = 0; i < problems->count(); ++i)
        texts << problems->item(i)->text();
    QVERIFY2(texts.join(u'\n').contains(u"Zielordner"_s), qPrintable(texts.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
