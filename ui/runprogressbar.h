#pragma once

#include <QProgressBar>

namespace Quire {

/**
 * The run's progress bar: value and text change together, about 30 times a second, and are painted
 * once for both. A plain QProgressBar paints twice per change (setValue() repaints at once and
 * setFormat() asks for another paint), and each paint of the styled bar with its text costs the GUI
 * thread about a millisecond on a quiet machine, several on a busy one.
 */
class RunProgressBar final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgressBar)

public:
    using QProgressBar::QProgressBar;

    void setValueAndText(int value, const QString &text);
};

} // namespace Quire
