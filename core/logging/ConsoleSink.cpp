#include "logging/ConsoleSink.h"

#include "logging/LiveRegion.h"
#include "logging/SpdlogLevel.h"

#include <QFile>

#include <spdlog/details/os.h>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace orch {

namespace {

std::string_view colourOf(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "\033[36m";  // cyan
    case LogLevel::Info:
        return "\033[32m";  // green
    case LogLevel::Warning:
        return "\033[33;1m";  // bold yellow
    case LogLevel::Error:
        return "\033[31;1m";  // bold red
    }
    return {};
}

constexpr std::string_view colourReset = "\033[0m";

#ifndef Q_OS_WIN
// The text log holds what the JSONL log holds: created for the user only (0600), whatever the umask.
std::FILE *openPrivateForAppend(const QString &filePath)
{
    const int fd = ::open(QFile::encodeName(filePath).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return nullptr;
    std::FILE *file = ::fdopen(fd, "ab");
    if (!file)
        ::close(fd);
    return file;
}
#endif

} // namespace

ConsoleSink::ConsoleSink(std::FILE *stream)
    : m_file(stream)
    , m_colour(stream != nullptr && qEnvironmentVariableIsEmpty("NO_COLOR")
               && spdlog::details::os::in_terminal(stream) && spdlog::details::os::is_color_terminal())
{
}

ConsoleSink::ConsoleSink(const QString &filePath)
#ifdef Q_OS_WIN
    : m_file(_wfopen(reinterpret_cast<const wchar_t *>(filePath.utf16()), L"ab"))
#else
    : m_file(openPrivateForAppend(filePath))
#endif
    , m_ownsFile(true)
{
}

ConsoleSink::~ConsoleSink()
{
    if (m_ownsFile && m_file)
        std::fclose(m_file);
}

std::string ConsoleSink::formatLine(LogLevel level, std::string_view message, bool colour)
{
    const QLatin1String name = logLevelName(level);
    std::string line;
    line.reserve(message.size() + 24);
    if (colour)
        line.append(colourOf(level));
    line.push_back('[');
    line.append(name.data(), static_cast<std::size_t>(name.size()));
    line.push_back(']');
    if (colour)
        line.append(colourReset);
    line.push_back(' ');
    line.append(message);
    line.push_back('\n');
    return line;
}

void ConsoleSink::sink_it_(const spdlog::details::log_msg &msg)
{
    if (!m_file)
        return;
    const std::string line =
        formatLine(fromSpdlogLevel(msg.level), std::string_view(msg.payload.data(), msg.payload.size()), m_colour);
    // One fwrite per line: with the sink's mutex held, lines from different threads never mix.
    const auto writeLine = [&] {
        std::fwrite(line.data(), 1, line.size(), m_file);
        std::fflush(m_file);
    };
    // On the terminal, above the live monitor display if one is drawn there.
    if (m_ownsFile)
        writeLine();
    else
        LiveRegion::writeAbove(writeLine);
}

void ConsoleSink::flush_()
{
    if (m_file)
        std::fflush(m_file);
}

} // namespace orch
