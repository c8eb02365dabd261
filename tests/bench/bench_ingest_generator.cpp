#include "bench_ingest_generator.h"

#include <array>
#include <cmath>

namespace orch::bench {

namespace {

constexpr std::array Words {"value", "limit", "result", "buffer", "worker", "config", "state", "index", "line",
    "parser", "event", "count", "offset", "item", "queue", "summary", "path", "token", "entry", "cache"};
constexpr std::array Types {"int", "auto", "QString", "std::size_t", "bool", "const Config &", "double"};
// Text that is not ASCII, as source files and tool outputs have it: comments, names, test data.
constexpr std::array Unicode {"café", "naïve", "Größe", "日本語のテキスト", "данные", "🎉 done", "→", "—", "…",
    "±0.5 µs", "中文注释"};

} // namespace

std::string TranscriptCounts::events() const
{
    return "init=" + std::to_string(init) + " text=" + std::to_string(text) + " tool_use=" + std::to_string(toolUse)
        + " tool_result=" + std::to_string(toolResult) + " retry=" + std::to_string(retry)
        + " result=" + std::to_string(result) + " raw=" + std::to_string(raw);
}

std::string jsonString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8 + 2);
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

TranscriptGenerator::TranscriptGenerator(std::uint64_t seed)
    : m_random(seed)
{
    // A pool of lines in the styles a coding agent meets: code, comments, logs, test output.
    for (int i = 0; i < 4096; ++i) {
        const std::string a = Words[pick(Words.size())];
        const std::string b = Words[pick(Words.size())];
        const std::string indent(4 * pick(4), ' ');
        std::string line;
        switch (pick(10)) {
        case 0:
            line = indent + "if (" + a + ".size() > " + b + "Limit) {";
            break;
        case 1:
            line = indent + Types[pick(Types.size())] + ' ' + a + '_' + b + " = compute(" + b + ", " + std::to_string(pick(1000)) + ");";
            break;
        case 2:
            line = indent + "// " + a + " keeps the " + b + " of the " + Unicode[pick(Unicode.size())] + " case";
            break;
        case 3:
            line = indent + "return QStringLiteral(\"" + a + ": %1\").arg(" + b + ");";
            break;
        case 4:
            line = "\t" + a + " = \"" + b + "\\\\path\\\\to\\\\" + a + "\";";
            break;
        case 5:
            line = "[" + std::to_string(pick(100)) + "/" + std::to_string(100 + pick(900)) + "] Building CXX object core/" + a
                + "/" + b + ".cpp.o";
            break;
        case 6:
            line = "\x1b[32mPASS\x1b[0m   : Test" + a + "::" + b + "() " + Unicode[pick(Unicode.size())];
            break;
        case 7:
            line = "";
            break;
        case 8:
            line = indent + "}";
            break;
        default:
            line = indent + "for (const auto &" + a + " : " + b + "s) total += " + a + ".weight * " + std::to_string(pick(97)) + ';';
            break;
        }
        m_linePool.push_back(std::move(line));
    }
    char id[40];
    std::snprintf(id, sizeof id, "%08llx-1f2e-4d3c-8b4a-%012llx", static_cast<unsigned long long>(m_random() & 0xffffffff),
                  static_cast<unsigned long long>(m_random() & 0xffffffffffffULL));
    m_sessionId = id;
}

std::size_t TranscriptGenerator::sizeBetween(std::size_t low, std::size_t high)
{
    // Log-uniform: many small outputs, a few big ones, as real tool outputs are.
    const double ratio = double(high) / double(low);
    const double u = double(m_random() >> 11) / double(1ULL << 53);
    return std::size_t(double(low) * std::pow(ratio, u));
}

std::string TranscriptGenerator::sourceText(std::size_t bytes)
{
    std::string text;
    text.reserve(bytes + 128);
    while (text.size() < bytes) {
        text += m_linePool[pick(m_linePool.size())];
        text += '\n';
    }
    return text;
}

