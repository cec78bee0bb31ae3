#include "core/template/filerandom.h"
#include "core/template/templateengine.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Quire::FileContext;
using Quire::Template;
using Quire::TemplateConstants;
using Quire::TemplateError;
using Quire::TemplateKind;

namespace {

const QDateTime startTime(QDate(2024, 3, 9), QTime(7, 5, 3));

TemplateConstants constants(const QString &eol = u"\n"_s)
{
    TemplateConstants c;
    c.start = startTime;
    c.count = 250;
    c.folderName = u"out-dir"_s;
    c.eol = eol;
    return c;
}

Template compiled(const QString &text, TemplateKind kind, const QString &eol = u"\n"_s)
{
    QList<TemplateError> errors;
    const Template t = Template::compile(text, kind, &errors);
    if (!errors.isEmpty())
        qWarning("unexpected template error: %s", qPrintable(errors.constFirst().message));
    return t.bound(constants(eol));
}

QString errorText(const QList<TemplateError> &errors)
{
    QStringList parts;
    for (const TemplateError &e : errors)
        parts << u"%1:%2: %3"_s.arg(e.line).arg(e.column).arg(e.message);
    return parts.join(u" | "_s);
}

} // namespace

class TestTemplateEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void literalLineBreaks_data();
    void literalLineBreaks();
    void uuid();
    void random();
    void errors_data();
    void errors();
    void exactWording();
    void severalErrorsAllReported();
    void reusedBuffer();
    void uniquePerFile_data();
    void uniquePerFile();
    void placeholderNames();
    void formatError();
    void hugeTemplatesAnswerBriefly();
};

void TestTemplateEngine::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("eol");
    QTest::addColumn<QString>("expected");

    const int name = int(TemplateKind::Name);
    const int content = int(TemplateKind::Content);
    QTest::addRow("index") << u"{index}"_s << name << qint64(42) << qint64(1) << u"\n"_s << u"42"_s;
    QTest::addRow("index negative") << u"{index}"_s << name << qint64(-7) << qint64(1) << u"\n"_s << u"-7"_s;
    QTest::addRow("index big") << u"{index}"_s << name << qint64(9'876'543'210) << qint64(1) << u"\n"_s
                               << u"9876543210"_s;
    QTest::addRow("index:000 pads") << u"{index:000}"_s << name << qint64(7) << qint64(1) << u"\n"_s << u"007"_s;
    QTest::addRow("index:000 wider") << u"{index:000}"_s << name << qint64(1234) << qint64(1) << u"\n"_s << u"1234"_s;
    QTest::addRow("index:00 seed") << u"file-{index:00}.txt"_s << name << qint64(1) << qint64(1) << u"\n"_s
                                   << u"file-01.txt"_s;
    QTest::addRow("index:00 two digits") << u"{index:00}"_s << name << qint64(11) << qint64(1) << u"\n"_s << u"11"_s;
    QTest::addRow("index:00 negative") << u"{index:00}"_s << name << qint64(-5) << qint64(1) << u"\n"_s << u"-05"_s;
    QTest::addRow("index:00 zero") << u"{index:00}"_s << name << qint64(0) << qint64(1) << u"\n"_s << u"00"_s;
    QTest::addRow("index:D4") << u"{index:D4}"_s << name << qint64(42) << qint64(1) << u"\n"_s << u"0042"_s;
    QTest::addRow("index:D4 negative") << u"{index:D4}"_s << name << qint64(-42) << qint64(1) << u"\n"_s << u"-0042"_s;
    QTest::addRow("index:x") << u"{index:x}"_s << name << qint64(255) << qint64(1) << u"\n"_s << u"ff"_s;
    QTest::addRow("index:X") << u"{index:X}"_s << name << qint64(255) << qint64(1) << u"\n"_s << u"FF"_s;
    QTest::addRow("index:X8") << u"{index:X8}"_s << name << qint64(255) << qint64(1) << u"\n"_s << u"000000FF"_s;
    QTest::addRow("index:x4") << u"{index:x4}"_s << name << qint64(10) << qint64(1) << u"\n"_s << u"000a"_s;
    QTest::addRow("n") << u"{n}"_s << name << qint64(100) << qint64(3) << u"\n"_s << u"3"_s;
    QTest::addRow("count") << u"{n} of {count}"_s << content << qint64(100) << qint64(3) << u"\n"_s << u"3 of 250"_s;
    QTest::addRow("date format") << u"{date:yyyy-MM-dd}"_s << name << qint64(1) << qint64(1) << u"\n"_s
                                 << u"2024-03-09"_s;
    QTest::addRow("date default") << u"{date}"_s << name << qint64(1) << qint64(1) << u"\n"_s << u"2024-03-09"_s;
    QTest::addRow("time format") << u"{time:HH-mm-ss}"_s << name << qint64(1) << qint64(1) << u"\n"_s << u"07-05-03"_s;
    QTest::addRow("time default") << u"{time}"_s << name << qint64(1) << qint64(1) << u"\n"_s << u"07-05-03"_s;
    QTest::addRow("folder") << u"{folder}.txt"_s << name << qint64(1) << qint64(1) << u"\n"_s << u"out-dir.txt"_s;
    QTest::addRow("nl lf") << u"a{nl}b"_s << content << qint64(1) << qint64(1) << u"\n"_s << u"a\nb"_s;
    QTest::addRow("nl crlf") << u"a{nl}b"_s << content << qint64(1) << qint64(1) << u"\r\n"_s << u"a\r\nb"_s;
    QTest::addRow("nl cr") << u"a{nl}b"_s << content << qint64(1) << qint64(1) << u"\r"_s << u"a\rb"_s;
    QTest::addRow("tab") << u"a{tab}b"_s << content << qint64(1) << qint64(1) << u"\n"_s << u"a\tb"_s;
    QTest::addRow("tab in name") << u"a{tab}b"_s << name << qint64(1) << qint64(1) << u"\n"_s << u"a\tb"_s;
    QTest::addRow("open literal") << u"{{"_s << content << qint64(1) << qint64(1) << u"\n"_s << u"{"_s;
    QTest::addRow("close literal") << u"}}"_s << content << qint64(1) << qint64(1) << u"\n"_s << u"}"_s;
    QTest::addRow("escaped placeholder") << u"{{index}}"_s << content << qint64(1) << qint64(1) << u"\n"_s
                                         << u"{index}"_s;
    QTest::addRow("json") << uR"({{"id": {index}}})"_s << content << qint64(5) << qint64(1) << u"\n"_s
                          << uR"({"id": 5})"_s;
    QTest::addRow("json nested") << uR"({{"a": {{"n": {n}}}}}{nl})"_s << content << qint64(5) << qint64(2) << u"\r\n"_s
                                 << u"{\"a\": {\"n\": 2}}\r\n"_s;
    QTest::addRow("seed content") << u"In file {index}{nl}"_s << content << qint64(11) << qint64(1) << u"\n"_s
                                  << u"In file 11\n"_s;
    QTest::addRow("unicode literal") << u"é€中😀-{index}"_s << name << qint64(3) << qint64(1) << u"\n"_s << u"é€中😀-3"_s;
    QTest::addRow("empty content") << QString() << content << qint64(3) << qint64(1) << u"\n"_s << QString();
}

