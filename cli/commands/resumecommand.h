#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace Quire {

/** quire-cli resume [RUN]: an interrupted, cancelled or stopped run, to the end. */
class ResumeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quire::ResumeCommand)

public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace Quire
