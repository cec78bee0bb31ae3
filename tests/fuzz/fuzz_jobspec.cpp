// libFuzzer target: Quire::JobSpec::fromJsonText (the pre-scan, then Qt's parser) and fromJson on
// arbitrary bytes. A rejected job must say why; an accepted one must survive a round trip through
// toJson() unchanged, and the pre-scan may only ever refuse, never change what Qt reads.
#include "core/job/jobspec.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

namespace {

[[noreturn]] void broken()
{
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList textErrors;
    const std::optional<Quire::JobSpec> fromText =
        Quire::JobSpec::fromJsonText(bytes, QStringLiteral("fuzz.json"), &textErrors);
    if (fromText.has_value() != textErrors.isEmpty())
        broken();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        if (fromText)
            broken();
        return 0;
    }
    QStringList errors;
    const std::optional<Quire::JobSpec> spec = Quire::JobSpec::fromJson(document.object(), &errors);
    if (!spec) {
        if (errors.isEmpty() || fromText)
            broken();
        for (const QString &error : std::as_const(errors)) {
            if (error.isEmpty())
                broken();
        }
        return 0;
    }
    if (!errors.isEmpty() || (fromText && !(*fromText == *spec)))
        broken();
    QStringList again;
    const std::optional<Quire::JobSpec> roundTrip = Quire::JobSpec::fromJson(spec->toJson(), &again);
    if (!roundTrip || !(*roundTrip == *spec))
        broken();
    return 0;
}
