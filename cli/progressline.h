#pragma once

#include "core/run/runresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Quire {

/**
 * The text of quire-cli's progress, without any terminal handling, so it is testable at any width:
 * a bar line that fits a terminal, a plain line for logs and a JSON object for wrappers.
 */
class ProgressLine final
{
    Q_DECLARE_TR_FUNCTIONS(Quire::ProgressLine)

public:
    /** How a JSON line says where the run is. */
    enum class State {
        Running,
        Finished,
        Cancelled
    };

    /**
     * "45% [=====>     ] 12,345/100,000  8,912 files/s  41 MB  0:10 elapsed  0:12 left" in at most width-1
     * columns (the last column stays free, so no terminal wraps): as the width shrinks, the elapsed time,
     * the bytes, the rate, the time left, the failures, the count and at last the bar are dropped.
     */
    [[nodiscard]] static QString bar(const RunProgress &progress, int width);
    /** "progress: 45%, 12,345/100,000, 8,912 files/s, 41 MB, 0:10 elapsed, 0:12 left": for CI logs. */
    [[nodiscard]] static QString plain(const RunProgress &progress);
    /** {"done":…,"total":…,"written":…,"skipped":…,"failed":…,"bytes":…,"elapsed_ms":…,"rate":…,"eta_ms":…,"state":…}
     */
    [[nodiscard]] static QByteArray json(const RunProgress &progress, State state);

private:
    /** The fields from the first to keep to the first to drop (the bar apart). */
    [[nodiscard]] static QStringList fields(const RunProgress &progress);
    [[nodiscard]] static QString barGraphic(const RunProgress &progress, int columns);
};

} // namespace Quire
