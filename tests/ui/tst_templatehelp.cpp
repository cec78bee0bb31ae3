#include "ui/contenteditor.h"
#include "ui/mainwindow.h"
#include "ui/placeholderbutton.h"
#include "ui/templatereference.h"
#include "uitest.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTextTable>

using namespace Quire;
using namespace UiTest;

// Help at hand: the template reference (F1) and "Insert placeholder" next to both templates.
class TestTemplateHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void f1ShowsTheReadmeReferenceBesideTheForm();
    void insertPlaceholderAtTheCursor_data();
    void insertPlaceholderAtTheCursor();
    void tooltipsListOnlyWhatWorksInTheField();
};

namespace {

QStringList menuPlaceholders(PlaceholderButton *button)
{
    QStringList texts;
    for (QAction *action : button->menu()->actions())
        texts << action->data().toString();
    return texts;
}

QAction *menuAction(PlaceholderButton *button, const QString &placeholder)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->data().toString() == placeholder)
            return action;
    }
    return nullptr;
}

int tablesIn(const QTextDocument *document)
{
    int tables = 0;
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        tables += qobject_cast<QTextTable *>(frame) ? 1 : 0;
    return tables;
}

} // namespace

void TestTemplateHelp::init()
{
    useTestSettings(QStringLiteral("tst_templatehelp"));
}

void TestTemplateHelp::f1ShowsTheReadmeReferenceBesideTheForm()
{
    // One source: what the window shows is the README's marked section, as it is now.
    QFile readme(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QRegularExpression section(
        QStringLiteral("<!-- template-reference[^>]*-->\\n(.*)<!-- /template-reference -->"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = section.match(QString::fromUtf8(readme.readAll()));
    QVERIFY(match.hasMatch());
    QCOMPARE(TemplateReference::markdown(), match.captured(1));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reference = window.findChild<TemplateReference *>(QStringLiteral("templateReference"));
    QVERIFY(reference);
    QVERIFY(!reference->isVisible());
    auto *name = child<QLineEdit>(window, "nameTemplate");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_F1);
    QTRY_VERIFY(reference->isVisible());
    const QTextBrowser *browser = reference->browser();
    QVERIFY(browser->toPlainText().contains(QStringLiteral("{index:000}")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("{random:8}")));
    QVERIFY2(tablesIn(browser->document()) >= 1, "the placeholder table is not rendered as a table");
    // It stays open while typing in the form.
    typeInto(name, QStringLiteral("doc-{n}.txt"));
    QCOMPARE(name->text(), QStringLiteral("doc-{n}.txt"));
    QVERIFY(reference->isVisible());
    QTest::keyClick(name, Qt::Key_F1);
    QTRY_VERIFY(!reference->isVisible());
}

void TestTemplateHelp::insertPlaceholderAtTheCursor_data()
{
    QTest::addColumn<QString>("placeholder");
    QTest::addRow("index") << QStringLiteral("{index}");
    QTest::addRow("padded") << QStringLiteral("{index:000}");
    QTest::addRow("uuid") << QStringLiteral("{uuid}");
    QTest::addRow("literal brace") << QStringLiteral("{{");
}

void TestTemplateHelp::insertPlaceholderAtTheCursor()
{
    QFETCH(QString, placeholder);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *name = child<QLineEdit>(window, "nameTemplate");
    name->setText(QStringLiteral("file-.txt"));
    name->setCursorPosition(5);
    auto *nameButton = child<PlaceholderButton>(window, "insertNamePlaceholder");
    QAction *action = menuAction(nameButton, placeholder);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(name->text(), QStringLiteral("file-%1.txt").arg(placeholder));
    QCOMPARE(name->cursorPosition(), 5 + placeholder.size());

    auto *content = child<ContentEditor>(window, "contentTemplate");
    content->setPlainText(QStringLiteral("ab"));
    QTextCursor cursor = content->textCursor();
    cursor.setPosition(1);
    content->setTextCursor(cursor);
    QAction *contentAction = menuAction(child<PlaceholderButton>(window, "insertContentPlaceholder"), placeholder);
    QVERIFY(contentAction);
    contentAction->trigger();
    QCOMPARE(content->toPlainText(), QStringLiteral("a%1b").arg(placeholder));
}

void TestTemplateHelp::tooltipsListOnlyWhatWorksInTheField()
{
    MainWindow window;
    auto *nameButton = child<PlaceholderButton>(window, "insertNamePlaceholder");
    auto *contentButton = child<PlaceholderButton>(window, "insertContentPlaceholder");
    const QStringList inNames = menuPlaceholders(nameButton);
    const QStringList inContent = menuPlaceholders(contentButton);
    for (const QString &contentOnly : {QStringLiteral("{nl}"), QStringLiteral("{name}")}) {
        QVERIFY2(!inNames.contains(contentOnly), qPrintable(contentOnly));
        QVERIFY2(inContent.contains(contentOnly), qPrintable(contentOnly));
        QVERIFY(!child<QLineEdit>(window, "nameTemplate")->toolTip().contains(contentOnly));
        QVERIFY(child<ContentEditor>(window, "contentTemplate")->toolTip().contains(contentOnly));
    }
    QVERIFY(inNames.contains(QStringLiteral("{index}")));
    QCOMPARE(inContent.size(), inNames.size() + 2);
    // Every entry offered is a placeholder the engine accepts in that field.
    for (const QString &text : inNames) {
        QList<TemplateError> errors;
        QVERIFY2(Template::compile(text, TemplateKind::Name, &errors).isValid(), qPrintable(text));
    }
    for (const QString &text : inContent) {
        QList<TemplateError> errors;
        QVERIFY2(Template::compile(text, TemplateKind::Content, &errors).isValid(), qPrintable(text));
    }
}

QTEST_MAIN(TestTemplateHelp)
#include "tst_templatehelp.moc"
