#include "logging/LogLevel.h"

namespace orch {

QLatin1String logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QLatin1String("DEBUG");
    case LogLevel::Info:
        return QLatin1String("INFO");
    case LogLevel::Warning:
        return QLatin1String("WARNING");
    case LogLevel::Error:
        return QLatin1String("ERROR");
    }
    return QLatin1String("INFO");
}

std::optional<LogLevel> logLevelFromName(QStringView name)
{
    for (const LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (name.compare(logLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

} // namespace orch
