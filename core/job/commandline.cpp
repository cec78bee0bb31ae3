#include "core/job/commandline.h"

namespace Quire {

namespace {

QString option(const char *name, const QString &value)
{
    return QStringLiteral("--%1=%2").arg(QLatin1String(name), value);
}

// Where the files come from: the index range, or one file per CSV row.
void addSource(const JobSpec &spec, QStringList &args)
{
    if (spec.rows.file.isEmpty()) {
        args << option("from", QString::number(spec.from)) << option("to", QString::number(spec.to))
             << option("step", QString::number(spec.step));
        return;
    }
    args << option("rows", spec.rows.file);
    if (!spec.rows.delimiter.isEmpty())
        args << option("delimiter", spec.rows.delimiter);
    if (!spec.rows.header)
        args << QStringLiteral("--no-header");
    if (!spec.rows.encoding.isEmpty())
        args << option("rows-encoding", spec.rows.encoding);
    if (spec.rows.trim)
        args << QStringLiteral("--trim");
}

// What goes into every file: a template, or a generator that replaces it.
void addTemplates(const JobSpec &spec, QStringList &args)
{
    args << option("name", spec.nameTemplate);
    if (spec.randomBytes)
        args << option("random-bytes", QString::number(*spec.randomBytes));
    if (!spec.copyFrom.isEmpty())
        args << option("copy-from", spec.copyFrom);
    if (spec.sparse)
        args << option("sparse", QString::number(*spec.sparse));
    if (spec.verify)
        args << QStringLiteral("--verify");
    if (spec.replacesTemplate())
        return;
    if (spec.size)
        args << option("size", QString::number(*spec.size));
    if (spec.contentFile.isEmpty()) {
        args << option("content", spec.contentTemplate);
        return;
    }
    args << option("content-file", spec.contentFile);
    if (spec.contentFileEncoding != QLatin1String("UTF-8"))
        args << option("content-encoding", spec.contentFileEncoding);
}

void addChoices(const JobSpec &spec, QStringList &args)
{
    if (spec.encoding != QLatin1String("UTF-8"))
        args << option("encoding", spec.encoding);
    if (spec.bom)
        args << QStringLiteral("--bom");
    if (spec.lineEnding != LineEnding::Lf)
        args << option("eol", lineEndingName(spec.lineEnding));
    if (spec.ifExists != IfExists::Fail)
        args << option("if-exists", ifExistsName(spec.ifExists));
    if (spec.backup)
        args << QStringLiteral("--backup");
    if (spec.parallel > 0)
        args << option("jobs", QString::number(spec.parallel));
    if (spec.durable)
        args << QStringLiteral("--durable");
    if (spec.writeMethod != WriteMethod::Direct)
        args << option("write-method", writeMethodName(spec.writeMethod));
    if (spec.stopOnError)
        args << QStringLiteral("--stop-on-error");
    if (spec.seed)
        args << option("seed", QString::number(*spec.seed));
    if (spec.shard)
        args << option("shard", shardText(*spec.shard));
    if (spec.runTime)
        args << option("run-time", runTimeText(*spec.runTime));
}

} // namespace

QStringList commandLineArguments(const JobSpec &spec)
{
    QStringList args;
    for (const QString &folder : spec.folders)
        args << option("folder", folder);
    addSource(spec, args);
    addTemplates(spec, args);
    addChoices(spec, args);
    return args;
}

QString shellQuote(const QString &argument)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    const bool bare = !argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || safe.contains(c);
    });
    if (bare)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommandLine(const JobSpec &spec)
{
    QStringList words{QStringLiteral("quire-cli")};
    for (const QString &argument : commandLineArguments(spec))
        words << shellQuote(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace Quire
