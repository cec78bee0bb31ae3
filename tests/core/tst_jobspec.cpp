#include "core/job/jobspec.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Quire::IfExists;
using Quire::JobSpec;
using Quire::LineEnding;
using QuireTest::TestDir;
using QuireTest::writeFile;

namespace {

// Every field non-default. A job names either inline content or a content file (read once by the
// planner), so the content file variant keeps the default inline template and vice versa.
JobSpec fullSpec(bool withContentFile = false)
{
    JobSpec s;
    s.folders = QStringList{u"/tmp/a b"_s, u"relative/é"_s};
    s.from = -3'000'000'000;
    s.to = 4'000'000'000;
    s.step = -7;
    s.nameTemplate = u"x-{index:X8}.json"_s;
    if (withContentFile) {
        s.contentFile = u"/tmp/content.txt"_s;
        s.contentFileEncoding = u"windows-1252"_s;
    } else {
        s.contentTemplate = u"{{\"id\": {index}}}{nl}\tü"_s;
    }
    s.encoding = u"UTF-16BE"_s;
    s.bom = true;
    s.lineEnding = LineEnding::CrLf;
    s.ifExists = IfExists::Rename;
    s.parallel = 17;
    s.durable = true;
    s.stopOnError = true;
    s.writeMethod = Quire::WriteMethod::Atomic;
    s.backup = true;
    s.seed = Quire::MaxSeed; // the largest seed must survive JSON exactly
    return s;
}

QString joined(const QStringList &errors)
{
    return errors.join(u" | "_s);
}

// A value of the wrong JSON type for whatever the key holds.
QJsonValue wrongTypeFor(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonValue(12);
    case QJsonValue::Double:
        return QJsonValue(u"twelve"_s);
    case QJsonValue::Bool:
        return QJsonValue(u"yes"_s);
    case QJsonValue::Array:
        return QJsonValue(5);
    default:
        return QJsonValue(QJsonArray{1});
    }
}

QString keyHolding(const QJsonObject &json, const QString &value)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().toString() == value)
            return it.key();
    }
    return {};
}

} // namespace

class TestJobSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripDefaults();
    void fullSpecDiffersFromDefault();
    void jsonFile();
    void jsonFileErrors();
    void unknownKey();
    void wrongType_data();
    void wrongType();
    void badEnum_data();
    void badSeed_data();
    void badSeed();
    void badEnum();
    void lineEndingNames_data();
    void lineEndingNames();
    void ifExistsNames_data();
    void ifExistsNames();
    void badNames();
    void hostileText_data();
    void hostileText();
    void wholeSurrogatePairAccepted();
    void rowsRoundTrip();
    void rowsErrors_data();
    void rowsErrors();
    // Content generators (issue 11)
    void generatorsRoundTrip_data();
    void generatorsRoundTrip();
    void generatorSizesAsStrings();
};

void TestJobSpec::roundTrip_data()
{
    QTest::addColumn<bool>("withContentFile");
    QTest::addRow("inline content") << false;
    QTest::addRow("content file") << true;
}

