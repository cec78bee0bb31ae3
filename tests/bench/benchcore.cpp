// quire-bench-core: the benchmark job through quire_core's API, timed inside the process.
//
// Planner::plan() then BatchRunner::start(), until BatchRunner::finished. Prints one line
// "plan_seconds=P run_seconds=R seconds=P+R files=N written=W failed=F" and exits 0 when the
// summary reports success, 1 when any file failed, 2 when the plan is invalid or the usage wrong.

#include "core/plan/planner.h"
#include "core/run/batchrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>
#include <utility>

using namespace Quire;

namespace {

struct Options
{
    JobSpec spec;
    WriteMethod method = defaultWriteMethod();
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the benchmark job through quire_core's API."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Target folder."), QStringLiteral("DIR"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Files."), QStringLiteral("N"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First index."), QStringLiteral("A"),
                                        QStringLiteral("1"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Parallel writes (0 = automatic)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption methodOption(QStringLiteral("method"), QStringLiteral("direct, atomic or default."),
                                          QStringLiteral("M"), QStringLiteral("default"));
    const QCommandLineOption durableOption(QStringLiteral("durable"), QStringLiteral("Durable mode."));
    parser.addOptions({dirOption, countOption, fromOption, jobsOption, methodOption, durableOption});
    parser.process(app);

    bool countOk = false;
    bool fromOk = false;
    bool jobsOk = false;
    Options options;
    options.spec.folders = {parser.value(dirOption)};
    options.spec.from = parser.value(fromOption).toLongLong(&fromOk);
    const qint64 count = parser.value(countOption).toLongLong(&countOk);
    options.spec.to = options.spec.from + count - 1;
    options.spec.parallel = parser.value(jobsOption).toInt(&jobsOk);
    options.spec.nameTemplate = QStringLiteral("file-{index:000000}.txt");
    options.spec.contentTemplate = QStringLiteral("In file {index}{nl}");
    options.spec.durable = parser.isSet(durableOption);
    const QString method = parser.value(methodOption);
    if (method == u"direct")
        options.method = WriteMethod::Direct;
    else if (method == u"atomic")
        options.method = WriteMethod::Atomic;
    else if (method != u"default")
        return std::nullopt;
    if (!countOk || !fromOk || !jobsOk || count < 1 || parser.value(dirOption).isEmpty())
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app);
    if (!options) {
        std::fprintf(stderr, "quire-bench-core: usage: --dir DIR --count N [--from A] [--jobs N] "
                             "[--method direct|atomic|default] [--durable]\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Plan plan = Planner::plan(options->spec);
    const qint64 planNs = timer.nsecsElapsed();
    if (!plan.isValid()) {
        for (const PlanProblem &problem : plan.errors())
            std::fprintf(stderr, "quire-bench-core: plan error: %s\n", qPrintable(problem.message));
        return 2;
    }

    BatchRunner runner;
    RunSummary summary;
    qint64 totalNs = 0;
    QObject::connect(&runner, &BatchRunner::finished, &app, [&](const RunSummary &result) {
        totalNs = timer.nsecsElapsed();
        summary = result;
        QCoreApplication::quit();
    });
    if (!runner.start(plan, options->method)) {
        std::fprintf(stderr, "quire-bench-core: BatchRunner::start refused the plan\n");
        return 2;
    }
    QCoreApplication::exec();

    for (const QString &error : std::as_const(summary.jobErrors))
        std::fprintf(stderr, "quire-bench-core: job error: %s\n", qPrintable(error));
    const QList<FileFailure> failures = runner.record()->failures();
    for (qsizetype i = 0; i < failures.size() && i < 5; ++i)
        std::fprintf(stderr, "quire-bench-core: %s: %s\n", qPrintable(failures.at(i).path),
                     qPrintable(failures.at(i).message));
    std::printf("plan_seconds=%.6f run_seconds=%.6f seconds=%.6f files=%lld written=%lld failed=%lld\n",
                static_cast<double>(planNs) / 1e9, static_cast<double>(totalNs - planNs) / 1e9,
                static_cast<double>(totalNs) / 1e9, plan.fileCount(), summary.counts.written, summary.counts.failed);
    return summary.success() ? 0 : 1;
}
