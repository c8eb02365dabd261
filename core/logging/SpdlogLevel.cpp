#include "logging/SpdlogLevel.h"

namespace orch {

spdlog::level::level_enum toSpdlogLevel(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return spdlog::level::debug;
    case LogLevel::Info:
        return spdlog::level::info;
    case LogLevel::Warning:
        return spdlog::level::warn;
    case LogLevel::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

LogLevel fromSpdlogLevel(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
    case spdlog::level::debug:
        return LogLevel::Debug;
    case spdlog::level::info:
        return LogLevel::Info;
    case spdlog::level::warn:
        return LogLevel::Warning;
    case spdlog::level::err:
    case spdlog::level::critical:
        return LogLevel::Error;
    case spdlog::level::off:
    case spdlog::level::n_levels:
        break;
    }
    return LogLevel::Info;
}

} // namespace orch