void TestJobSpec::roundTrip()
{
    QFETCH(bool, withContentFile);
    const JobSpec spec = fullSpec(withContentFile);
    QStringList errors;
    const std::optional<JobSpec> back = JobSpec::fromJson(spec.toJson(), &errors);
    QVERIFY2(back.has_value(), qPrintable(joined(errors)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(back->folders, spec.folders);
    QCOMPARE(back->from, spec.from);
    QCOMPARE(back->to, spec.to);
    QCOMPARE(back->step, spec.step);
    QCOMPARE(back->nameTemplate, spec.nameTemplate);
    QCOMPARE(back->contentTemplate, spec.contentTemplate);
    QCOMPARE(back->contentFile, spec.contentFile);
    QCOMPARE(back->contentFileEncoding, spec.contentFileEncoding);
    QCOMPARE(back->encoding, spec.encoding);
    QCOMPARE(back->bom, spec.bom);
    QCOMPARE(back->lineEnding, spec.lineEnding);
    QCOMPARE(back->ifExists, spec.ifExists);
    QCOMPARE(back->parallel, spec.parallel);
    QCOMPARE(back->durable, spec.durable);
    QCOMPARE(back->stopOnError, spec.stopOnError);
    QVERIFY(*back == spec);

    // Through text too, as a job file is.
    const QByteArray text = QJsonDocument(spec.toJson()).toJson();
    const std::optional<JobSpec> fromText = JobSpec::fromJson(QJsonDocument::fromJson(text).object(), &errors);
    QVERIFY(fromText.has_value());
    QVERIFY(*fromText == spec);
}

void TestJobSpec::roundTripDefaults()
{
    QStringList errors;
    const std::optional<JobSpec> back = JobSpec::fromJson(JobSpec().toJson(), &errors);
    QVERIFY2(back.has_value(), qPrintable(joined(errors)));
    QVERIFY(*back == JobSpec());

    // A job file only needs what differs from the defaults.
    const std::optional<JobSpec> empty = JobSpec::fromJson(QJsonObject(), &errors);
    QVERIFY2(empty.has_value(), qPrintable(joined(errors)));
    QVERIFY(*empty == JobSpec());
}

void TestJobSpec::fullSpecDiffersFromDefault()
{
    // Guards the round trip: every field of fullSpec() must be non-default, else it proves nothing.
    const JobSpec d;
    const JobSpec f = fullSpec();
    const JobSpec g = fullSpec(true);
    QVERIFY(f.folders != d.folders);
    QVERIFY(f.from != d.from && f.to != d.to && f.step != d.step);
    QVERIFY(f.nameTemplate != d.nameTemplate && f.contentTemplate != d.contentTemplate);
    QVERIFY(g.contentFile != d.contentFile && g.contentFileEncoding != d.contentFileEncoding);
    QVERIFY(f.encoding != d.encoding && f.bom != d.bom && f.lineEnding != d.lineEnding);
    QVERIFY(f.ifExists != d.ifExists && f.parallel != d.parallel);
    QVERIFY(f.durable != d.durable && f.stopOnError != d.stopOnError);
    QVERIFY(f.writeMethod != d.writeMethod && f.backup != d.backup && f.seed != d.seed);
    QSet<QString> keys;
    for (const JobSpec &spec : {f, g}) {
        const QStringList k = spec.toJson().keys();
        keys.unite(QSet<QString>(k.cbegin(), k.cend()));
    }
    QCOMPARE(keys.size(), 18);
}

void TestJobSpec::jsonFile()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"job.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(fullSpec().toJson()).toJson()));

    QStringList errors;
    const std::optional<JobSpec> spec = JobSpec::fromJsonFile(path, &errors);
    QVERIFY2(spec.has_value(), qPrintable(joined(errors)));
    QVERIFY(*spec == fullSpec());
}

void TestJobSpec::jsonFileErrors()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.json"_s);
    QStringList errors;
    QVERIFY(!JobSpec::fromJsonFile(missing, &errors).has_value());
    QVERIFY(!errors.isEmpty());
    QVERIFY2(joined(errors).contains(missing), qPrintable(joined(errors)));

    const QString broken = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(broken, "{\"from\": 1,\n \"to\": }"));
    errors.clear();
    QVERIFY(!JobSpec::fromJsonFile(broken, &errors).has_value());
    QVERIFY(!errors.isEmpty());
    const QString text = joined(errors);
    QVERIFY2(text.contains(broken), qPrintable(text));
    // The syntax error's offset: QJsonParseError reports 19 or 20 for this input.
    QVERIFY2(text.contains(u"19"_s) || text.contains(u"20"_s), qPrintable(text));

    const QString notObject = dir.filePath(u"array.json"_s);
    QVERIFY(writeFile(notObject, "[1, 2]"));
    errors.clear();
    QVERIFY(!JobSpec::fromJsonFile(notObject, &errors).has_value());
    QVERIFY(!errors.isEmpty());
}

void TestJobSpec::unknownKey()
{
    QJsonObject json = JobSpec().toJson();
    json.insert(u"colour"_s, u"blue"_s);
    json.insert(u"frm"_s, 3);
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors).has_value());
    const QString text = joined(errors);
    QVERIFY2(text.contains(u"colour"_s), qPrintable(text));
    QVERIFY2(text.contains(u"frm"_s), qPrintable(text));
}

