#pragma once

#include "cli/progressline.h"
#include "core/run/runresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Quire {

class ResizeWatch;

/** --progress: how a run shows its progress on stderr. */
enum class ProgressMode {
    Auto,  ///< Bar on a terminal that is not dumb, else None
    Bar,   ///< a line redrawn in place, fitted to the width
    Plain, ///< a line every 5 s and a last one, no escape sequences: CI logs
    Json,  ///< a JSON object per line, every 0.5 s and a last one: wrappers
    None
};

/** "auto", "bar", "plain", "json", "none"; nullopt for anything else. */
[[nodiscard]] std::optional<ProgressMode> progressModeFromName(const QString &name);
/** The names progressModeFromName() reads, for messages and --help: "auto, bar, plain, json or none". */
[[nodiscard]] QString progressModeNames();

/**
 * Draws a run's progress on err in one of the modes, at most ~10 times a second for the bar. Whatever
 * was printed on out before is flushed first, so it shows above the progress, in order. The bar fits the
 * terminal's width, follows SIGWINCH and never wraps; a dumb terminal (TERM=dumb or unset) gets no escape
 * sequence. At the end the bar's last state stays, finished with a newline, so the summary starts on a
 * line of its own.
 */
class ProgressReporter final
{
    Q_DECLARE_TR_FUNCTIONS(Quire::ProgressReporter)

public:
    /** asked: --progress if given; quiet: --quiet, which means None unless --progress says otherwise. */
    ProgressReporter(std::optional<ProgressMode> asked, bool quiet, QTextStream &out, QTextStream &err);
    ~ProgressReporter();
    Q_DISABLE_COPY_MOVE(ProgressReporter)

    [[nodiscard]] ProgressMode mode() const;
    void update(const RunProgress &progress);
    /** Before another line on err (a failure, a warning): the bar is cleared, and comes back with the next update. */
    void makeRoom();
    /** The last state (bar, plain or JSON), then a newline. */
    void finish(const RunSummary &summary);

private:
    void draw(const RunProgress &progress);
    void redraw();
    [[nodiscard]] int intervalMs() const;

    QTextStream &m_out;
    QTextStream &m_err;
    ProgressMode m_mode;
    bool m_escapes;  ///< \x1b[K to clear; a dumb terminal gets spaces instead
    int m_width;     ///< columns of the terminal (or $COLUMNS, or 80)
    int m_shown = 0; ///< columns of the bar on screen now; 0 when none is
    RunProgress m_last;
    bool m_haveLast = false;
    QElapsedTimer m_sinceDraw;
    QObject m_context; ///< for the SIGWINCH notifier
    std::unique_ptr<ResizeWatch> m_resize;
};

} // namespace Quire
