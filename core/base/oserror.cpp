#include "core/base/oserror.h"

#include <cstring>

namespace Quire {

QString osMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace Quire
