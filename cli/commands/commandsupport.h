#pragma once

#include "cli/progressreporter.h"
#include "core/journal/journalstore.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Quire::CommandSupport {

/** "quire-cli: error: " (translated like the run's own error lines): how every error line starts. */
[[nodiscard]] QString errorPrefix();

/**
 * Sets up parser for a command (description, --help, a positional RUN if runArgument) and parses args.
 * nullopt to go on, else the exit code: 0 after --help, 2 after a usage error (printed, with the fix).
 */
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err);
/** The positional RUN ("last" when none); nullopt and an error printed if there are more. */
std::optional<QString> runArgument(const QCommandLineParser &parser, const QString &command, QTextStream &err);
/**
 * parse() and runArgument() for a command that takes a RUN (show, undo, resume, retry): adds the RUN
 * operand to parser. nullopt when the command ends here, with *exit set (0 after --help, 2 after a
 * usage error, printed).
 */
std::optional<QString> parseWithRun(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                    QTextStream &err, int *exit);
/** parseWithRun(), then openRun() for writing (resume, retry); nullptr with *exit set when it ends here. */
std::shared_ptr<RunRecord> parseAndOpenForWriting(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                                  QTextStream &err, int *exit);
/** The run by id or "last"; nullptr after printing why (unknown, damaged, in use) and how to fix it. */
std::shared_ptr<RunRecord> openRun(const QString &id, JournalStore::Access access, QTextStream &err);
/** --progress MODE for a command that writes files (resume, retry). */
QCommandLineOption progressOption();
/** The --progress given (nullopt inside when none); nullopt after printing why the value is wrong. */
std::optional<std::optional<ProgressMode>> progressMode(const QCommandLineParser &parser,
                                                        const QCommandLineOption &option, QTextStream &err);
/** "finished", "failed 3", "cancelled", "interrupted (2 may be incomplete)", "undone", "running". */
QString stateText(RunPhase phase, const StatusCounts &counts);
/** "12 / 0 / 1": written, skipped, failed. */
QString countsText(const StatusCounts &counts);

} // namespace Quire::CommandSupport
