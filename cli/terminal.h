#pragma once

#include <QString>
#include <QTextStream>

namespace Quire::Terminal {

/** The descriptor behind stream (a QFile on stdout or stderr), or -1 (a string, a buffer). */
[[nodiscard]] int descriptorOf(QTextStream &stream);
/** Whether stream writes to a terminal. */
[[nodiscard]] bool isTerminal(QTextStream &stream);
/** TERM is unset, empty or "dumb": such a terminal gets no escape sequences at all. */
[[nodiscard]] bool isDumb();
/**
 * Columns of the terminal on fd (ioctl TIOCGWINSZ); when fd is no terminal or says 0: $COLUMNS, else 80.
 * Read again after every SIGWINCH.
 */
[[nodiscard]] int width(int fd);
/**
 * Columns text takes on a terminal: combining marks and controls 0, East Asian wide and full-width
 * characters (CJK, Hangul, emoji) 2, the rest 1. Counts what the terminal shows, not bytes or code units.
 */
[[nodiscard]] int columns(QStringView text);
/** The longest start of text that takes at most maxColumns columns. */
[[nodiscard]] QString fitted(const QString &text, int maxColumns);

} // namespace Quire::Terminal
