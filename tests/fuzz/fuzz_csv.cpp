// libFuzzer target: Quire::CsvTable on arbitrary bytes. The first byte picks the options (delimiter,
// header, trim, UTF-16 by name); the rest is the file. What indexes must read back consistently:
// every row has one value per column, each a valid UTF-8 view inside the row, and lines increase.
#include "core/source/csvtable.h"

#include <QByteArray>

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
    if (size == 0)
        return 0;
    Quire::CsvOptions options;
    const char delimiters[4] = {0, ',', ';', '\t'};
    options.delimiter = delimiters[data[0] & 3];
    options.header = (data[0] & 4) == 0;
    options.trim = (data[0] & 8) != 0;
    if (data[0] & 16)
        options.encoding = QStringLiteral("UTF-16LE");
    QStringList errors;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto table = Quire::CsvTable::fromBytes(bytes, options, QStringLiteral("fuzz.csv"), &errors);
    if (!table) {
        if (errors.isEmpty() || errors.size() > 21)
            broken(); // every refusal is explained, and the list stays short
        return 0;
    }
    if (table->rowCount() < 1 || table->columnCount() < 1)
        broken();
    qint64 line = 0;
    for (qint64 row = 0; row < table->rowCount(); ++row) {
        if (table->lineOf(row) <= line)
            broken();
        line = table->lineOf(row);
        for (int column = 0; column < table->columnCount(); ++column) {
            const QByteArrayView value = table->field(row, column);
            if (Quire::CsvTable::text(value).toUtf8() != value.toByteArray())
                broken(); // a value is whole UTF-8 text
        }
        if (!table->field(row, table->columnCount()).isEmpty())
            broken(); // never more values than columns
    }
    return 0;
}
