// quire-bench-gui: the desktop app's figure of issue 5. Builds the real MainWindow (offscreen), fills
// the form through its widgets, types the range end one key at a time (the live preview of a large
// range), presses Start, and while the run goes on a probe QTimer measures the longest gap between
// its timeouts: the longest event-loop stall. Prints key=value fields for tests/bench/run-bench.py:
//   seconds = click on Start to BatchRunner::finished (the final plan included), files_per_s,
//   run_stall_ms, preview_stall_ms, repaints (paint events of the progress bar), progress_signals.
// Exits non-zero when the files are not all there (count + the bytes of the first, middle, last).
// With --content-mb M it measures typing instead (issue 13): the content editor gets M MB of template,
// then " {indx}" is typed at its end one key every 60 ms, and once the typo's message is shown under the
// field it is deleted key by key until the valid plan enables Start again. The probe reports the longest
// stall from the first key to that: typing_stall_ms (keys_stall_ms: until the last key, without the valid
// plan's arrival); typo_message_ms (last key to the message) and fixed_ms (last key to Start enabled).
// Nothing is written.
// With --trace-ms T every GUI-thread event that takes T ms or more is printed at the end (receiver class,
// object name, event type, start in ms from the probe's start): what the GUI thread did in a stall.

#include "core/run/batchrunner.h"
#include "tests/common/testdir.h"
#include "tests/common/testfiles.h"
#include "tests/ui/uitest.h"
#include "ui/asyncplanner.h"
#include "ui/jobform.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

using namespace Quire;

namespace {

constexpr int KeyIntervalMs = 60; // a fast typist

struct Options
{
    QString dir;
    qint64 count = 0;
    int probeMs = 5;
    int contentMb = 0;   ///< > 0: the typing benchmark
    int writerNice = -1; ///< >= 0: the runner's writer nice increment instead of the window's
    int traceMs = 0;     ///< > 0: list the GUI-thread events that took this long or longer
};

/** The GUI thread's slow events, for --trace-ms: where the time of a stall went. */
struct EventTrace
{
    QElapsedTimer clock;
    qint64 originNs = 0; ///< the probe's start, on clock
    qint64 thresholdNs = 0;
    int depth = 0;
    QStringList slow;
    QHash<QString, std::pair<qint64, qint64>> paints; ///< receiver: paint events, ns spent in them
    QHash<QString, std::pair<qint64, qint64>> events; ///< top-level receiver class and type: count, ns
};
EventTrace g_trace;

/** Times every event the GUI thread dispatches at the top level (not the nested ones inside it). */
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (g_trace.thresholdNs <= 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const qint64 start = g_trace.clock.nsecsElapsed();
        const int type = event->type(); // the event may be gone after dispatch
        const QString what =
            QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/') + receiver->objectName();
        ++g_trace.depth;
        const bool result = QApplication::notify(receiver, event);
        --g_trace.depth;
        const qint64 took = g_trace.clock.nsecsElapsed() - start;
        if (type == QEvent::Paint) {
            auto &[count, ns] = g_trace.paints[what];
            ++count;
            ns += took;
        }
        if (g_trace.depth == 0) {
            auto &[count, ns] =
                g_trace.events[QStringLiteral("%1 event %2").arg(what.section(QLatin1Char('/'), 0, 0)).arg(type)];
            ++count;
            ns += took;
        }
        if (g_trace.depth == 0 && took >= g_trace.thresholdNs)
            g_trace.slow << QStringLiteral("%1+%2 %3 event %4")
                                .arg(double(start - g_trace.originNs) / 1e6, 0, 'f', 0)
                                .arg(double(took) / 1e6, 0, 'f', 1)
                                .arg(what)
                                .arg(type);
        return result;
    }
};

void printTimes(const char *phase, const char *title, QHash<QString, std::pair<qint64, qint64>> &times)
{
    QList<std::pair<qint64, QString>> sorted;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        sorted.append({it->second, QStringLiteral("%1 x%2").arg(it.key()).arg(it->first)});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::fprintf(stderr, "quire-bench-gui: %s: %s:\n", phase, title);
    for (const auto &[ns, what] : sorted.mid(0, 12))
        std::fprintf(stderr, "  %8.1f ms %s\n", double(ns) / 1e6, qPrintable(what));
    times.clear();
}