void TestJobSpec::wrongType_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("withContentFile");
    for (bool withFile : {false, true}) {
        const QJsonObject json = fullSpec(withFile).toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!withFile || it.key().startsWith(u"contentFile"_s))
                QTest::addRow("%s", qPrintable(it.key())) << it.key() << withFile;
        }
    }
}

void TestJobSpec::wrongType()
{
    QFETCH(QString, key);
    QFETCH(bool, withContentFile);
    QJsonObject json = fullSpec(withContentFile).toJson();
    json.insert(key, wrongTypeFor(json.value(key)));
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors).has_value());
    QVERIFY(!errors.isEmpty());
    QVERIFY2(joined(errors).contains(key), qPrintable(joined(errors)));
}

void TestJobSpec::badEnum_data()
{
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<QJsonValue>("bad");

    QTest::addRow("line ending word") << u"lf"_s << QJsonValue(u"unix"_s);
    QTest::addRow("line ending case") << u"lf"_s << QJsonValue(u"LFX"_s);
    QTest::addRow("line ending empty") << u"lf"_s << QJsonValue(QString());
    QTest::addRow("if-exists word") << u"fail"_s << QJsonValue(u"clobber"_s);
    QTest::addRow("if-exists empty") << u"fail"_s << QJsonValue(QString());
    QTest::addRow("write method word") << u"direct"_s << QJsonValue(u"fast"_s);
}

void TestJobSpec::badSeed_data()
{
    QTest::addColumn<QJsonValue>("seed");
    QTest::addRow("negative") << QJsonValue(-1);
    QTest::addRow("2^53") << QJsonValue(double(Quire::MaxSeed) + 1);
    QTest::addRow("fraction") << QJsonValue(1.5);
    QTest::addRow("text") << QJsonValue(u"12"_s);
}

void TestJobSpec::badSeed()
{
    QFETCH(QJsonValue, seed);
    QJsonObject json = JobSpec().toJson();
    json.insert(u"seed"_s, seed);
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors).has_value());
    QVERIFY2(joined(errors).contains(u"\"seed\" must be"_s), qPrintable(joined(errors)));
}

void TestJobSpec::badEnum()
{
    QFETCH(QString, defaultValue);
    QFETCH(QJsonValue, bad);
    QJsonObject json = JobSpec().toJson();
    const QString key = keyHolding(json, defaultValue);
    QVERIFY2(!key.isEmpty(), "toJson() must write enums by name");
    json.insert(key, bad);
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors).has_value());
    const QString text = joined(errors);
    QVERIFY2(text.contains(key), qPrintable(text));
    if (!bad.toString().isEmpty())
        QVERIFY2(text.contains(bad.toString()), qPrintable(text));
}

void TestJobSpec::lineEndingNames_data()
{
    QTest::addColumn<LineEnding>("eol");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addRow("lf") << LineEnding::Lf << u"lf"_s << u"\n"_s;
    QTest::addRow("crlf") << LineEnding::CrLf << u"crlf"_s << u"\r\n"_s;
    QTest::addRow("cr") << LineEnding::Cr << u"cr"_s << u"\r"_s;
}

void TestJobSpec::lineEndingNames()
{
    QFETCH(LineEnding, eol);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QCOMPARE(Quire::lineEndingName(eol), name);
    QCOMPARE(Quire::lineEndingText(eol), text);
    QCOMPARE(Quire::lineEndingFromName(name), std::optional<LineEnding>(eol));
}

void TestJobSpec::ifExistsNames_data()
{
    QTest::addColumn<IfExists>("policy");
    QTest::addColumn<QString>("name");
    QTest::addRow("fail") << IfExists::Fail << u"fail"_s;
    QTest::addRow("skip") << IfExists::Skip << u"skip"_s;
    QTest::addRow("overwrite") << IfExists::Overwrite << u"overwrite"_s;
    QTest::addRow("rename") << IfExists::Rename << u"rename"_s;
}

