#pragma once

#include "core/output/report.h"
#include "core/run/runrecord.h"
#include "core/run/runresult.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace Quire {

/** Where a run's report goes: nowhere (empty path), a file, or stream when the path is "-". */
struct ReportRequest
{
    QString path;
    ReportFormat format = ReportFormat::Json;
    QTextStream *stream = nullptr; ///< standard output, for "-"
};

/**
 * The part of quire-cli that writes files: runs a record through BatchRunner with the progress line,
 * one line per failure, Ctrl+C as cancel and the summary. A new run, a resume and a retry share it.
 */
class RunSession final
{
public:
    RunSession(QTextStream &out, QTextStream &err, bool quiet);
    Q_DISABLE_COPY_MOVE(RunSession)

    /** Writes every Pending file of record, then the report if one is asked for. Returns the exit code. */
    int run(const std::shared_ptr<RunRecord> &record, const ReportRequest &report = {});

private:
    void showProgress(const RunProgress &progress);
    void showFailures(const QList<FileFailure> &failures);
    void clearProgressLine();
    [[nodiscard]] QString writeReport(const RunRecord &record, const ReportRequest &report) const;

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_terminal;
    bool m_quiet;
    bool m_progressShown = false;
};

} // namespace Quire
