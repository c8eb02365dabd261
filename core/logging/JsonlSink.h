#pragma once

#include "logging/LogFields.h"
#include "logging/LogLevel.h"

#include <QDateTime>
#include <QString>

#include <spdlog/sinks/base_sink.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

class QFile;

namespace orch {

// The machine-readable sink: one JSON object per line in <dir>/orchestrator_YYYYMMDD_HHMMSS.jsonl,
//   {"timestamp":"2025-10-20T12:00:00.123Z","level":"INFO","message":"...","worker_id":1,...}
// Every line is valid JSON whatever the text holds (invalid UTF-8 becomes U+FFFD). The file is
// unbuffered: each line reaches the file in one write, so readers and crashes never see half a line.
class JsonlSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    // Sets the fields the next spdlog call on this thread carries (sinks run on the caller's thread).
    class ScopedFields final
    {
    public:
        explicit ScopedFields(const LogFields *fields);
        ~ScopedFields();
        Q_DISABLE_COPY_MOVE(ScopedFields)

    private:
        const LogFields *m_previous;
    };

    // Creates the file for localTime in directory (made if missing). If the name is taken, adds
    // _1, _2, ...: an existing file is never opened. Null, with *errorMessage set, on failure.
    static std::shared_ptr<JsonlSink> create(const QString &directory, const QDateTime &localTime,
                                             QString *errorMessage);
    // orchestrator_YYYYMMDD_HHMMSS.jsonl, or orchestrator_YYYYMMDD_HHMMSS_<suffix>.jsonl when suffix > 0.
    static QString fileName(const QDateTime &localTime, int suffix = 0);
    // One line, newline included. Fields that would overwrite timestamp, level or message get a
    // "field_" prefix; fields that are not an object go under "fields".
    static std::string formatLine(std::chrono::system_clock::time_point time, LogLevel level,
                                  std::string_view message, const LogFields *fields);
    // 2025-10-20T12:00:00.123Z
    static std::string formatTimestamp(std::chrono::system_clock::time_point time);

    ~JsonlSink() override;
    QString filePath() const;

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;

private:
    explicit JsonlSink(std::unique_ptr<QFile> file);

    std::unique_ptr<QFile> m_file;
    bool m_reportedWriteError = false;
};

} // namespace orch
