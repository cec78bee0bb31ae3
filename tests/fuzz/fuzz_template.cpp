// libFuzzer target: Quire::Template::compile on arbitrary text, then bind and render what compiles.
// The first byte picks the kind (name or content template); the rest is the template as UTF-8.
#include "core/template/templateengine.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <limits>

namespace {

[[noreturn]] void broken()
{
    __builtin_trap();
}

void checkErrors(const QList<Quire::TemplateError> &errors)
{
    for (const Quire::TemplateError &error : errors) {
        // Every mistake must be located and explained.
        if (error.line < 1 || error.column < 1 || error.message.isEmpty())
            broken();
        if (Quire::formatTemplateError(QStringLiteral("name template"), error).isEmpty())
            broken();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto kind = (data[0] & 1) != 0 ? Quire::TemplateKind::Content : Quire::TemplateKind::Name;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QList<Quire::TemplateError> errors;
    const Quire::Template compiled = Quire::Template::compile(text, kind, &errors);
    checkErrors(errors);
    if (compiled.isValid() != errors.isEmpty())
        broken();
    if (!compiled.isValid())
        return 0;
    (void)compiled.isUniquePerFile();

    Quire::TemplateConstants constants;
    constants.start = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), QTimeZone::utc());
    constants.count = 3;
    constants.folderName = QStringLiteral("out");
    constants.eol = (data[0] & 2) != 0 ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const Quire::Template bound = compiled.bound(constants);
    QString out;
    const qint64 indexes[] = {0, 1, -1, 255, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    qint64 n = 1;
    for (const qint64 index : indexes) {
        bound.render(Quire::FileContext{index, n++, u"file.txt"}, out);
        if (out != bound.render(Quire::FileContext{index, n - 1, u"file.txt"}) &&
            !bound.contains(Quire::Template::Kind::Uuid) && !bound.contains(Quire::Template::Kind::Random))
            broken(); // rendering is deterministic apart from {uuid} and {random}
    }
    return 0;
}
