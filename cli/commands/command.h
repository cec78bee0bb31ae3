#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Quire {

/**
 * A subcommand of quire-cli that works on the run journal (history, show, undo, resume, retry), in
 * the style of KeePassXC's Command: one class each, behind runCli().
 */
class Command
{
public:
    virtual ~Command() = default;
    /** The command for a first argument such as "undo"; nullptr if it is none (a run's options, say). */
    static std::unique_ptr<Command> forName(const QString &name);
    /** args[0] is the command's name. Returns the exit code. */
    virtual int execute(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

} // namespace Quire
