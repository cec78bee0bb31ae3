#pragma once

#include "cli/commands/command.h"

namespace Quire {

/** quire-cli retry [RUN]: only the files that failed, after the cause was fixed. */
class RetryCommand final : public Command
{
public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace Quire