void TestTemplateEngine::render()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(qint64, index);
    QFETCH(qint64, n);
    QFETCH(QString, eol);
    QFETCH(QString, expected);

    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind(kind), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
    QVERIFY(t.isValid());
    const Template b = t.bound(constants(eol));
    QVERIFY(b.isValid());
    FileContext ctx;
    ctx.index = index;
    ctx.n = n;
    QCOMPARE(b.render(ctx), expected);
}

void TestTemplateEngine::literalLineBreaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("eol");
    QTest::addColumn<QString>("expected");

    QTest::addRow("lf to lf") << u"a\nb\n"_s << u"\n"_s << u"a\nb\n"_s;
    QTest::addRow("lf to crlf") << u"a\nb\n"_s << u"\r\n"_s << u"a\r\nb\r\n"_s;
    QTest::addRow("lf to cr") << u"a\nb\n"_s << u"\r"_s << u"a\rb\r"_s;
    QTest::addRow("crlf to lf") << u"a\r\nb\r\n"_s << u"\n"_s << u"a\nb\n"_s;
    QTest::addRow("crlf to crlf") << u"a\r\nb\r\n"_s << u"\r\n"_s << u"a\r\nb\r\n"_s;
    QTest::addRow("crlf to cr") << u"a\r\nb"_s << u"\r"_s << u"a\rb"_s;
    QTest::addRow("mixed with nl") << u"x{nl}y\r\nz"_s << u"\r\n"_s << u"x\r\ny\r\nz"_s;
    QTest::addRow("blank lines") << u"\n\n"_s << u"\r\n"_s << u"\r\n\r\n"_s;
}

void TestTemplateEngine::literalLineBreaks()
{
    QFETCH(QString, text);
    QFETCH(QString, eol);
    QFETCH(QString, expected);

    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind::Content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
    QCOMPARE(t.bound(constants(eol)).render(FileContext{}), expected);
}

