#include "StreamWriter.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <utility>

#include <unistd.h>

namespace orch::fake {

std::string jsonString(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 16 + 2);
    out += '"';
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        // Copy runs that need no escape in one go: the flood escapes megabytes.
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end)
            break;
        switch (const char c = *p++) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        }
        }
    }
    out += '"';
    return out;  // UTF-8 passes through unchanged, as in the real CLI
}

std::string jsonStringArray(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += jsonString(items[i]);
    }
    return out + ']';
}

std::int64_t nowMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

bool writeAll(int fd, const std::string &data)
{
    const char *p = data.data();
    std::size_t left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, p, left);
        if (written < 0) {
            // EINTR means a stop signal arrived (handlers are installed without SA_RESTART):
            // give up so the caller can act on it instead of blocking on a full pipe.
            return false;
        }
        p += written;
        left -= static_cast<std::size_t>(written);
    }
    return true;
}

StreamWriter::StreamWriter(std::string cwd, std::string sessionId, std::string model, std::string permissionMode)
    : m_cwd(std::move(cwd))
    , m_sessionId(std::move(sessionId))
    , m_model(std::move(model))
    , m_permissionMode(std::move(permissionMode))
    , m_startMs(nowMs())
    , m_seed(static_cast<std::uint64_t>(m_startMs) * 6364136223846793005ULL ^ static_cast<std::uint64_t>(::getpid()))
{
    if (m_sessionId.empty())
        m_sessionId = uuid();
}

std::string StreamWriter::uuid()
{
    // xorshift64*: unique enough for ids in a test transcript, and no /dev/urandom read.
    auto next = [this] {
        m_seed ^= m_seed >> 12;
        m_seed ^= m_seed << 25;
        m_seed ^= m_seed >> 27;
        return m_seed * 2685821657736338717ULL;
    };
    const std::uint64_t a = next();
    const std::uint64_t b = next();
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return text;
}

std::string StreamWriter::usageJson(int input, int output) const
{
    return "{\"input_tokens\":" + std::to_string(input) + ",\"cache_creation_input_tokens\":0,"
           "\"cache_read_input_tokens\":0,\"output_tokens\":" + std::to_string(output) + '}';
}

bool StreamWriter::emit(const std::string &line)
{
    return writeAll(STDOUT_FILENO, line + '\n');
}

void StreamWriter::init()
{
    const char *apiKey = ::getenv("ANTHROPIC_API_KEY");
    emit("{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":" + jsonString(m_cwd) + ",\"session_id\":"
         + jsonString(m_sessionId)
         + ",\"tools\":[\"Task\",\"Bash\",\"Edit\",\"Glob\",\"Grep\",\"Read\",\"TodoWrite\",\"WebFetch\",\"Write\"],"
           "\"mcp_servers\":[],\"model\":" + jsonString(m_model) + ",\"permissionMode\":" + jsonString(m_permissionMode)
         + ",\"slash_commands\":[\"compact\",\"review\"],\"apiKeySource\":"
         + jsonString(apiKey != nullptr && *apiKey != '\0' ? "ANTHROPIC_API_KEY" : "none")
         + ",\"claude_code_version\":\"2.1.197\",\"output_style\":\"default\",\"uuid\":" + jsonString(uuid()) + '}');
}

std::string StreamWriter::assistantTextLine(const std::string &text)
{
    ++m_turns;
    const int input = 1200 + 40 * m_turns;
    const int output = 1 + static_cast<int>(text.size() / 4);
    m_inputTokens += input;
    m_outputTokens += output;
    return "{\"type\":\"assistant\",\"message\":{\"id\":\"msg_fake_" + std::to_string(m_nextId++)
           + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":" + jsonString(m_model)
           + ",\"content\":[{\"type\":\"text\",\"text\":" + jsonString(text)
           + "}],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":" + usageJson(input, output)
           + "},\"parent_tool_use_id\":null,\"session_id\":" + jsonString(m_sessionId) + ",\"uuid\":"
           + jsonString(uuid()) + '}';
}

void StreamWriter::assistantText(const std::string &text)
{
    emit(assistantTextLine(text));
}

void StreamWriter::syntheticError(const std::string &text, const std::string &error)
{
    emit("{\"type\":\"assistant\",\"message\":{\"id\":" + jsonString(uuid())
         + ",\"model\":\"<synthetic>\",\"role\":\"assistant\",\"stop_reason\":\"stop_sequence\","
           "\"stop_sequence\":\"\",\"type\":\"message\",\"usage\":" + usageJson(0, 0)
         + ",\"content\":[{\"type\":\"text\",\"text\":" + jsonString(text)
         + "}]},\"parent_tool_use_id\":null,\"session_id\":" + jsonString(m_sessionId) + ",\"uuid\":"
         + jsonString(uuid()) + ",\"error\":" + jsonString(error) + '}');
}

