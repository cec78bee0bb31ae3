#pragma once

#include "cli/commands/command.h"
#include "core/run/runrecord.h"

#include <QCoreApplication>

namespace Quire {

/** quire-cli show RUN [--files all|failed|incomplete|created] [--json]: one run and its files. */
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quire::ShowCommand)

public:
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static void printText(const RunRecord &record, const QString &files, QTextStream &out);
    static void printJson(const RunRecord &record, const QString &files, QTextStream &out);
};

} // namespace Quire
