#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace Quire {

/** quire-cli retry [RUN]: only the files that failed, after the cause was fixed. */
class RetryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quire::RetryCommand)

public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace Quire
