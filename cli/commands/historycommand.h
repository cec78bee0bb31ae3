#pragma once

#include "cli/commands/command.h"

namespace Quire {

/** quire-cli history [--json] [--prune [--keep N]]: the runs recorded, newest first. */
class HistoryCommand final : public Command
{
public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static int prune(const QString &keepText, QTextStream &out, QTextStream &err);
};

} // namespace Quire
