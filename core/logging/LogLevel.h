#pragma once

#include <QLatin1String>
#include <QObject>
#include <QStringView>

#include <optional>

namespace orch {
Q_NAMESPACE

// Severity of a log message and the threshold of a sink; config.yaml spells them DEBUG..ERROR.
enum class LogLevel { Debug, Info, Warning, Error };
Q_ENUM_NS(LogLevel)

// Where the human-readable log lines go. The CLI picks Stderr when it prints JSON on stdout.
// (Declared here because moc allows one Q_NAMESPACE per namespace and header.)
enum class ConsoleStream { None, Stdout, Stderr };
Q_ENUM_NS(ConsoleStream)

// The spelling used in config.yaml, the JSONL "level" field and the console: DEBUG, INFO, WARNING, ERROR.
QLatin1String logLevelName(LogLevel level);

// Inverse of logLevelName, case-insensitive; nullopt for anything else.
std::optional<LogLevel> logLevelFromName(QStringView name);

} // namespace orch
