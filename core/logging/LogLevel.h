#pragma once

#include <QObject>

namespace orch {
Q_NAMESPACE

// Severity of a log message and the threshold of a sink; config.yaml spells them DEBUG..ERROR.
enum class LogLevel { Debug, Info, Warning, Error };
Q_ENUM_NS(LogLevel)

} // namespace orch
