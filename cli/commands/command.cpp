#include "cli/commands/command.h"

#include "cli/commands/historycommand.h"
#include "cli/commands/resumecommand.h"
#include "cli/commands/retrycommand.h"
#include "cli/commands/showcommand.h"
#include "cli/commands/undocommand.h"

namespace Quire {

std::unique_ptr<Command> Command::forName(const QString &name)
{
    if (name == QLatin1String("history"))
        return std::make_unique<HistoryCommand>();
    if (name == QLatin1String("show"))
        return std::make_unique<ShowCommand>();
    if (name == QLatin1String("undo"))
        return std::make_unique<UndoCommand>();
    if (name == QLatin1String("resume"))
        return std::make_unique<ResumeCommand>();
    if (name == QLatin1String("retry"))
        return std::make_unique<RetryCommand>();
    return nullptr;
}

} // namespace Quire
