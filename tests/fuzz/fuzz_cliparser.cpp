// libFuzzer target: Quire::CliParser::parse on arbitrary argument vectors (the input split at NUL
// bytes, as the kernel hands argv over). Every rejected command line must say why; an accepted job
// must survive --save-job's round trip through the job JSON unchanged, since that is what
// `quire-cli --job` reads back.
#include "cli/cliparser.h"

#include <QStringView>

#include <cstddef>
#include <cstdint>

namespace {

[[noreturn]] void broken()
{
    __builtin_trap();
}

// Options that read a file or standard input: the job loader has its own target, and a fuzzer must
// never block on a terminal or read /dev/zero.
bool readsFiles(const QString &arg)
{
    if (!arg.startsWith(u'-'))
        return false;
    QStringView name = QStringView(arg).mid(arg.startsWith(u"--") ? 2 : 1);
    name = name.left(name.indexOf(u'='));
    return name == u"job" || name == u"content-file";
}

QStringList argumentsOf(const uint8_t *data, size_t size)
{
    QStringList args{QStringLiteral("quire-cli")};
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &arg : bytes.split('\0'))
        args.append(QString::fromLocal8Bit(arg));
    return args;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList args = argumentsOf(data, size);
    for (const QString &arg : args) {
        if (readsFiles(arg))
            return 0;
    }
    Quire::CliParser parser;
    QStringList errors;
    const std::optional<Quire::CliRequest> request = parser.parse(args, &errors);
    for (const QString &error : std::as_const(errors)) {
        if (error.trimmed().isEmpty())
            broken();
    }
    if (!request) {
        if (errors.isEmpty())
            broken();
        return 0;
    }
    if (!errors.isEmpty())
        return 0;
    QStringList again;
    const std::optional<Quire::JobSpec> roundTrip = Quire::JobSpec::fromJson(request->spec.toJson(), &again);
    if (!roundTrip || !(*roundTrip == request->spec) || !again.isEmpty())
        broken();
    return 0;
}