void TestTemplateEngine::uuid()
{
    const Template t = compiled(u"{uuid}"_s, TemplateKind::Name);
    QVERIFY(t.isValid());
    // A pure function of the file's random key (seed and position): another key, another UUID.
    const QString a = t.render(FileContext{1, 1, {}, 11});
    const QString b = t.render(FileContext{1, 1, {}, 12});
    QCOMPARE(t.render(FileContext{1, 1, {}, 11}), a);
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    QCOMPARE(a.size(), 36);
    QVERIFY2(re.match(a).hasMatch(), qPrintable(a));
    QVERIFY2(re.match(b).hasMatch(), qPrintable(b));
    QVERIFY(a != b);
}

void TestTemplateEngine::random()
{
    const Template t = compiled(u"r-{random:8}"_s, TemplateKind::Name);
    QVERIFY(t.isValid());
    static const QRegularExpression re(u"^r-[A-Za-z0-9]{8}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        const QString s = t.render(FileContext{1, 1, {}, Quire::FileRandom::keyFor(99, i)});
        QCOMPARE(t.render(FileContext{1, 1, {}, Quire::FileRandom::keyFor(99, i)}), s); // the same file again
        QVERIFY2(re.match(s).hasMatch(), qPrintable(s));
        seen.insert(s);
    }
    // 62^8 possibilities: twenty renders colliding means the generator is not random.
    QCOMPARE(seen.size(), 20);
}

void TestTemplateEngine::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("mentions");

    const int name = int(TemplateKind::Name);
    const int content = int(TemplateKind::Content);
    QTest::addRow("unknown with hint") << u"file-{indx}.txt"_s << name << 1 << 6
                                       << QStringList{u"unknown placeholder {indx}"_s, u"column 6"_s,
                                                      u"did you mean {index}?"_s};
    QTest::addRow("unknown in content") << u"{cont}"_s << content << 1 << 1
                                        << QStringList{u"{cont}"_s, u"did you mean {count}?"_s};
    QTest::addRow("unknown no hint") << u"ab{zzzzzzzz}"_s << content << 1 << 3 << QStringList{u"{zzzzzzzz}"_s};
    QTest::addRow("unclosed brace") << u"abc{index"_s << name << 1 << 4 << QStringList{u"column 4"_s};
    QTest::addRow("unclosed at end") << u"abc{"_s << content << 1 << 4 << QStringList{u"column 4"_s};
    QTest::addRow("stray close") << u"ab}c"_s << name << 1 << 3 << QStringList{u"}"_s, u"column 3"_s};
    QTest::addRow("empty placeholder") << u"x{}"_s << name << 1 << 2 << QStringList{u"{}"_s, u"column 2"_s};
    QTest::addRow("bad index format") << u"{index:abc}"_s << name << 1 << 1 << QStringList{u"abc"_s};
    QTest::addRow("bad hex width") << u"{index:xq}"_s << name << 1 << 1 << QStringList{u"xq"_s};
    QTest::addRow("random zero") << u"{random:0}"_s << name << 1 << 1 << QStringList{u"random"_s};
    QTest::addRow("random no number") << u"{random:abc}"_s << name << 1 << 1 << QStringList{u"random"_s};
    QTest::addRow("name in name") << u"a-{name}"_s << name << 1 << 3 << QStringList{u"{name}"_s};
    QTest::addRow("nl in name") << u"a{nl}"_s << name << 1 << 2 << QStringList{u"{nl}"_s};
    QTest::addRow("line break in name") << u"ab\ncd"_s << name << 1 << 3 << QStringList{};
    QTest::addRow("second line column") << u"line one\n  {bad}"_s << content << 2 << 3
                                        << QStringList{u"{bad}"_s, u"column 3"_s};
    QTest::addRow("third line after a brace")
        << u"a{{\nb}}\nc {indx}"_s << content << 3 << 3 << QStringList{u"{indx}"_s, u"line 3, column 3"_s};
    QTest::addRow("date format of 300 characters")
        << u"x{date:"_s + QString(300, u'y') + u"}"_s << name << 1 << 2
        << QStringList{u"300 characters"_s, u"limit is 256"_s, u"{date:yyyy"_s};
}

void TestTemplateEngine::errors()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, mentions);

    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind(kind), &errors);
    QVERIFY(!t.isValid());
    QVERIFY2(errors.size() == 1, qPrintable(errorText(errors)));
    const TemplateError &e = errors.constFirst();
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(!e.message.isEmpty());
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(e.message.contains(m), qPrintable(u"'%1' lacks '%2'"_s.arg(e.message, m)));
}

void TestTemplateEngine::exactWording()
{
    // The issue's own example, word for word.
    QList<TemplateError> errors;
    (void)Template::compile(u"file-{indx}.txt"_s, TemplateKind::Name, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().message, u"unknown placeholder {indx} at column 6 (did you mean {index}?)"_s);
    errors.clear();
    (void)Template::compile(u"ab}c"_s, TemplateKind::Name, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().message, u"unmatched } at column 3 (write }} for a literal brace)"_s);
    errors.clear();
    (void)Template::compile(u"abc{index"_s, TemplateKind::Content, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().message, u"unclosed { at column 4 (write {{ for a literal brace)"_s);
}

