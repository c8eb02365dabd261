// libFuzzer target: the agent's stdout as the orchestrator reads it. Bytes are cut into chunks
// (sizes taken from the input's first bytes, as pipes deliver them), split into lines by
// LineSplitter with a small line cap, and parsed batch by batch by ClaudeStreamParser (which
// reduces each line with JsonLineReducer first).
#include "agent/ClaudeStreamParser.h"
#include "process/LineSplitter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    // First byte: the line cap (small caps exercise the cut marker); second: the chunk size.
    const qsizetype maxLine = 64 + qsizetype(data[0]) * 64;
    const qsizetype chunk = 1 + qsizetype(data[1]) * 16;
    const char *bytes = reinterpret_cast<const char *>(data) + 2;
    const qsizetype total = static_cast<qsizetype>(size) - 2;

    orch::LineSplitter splitter(maxLine);
    orch::ClaudeStreamParser parser;
    for (qsizetype at = 0; at < total; at += chunk) {
        const orch::LineBatch lines = splitter.feed(QByteArray(bytes + at, qMin(chunk, total - at)));
        if (splitter.pendingBytes() > maxLine + 64)
            __builtin_trap();  // the cap must bound what is kept
        const QList<orch::AgentEvent> events = parser.parse(lines);
        for (const orch::AgentEvent &event : events)
            (void)event.text.size();
    }
    (void)parser.parse(splitter.flush());
    (void)parser.finalText();
    (void)parser.result();
    (void)parser.sawJson();
    return 0;
}
