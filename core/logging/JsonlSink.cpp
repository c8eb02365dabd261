#include "logging/JsonlSink.h"

#include "logging/SpdlogLevel.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/details/os.h>

#include <array>
#include <cstdio>

namespace orch {

using namespace Qt::StringLiterals;

namespace {

thread_local const LogFields *t_fields = nullptr;

// Most names are free at the first try; the bound only stops a loop on a pathological directory.
constexpr int maxSuffix = 10000;

void appendJsonString(std::string &line, std::string_view text)
{
    // replace: invalid UTF-8 becomes U+FFFD instead of an exception or a broken line.
    line += LogFields(text).dump(-1, ' ', false, LogFields::error_handler_t::replace);
}

bool isReservedKey(std::string_view key)
{
    return key == "timestamp" || key == "level" || key == "message";
}

} // namespace

JsonlSink::ScopedFields::ScopedFields(const LogFields *fields)
    : m_previous(t_fields)
{
    t_fields = fields;
}

JsonlSink::ScopedFields::~ScopedFields()
{
    t_fields = m_previous;
}

JsonlSink::JsonlSink(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
{
}

JsonlSink::~JsonlSink() = default;

std::shared_ptr<JsonlSink> JsonlSink::create(const QString &directory, const QDateTime &localTime,
                                             QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::shared_ptr<JsonlSink>();
    };
    if (!makePrivatePath(directory)) {
        return fail(QCoreApplication::translate("orch::JsonlSink", "Cannot create the log folder %1")
                        .arg(QDir::toNativeSeparators(directory)));
    }
    const QDir dir(directory);
    for (int suffix = 0; suffix < maxSuffix; ++suffix) {
        auto file = std::make_unique<QFile>(dir.absoluteFilePath(fileName(localTime, suffix)));
        // NewOnly makes "does it exist" and "create it" one step, so a concurrent run cannot be clobbered.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, privateFilePermissions))
            return std::shared_ptr<JsonlSink>(new JsonlSink(std::move(file)));
        if (!QFileInfo::exists(file->fileName())) {
            return fail(QCoreApplication::translate("orch::JsonlSink", "Cannot create the log file %1: %2")
                            .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
        }
    }
    return fail(QCoreApplication::translate("orch::JsonlSink", "Cannot find a free log file name in %1")
                    .arg(QDir::toNativeSeparators(directory)));
}

QString JsonlSink::fileName(const QDateTime &localTime, int suffix)
{
    QString name = u"orchestrator_"_s + localTime.toString(u"yyyyMMdd_HHmmss"_s);
    if (suffix > 0)
        name += u'_' + QString::number(suffix);
    return name + u".jsonl"_s;
}

std::string JsonlSink::formatTimestamp(std::chrono::system_clock::time_point time)
{
    using namespace std::chrono;
    const auto sinceEpoch = floor<milliseconds>(time.time_since_epoch());
    const auto wholeSeconds = floor<seconds>(sinceEpoch);
    const auto millis = static_cast<int>((sinceEpoch - wholeSeconds).count());
    const std::tm utc = spdlog::details::os::gmtime(static_cast<std::time_t>(wholeSeconds.count()));
    std::array<char, 64> buffer{};
    const int length = std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                     utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                                     utc.tm_sec, millis);
    return std::string(buffer.data(), static_cast<std::size_t>(std::max(length, 0)));
}

std::string JsonlSink::formatLine(std::chrono::system_clock::time_point time, LogLevel level,
                                  std::string_view message, const LogFields *fields)
{
    const QLatin1String levelName = logLevelName(level);
    std::string line;
    line.reserve(message.size() + 128);
    line += R"({"timestamp":")";
    line += formatTimestamp(time);
    line += R"(","level":")";
    line.append(levelName.data(), static_cast<std::size_t>(levelName.size()));
    line += R"(","message":)";
    appendJsonString(line, message);
    if (fields && fields->is_object()) {
        for (const auto &[key, value] : fields->items()) {
            line += ',';
            appendJsonString(line, isReservedKey(key) ? "field_" + key : key);
            line += ':';
            line += value.dump(-1, ' ', false, LogFields::error_handler_t::replace);
        }
    } else if (fields && !fields->is_null()) {
        line += R"(,"fields":)";
        line += fields->dump(-1, ' ', false, LogFields::error_handler_t::replace);
    }
    line += "}\n";
    return line;
}

QString JsonlSink::filePath() const
{
    return m_file->fileName();
}

void JsonlSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string line = formatLine(msg.time, fromSpdlogLevel(msg.level),
                                        std::string_view(msg.payload.data(), msg.payload.size()), t_fields);
    const qint64 written = m_file->write(line.data(), static_cast<qint64>(line.size()));
    if (written != static_cast<qint64>(line.size()) && !m_reportedWriteError) {
        // Once, and straight to stderr: logging about the log through the logger would recurse.
        m_reportedWriteError = true;
        const QByteArray text = QCoreApplication::translate("orch::JsonlSink", "Cannot write the log file %1: %2")
                                    .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString())
                                    .toLocal8Bit();
        std::fprintf(stderr, "%s\n", text.constData());
    }
}

void JsonlSink::flush_()
{
    m_file->flush();
}

} // namespace orch