void printTrace(const char *phase)
{
    if (g_trace.thresholdNs <= 0)
        return;
    std::fprintf(stderr, "quire-bench-gui: %s: GUI-thread events >= %.0f ms (at+ms receiver event type):\n  %s\n",
                 phase, double(g_trace.thresholdNs) / 1e6, qPrintable(g_trace.slow.join(QStringLiteral("\n  "))));
    g_trace.slow.clear();
    printTimes(phase, "paint time by widget", g_trace.paints);
    printTimes(phase, "top-level event time by receiver class and event type", g_trace.events);
}

/** The longest gap between consecutive timeouts of a fine-grained timer, from start() on. */
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(int intervalMs, QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTick);
    }

    void start()
    {
        m_longestNs = 0;
        m_longGaps.clear();
        m_since.start();
        m_clock.start();
        g_trace.originNs = g_trace.clock.nsecsElapsed();
        m_timer.start();
    }
    void stop()
    {
        measure();
        m_timer.stop();
    }
    [[nodiscard]] double longestMs() const
    {
        return double(m_longestNs) / 1e6;
    }
    /** Every stall of 20 ms or more, as "start+length" in ms from start(), to find where they happen. */
    [[nodiscard]] QString longGaps() const
    {
        QStringList gaps;
        for (const auto &[at, length] : m_longGaps)
            gaps << QStringLiteral("%1+%2").arg(double(at) / 1e6, 0, 'f', 0).arg(double(length) / 1e6, 0, 'f', 0);
        return gaps.join(QLatin1Char(' '));
    }

Q_SIGNALS:
    void ticked();

private:
    void measure()
    {
        const qint64 gap = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, gap);
        if (gap >= LongGapNs)
            m_longGaps.append({m_since.nsecsElapsed() - gap, gap});
        m_clock.restart();
    }
    void onTick()
    {
        measure();
        Q_EMIT ticked();
    }

    QTimer m_timer;
    static constexpr qint64 LongGapNs = 20'000'000;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_longestNs = 0;
    QList<std::pair<qint64, qint64>> m_longGaps;
};

/** Counts the paint events a widget receives. */
class PaintCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintCounter)

public:
    using QObject::QObject;
    qint64 count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/** UiTest::child(), but a benchmark without its widget cannot go on. */
template <typename T>
T *child(const QWidget &window, const char *name)
{
    auto *widget = UiTest::child<T>(window, name);
    if (!widget)
        qFatal("quire-bench-gui: the window has no %s", name);
    return widget;
}

QString fileName(qint64 index)
{
    return QStringLiteral("file-%1.txt").arg(index, 6, 10, QLatin1Char('0'));
}

/** An error message, or nothing when the folder holds exactly the count files with the right bytes. */
std::optional<QString> verifyFiles(const QString &dir, qint64 count)
{
    qint64 found = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dir.toStdString()))
        ++found;
    if (found != count)
        return QStringLiteral("%1 files in the folder, expected %2").arg(found).arg(count);
    for (const qint64 index : {qint64(1), (count + 1) / 2, count}) {
        const QByteArray bytes = QuireTest::readFile(QDir(dir).filePath(fileName(index)));
        const QByteArray expected = QByteArray("In file ") + QByteArray::number(index) + '\n';
        if (bytes != expected)
            return QStringLiteral("%1 holds %2").arg(fileName(index), QString::fromLatin1(bytes.toPercentEncoding()));
    }
    return std::nullopt;
}

/** Drives the window: fill the form, type the range end, wait for the preview, run, check. */
class GuiBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiBench)

