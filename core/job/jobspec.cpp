#include "core/job/jobspec.h"

#include "core/base/safefile.h"
#include "core/base/translations.h"
#include "core/content/bytesize.h"
#include "core/job/jsonprescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cmath>

namespace Quire {

namespace {

struct JsonReader
{
    const QJsonObject &json;
    QStringList *errors;
    bool ok = true;

    void fail(const QString &message)
    {
        ok = false;
        if (errors)
            errors->append(message);
    }

    void typeError(const QString &key, const char *expected)
    {
        fail(trCore("Quire::JobSpec", "job key \"%1\" must be %2").arg(key, trCore("Quire::JobSpec", expected)));
    }

    void read(const QString &key, QString &target)
    {
        if (!json.contains(key))
            return;
        if (!json.value(key).isString())
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a string"));
        target = json.value(key).toString();
    }

    void read(const QString &key, bool &target)
    {
        if (!json.contains(key))
            return;
        if (!json.value(key).isBool())
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "true or false"));
        target = json.value(key).toBool();
    }

    void read(const QString &key, qint64 &target)
    {
        if (!json.contains(key))
            return;
        const QJsonValue value = json.value(key);
        // toInteger() is exact for every 64-bit integer and returns the default for anything else,
        // so two different defaults tell a whole number from a fraction or an out-of-range value.
        if (!value.isDouble() || value.toInteger(1) != value.toInteger(2))
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a whole number (64-bit)"));
        target = value.toInteger();
    }

    void readSeed(const QString &key, std::optional<qint64> &target)
    {
        if (!json.contains(key))
            return;
        qint64 value = -1;
        read(key, value);
        if (value < 0 || value > MaxSeed)
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a whole number from 0 to 9007199254740991"));
        target = value;
    }

    void read(const QString &key, int &target)
    {
        qint64 wide = target;
        read(key, wide);
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a whole number of reasonable size"));
        target = int(wide);
    }

    void read(const QString &key, QStringList &target)
    {
        if (!json.contains(key))
            return;
        const QJsonValue value = json.value(key);
        if (value.isString()) {
            target = QStringList{value.toString()};
            return;
        }
        if (!value.isArray())
            return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a list of folder paths"));
        target.clear();
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "a list of folder paths (strings)"));
            target.append(item.toString());
        }
    }

    template <typename Enum>
    void readEnum(const QString &key, Enum &target, std::optional<Enum> (*parse)(const QString &), const char *allowed)
    {
        QString text;
        read(key, text);
        if (!json.contains(key) || !json.value(key).isString())
            return;
        if (const auto parsed = parse(text))
            target = *parsed;
        else
            fail(trCore("Quire::JobSpec", "job key \"%1\" has unknown value \"%2\" (use one of: %3)")
                     .arg(key, text, QLatin1String(allowed)));
    }
};

const QStringList knownKeys{
    QStringLiteral("folders"),     QStringLiteral("from"),
    QStringLiteral("to"),          QStringLiteral("step"),
    QStringLiteral("name"),        QStringLiteral("content"),
    QStringLiteral("contentFile"), QStringLiteral("contentFileEncoding"),
    QStringLiteral("encoding"),    QStringLiteral("bom"),
    QStringLiteral("eol"),         QStringLiteral("ifExists"),
    QStringLiteral("parallel"),    QStringLiteral("durable"),
    QStringLiteral("stopOnError"), QStringLiteral("writeMethod"),
    QStringLiteral("backup"),      QStringLiteral("seed"),
    QStringLiteral("shard"),       QStringLiteral("runTime"), // core/job/shard.cpp
    QStringLiteral("rows"),                                   // CSV rows
    QStringLiteral("size"),        QStringLiteral("random"),
    QStringLiteral("copyFrom"),    QStringLiteral("sparse"),
    QStringLiteral("verify"), // generators
};