void TestJobSpec::ifExistsNames()
{
    QFETCH(IfExists, policy);
    QFETCH(QString, name);
    QCOMPARE(Quire::ifExistsName(policy), name);
    QCOMPARE(Quire::ifExistsFromName(name), std::optional<IfExists>(policy));
}

void TestJobSpec::badNames()
{
    QVERIFY(!Quire::lineEndingFromName(u"unix"_s).has_value());
    QVERIFY(!Quire::lineEndingFromName(QString()).has_value());
    QVERIFY(!Quire::ifExistsFromName(u"clobber"_s).has_value());
    QVERIFY(!Quire::ifExistsFromName(QString()).has_value());
    QVERIFY(Quire::defaultParallelWrites() >= 1);
    QVERIFY(Quire::defaultParallelWrites() <= Quire::MaxParallelWrites);
}

// What QJsonDocument would take silently (the last duplicate, U+FFFD for bad bytes) or word poorly.
void TestJobSpec::hostileText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::addRow("duplicate key") << QByteArray(R"({"from": 1, "to": 3, "from": 2})")
                                   << QStringList{u"\"from\""_s, u"twice"_s, u"offset"_s};
    QTest::addRow("duplicate key, nested")
        << QByteArray(R"({"folders": [{"a": 1, "a": 2}]})") << QStringList{u"\"a\""_s, u"twice"_s};
    QTest::addRow("nested 65 deep") << "{\"from\": " + QByteArray(65, '[') + QByteArray(65, ']') + "}"
                                    << QStringList{u"nested deeper than 64"_s};
    QTest::addRow("NaN") << QByteArray(R"({"from": NaN})") << QStringList{u"NaN"_s, u"byte offset 9"_s};
    QTest::addRow("Infinity") << QByteArray(R"({"to": Infinity})") << QStringList{u"Infinity"_s};
    QTest::addRow("1e400") << QByteArray(R"({"to": 1e400})") << QStringList{u"1e400"_s, u"out of range"_s};
    QTest::addRow("100-digit number") << "{\"to\": " + QByteArray(100, '9') + "}"
                                      << QStringList{u"9999"_s, u"out of range"_s};
    QTest::addRow("lone high surrogate") << QByteArray(R"({"name": "a\ud800b"})")
                                         << QStringList{u"\\ud800"_s, u"surrogate"_s};
    QTest::addRow("lone low surrogate") << QByteArray(R"({"folders": ["\udc00"]})")
                                        << QStringList{u"\\udc00"_s, u"surrogate"_s, u"(in \"folders\")"_s};
    QTest::addRow("invalid UTF-8") << QByteArray("{\"name\": \"a\xc3(\"}") << QStringList{u"UTF-8"_s, u"0xc3"_s};
    QTest::addRow("encoded surrogate (CESU)")
        << QByteArray("{\"name\": \"\xed\xa0\x80\"}") << QStringList{u"UTF-8"_s, u"0xed"_s};
}

void TestJobSpec::hostileText()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"job.json"_s);
    QVERIFY(writeFile(path, json));
    QStringList errors;
    QVERIFY(!JobSpec::fromJsonFile(path, &errors).has_value());
    const QString text = joined(errors);
    QVERIFY2(text.contains(path), qPrintable(text));
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(text));
}

void TestJobSpec::wholeSurrogatePairAccepted()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"job.json"_s);
    QVERIFY(writeFile(path, R"({"name": "\ud83d\ude00-{index}\n", "from": -12, "to": 1.0e1})"));
    QStringList errors;
    const std::optional<JobSpec> spec = JobSpec::fromJsonFile(path, &errors);
    QVERIFY2(spec.has_value(), qPrintable(joined(errors)));
    QCOMPARE(spec->nameTemplate, u"\U0001F600-{index}\n"_s);
    QCOMPARE(spec->to, qint64(10));
}

