#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace orch {

// Finds the few top-level fields the log browser needs in one JSONL line without building a DOM:
// indexing a 1 GB log must cost one pass over the bytes, not a parse tree per line.
class JsonlScanner
{
public:
    // Raw JSON value spans (a string keeps its quotes); empty when the key is absent.
    struct Fields
    {
        std::string_view level;
        std::string_view type;  // transcripts (stream-json) have "type" where logs have "level"
        std::string_view workerId;
        std::string_view runId;
        std::string_view time;  // "timestamp" (JsonlSink) or "time" (journal)
        std::string_view message;
        bool complete = false;  // one whole, well-formed-looking object
    };

    static Fields scan(std::string_view line);
    // A JSON string's text with its escapes decoded; any other value as written.
    static QString text(std::string_view raw);
    static std::optional<qint64> integer(std::string_view raw);
    // What the table shows as the message: "message" when it is a string, otherwise a short
    // readable summary of a transcript event (assistant text, tool calls, results), else the line.
    static QString summary(std::string_view line, const Fields &fields);
};

} // namespace orch
