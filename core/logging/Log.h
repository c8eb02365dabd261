#pragma once

#include "logging/LogFields.h"
#include "logging/LogLevel.h"
#include "logging/LogOptions.h"

#include <QString>

namespace orch {

// The process-wide logger, as a static facade so any code can log without passing objects around:
//   Log::info(u"Worker %1 started"_s.arg(id), {{"worker_id", id}, {"task", task.toStdString()}});
// One spdlog logger feeds a console sink and a JSONL file sink; both honour one level. Secrets are
// redacted before any sink sees the text. Thread-safe. Before init() and after shutdown() messages go
// to stderr at Info.
class Log final
{
public:
    Log() = delete;

    // Replaces the current setup. False (and logging left as it was) when the file cannot be created.
    // Also registers the secrets in ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN.
    static bool init(const LogOptions &options, QString *errorMessage = nullptr);
    // Flushes and closes the sinks, restores the Qt message handler if ours was installed, and
    // falls back to stderr at Info. Safe to call twice.
    static void shutdown();
    // The JSONL file in use, or empty.
    static QString filePath();

    static void setLevel(LogLevel level);
    static LogLevel level();
    // Lets a caller skip building an expensive message that would be dropped.
    static bool isEnabled(LogLevel level);

    // fields: a JSON object merged at the top level of the JSONL line; the console shows only the message.
    static void write(LogLevel level, const QString &message, const LogFields &fields = {});
    static void debug(const QString &message, const LogFields &fields = {});
    static void info(const QString &message, const LogFields &fields = {});
    static void warning(const QString &message, const LogFields &fields = {});
    static void error(const QString &message, const LogFields &fields = {});
    static void flush();

    // Routes qDebug/qInfo/qWarning/qCritical/qFatal here, with a "category" field unless "default".
    static void installQtMessageHandler();
    // A value that must never reach a sink from now on (at least 8 characters; false otherwise).
    // Secrets are kept across init() and shutdown().
    static bool addSecret(const QString &value);
};

} // namespace orch
