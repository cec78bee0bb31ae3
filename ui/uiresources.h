#pragma once

#include <QIcon>

namespace Quire {

/** Registers the app's compiled resources (needed once: quire_ui is a static library). Idempotent. */
void initUiResources();

/** The application icon from resources/: the SVG plus the pre-rendered PNG sizes. */
QIcon appIcon();

} // namespace Quire
