#include "logging/Log.h"

#include "logging/ConsoleSink.h"
#include "logging/JsonlSink.h"
#include "logging/Redactor.h"
#include "logging/SpdlogLevel.h"

#include <QCoreApplication>
#include <QDateTime>

#include <spdlog/logger.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <shared_mutex>
#include <string>

namespace orch {

namespace {

struct LogState
{
    // Writers hold it shared; init, shutdown and addSecret hold it exclusive.
    std::shared_mutex mutex;
    std::shared_ptr<spdlog::logger> logger;  // never null
    QString filePath;
    Redactor redactor;
    std::atomic<LogLevel> level{LogLevel::Info};
    bool qtHandlerInstalled = false;
    QtMessageHandler previousQtHandler = nullptr;
};

// Set while this thread is inside a sink, i.e. holds the state's shared lock.
thread_local bool t_insideWrite = false;

struct InsideWrite final
{
    InsideWrite() { t_insideWrite = true; }
    ~InsideWrite() { t_insideWrite = false; }
    Q_DISABLE_COPY_MOVE(InsideWrite)
};

std::shared_ptr<spdlog::logger> makeLogger(std::vector<spdlog::sink_ptr> sinks)
{
    // Not registered with spdlog's global registry: nothing else should find or replace it.
    auto logger = std::make_shared<spdlog::logger>("orchestrator", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::trace);  // Log filters first, so the sinks see only what passes
    logger->flush_on(spdlog::level::err);
    return logger;
}

std::shared_ptr<spdlog::logger> makeFallbackLogger()
{
    return makeLogger({std::make_shared<ConsoleSink>(stderr)});
}

LogState &state()
{
    // Leaked on purpose: code running during static destruction may still log.
    static LogState *const instance = [] {
        auto *created = new LogState;
        created->logger = makeFallbackLogger();
        created->redactor.addEnvironmentSecrets();
        return created;
    }();
    return *instance;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFields fields;
    if (context.category && std::strcmp(context.category, "default") != 0)
        fields["category"] = context.category;
    LogLevel level = LogLevel::Info;
    switch (type) {
    case QtDebugMsg:
        level = LogLevel::Debug;
        break;
    case QtInfoMsg:
        level = LogLevel::Info;
        break;
    case QtWarningMsg:
        level = LogLevel::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = LogLevel::Error;
        break;
    }
    Log::write(level, message, fields);
    // Qt aborts after a fatal message returns from the handler; the line must be out by then.
    if (type == QtFatalMsg)
        Log::flush();
}

} // namespace

bool Log::init(const LogOptions &options, QString *errorMessage)
{
    // Build the new sinks first, so a failure leaves the current setup untouched.
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.consoleFile.isEmpty()) {
        auto console = std::make_shared<ConsoleSink>(options.consoleFile);
        if (!console->isOpen()) {
            if (errorMessage) {
                *errorMessage = QCoreApplication::translate("orch::Log", "Cannot open the console log file %1")
                                    .arg(options.consoleFile);
            }
            return false;
        }
        sinks.push_back(std::move(console));
    } else if (options.console == ConsoleStream::Stdout) {
        sinks.push_back(std::make_shared<ConsoleSink>(stdout));
    } else if (options.console == ConsoleStream::Stderr) {
        sinks.push_back(std::make_shared<ConsoleSink>(stderr));
    }
    QString filePath;
    if (!options.logDir.isEmpty()) {
        auto jsonl = JsonlSink::create(options.logDir, QDateTime::currentDateTime(), errorMessage);
        if (!jsonl)
            return false;
        filePath = jsonl->filePath();
        sinks.push_back(std::move(jsonl));
    }

    LogState &s = state();
    std::shared_ptr<spdlog::logger> logger = makeLogger(std::move(sinks));
    {
        const std::unique_lock lock(s.mutex);
        s.redactor.addEnvironmentSecrets();
        s.logger.swap(logger);  // `logger` now holds the retired one
        s.filePath = filePath;
        s.level.store(options.level);
    }
    logger->flush();
    return true;
}

void Log::shutdown()
{
    LogState &s = state();
    std::shared_ptr<spdlog::logger> logger = makeFallbackLogger();
    bool restoreHandler = false;
    QtMessageHandler handler = nullptr;
    {
        const std::unique_lock lock(s.mutex);
        s.logger.swap(logger);  // `logger` now holds the retired one
        s.filePath.clear();
        s.level.store(LogLevel::Info);
        restoreHandler = std::exchange(s.qtHandlerInstalled, false);
        handler = std::exchange(s.previousQtHandler, nullptr);
    }
    if (restoreHandler)
        qInstallMessageHandler(handler);
    // The last owner: flushing and releasing it closes the file.
    logger->flush();
}

QString Log::filePath()
{
    LogState &s = state();
    const std::shared_lock lock(s.mutex);
    return s.filePath;
}

void Log::setLevel(LogLevel level)
{
    state().level.store(level);
}

LogLevel Log::level()
{
    return state().level.load();
}

bool Log::isEnabled(LogLevel level)
{
    return level >= state().level.load(std::memory_order_relaxed);
}

void Log::write(LogLevel level, const QString &message, const LogFields &fields)
{
    if (!isEnabled(level))
        return;
    LogState &s = state();
    std::string text = message.toStdString();
    if (t_insideWrite) {
        // Re-entered from inside a sink (a Qt warning raised while writing): the lock is already
        // ours and the sinks are busy, so write the redacted line straight to stderr.
        s.redactor.redact(text);
        const std::string line = ConsoleSink::formatLine(level, text, false);
        std::fwrite(line.data(), 1, line.size(), stderr);
        return;
    }
    const std::shared_lock lock(s.mutex);
    s.redactor.redact(text);
    LogFields redactedFields;
    const LogFields *fieldsToLog = nullptr;
    if (!fields.is_null()) {
        redactedFields = fields;
        s.redactor.redact(redactedFields);
        fieldsToLog = &redactedFields;
    }
    const InsideWrite inside;
    const JsonlSink::ScopedFields scope(fieldsToLog);
    // The string_view overload: the message is never taken as a format string, so braces are safe.
    s.logger->log(spdlog::source_loc{}, toSpdlogLevel(level), spdlog::string_view_t(text.data(), text.size()));
}

void Log::debug(const QString &message, const LogFields &fields)
{
    write(LogLevel::Debug, message, fields);
}

void Log::info(const QString &message, const LogFields &fields)
{
    write(LogLevel::Info, message, fields);
}

void Log::warning(const QString &message, const LogFields &fields)
{
    write(LogLevel::Warning, message, fields);
}

void Log::error(const QString &message, const LogFields &fields)
{
    write(LogLevel::Error, message, fields);
}

void Log::flush()
{
    if (t_insideWrite) {  // from a qFatal raised inside a sink: the lock is ours, the sinks are busy
        std::fflush(stderr);
        return;
    }
    LogState &s = state();
    const std::shared_lock lock(s.mutex);
    s.logger->flush();
}

void Log::installQtMessageHandler()
{
    LogState &s = state();
    const std::unique_lock lock(s.mutex);
    if (s.qtHandlerInstalled)
        return;
    s.previousQtHandler = qInstallMessageHandler(qtMessageHandler);
    s.qtHandlerInstalled = true;
}

bool Log::addSecret(const QString &value)
{
    LogState &s = state();
    const std::unique_lock lock(s.mutex);
    return s.redactor.addSecret(value);
}

} // namespace orch
