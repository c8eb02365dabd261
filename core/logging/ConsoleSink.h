#pragma once

#include "logging/LogLevel.h"

#include <QString>

#include <spdlog/sinks/base_sink.h>

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace orch {

// The human-readable sink: "[INFO] Task decomposed into 3 subtask(s)", one line per message, flushed
// at once so a terminal or a pipe sees it immediately. The level tag is coloured only when the stream
// is a colour terminal and NO_COLOR is not set.
class ConsoleSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    // A stream it does not own: stdout or stderr.
    explicit ConsoleSink(std::FILE *stream);
    // Appends to a file it owns (tests, plain-text copies); never coloured. See isOpen().
    explicit ConsoleSink(const QString &filePath);
    ~ConsoleSink() override;

    bool isOpen() const { return m_file != nullptr; }
    bool usesColour() const { return m_colour; }

    static std::string formatLine(LogLevel level, std::string_view message, bool colour);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;

private:
    std::FILE *m_file = nullptr;
    bool m_ownsFile = false;
    bool m_colour = false;
};

} // namespace orch
