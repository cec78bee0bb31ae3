#include "ui/runprogressbar.h"

namespace Quire {

void RunProgressBar::setValueAndText(int value, const QString &text)
{
    setUpdatesEnabled(false);
    setValue(value);
    setFormat(text);
    setUpdatesEnabled(true); // one update() for both
}

} // namespace Quire