void TestTemplateEngine::severalErrorsAllReported()
{
    QList<TemplateError> errors;
    const Template t = Template::compile(u"{indx}-{nmae}-{index:zz}"_s, TemplateKind::Name, &errors);
    QVERIFY(!t.isValid());
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).column, 1);
    QCOMPARE(errors.at(1).column, 8);
    QCOMPARE(errors.at(2).column, 15);
    QVERIFY(errors.at(0).message.contains(u"did you mean {index}?"_s));
}

void TestTemplateEngine::reusedBuffer()
{
    const Template t = compiled(u"{index:000}|{n}|{count}|{folder}|{date:yyyyMMdd}|{time:HHmmss}|{name}{nl}{tab}x"_s,
                                TemplateKind::Content, u"\r\n"_s);
    QVERIFY(t.isValid());
    const QString name = u"the-name.txt"_s;
    FileContext ctx;
    ctx.index = 7;
    ctx.n = 2;
    ctx.name = name;
    const QString expected = u"007|2|250|out-dir|20240309|070503|the-name.txt\r\n\tx"_s;

    QString buffer = QString(500, u'#');
    t.render(ctx, buffer);
    QCOMPARE(buffer, expected);
    t.render(ctx, buffer);
    QCOMPARE(buffer, expected);

    ctx.index = 12345;
    ctx.n = 10;
    t.render(ctx, buffer);
    QCOMPARE(buffer, u"12345|10|250|out-dir|20240309|070503|the-name.txt\r\n\tx"_s);
    ctx.index = 7;
    ctx.n = 2;
    t.render(ctx, buffer);
    QCOMPARE(buffer, expected);
    QCOMPARE(t.render(ctx), expected);
}

void TestTemplateEngine::uniquePerFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unique");

    QTest::addRow("index") << u"f{index}.txt"_s << true;
    QTest::addRow("index padded") << u"f{index:000}.txt"_s << true;
    QTest::addRow("n") << u"f{n}"_s << true;
    QTest::addRow("uuid") << u"{uuid}"_s << true;
    QTest::addRow("constant") << u"file.txt"_s << false;
    QTest::addRow("count") << u"{count}"_s << false;
    QTest::addRow("date") << u"{date}"_s << false;
    QTest::addRow("escaped index") << u"{{index}}"_s << false;
}

void TestTemplateEngine::uniquePerFile()
{
    QFETCH(QString, text);
    QFETCH(bool, unique);
    QList<TemplateError> errors;
    const Template t = Template::compile(text, TemplateKind::Name, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
    QCOMPARE(t.isUniquePerFile(), unique);
}

void TestTemplateEngine::placeholderNames()
{
    const QStringList names = Template::placeholderNames();
    for (const QString &p : {u"index"_s, u"n"_s, u"count"_s, u"date"_s, u"time"_s, u"uuid"_s, u"random"_s, u"folder"_s,
                             u"name"_s, u"nl"_s, u"tab"_s}) {
        const bool found = names.contains(p) || names.contains(u'{' + p + u'}');
        QVERIFY2(found, qPrintable(p));
    }
}

void TestTemplateEngine::formatError()
{
    QList<TemplateError> errors;
    (void)Template::compile(u"file-{indx}.txt"_s, TemplateKind::Name, &errors);
    QCOMPARE(errors.size(), 1);
    const QString line = Quire::formatTemplateError(u"name template"_s, errors.constFirst());
    QVERIFY2(line.contains(u"name template"_s), qPrintable(line));
    QVERIFY2(line.contains(errors.constFirst().message), qPrintable(line));
    QVERIFY2(!line.contains(u'\n'), qPrintable(line));
}

// A broken template of any size gets a bounded list of short messages (and is parsed in linear time).
void TestTemplateEngine::hugeTemplatesAnswerBriefly()
{
    QList<TemplateError> errors;
    (void)Template::compile(u"{x}"_s.repeated(20000), TemplateKind::Content, &errors);
    QCOMPARE(errors.size(), 21);
    QCOMPARE(errors.at(19).column, 58);
    QCOMPARE(errors.last().message, u"and 19980 more mistakes like these (fix the ones above first)"_s);

    errors.clear();
    (void)Template::compile(u"{index:"_s + QString(1000000, u'0') + u"}"_s, TemplateKind::Name, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.size() < 200, qPrintable(errors.first().message.left(300)));
    QVERIFY(errors.first().message.contains(u"width up to 64"_s));
}

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