// --- CSV rows: "rows": {"file", "delimiter", "header", "encoding", "trim"} (+ "fingerprint" in journals) ---
const QStringList knownRowsKeys{QStringLiteral("file"),     QStringLiteral("delimiter"), QStringLiteral("header"),
                                QStringLiteral("encoding"), QStringLiteral("trim"),      QStringLiteral("fingerprint")};

QJsonObject rowsToJson(const JobSpec::Rows &rows)
{
    QJsonObject json;
    json.insert(QStringLiteral("file"), rows.file);
    if (!rows.delimiter.isEmpty())
        json.insert(QStringLiteral("delimiter"), rows.delimiter);
    json.insert(QStringLiteral("header"), rows.header);
    if (!rows.encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), rows.encoding);
    json.insert(QStringLiteral("trim"), rows.trim);
    if (!rows.fingerprint.isEmpty())
        json.insert(QStringLiteral("fingerprint"), rows.fingerprint);
    return json;
}

void readRows(JsonReader &outer, JobSpec::Rows &rows)
{
    const QString key = QStringLiteral("rows");
    if (!outer.json.contains(key))
        return;
    if (!outer.json.value(key).isObject())
        return outer.typeError(key, QT_TRANSLATE_NOOP("Quire::JobSpec", "an object {\"file\": ...}"));
    const QJsonObject object = outer.json.value(key).toObject();
    JsonReader reader{object, outer.errors};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownRowsKeys.contains(it.key()))
            reader.fail(trCore("Quire::JobSpec", "unknown key \"%1\" in \"rows\" (known keys: %2)")
                            .arg(it.key(), knownRowsKeys.join(u", ")));
    }
    reader.read(QStringLiteral("file"), rows.file);
    reader.read(QStringLiteral("delimiter"), rows.delimiter);
    reader.read(QStringLiteral("header"), rows.header);
    reader.read(QStringLiteral("encoding"), rows.encoding);
    reader.read(QStringLiteral("trim"), rows.trim);
    reader.read(QStringLiteral("fingerprint"), rows.fingerprint);
    if (rows.file.isEmpty() && reader.ok)
        reader.fail(trCore("Quire::JobSpec", "job key \"rows\" needs \"file\": the CSV file to read"));
    outer.ok = outer.ok && reader.ok;
}

// Content generators: sizes are written as numbers of bytes and read as numbers or strings ("4KiB").
void generatorsToJson(const JobSpec &spec, QJsonObject &json)
{
    if (spec.size)
        json.insert(QStringLiteral("size"), *spec.size);
    if (spec.randomBytes)
        json.insert(QStringLiteral("random"), *spec.randomBytes);
    if (!spec.copyFrom.isEmpty())
        json.insert(QStringLiteral("copyFrom"), spec.copyFrom);
    if (spec.sparse)
        json.insert(QStringLiteral("sparse"), *spec.sparse);
    if (spec.verify)
        json.insert(QStringLiteral("verify"), true);
}

void readGenerators(JsonReader &reader, JobSpec &spec)
{
    const auto readSize = [&reader](const QString &key, std::optional<qint64> &target) {
        if (!reader.json.contains(key))
            return;
        const ByteSize size = byteSizeFromJson(reader.json.value(key));
        if (size.ok())
            target = size.bytes;
        else
            reader.fail(trCore("Quire::JobSpec", "job key \"%1\": %2").arg(key, size.error));
    };
    readSize(QStringLiteral("size"), spec.size);
    readSize(QStringLiteral("random"), spec.randomBytes);
    readSize(QStringLiteral("sparse"), spec.sparse);
    reader.read(QStringLiteral("copyFrom"), spec.copyFrom);
    reader.read(QStringLiteral("verify"), spec.verify);
    const int modes = int(spec.randomBytes.has_value()) + int(!spec.copyFrom.isEmpty()) + int(spec.sparse.has_value());
    if (modes > 1)
        reader.fail(trCore("Quire::JobSpec", "job has more than one of \"random\", \"copyFrom\" and \"sparse\": "
                                             "keep one of them"));
    if (modes > 0 &&
        (reader.json.contains(QStringLiteral("content")) || reader.json.contains(QStringLiteral("contentFile"))))
        reader.fail(trCore("Quire::JobSpec", "job has \"content\" or \"contentFile\" with \"random\", "
                                             "\"copyFrom\" or \"sparse\", which write no template: keep one of them"));
    if (spec.size && modes > 0)
        reader.fail(trCore("Quire::JobSpec", "job key \"size\" repeats the content template: it cannot go with "
                                             "\"random\", \"copyFrom\" or \"sparse\" (they take their own size)"));
}

} // namespace