public:
    GuiBench(MainWindow &window, Options options)
        : m_window(window)
        , m_options(std::move(options))
        , m_probe(m_options.probeMs)
    {
        m_toType = QString::number(m_options.count);
        m_start = child<QPushButton>(m_window, "startButton");
        child<QProgressBar>(m_window, "progressBar")->installEventFilter(&m_paints);
        connect(&m_probe, &StallProbe::ticked, this, &GuiBench::onTick);
        connect(m_window.runner(), &BatchRunner::progressChanged, this, [this] { ++m_progressSignals; });
        connect(m_window.runner(), &BatchRunner::finished, this, &GuiBench::onFinished);
    }

    void begin()
    {
        UiTest::sendDrop(&m_window, {QUrl::fromLocalFile(m_options.dir)});
        if (m_window.form()->spec().folders != QStringList{m_options.dir})
            qFatal("quire-bench-gui: the dropped folder is not the target");
        UiTest::typeInto(child<QLineEdit>(m_window, "nameTemplate"), QStringLiteral("file-{index:000000}.txt"));
        UiTest::typeInto(child<QLineEdit>(m_window, "rangeFrom"), QStringLiteral("1"));
        child<QPlainTextEdit>(m_window, "contentTemplate")->setPlainText(QStringLiteral("In file {index}{nl}"));
        auto *to = child<QLineEdit>(m_window, "rangeTo");
        to->setFocus();
        to->selectAll();
        QTest::keyClick(to, Qt::Key_Backspace);
        m_phase = Phase::Typing;
        m_phaseClock.start();
        m_probe.start();
    }

    [[nodiscard]] int exitCode() const
    {
        return m_exitCode;
    }

private:
    enum class Phase {
        Typing,
        Previewing,
        Running,
        Done
    };

    void onTick()
    {
        if (m_phase == Phase::Typing && m_phaseClock.elapsed() >= KeyIntervalMs) {
            m_phaseClock.restart();
            QTest::keyClick(child<QLineEdit>(m_window, "rangeTo"), m_toType.at(m_typed++).toLatin1());
            if (m_typed == m_toType.size())
                m_phase = Phase::Previewing;
        } else if (m_phase == Phase::Previewing && previewDone()) {
            m_probe.stop();
            m_previewStallMs = m_probe.longestMs();
            m_previewGaps = m_probe.longGaps();
            std::printf("preview_seconds=%.3f preview_stall_ms=%.1f\n", m_previewClock.elapsed() / 1e3,
                        m_previewStallMs);
            printTrace("preview");
            startRun();
        } else if (m_phase == Phase::Previewing && !m_previewClock.isValid()) {
            m_previewClock.start();
        }
    }

    [[nodiscard]] bool previewDone() const
    {
        const PlanPtr plan = m_window.planner()->latest();
        return !m_window.planner()->isBusy() && plan && m_start->isEnabled();
    }

    void startRun()
    {
        m_phase = Phase::Running;
        m_paints.count = 0;
        m_progressSignals = 0;
        m_probe.start();
        m_runClock.start();
        QTest::mouseClick(m_start, Qt::LeftButton);
    }

    void onFinished(const RunSummary &summary)
    {
        const double seconds = double(m_runClock.nsecsElapsed()) / 1e9;
        m_probe.stop();
        m_phase = Phase::Done;
        const double count = double(m_options.count);
        std::printf("seconds=%.3f files_per_s=%.0f run_stall_ms=%.1f preview_stall_ms=%.1f repaints=%lld "
                    "progress_signals=%lld written=%lld failed=%lld\n",
                    seconds, count / seconds, m_probe.longestMs(), m_previewStallMs,
                    static_cast<long long>(m_paints.count), static_cast<long long>(m_progressSignals),
                    static_cast<long long>(summary.counts.written), static_cast<long long>(summary.counts.failed));
        std::fprintf(stderr,
                     "quire-bench-gui: preview stalls >= 20 ms (at+ms): %s\nquire-bench-gui: run stalls >= 20 "
                     "ms (at+ms): %s\n",
                     qPrintable(m_previewGaps), qPrintable(m_probe.longGaps()));
        printTrace("run");
        std::fflush(stdout);
        // Let the end-of-run repaint and preview refresh happen before checking and quitting.
        QTimer::singleShot(0, this, [this] { check(); });
    }

    void check()
    {
        if (const auto problem = verifyFiles(m_options.dir, m_options.count)) {
            std::fprintf(stderr, "quire-bench-gui: FAILED: %s\n", qPrintable(*problem));
            m_exitCode = 1;
        }
        QCoreApplication::exit(m_exitCode);
    }

    MainWindow &m_window;
    Options m_options;
    StallProbe m_probe;
    PaintCounter m_paints;
    QPushButton *m_start = nullptr;
    QString m_toType;
    qsizetype m_typed = 0;
    Phase m_phase = Phase::Typing;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_previewClock;
    QElapsedTimer m_runClock;
    double m_previewStallMs = 0;
    QString m_previewGaps;
    qint64 m_progressSignals = 0;
    int m_exitCode = 0;
};

