#pragma once

#include "core/run/runrecord.h"
#include "core/run/runresult.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace Quire {

/**
 * The part of quire-cli that writes files: runs a record through BatchRunner with the progress line,
 * one line per failure, Ctrl+C as cancel and the summary. A new run, a resume and a retry share it.
 */
class RunSession final
{
public:
    RunSession(QTextStream &out, QTextStream &err, bool quiet);
    Q_DISABLE_COPY_MOVE(RunSession)

    /** Writes every Pending file of record; reportPath, if set, gets the report. Returns the exit code. */
    int run(const std::shared_ptr<RunRecord> &record, const QString &reportPath = {});

private:
    void showProgress(const RunProgress &progress);
    void showFailures(const QList<FileFailure> &failures);
    void clearProgressLine();

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_terminal;
    bool m_quiet;
    bool m_progressShown = false;
};

} // namespace Quire
