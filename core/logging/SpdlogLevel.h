#pragma once

#include "logging/LogLevel.h"

#include <spdlog/common.h>

namespace orch {

// The mapping between our four levels and spdlog's; trace and critical fold into DEBUG and ERROR.
spdlog::level::level_enum toSpdlogLevel(LogLevel level);
LogLevel fromSpdlogLevel(spdlog::level::level_enum level);

} // namespace orch