bool JobSpec::replacesTemplate() const
{
    return randomBytes || !copyFrom.isEmpty() || sparse;
}

namespace {

} // namespace

QJsonObject JobSpec::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("folders"), QJsonArray::fromStringList(folders));
    json.insert(QStringLiteral("from"), from);
    json.insert(QStringLiteral("to"), to);
    json.insert(QStringLiteral("step"), step);
    json.insert(QStringLiteral("name"), nameTemplate);
    if (!contentFile.isEmpty())
        json.insert(QStringLiteral("contentFile"), contentFile);
    else if (!replacesTemplate()) // random, copyFrom and sparse write no template
        json.insert(QStringLiteral("content"), contentTemplate);
    json.insert(QStringLiteral("contentFileEncoding"), contentFileEncoding);
    json.insert(QStringLiteral("encoding"), encoding);
    json.insert(QStringLiteral("bom"), bom);
    json.insert(QStringLiteral("eol"), lineEndingName(lineEnding));
    json.insert(QStringLiteral("ifExists"), ifExistsName(ifExists));
    json.insert(QStringLiteral("parallel"), parallel);
    json.insert(QStringLiteral("durable"), durable);
    json.insert(QStringLiteral("stopOnError"), stopOnError);
    json.insert(QStringLiteral("writeMethod"), writeMethodName(writeMethod));
    json.insert(QStringLiteral("backup"), backup);
    if (seed)
        json.insert(QStringLiteral("seed"), *seed);
    shardFieldsToJson(*this, json);
    if (!rows.file.isEmpty())
        json.insert(QStringLiteral("rows"), rowsToJson(rows));
    generatorsToJson(*this, json);
    return json;
}

std::optional<JobSpec> JobSpec::fromJson(const QJsonObject &json, QStringList *errors)
{
    JobSpec spec;
    JsonReader reader{json, errors};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            reader.fail(trCore("Quire::JobSpec", "unknown job key \"%1\" (known keys: %2)")
                            .arg(it.key(), knownKeys.join(u", ")));
    }
    reader.read(QStringLiteral("folders"), spec.folders);
    reader.read(QStringLiteral("from"), spec.from);
    reader.read(QStringLiteral("to"), spec.to);
    reader.read(QStringLiteral("step"), spec.step);
    reader.read(QStringLiteral("name"), spec.nameTemplate);
    reader.read(QStringLiteral("content"), spec.contentTemplate);
    reader.read(QStringLiteral("contentFile"), spec.contentFile);
    reader.read(QStringLiteral("contentFileEncoding"), spec.contentFileEncoding);
    reader.read(QStringLiteral("encoding"), spec.encoding);
    reader.read(QStringLiteral("bom"), spec.bom);
    reader.readEnum(QStringLiteral("eol"), spec.lineEnding, &lineEndingFromName, "lf, crlf, cr");
    reader.readEnum(QStringLiteral("ifExists"), spec.ifExists, &ifExistsFromName, "fail, skip, overwrite, rename");
    reader.read(QStringLiteral("parallel"), spec.parallel);
    reader.read(QStringLiteral("durable"), spec.durable);
    reader.read(QStringLiteral("stopOnError"), spec.stopOnError);
    reader.readEnum(QStringLiteral("writeMethod"), spec.writeMethod, &writeMethodFromName, "direct, atomic");
    reader.read(QStringLiteral("backup"), spec.backup);
    reader.readSeed(QStringLiteral("seed"), spec.seed);
    reader.ok = readShardFields(json, spec, errors) && reader.ok;
    readRows(reader, spec.rows);
    readGenerators(reader, spec);
    if (json.contains(QStringLiteral("content")) && json.contains(QStringLiteral("contentFile")))
        reader.fail(trCore("Quire::JobSpec", "job has both \"content\" and \"contentFile\": keep one of them"));
    if (!reader.ok)
        return std::nullopt;
    return spec;
}

