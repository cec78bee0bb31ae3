#pragma once

#include "cli/progressreporter.h"
#include "core/job/jobspec.h"
#include "core/output/report.h"
#include "core/run/filewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Quire {

/** What the command line asked for, beyond the job itself. */
struct CliRequest
{
    JobSpec spec;
    bool dryRun = false;
    bool list = false;     ///< --list: every planned path (with --dry-run)
    bool jsonPlan = false; ///< --format json: the plan as one JSON document (with --dry-run)
    bool quiet = false;
    std::optional<ProgressMode> progress; ///< --progress, when given
    bool listEncodings = false;
    bool help = false;
    bool version = false;
    QString reportPath;                       ///< "-" = standard output
    std::optional<ReportFormat> reportFormat; ///< --report-format; else by the path's suffix (JSON for "-")
    QString saveJobPath;                      ///< "-" = standard output
    bool journal = true;                      ///< keep a run journal (history, undo, resume, retry); --no-journal
    bool specComplete = true; ///< false when the job file could not be read: planning it says nothing useful
};

/**
 * Turns arguments into a CliRequest; every mistake is appended to the errors, not only the first. parse()
 * returns nullopt only when the arguments cannot be read at all (unknown option, missing value).
 */
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(Quire::CliParser)

public:
    CliParser();

    std::optional<CliRequest> parse(const QStringList &args, QStringList *errors);
    [[nodiscard]] QString helpText() const;

private:
    void applyJobFile(CliRequest &request, QStringList *errors);
    void applyFlags(CliRequest &request, QStringList *errors);
    void applyNumbers(JobSpec &spec, QStringList *errors) const;
    void applyTexts(JobSpec &spec, QStringList *errors) const;
    void applyChoices(CliRequest &request, QStringList *errors) const;
    void applyStreams(CliRequest &request, QStringList *errors) const;
    void applyOutput(CliRequest &request, QStringList *errors) const;
    void applyShard(JobSpec &spec, QStringList *errors) const; ///< --shard, --run-time
    void applyRows(JobSpec &spec, QStringList *errors) const;  ///< CSV rows: --rows and its options
    void applyGenerators(JobSpec &spec, QStringList *errors) const;
    /** --name / --no-name: the job file's value unless one of them is given; both is an error. */
    void applySwitch(const char *name, bool &target, QStringList *errors) const;
    [[nodiscard]] bool isSet(const char *name) const;
    [[nodiscard]] QString valueOf(const char *name) const;
    /** Reads an integer option; false if absent or not a number (then the error is appended). */
    bool readNumber(const char *name, qint64 &target, QStringList *errors) const;

    QCommandLineParser m_parser;
};

} // namespace Quire
