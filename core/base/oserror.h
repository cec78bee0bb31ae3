#pragma once

#include <QString>

namespace Quire {

/** The operating system's own message for an errno value, e.g. "No space left on device". */
QString osMessage(int error);

} // namespace Quire