std::optional<JobSpec> JobSpec::fromJsonFile(const QString &path, QStringList *errors)
{
    const ReadResult read = readRegularFile(path, MaxInputFileBytes, trCore("Quire::JobSpec", "job file"));
    if (!read.ok()) {
        if (errors)
            errors->append(read.error);
        return std::nullopt;
    }
    return fromJsonText(read.bytes, path, errors);
}

std::optional<JobSpec> JobSpec::fromJsonText(const QByteArray &text, const QString &path, QStringList *errors)
{
    if (const QString problem = JsonPrescan::check(text); !problem.isEmpty()) {
        if (errors)
            errors->append(trCore("Quire::JobSpec", "job file %1: %2").arg(path, problem));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (errors) {
            errors->append(document.isNull()
                               ? trCore("Quire::JobSpec", "job file %1 is not valid JSON: %2 at offset %3")
                                     .arg(path, parseError.errorString())
                                     .arg(parseError.offset)
                               : trCore("Quire::JobSpec", "job file %1 must hold a JSON object {...}").arg(path));
        }
        return std::nullopt;
    }
    QStringList local;
    auto spec = fromJson(document.object(), &local);
    if (errors) {
        for (const QString &error : std::as_const(local))
            errors->append(trCore("Quire::JobSpec", "job file %1: %2").arg(path, error));
    }
    return spec;
}

QString lineEndingName(LineEnding eol)
{
    switch (eol) {
    case LineEnding::CrLf:
        return QStringLiteral("crlf");
    case LineEnding::Cr:
        return QStringLiteral("cr");
    case LineEnding::Lf:
        break;
    }
    return QStringLiteral("lf");
}

std::optional<LineEnding> lineEndingFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (LineEnding eol : {LineEnding::Lf, LineEnding::CrLf, LineEnding::Cr}) {
        if (lineEndingName(eol) == lower)
            return eol;
    }
    return std::nullopt;
}

QString lineEndingText(LineEnding eol)
{
    switch (eol) {
    case LineEnding::CrLf:
        return QStringLiteral("\r\n");
    case LineEnding::Cr:
        return QStringLiteral("\r");
    case LineEnding::Lf:
        break;
    }
    return QStringLiteral("\n");
}

QString ifExistsName(IfExists policy)
{
    switch (policy) {
    case IfExists::Skip:
        return QStringLiteral("skip");
    case IfExists::Overwrite:
        return QStringLiteral("overwrite");
    case IfExists::Rename:
        return QStringLiteral("rename");
    case IfExists::Fail:
        break;
    }
    return QStringLiteral("fail");
}

std::optional<IfExists> ifExistsFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"keep-both")
        return IfExists::Rename;
    for (IfExists policy : {IfExists::Fail, IfExists::Skip, IfExists::Overwrite, IfExists::Rename}) {
        if (ifExistsName(policy) == lower)
            return policy;
    }
    return std::nullopt;
}

QString writeMethodName(WriteMethod method)
{
    return method == WriteMethod::Atomic ? QStringLiteral("atomic") : QStringLiteral("direct");
}

std::optional<WriteMethod> writeMethodFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (WriteMethod method : {WriteMethod::Direct, WriteMethod::Atomic}) {
        if (writeMethodName(method) == lower)
            return method;
    }
    return std::nullopt;
}

int defaultParallelWrites()
{
    // Measured in docs/performance.md: file creation is bound by the kernel's per-directory lock, so
    // a second writer per core only adds contention (and takes CPU from the GUI thread).
    return std::clamp(QThread::idealThreadCount(), 2, 16);
}

} // namespace Quire