std::string StreamWriter::toolUseLine(const std::string &name, const std::string &inputJson, std::string *id)
{
    *id = "toolu_fake_" + std::to_string(m_nextId);
    return "{\"type\":\"assistant\",\"message\":{\"id\":\"msg_fake_" + std::to_string(m_nextId++)
           + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":" + jsonString(m_model)
           + ",\"content\":[{\"type\":\"tool_use\",\"id\":" + jsonString(*id) + ",\"name\":" + jsonString(name)
           + ",\"input\":" + inputJson + "}],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
           + usageJson(0, 20) + "},\"parent_tool_use_id\":null,\"session_id\":" + jsonString(m_sessionId)
           + ",\"uuid\":" + jsonString(uuid()) + '}';
}

std::string StreamWriter::toolUse(const std::string &name, const std::string &inputJson)
{
    std::string id;
    emit(toolUseLine(name, inputJson, &id));
    return id;
}

std::string StreamWriter::toolResultLine(const std::string &toolUseId, const std::string &content, bool isError)
{
    return "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":" + jsonString(toolUseId)
           + ",\"type\":\"tool_result\",\"content\":" + jsonString(content) + (isError ? ",\"is_error\":true" : "")
           + "}]},\"parent_tool_use_id\":null,\"session_id\":" + jsonString(m_sessionId) + ",\"uuid\":"
           + jsonString(uuid()) + '}';
}

void StreamWriter::toolResult(const std::string &toolUseId, const std::string &content, bool isError)
{
    emit(toolResultLine(toolUseId, content, isError));
}

void StreamWriter::apiRetry(int attempt, int maxRetries, double delayMs, int status, const std::string &error)
{
    char delay[32];
    std::snprintf(delay, sizeof delay, "%.1f", delayMs);
    emit("{\"type\":\"system\",\"subtype\":\"api_retry\",\"attempt\":" + std::to_string(attempt)
         + ",\"max_retries\":" + std::to_string(maxRetries) + ",\"retry_delay_ms\":" + delay
         + ",\"error_status\":" + std::to_string(status) + ",\"error\":" + jsonString(error)
         + ",\"session_id\":" + jsonString(m_sessionId) + ",\"uuid\":" + jsonString(uuid()) + '}');
}

void StreamWriter::rateLimitEvent(std::int64_t resetsAtSeconds)
{
    emit("{\"type\":\"rate_limit_event\",\"rate_limit_info\":{\"status\":\"rejected\",\"resetsAt\":"
         + std::to_string(resetsAtSeconds) + ",\"rateLimitType\":\"five_hour\"},\"uuid\":" + jsonString(uuid())
         + ",\"session_id\":" + jsonString(m_sessionId) + '}');
}

void StreamWriter::result(const ResultInfo &info)
{
    const std::int64_t duration = nowMs() - m_startMs;
    // Roughly Sonnet's prices, so a cost column has something plausible to show.
    const double cost = info.isError && info.apiErrorStatus != 0
        ? 0.0
        : m_inputTokens * 3e-6 + m_outputTokens * 15e-6;
    char costText[32];
    std::snprintf(costText, sizeof costText, "%.6f", cost);
    std::string line = "{\"type\":\"result\",\"subtype\":" + jsonString(info.subtype)
        + ",\"is_error\":" + (info.isError ? "true" : "false") + ",\"api_error_status\":"
        + (info.apiErrorStatus != 0 ? std::to_string(info.apiErrorStatus) : std::string("null"))
        + ",\"duration_ms\":" + std::to_string(duration) + ",\"duration_api_ms\":" + std::to_string(duration / 2)
        + ",\"num_turns\":" + std::to_string(m_turns > 0 ? m_turns : 1);
    if (info.hasResult)
        line += ",\"result\":" + jsonString(info.result);
    line += ",\"stop_reason\":" + jsonString(info.stopReason) + ",\"session_id\":" + jsonString(m_sessionId)
        + ",\"total_cost_usd\":" + costText + ",\"usage\":" + usageJson(m_inputTokens, m_outputTokens)
        + ",\"modelUsage\":{},\"permission_denials\":[],\"terminal_reason\":" + jsonString(info.terminalReason)
        + ",\"uuid\":" + jsonString(uuid());
    if (!info.errors.empty())
        line += ",\"errors\":" + jsonStringArray(info.errors);
    if (!info.structuredOutput.empty())
        line += ",\"structured_output\":" + info.structuredOutput;
    emit(line + '}');
}

} // namespace orch::fake
