#include "core/template/placeholderexpr.h"
#include "core/template/templateengine.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Quire::FileContext;
using Quire::PlaceholderExpr;
using Quire::Template;
using Quire::TemplateError;
using Quire::TemplateKind;

class TestPlaceholderExpr final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void failures_data();
    void failures();
    void errors_data();
    void errors();
    void render_data();
    void render();
    void looksLikeExpression();
};

void TestPlaceholderExpr::evaluate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("division") << u"index/1000"_s << qint64(12345) << qint64(1) << qint64(12);
    QTest::addRow("precedence mul") << u"1+2*3"_s << qint64(0) << qint64(1) << qint64(7);
    QTest::addRow("precedence div") << u"index-index/2"_s << qint64(9) << qint64(1) << qint64(5);
    QTest::addRow("left to right") << u"20-5-3"_s << qint64(0) << qint64(1) << qint64(12);
    QTest::addRow("left to right div") << u"100/10/5"_s << qint64(0) << qint64(1) << qint64(2);
    QTest::addRow("parentheses") << u"(1+2)*3"_s << qint64(0) << qint64(1) << qint64(9);
    QTest::addRow("nested parentheses") << u"((index-1)/100+1)"_s << qint64(101) << qint64(1) << qint64(2);
    QTest::addRow("grouping at 100") << u"(index-1)/100+1"_s << qint64(100) << qint64(1) << qint64(1);
    QTest::addRow("modulo n") << u"n%7"_s << qint64(0) << qint64(15) << qint64(1);
    QTest::addRow("cycle 1..7") << u"(n-1)%7+1"_s << qint64(0) << qint64(14) << qint64(7);
    QTest::addRow("unary minus") << u"-index"_s << qint64(5) << qint64(1) << qint64(-5);
    QTest::addRow("double minus") << u"--index"_s << qint64(5) << qint64(1) << qint64(5);
    QTest::addRow("minus binds tighter") << u"-2*3"_s << qint64(0) << qint64(1) << qint64(-6);
    QTest::addRow("minus of group") << u"-(2+3)*2"_s << qint64(0) << qint64(1) << qint64(-10);
    QTest::addRow("unary plus") << u"+index"_s << qint64(5) << qint64(1) << qint64(5);
    QTest::addRow("spaces") << u" index / 10 + n "_s << qint64(55) << qint64(3) << qint64(8);
    QTest::addRow("truncates toward zero") << u"index/2"_s << qint64(-7) << qint64(1) << qint64(-3);
    QTest::addRow("modulo keeps the left sign") << u"index%2"_s << qint64(-7) << qint64(1) << qint64(-1);
    QTest::addRow("modulo negative right") << u"index%-2"_s << qint64(7) << qint64(1) << qint64(1);
    QTest::addRow("largest") << u"index+0"_s << std::numeric_limits<qint64>::max() << qint64(1)
                             << std::numeric_limits<qint64>::max();
    QTest::addRow("smallest") << u"index-1"_s << std::numeric_limits<qint64>::min() + 1 << qint64(1)
                              << std::numeric_limits<qint64>::min();
    QTest::addRow("literal only") << u"(6*7)"_s << qint64(0) << qint64(1) << qint64(42);
}

void TestPlaceholderExpr::evaluate()
{
    QFETCH(QString, text);
    QFETCH(qint64, index);
    QFETCH(qint64, n);
    QFETCH(qint64, expected);
    PlaceholderExpr expr;
    PlaceholderExpr::Error error;
    QVERIFY2(PlaceholderExpr::parse(text, &expr, &error), qPrintable(error.message));
    const PlaceholderExpr::Result r = expr.evaluate(index, n);
    QCOMPARE(r.status, PlaceholderExpr::Status::Ok);
    QCOMPARE(r.value, expected);
}

void TestPlaceholderExpr::failures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<PlaceholderExpr::Status>("expected");

    using S = PlaceholderExpr::Status;
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::addRow("add overflow") << u"index+1"_s << max << qint64(1) << S::Overflow;
    QTest::addRow("sub overflow") << u"index-1"_s << min << qint64(1) << S::Overflow;
    QTest::addRow("mul overflow") << u"index*2"_s << max / 2 + 1 << qint64(1) << S::Overflow;
    QTest::addRow("negate min") << u"-index"_s << min << qint64(1) << S::Overflow;
    QTest::addRow("min div -1") << u"index/-1"_s << min << qint64(1) << S::Overflow;
    QTest::addRow("min mod -1") << u"index%-1"_s << min << qint64(1) << S::Overflow;
    QTest::addRow("divide by variable zero") << u"index/(n-1)"_s << qint64(5) << qint64(1) << S::DivisionByZero;
    QTest::addRow("modulo by variable zero") << u"index%(n-1)"_s << qint64(5) << qint64(1) << S::DivisionByZero;
}

