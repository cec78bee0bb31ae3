#include "ui/uiresources.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerQuireResources()
{
    Q_INIT_RESOURCE(quire);
    Q_INIT_RESOURCE(templatereference); // generated from the README (ui/CMakeLists.txt)
}

namespace Quire {

void initUiResources()
{
    static const bool registered = [] {
        registerQuireResources();
        return true;
    }();
    Q_UNUSED(registered);
}

QIcon appIcon()
{
    initUiResources();
    QIcon icon(QStringLiteral(":/icons/quire.svg"));
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/quire-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString appId()
{
    return QStringLiteral("io.github.quire.Quire");
}

} // namespace Quire
