#pragma once

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace orch::bench {

// How many lines of each kind a generated transcript holds, which is how many events of each
// kind ClaudeStreamParser must report for it.
struct TranscriptCounts
{
    std::int64_t lines = 0;
    std::int64_t bytes = 0;
    std::int64_t init = 0;
    std::int64_t text = 0;
    std::int64_t toolUse = 0;
    std::int64_t toolResult = 0;
    std::int64_t retry = 0;
    std::int64_t result = 0;
    std::int64_t raw = 0;

    // "init=1 text=... raw=0": what the parser side prints, compared as text by the script.
    std::string events() const;
};

// Writes a stream-json transcript shaped like the Claude CLI's (see /work/shared/CLAUDE_CLI.md):
// one system/init, then turns of assistant text, tool_use and the user tool_result that answers
// it (Read, Bash, Write, Edit, Grep, Glob, some failing), now and then an api_retry,
// a rate_limit_event or a status line, and one result. Most bytes are file contents inside tool
// results, twice (message and tool_use_result) as the CLI prints them, with escapes, tabs,
// ANSI colours and non-ASCII text. Deterministic for a seed.
class TranscriptGenerator
{
public:
    explicit TranscriptGenerator(std::uint64_t seed);

    // Writes lines until at least targetBytes are written, then the result line.
    TranscriptCounts write(std::FILE *out, std::int64_t targetBytes);

private:
    void emit(std::FILE *out, const std::string &line);
    std::string sourceText(std::size_t bytes);
    std::string numbered(const std::string &text) const;
    std::string assistant(const std::string &block);
    std::string user(const std::string &toolUseId, const std::string &content, bool isError,
                     const std::string &toolUseResult);
    std::string toolUse(const std::string &name, const std::string &input, std::string *id);
    void turn(std::FILE *out);
    std::size_t pick(std::size_t below) { return std::size_t(m_random() % below); }
    std::size_t sizeBetween(std::size_t low, std::size_t high);
    std::string path();

    std::mt19937_64 m_random;
    std::vector<std::string> m_linePool; // source-like lines that files and outputs are made of
    std::string m_sessionId;
    std::int64_t m_nextId = 1;
    TranscriptCounts m_counts;
};

// `text` as a JSON string literal, escaped the way JSON.stringify does (non-ASCII stays raw).
std::string jsonString(std::string_view text);

} // namespace orch::bench
