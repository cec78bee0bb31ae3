#pragma once

#include <QIcon>

namespace Quire {

/** Registers the app's compiled resources (needed once: quire_ui is a static library). Idempotent. */
void initUiResources();

/** The application icon from resources/: the SVG plus the pre-rendered PNG sizes. */
QIcon appIcon();

/** The application id: the desktop entry's and metainfo's name, the icon's name, the D-Bus identity. */
QString appId();

} // namespace Quire
