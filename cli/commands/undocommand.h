#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace Quire {

struct UndoResult;

/** quire-cli undo [RUN|last] [--dry-run]: deletes what a run created, unless changed since. */
class UndoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quire::UndoCommand)

public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static void printItems(const UndoResult &result, bool dryRun, QTextStream &out, QTextStream &err);
};

} // namespace Quire