/** A content template of about mb MB: numbered lines with a placeholder each, like a large real one. */
QString largeContent(int mb)
{
    const QString line = QStringLiteral("Line {index}: the quick brown fox jumps over the lazy dog 0123456789.\n");
    const qsizetype lines = qsizetype(mb) * 1024 * 1024 / line.size();
    QString text;
    text.reserve(lines * line.size());
    for (qsizetype i = 0; i < lines; ++i)
        text += line;
    return text;
}

/** --content-mb: types into a large content template; the longest stall until the typo's message shows. */
class TypingBench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypingBench)

public:
    TypingBench(MainWindow &window, Options options)
        : m_window(window)
        , m_options(std::move(options))
        , m_probe(m_options.probeMs)
    {
        connect(&m_probe, &StallProbe::ticked, this, &TypingBench::onTick);
    }

    void begin()
    {
        UiTest::sendDrop(&m_window, {QUrl::fromLocalFile(m_options.dir)});
        auto *to = child<QLineEdit>(m_window, "rangeTo");
        to->selectAll();
        UiTest::typeInto(to, QStringLiteral("3"));
        m_editor = child<QPlainTextEdit>(m_window, "contentTemplate");
        m_error = child<QLabel>(m_window, "contentError");
        m_start = child<QPushButton>(m_window, "startButton");
        QElapsedTimer clock;
        clock.start();
        m_editor->setPlainText(largeContent(m_options.contentMb)); // the loading is not what is measured
        std::printf("content_chars=%lld fill_seconds=%.3f\n",
                    static_cast<long long>(m_editor->document()->characterCount()), double(clock.elapsed()) / 1e3);
        m_clock.start();
        m_probe.start();
    }

    [[nodiscard]] int exitCode() const
    {
        return m_exitCode;
    }