// CSV rows: "rows": {"file", "delimiter", "header", "encoding", "trim"} (+ "fingerprint" in journals).
void TestJobSpec::rowsRoundTrip()
{
    JobSpec spec;
    spec.rows.file = u"orders.csv"_s;
    spec.rows.delimiter = u"tab"_s;
    spec.rows.header = false;
    spec.rows.encoding = u"windows-1252"_s;
    spec.rows.trim = true;
    spec.rows.fingerprint = u"12:abc"_s;
    const QJsonObject json = spec.toJson();
    QCOMPARE(json.value(u"rows"_s).toObject(), QJsonObject({{u"file"_s, u"orders.csv"_s},
                                                            {u"delimiter"_s, u"tab"_s},
                                                            {u"header"_s, false},
                                                            {u"encoding"_s, u"windows-1252"_s},
                                                            {u"trim"_s, true},
                                                            {u"fingerprint"_s, u"12:abc"_s}}));
    QStringList errors;
    const auto back = JobSpec::fromJson(json, &errors);
    QVERIFY2(back.has_value(), qPrintable(errors.join(u'\n')));
    QCOMPARE(*back, spec);
    QVERIFY(!JobSpec().toJson().contains(u"rows"_s));
}

void TestJobSpec::rowsErrors_data()
{
    QTest::addColumn<QJsonValue>("rows");
    QTest::addColumn<QString>("message");
    QTest::addRow("not an object") << QJsonValue(u"a.csv"_s) << u"job key \"rows\" must be an object"_s;
    QTest::addRow("no file") << QJsonValue(QJsonObject{{u"header"_s, true}}) << u"\"rows\" needs \"file\""_s;
    QTest::addRow("unknown key") << QJsonValue(QJsonObject{{u"file"_s, u"a.csv"_s}, {u"sep"_s, u","_s}})
                                 << u"unknown key \"sep\" in \"rows\""_s;
    QTest::addRow("wrong type") << QJsonValue(QJsonObject{{u"file"_s, u"a.csv"_s}, {u"header"_s, u"yes"_s}})
                                << u"job key \"header\" must be true or false"_s;
}

void TestJobSpec::rowsErrors()
{
    QFETCH(QJsonValue, rows);
    QFETCH(QString, message);
    QJsonObject json = JobSpec().toJson();
    json.insert(u"rows"_s, rows);
    QStringList errors;
    QVERIFY(!JobSpec::fromJson(json, &errors).has_value());
    QVERIFY2(errors.join(u'\n').contains(message), qPrintable(errors.join(u'\n')));
}

// Content generators: each mode (and --verify) survives toJson/fromJson exactly.
void TestJobSpec::generatorsRoundTrip_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("fill") << 0;
    QTest::addRow("random") << 1;
    QTest::addRow("copy") << 2;
    QTest::addRow("sparse") << 3;
}

void TestJobSpec::generatorsRoundTrip()
{
    QFETCH(int, mode);
    JobSpec spec;
    spec.folders = {QStringLiteral("/tmp/x")};
    spec.verify = true;
    if (mode == 0)
        spec.size = qint64(2) << 30;
    else if (mode == 1)
        spec.randomBytes = 4096;
    else if (mode == 2)
        spec.copyFrom = QStringLiteral("/tmp/src.bin");
    else
        spec.sparse = 0;
    const QJsonObject json = spec.toJson();
    QCOMPARE(json.contains(QStringLiteral("content")), mode == 0); // only fill repeats a template
    QStringList errors;
    const std::optional<JobSpec> back = JobSpec::fromJson(json, &errors);
    QVERIFY2(back.has_value(), qPrintable(joined(errors)));
    QVERIFY(*back == spec);
}

void TestJobSpec::generatorSizesAsStrings()
{
    QStringList errors;
    const auto spec = JobSpec::fromJson(
        QJsonObject{{QStringLiteral("size"), QStringLiteral("4KiB")}, {QStringLiteral("content"), QStringLiteral("x")}},
        &errors);
    QVERIFY2(spec.has_value(), qPrintable(joined(errors)));
    QCOMPARE(spec->size.value_or(-1), 4096);
    QVERIFY(!JobSpec::fromJson(
        QJsonObject{{QStringLiteral("sparse"), QStringLiteral("2GB")}, {QStringLiteral("random"), 5}}, &errors));
    QVERIFY(joined(errors).contains(QStringLiteral("keep one of them")));
}

QTEST_GUILESS_MAIN(TestJobSpec)
#include "tst_jobspec.moc"