void TestPlaceholderExpr::failures()
{
    QFETCH(QString, text);
    QFETCH(qint64, index);
    QFETCH(qint64, n);
    QFETCH(PlaceholderExpr::Status, expected);
    PlaceholderExpr expr;
    PlaceholderExpr::Error error;
    QVERIFY2(PlaceholderExpr::parse(text, &expr, &error), qPrintable(error.message));
    QCOMPARE(expr.evaluate(index, n).status, expected);
}

// Through the template engine: the column is the user's, in the whole template.
void TestPlaceholderExpr::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mention");

    QTest::addRow("literal division by zero") << u"f-{index/0}"_s << 9 << u"division by zero"_s;
    QTest::addRow("literal modulo by zero") << u"{n%0}"_s << 3 << u"modulo by zero"_s;
    QTest::addRow("folded zero divisor") << u"{index/(2-2)}"_s << 7 << u"division by zero"_s;
    QTest::addRow("constant overflow") << u"{9223372036854775807+1}"_s << 21 << u"overflow"_s;
    QTest::addRow("missing operand") << u"{index+}"_s << 8 << u"is missing"_s;
    QTest::addRow("unclosed parenthesis") << u"ab{(index+1}"_s << 4 << u"unclosed ("_s;
    QTest::addRow("stray parenthesis") << u"{index)}"_s << 7 << u"unexpected ')'"_s;
    QTest::addRow("unknown word") << u"{idx/2}"_s << 2 << u"\"idx\" is not a number"_s;
    QTest::addRow("count not allowed") << u"{count-1}"_s << 2 << u"\"count\""_s;
    QTest::addRow("two operators") << u"{index**2}"_s << 8 << u"unexpected '*'"_s;
    QTest::addRow("huge literal") << u"{index+99999999999999999999}"_s << 8 << u"is not a number"_s;
    QTest::addRow("bad format") << u"{index/2:abc}"_s << 1 << u"bad format"_s;
    QTest::addRow("empty format") << u"{index/2:}"_s << 1 << u"empty format"_s;
    QTest::addRow("too deep") << u"{"_s + QString(40, u'(') + u"1"_s + QString(40, u')') + u"}"_s << 34
                              << u"nested too deeply"_s;
}

void TestPlaceholderExpr::errors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, mention);
    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind::Name, &errors);
    QVERIFY(!t.isValid());
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().message.contains(mention), qPrintable(errors.first().message));
    QCOMPARE(errors.first().column, column);
    QVERIFY2(errors.first().message.contains(u"column %1"_s.arg(column)), qPrintable(errors.first().message));
}

void TestPlaceholderExpr::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("expected");

    QTest::addRow("folder per thousand") << u"{index/1000:000}/file-{index:000000}.txt"_s << qint64(12345) << qint64(1)
                                         << u"012/file-012345.txt"_s;
    QTest::addRow("D4") << u"{(index-1)/100+1:D4}"_s << qint64(250) << qint64(1) << u"0003"_s;
    QTest::addRow("hex") << u"{index*16:x}"_s << qint64(16) << qint64(1) << u"100"_s;
    QTest::addRow("HEX8") << u"{index+1:X8}"_s << qint64(254) << qint64(1) << u"000000FF"_s;
    QTest::addRow("negative padded") << u"{index-10:000}"_s << qint64(5) << qint64(1) << u"-005"_s;
    QTest::addRow("n mod") << u"day-{n%7}"_s << qint64(0) << qint64(9) << u"day-2"_s;
    QTest::addRow("two expressions") << u"{index/100}/{index/10%10}/{index}"_s << qint64(1234) << qint64(1)
                                     << u"12/3/1234"_s;
}

void TestPlaceholderExpr::render()
{
    QFETCH(QString, text);
    QFETCH(qint64, index);
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind::Name, &errors);
    QVERIFY(errors.isEmpty() ? true : (qWarning() << errors.first().message, false));
    FileContext context;
    context.index = index;
    context.n = n;
    QCOMPARE(t.render(context), expected);
    QByteArray ascii;
    QVERIFY(t.renderAscii(context, ascii));
    QCOMPARE(ascii, expected.toLatin1());
    QVERIFY(t.contains(Template::Kind::Expr));
}

void TestPlaceholderExpr::looksLikeExpression()
{
    QVERIFY(PlaceholderExpr::looksLikeExpression(u"index/2"));
    QVERIFY(PlaceholderExpr::looksLikeExpression(u"(n)"));
    QVERIFY(!PlaceholderExpr::looksLikeExpression(u"index"));
    QVERIFY(!PlaceholderExpr::looksLikeExpression(u"Order ID"));
}

QTEST_GUILESS_MAIN(TestPlaceholderExpr)
#include "tst_placeholderexpr.moc"