std::string TranscriptGenerator::numbered(const std::string &text) const
{
    // Read's result: "     1\t..." per line, like `cat -n`.
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::size_t number = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%6zu\t", number++);
        out += prefix;
        out.append(text, start, end - start);
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string TranscriptGenerator::path()
{
    return "/home/dev/project/src/" + std::string(Words[pick(Words.size())]) + '/' + Words[pick(Words.size())] + ".cpp";
}

std::string TranscriptGenerator::assistant(const std::string &block)
{
    const std::int64_t id = m_nextId++;
    return R"({"type":"assistant","message":{"id":"msg_01)" + std::to_string(id)
        + R"(","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[)" + block
        + R"(],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":4,"cache_creation_input_tokens":)"
        + std::to_string(pick(5000)) + R"(,"cache_read_input_tokens":)" + std::to_string(20000 + pick(80000))
        + R"(,"cache_creation":{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":0},"output_tokens":)"
        + std::to_string(1 + pick(900)) + R"(,"service_tier":"standard"},"context_management":null},"parent_tool_use_id":null,"session_id":")"
        + m_sessionId + R"(","uuid":"6f0c2a4e-)" + std::to_string(id) + "\"}";
}

std::string TranscriptGenerator::toolUse(const std::string &name, const std::string &input, std::string *id)
{
    *id = "toolu_01" + std::to_string(m_nextId);
    ++m_counts.toolUse;
    return assistant(R"({"type":"tool_use","id":")" + *id + R"(","name":")" + name + R"(","input":)" + input + "}");
}

std::string TranscriptGenerator::user(const std::string &toolUseId, const std::string &content, bool isError,
                                      const std::string &toolUseResult)
{
    ++m_counts.toolResult;
    return R"({"type":"user","message":{"role":"user","content":[{"tool_use_id":")" + toolUseId
        + R"(","type":"tool_result","content":)" + content + (isError ? R"(,"is_error":true)" : "")
        + R"(}]},"parent_tool_use_id":null,"session_id":")" + m_sessionId + R"(","uuid":"0a1b2c3d-)"
        + std::to_string(m_nextId++) + R"(","timestamp":"2026-11-29T10:31:01.568Z","tool_use_result":)" + toolUseResult
        + "}";
}

void TranscriptGenerator::emit(std::FILE *out, const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), out);
    std::fputc('\n', out);
    ++m_counts.lines;
    m_counts.bytes += std::int64_t(line.size()) + 1;
}

