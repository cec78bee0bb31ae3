#include "cli/progressreporter.h"

#include "cli/resizewatch.h"
#include "cli/terminal.h"

namespace Quire {

namespace {

const char *const modeNames[] = {"auto", "bar", "plain", "json", "none"};

constexpr int BarIntervalMs = 100;
constexpr int PlainIntervalMs = 5000;
constexpr int JsonIntervalMs = 500;

ProgressMode resolved(std::optional<ProgressMode> asked, bool quiet, QTextStream &err)
{
    const ProgressMode mode = asked.value_or(quiet ? ProgressMode::None : ProgressMode::Auto);
    if (mode != ProgressMode::Auto)
        return mode;
    return Terminal::isTerminal(err) && !Terminal::isDumb() ? ProgressMode::Bar : ProgressMode::None;
}

} // namespace

std::optional<ProgressMode> progressModeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(modeNames)); ++i) {
        if (name == QLatin1String(modeNames[i]))
            return ProgressMode(i);
    }
    return std::nullopt;
}

QString progressModeNames()
{
    return QCoreApplication::translate("Quire::ProgressReporter", "auto, bar, plain, json or none");
}

ProgressReporter::ProgressReporter(std::optional<ProgressMode> asked, bool quiet, QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_mode(resolved(asked, quiet, err))
    , m_escapes(!Terminal::isDumb())
    , m_width(Terminal::width(Terminal::descriptorOf(err)))
{
    m_sinceDraw.start();
    if (m_mode == ProgressMode::Bar && Terminal::isTerminal(err)) {
        m_resize = std::make_unique<ResizeWatch>(&m_context, [this] {
            m_width = Terminal::width(Terminal::descriptorOf(m_err));
            redraw();
        });
    }
}

ProgressReporter::~ProgressReporter() = default;

ProgressMode ProgressReporter::mode() const
{
    return m_mode;
}

int ProgressReporter::intervalMs() const
{
    switch (m_mode) {
    case ProgressMode::Plain:
        return PlainIntervalMs;
    case ProgressMode::Json:
        return JsonIntervalMs;
    default:
        return BarIntervalMs;
    }
}

void ProgressReporter::update(const RunProgress &progress)
{
    if (m_mode == ProgressMode::None)
        return;
    m_last = progress;
    // The first bar or JSON line at once; a plain log line only after the first interval.
    const bool first = !m_haveLast && m_mode != ProgressMode::Plain;
    m_haveLast = true;
    if (first || m_sinceDraw.elapsed() >= intervalMs())
        draw(progress);
}

void ProgressReporter::makeRoom()
{
    if (m_shown == 0)
        return;
    if (m_escapes)
        m_err << "\r\x1b[K";
    else
        m_err << '\r' << QString(m_shown, QLatin1Char(' ')) << '\r';
    m_shown = 0;
}

void ProgressReporter::redraw()
{
    if (m_shown == 0 || !m_haveLast)
        return;
    makeRoom();
    draw(m_last);
}

void ProgressReporter::draw(const RunProgress &progress)
{
    m_out.flush(); // what was printed before (plan, "Creating folder") shows above the progress
    m_sinceDraw.restart();
    switch (m_mode) {
    case ProgressMode::Bar: {
        const QString line = ProgressLine::bar(progress, m_width);
        const int columns = Terminal::columns(line);
        m_err << '\r' << line;
        if (columns < m_shown) // a shorter line: what is left of the longer one goes
            m_err << (m_escapes ? QStringLiteral("\x1b[K") : QString(m_shown - columns, QLatin1Char(' ')));
        m_shown = std::max(columns, 1);
        break;
    }
    case ProgressMode::Plain:
        m_err << ProgressLine::plain(progress) << '\n';
        break;
    case ProgressMode::Json:
        m_err << QString::fromUtf8(ProgressLine::json(progress, ProgressLine::State::Running)) << '\n';
        break;
    case ProgressMode::Auto:
    case ProgressMode::None:
        return;
    }
    m_err.flush();
}

void ProgressReporter::finish(const RunSummary &summary)
{
    if (m_mode == ProgressMode::None)
        return;
    m_out.flush();
    RunProgress last = summary.counts;
    last.etaMs = -1;
    if (m_mode == ProgressMode::Json) {
        const auto state = summary.cancelled || summary.stoppedOnError ? ProgressLine::State::Cancelled
                                                                       : ProgressLine::State::Finished;
        m_err << QString::fromUtf8(ProgressLine::json(last, state)) << '\n';
    } else if (m_mode == ProgressMode::Plain) {
        m_err << ProgressLine::plain(last) << '\n';
    } else {
        makeRoom();
        m_err << ProgressLine::bar(last, m_width) << '\n';
    }
    m_shown = 0;
    m_haveLast = false;
    m_err.flush();
}

} // namespace Quire
