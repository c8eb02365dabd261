#pragma once

#include <QIcon>

namespace orch {

// The application icon at 16 to 256 pixels, from the PNG renders of resources/icons/orchestrator.svg
// embedded in orch_ui (PNGs because Qt SVG is not a dependency).
[[nodiscard]] QIcon appIcon();

} // namespace orch