void TranscriptGenerator::turn(std::FILE *out)
{
    const std::size_t roll = pick(1000);
    std::string id;
    if (roll < 250) {
        // What the model says between tools: a few sentences of markdown.
        std::string said = "I'll look at `" + path() + "` next. " + Unicode[pick(Unicode.size())] + "\n\n";
        said += sourceText(sizeBetween(80, 3000));
        ++m_counts.text;
        emit(out, assistant(R"({"type":"text","text":)" + jsonString(said) + "}"));
        return;
    }
    if (roll < 252) {
        ++m_counts.retry;
        emit(out, R"({"type":"system","subtype":"api_retry","attempt":1,"max_retries":10,"retry_delay_ms":537.5911418551055,"error_status":529,"error":"overloaded_error","session_id":")"
                + m_sessionId + R"(","uuid":"e2dd"})");
        return;
    }
    if (roll < 254) {
        emit(out, R"({"type":"rate_limit_event","rate_limit_info":{"status":"allowed","resetsAt":1796000000,"rateLimitType":"five_hour"},"uuid":"r1","session_id":")"
                + m_sessionId + "\"}");
        return;
    }
    if (roll < 256) {
        emit(out, R"({"type":"system","subtype":"status","status":"compacting","session_id":")" + m_sessionId + "\"}");
        return;
    }
    const bool failing = pick(100) < 4;
    const std::string file = path();
    if (roll < 560) {
        const std::string text = sourceText(sizeBetween(1000, 200000));
        emit(out, toolUse("Read", R"({"file_path":")" + file + "\"}", &id));
        if (failing) {
            emit(out, user(id, jsonString("<tool_use_error>File does not exist.</tool_use_error>"), true,
                           jsonString("Error: File does not exist.")));
            return;
        }
        const std::string shown = numbered(text);
        emit(out, user(id, jsonString(shown), false,
                       R"({"type":"text","file":{"filePath":")" + file + R"(","content":)" + jsonString(text)
                           + R"(,"numLines":)" + std::to_string(shown.size() / 40) + R"(,"startLine":1,"totalLines":)"
                           + std::to_string(shown.size() / 40) + "}}"));
    } else if (roll < 790) {
        const std::string command = "cmake --build build --target " + std::string(Words[pick(Words.size())])
            + " 2>&1 | tail -n 200";
        emit(out, toolUse("Bash", R"({"command":)" + jsonString(command) + R"(,"description":"Build the target"})", &id));
        const std::string output = sourceText(sizeBetween(200, 60000));
        emit(out, user(id, jsonString(output), failing,
                       R"({"stdout":)" + jsonString(output) + R"(,"stderr":"","interrupted":false,"isImage":false})"));
    } else if (roll < 870) {
        const std::string text = sourceText(sizeBetween(500, 30000));
        emit(out, toolUse("Write", R"({"file_path":")" + file + R"(","content":)" + jsonString(text) + "}", &id));
        emit(out, user(id, jsonString("File created successfully at: " + file), false,
                       R"({"type":"create","filePath":")" + file + R"(","content":)" + jsonString(text)
                           + R"(,"structuredPatch":[],"originalFile":null})"));
    } else if (roll < 950) {
        const std::string before = sourceText(sizeBetween(40, 2000));
        const std::string after = sourceText(sizeBetween(40, 2000));
        const std::string original = sourceText(sizeBetween(2000, 80000));
        emit(out, toolUse("Edit", R"({"file_path":")" + file + R"(","old_string":)" + jsonString(before)
                                  + R"(,"new_string":)" + jsonString(after) + "}", &id));
        emit(out, user(id, jsonString("The file " + file + " has been updated. Here's the result of running `cat -n` on a snippet of the edited file:\n" + numbered(after)),
                       false,
                       R"({"filePath":")" + file + R"(","oldString":)" + jsonString(before) + R"(,"newString":)" + jsonString(after)
                           + R"(,"originalFile":)" + jsonString(original)
                           + R"(,"structuredPatch":[{"oldStart":12,"oldLines":4,"newStart":12,"newLines":5,"lines":[" a","-b","+c","+d"]}],"userModified":false,"replaceAll":false})"));
    } else {
        const bool grep = roll < 985;
        std::string files;
        std::string list;
        const std::size_t count = 1 + pick(200);
        for (std::size_t i = 0; i < count; ++i) {
            const std::string name = path();
            files += name + (grep ? ":" + std::to_string(1 + pick(900)) + ":    " + m_linePool[pick(m_linePool.size())] : "") + '\n';
            list += (i ? "," : "") + jsonString(name);
        }
        emit(out, toolUse(grep ? "Grep" : "Glob", grep ? R"({"pattern":"TODO|FIXME","path":"src","output_mode":"content","-n":true})"
                                                     : R"({"pattern":"**/*.cpp"})", &id));
        emit(out, user(id, jsonString(files), false,
                       R"({"mode":"content","numFiles":)" + std::to_string(count) + R"(,"filenames":[)" + list + "]}"));
    }
}

TranscriptCounts TranscriptGenerator::write(std::FILE *out, std::int64_t targetBytes)
{
    m_counts = {};
    ++m_counts.init;
    emit(out, R"({"type":"system","subtype":"init","cwd":"/home/dev/project","session_id":")" + m_sessionId
            + R"(","tools":["Task","Bash","Glob","Grep","ExitPlanMode","Read","Edit","Write","NotebookEdit","WebFetch","TodoWrite","WebSearch","BashOutput","KillShell","SlashCommand"],"mcp_servers":[],"model":"claude-sonnet-4-5-20250929","permissionMode":"acceptEdits","slash_commands":["compact","context","cost","init","review"],"apiKeySource":"ANTHROPIC_API_KEY","claude_code_version":"2.1.197","output_style":"default","agents":["general-purpose"],"skills":[],"plugins":[],"uuid":"9a8b7c6d"})");
    while (m_counts.bytes < targetBytes)
        turn(out);
    ++m_counts.result;
    emit(out, R"({"type":"result","subtype":"success","is_error":false,"api_error_status":null,"duration_ms":3612345,"duration_api_ms":2412345,"num_turns":)"
            + std::to_string(m_counts.toolUse + m_counts.text) + R"(,"result":)"
            + jsonString("All done: the build is green and " + std::string(Unicode[pick(Unicode.size())]) + " tests pass.\n\n" + sourceText(800))
            + R"(,"stop_reason":"end_turn","session_id":")" + m_sessionId
            + R"(","total_cost_usd":41.87395500000003,"usage":{"input_tokens":57870,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":23,"server_tool_use":{"web_search_requests":0,"web_fetch_requests":0},"service_tier":"standard"},"modelUsage":{},"permission_denials":[],"terminal_reason":"completed","uuid":"1c4f"})");
    return m_counts;
}

} // namespace orch::bench
