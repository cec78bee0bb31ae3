#pragma once

#include <QTextStream>

namespace Quire {

/** Called by what changes files (a run, an undo): from then on, stdout only tells about that work. */
void noteFilesChanged();

/**
 * Flushes out and returns the exit code: where the output was what the user asked for (help, a
 * list, a dry run, history, a report on stdout) and it could not be written (a full disk, a closed
 * pipe), a message on err and ExitSomeFailed instead of success. Where files were changed, their
 * outcome decides the code: a lost progress line or summary must not turn a good run into a failure.
 */
int checkOutput(QTextStream &out, QTextStream &err, int code);

} // namespace Quire
