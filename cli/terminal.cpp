#include "cli/terminal.h"

#include <QFile>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Quire::Terminal {

namespace {

constexpr int FallbackWidth = 80;

// The ranges wcwidth() gives 2 for (Unicode East Asian Width W and F), without depending on the C locale.
bool isWide(char32_t c)
{
    static constexpr char32_t ranges[][2] = {
        {0x1100, 0x115F}, {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x2E80, 0x303E},
        {0x3041, 0x33FF}, {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},
        {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (const auto &range : ranges) {
        if (c >= range[0] && c <= range[1])
            return true;
    }
    return false;
}

int columnsOf(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x200B)
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

} // namespace

int descriptorOf(QTextStream &stream)
{
    const auto *file = qobject_cast<QFile *>(stream.device());
    return file ? file->handle() : -1;
}

bool isTerminal(QTextStream &stream)
{
    const int fd = descriptorOf(stream);
    return fd >= 0 && ::isatty(fd);
}

bool isDumb()
{
    const QByteArray term = qgetenv("TERM");
    return term.isEmpty() || term == "dumb";
}

int width(int fd)
{
    struct winsize size = {};
    if (fd >= 0 && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : FallbackWidth;
}

int columns(QStringView text)
{
    int total = 0;
    for (const char32_t c : text.toUcs4())
        total += columnsOf(c);
    return total;
}

QString fitted(const QString &text, int maxColumns)
{
    int used = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const qsizetype next = end + (text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1);
        const int more = columnsOf(QStringView(text).mid(end, next - end).toUcs4().value(0));
        if (used + more > maxColumns)
            break;
        used += more;
        end = next;
    }
    return text.left(end);
}

} // namespace Quire::Terminal