private:
    enum class Phase {
        Settling, ///< the large template's first plan
        Typing,
        Waiting, ///< for the typo's message
        Fixing,  ///< the typo deleted key by key
        Settled  ///< waiting for the valid plan: no message, Start enabled
    };

    void onTick()
    {
        if (m_phase == Phase::Settling && settled()) {
            std::printf("first_plan_seconds=%.3f\n", double(m_clock.elapsed()) / 1e3);
            m_editor->setFocus();
            m_editor->moveCursor(QTextCursor::End);
            m_phase = Phase::Typing;
            m_probe.start(); // from the first key on
            m_clock.restart();
        } else if (m_phase == Phase::Typing && m_clock.elapsed() >= KeyIntervalMs) {
            m_clock.restart();
            QTest::keyClick(m_editor, m_toType.at(m_typed++).toLatin1());
            if (m_typed == m_toType.size())
                m_phase = Phase::Waiting;
        } else if (m_phase == Phase::Waiting && messageShown()) {
            m_typoMessageMs = m_clock.elapsed();
            m_phase = Phase::Fixing;
            m_typed = 0;
            m_clock.restart();
        } else if (m_phase == Phase::Fixing && m_clock.elapsed() >= KeyIntervalMs) {
            m_clock.restart();
            QTest::keyClick(m_editor, Qt::Key_Backspace);
            if (++m_typed == m_toType.size()) {
                m_keysStallMs = m_probe.longestMs(); // the keys and the typo's plan; not the valid plan's arrival
                m_phase = Phase::Settled;
            }
        } else if (m_phase == Phase::Settled && !messageShown() && !m_window.planner()->isBusy() &&
                   m_start->isEnabled()) {
            finish(0);
        } else if (m_clock.elapsed() > TimeoutMs) {
            std::fprintf(stderr, "quire-bench-gui: FAILED: stuck in phase %d for %d ms\n", int(m_phase), TimeoutMs);
            finish(1);
        }
    }

    [[nodiscard]] bool settled() const
    {
        return !m_window.planner()->isBusy() && m_window.planner()->latest();
    }

    [[nodiscard]] bool messageShown() const
    {
        return m_error->text().contains(QStringLiteral("{indx}"));
    }

    void finish(int code)
    {
        m_probe.stop();
        std::printf("typing_stall_ms=%.1f keys_stall_ms=%.1f typo_message_ms=%lld fixed_ms=%lld\n", m_probe.longestMs(),
                    m_keysStallMs, static_cast<long long>(m_typoMessageMs), static_cast<long long>(m_clock.elapsed()));
        std::fprintf(stderr, "quire-bench-gui: typing stalls >= 20 ms (at+ms): %s\n", qPrintable(m_probe.longGaps()));
        printTrace("typing");
        std::fflush(stdout);
        m_exitCode = code;
        QCoreApplication::exit(code);
    }

    static constexpr int TimeoutMs = 120'000;
    MainWindow &m_window;
    Options m_options;
    StallProbe m_probe;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_start = nullptr;
    const QString m_toType = QStringLiteral(" {indx}");
    qsizetype m_typed = 0;
    Phase m_phase = Phase::Settling;
    QElapsedTimer m_clock;
    qint64 m_typoMessageMs = 0;
    double m_keysStallMs = 0;
    int m_exitCode = 0;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs N files through the desktop app, offscreen."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Empty folder to create the files in (default: a new "
                                     "folder on /dev/shm, removed at exit)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of files (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("probe-ms"), QStringLiteral("Probe timer interval (default 5)."),
                      QStringLiteral("ms"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("content-mb"),
                      QStringLiteral("Instead of a run: type into a content template of this many MB (e.g. 64)."),
                      QStringLiteral("mb"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("writer-nice"),
                      QStringLiteral("Nice levels of the writer threads below the GUI thread (default: the app's)."),
                      QStringLiteral("n"), QStringLiteral("-1")});
    parser.addOption({QStringLiteral("trace-ms"),
                      QStringLiteral("List the GUI-thread events that take this many ms or more (default: none)."),
                      QStringLiteral("ms"), QStringLiteral("0")});
    parser.process(app);
    Options options;
    bool countOk = false;
    bool probeOk = false;
    options.dir = parser.value(QStringLiteral("dir"));
    options.count = parser.value(QStringLiteral("count")).toLongLong(&countOk);
    options.probeMs = parser.value(QStringLiteral("probe-ms")).toInt(&probeOk);
    bool mbOk = false;
    bool niceOk = false;
    options.contentMb = parser.value(QStringLiteral("content-mb")).toInt(&mbOk);
    options.writerNice = parser.value(QStringLiteral("writer-nice")).toInt(&niceOk);
    bool traceOk = false;
    options.traceMs = parser.value(QStringLiteral("trace-ms")).toInt(&traceOk);
    if (!countOk || options.count < 1 || options.count > 100'000'000 || !probeOk || options.probeMs < 1 || !mbOk ||
        options.contentMb < 0 || options.contentMb > 1024 || !niceOk || options.writerNice > 19 || !traceOk ||
        options.traceMs < 0) {
        std::fprintf(stderr, "quire-bench-gui: --count must be >= 1, --probe-ms >= 1, --content-mb 0..1024 and "
                             "--writer-nice at most 19, --trace-ms >= 0\n");
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    g_trace.clock.start();
    g_trace.thresholdNs = qint64(options->traceMs) * 1'000'000;
    UiTest::useTestSettings(QStringLiteral("quire-bench-gui"));

    std::unique_ptr<QuireTest::TestDir> temporary;
    if (options->dir.isEmpty()) {
        const QString base = QuireTest::fastTempBase();
        temporary = std::make_unique<QuireTest::TestDir>(base + QStringLiteral("/quire-bench-gui-XXXXXX"));
        if (!temporary->isValid())
            qFatal("quire-bench-gui: cannot create a folder in %s", qPrintable(base));
        options->dir = temporary->path();
    }
    options->dir = QDir(options->dir).canonicalPath();
    if (options->dir.isEmpty())
        qFatal("quire-bench-gui: --dir must name an existing folder");

    MainWindow window;
    window.resize(1000, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("quire-bench-gui: the window was never exposed");
    if (options->writerNice >= 0)
        window.runner()->setWriterNiceIncrement(options->writerNice);
    std::printf("writer_nice=%d\n", window.runner()->writerNiceIncrement());
    if (options->contentMb > 0) {
        TypingBench typing(window, *options);
        QTimer::singleShot(0, &typing, &TypingBench::begin);
        const int code = QApplication::exec();
        return code != 0 ? code : typing.exitCode();
    }
    GuiBench bench(window, *options);
    QTimer::singleShot(0, &bench, &GuiBench::begin);
    const int code = QApplication::exec();
    return code != 0 ? code : bench.exitCode();
}

#include "guibench.moc"
