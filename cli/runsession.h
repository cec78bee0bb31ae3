#pragma once

#include "cli/progressreporter.h"
#include "core/output/report.h"
#include "core/run/runrecord.h"
#include "core/run/runresult.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

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
    Q_DECLARE_TR_FUNCTIONS(Quire::RunSession)

public:
    /** quiet: no summary, and no progress unless progress (--progress) asks for it. */
    RunSession(QTextStream &out, QTextStream &err, bool quiet, std::optional<ProgressMode> progress = std::nullopt);
    Q_DISABLE_COPY_MOVE(RunSession)

    /** Writes every Pending file of record, then the report if one is asked for. Returns the exit code. */
    int run(const std::shared_ptr<RunRecord> &record, const ReportRequest &report = {});

private:
    void showFailures(const QList<FileFailure> &failures);
    void printSummary(const RunRecord &record, const RunSummary &summary);
    [[nodiscard]] QString writeReport(const RunRecord &record, const ReportRequest &report) const;

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_quiet;
    ProgressReporter m_progress;
};

} // namespace Quire
