#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace Quire {

/** quire-cli history [--json] [--prune [--keep N]]: the runs recorded, newest first. */
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quire::HistoryCommand)

public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static int prune(const QString &keepText, QTextStream &out, QTextStream &err);
};

} // namespace Quire
