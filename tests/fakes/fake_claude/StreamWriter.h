#pragma once

// Plain C++ on purpose: fake_claude is started thousands of times by the scale tests, and a
// process without Qt starts in about a millisecond.
#include <cstdint>
#include <string>
#include <vector>

namespace orch::fake {

// "text" with JSON escapes, quotes included.
std::string jsonString(const std::string &text);
// ["a","b"]
std::string jsonStringArray(const std::vector<std::string> &items);
// Milliseconds since the epoch (comparable across processes, for the invocation log).
std::int64_t nowMs();
// Writes all of data to fd; false when the reader is gone or a stop signal interrupted it.
bool writeAll(int fd, const std::string &data);

// What the result line reports.
struct ResultInfo
{
    std::string subtype = "success";
    bool isError = false;
    int apiErrorStatus = 0;  // 0 = null
    bool hasResult = true;   // error_max_turns and friends have no "result" key
    std::string result;
    std::vector<std::string> errors;  // only written when not empty
    std::string structuredOutput;     // raw JSON, written as "structured_output" when not empty
    std::string stopReason = "end_turn";
    std::string terminalReason = "completed";
};

// Builds stream-json lines the way claude 2.1.197 prints them (see CLAUDE_CLI.md) and writes
// each one to stdout with a single write(), so lines from a flood are never torn.
class StreamWriter
{
public:
    StreamWriter(std::string cwd, std::string sessionId, std::string model, std::string permissionMode);

    void init();
    void assistantText(const std::string &text);
    // A synthetic assistant message, as the CLI prints before an API error result.
    void syntheticError(const std::string &text, const std::string &error);
    // Returns the tool_use id for the matching toolResult().
    std::string toolUse(const std::string &name, const std::string &inputJson);
    void toolResult(const std::string &toolUseId, const std::string &content, bool isError = false);
    void apiRetry(int attempt, int maxRetries, double delayMs, int status, const std::string &error);
    void rateLimitEvent(std::int64_t resetsAtSeconds);
    void result(const ResultInfo &info);

    // Builders, for callers that batch lines themselves (the flood).
    std::string assistantTextLine(const std::string &text);
    std::string toolUseLine(const std::string &name, const std::string &inputJson, std::string *id);
    std::string toolResultLine(const std::string &toolUseId, const std::string &content, bool isError);

    // False once stdout is gone or a stop signal cut a write short.
    bool emit(const std::string &line);
    int turns() const { return m_turns; }

private:
    std::string uuid();
    std::string usageJson(int input, int output) const;

    std::string m_cwd;
    std::string m_sessionId;
    std::string m_model;
    std::string m_permissionMode;
    std::int64_t m_startMs = 0;
    int m_turns = 0;
    int m_nextId = 1;
    int m_inputTokens = 0;
    int m_outputTokens = 0;
    std::uint64_t m_seed = 0;
};

} // namespace orch::fake
