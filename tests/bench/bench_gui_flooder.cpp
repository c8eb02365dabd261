// bench_gui_flooder: the flood benchmark's agent, a stand-in for the Claude Code CLI that prints
// stream-json as fast as it can.
//   bench_gui_flooder --version          answers like the CLI ("2.1.197 (Claude Code)")
//   bench_gui_flooder [any CLI options]  reads the prompt from stdin, prints about MB megabytes of
//                                        stream-json, then a success result line
// MB comes from a "[[flood:MB]]" marker in the prompt (default 50). The lines look like the CLI's:
// an init line, then assistant text, Bash tool_use and its tool_result (mostly a few hundred
// bytes to a few kB, every 50th one 200 kB, like build output), and the result line. A block of
// lines is rendered once and written again and again, so the reader, not the formatting, is what
// limits the rate. Plain C++ without Qt: starting it costs nothing measurable.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <unistd.h>

namespace {

constexpr std::string_view SessionId = "7c1e5f2a-0b7d-4d3e-9a61-3f1b2c4d5e6f";

bool writeAll(const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;  // the reader went away
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

std::string readPrompt()
{
    std::string prompt;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return prompt;
        prompt.append(buffer, static_cast<std::size_t>(got));
    }
}

double floodMegabytes(const std::string &prompt)
{
    const auto start = prompt.find("[[flood:");
    if (start == std::string::npos)
        return 50;
    return std::strtod(prompt.c_str() + start + 8, nullptr);
}

// What a tool prints: lines of build output, JSON-escaped (newlines as \n), about `bytes` long.
std::string toolOutput(std::size_t bytes, int seed)
{
    std::string text;
    char row[160];
    for (int line = 0; text.size() < bytes; ++line) {
        std::snprintf(row, sizeof row, "[%4d/%4d] Building CXX object src/module_%d/file_%d.cpp.o -- ok (%d ms)\\n",
                      line, seed, seed % 97, line, (line * 37 + seed) % 900);
        text += row;
    }
    return text;
}

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "0b5d%04x-1e2f-4a3b-8c4d-%012x", n & 0xffff, n);
    return text;
}

std::string usage(int input, int output)
{
    return "{\"input_tokens\":" + std::to_string(input)
        + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":"
        + std::to_string(output) + '}';
}

std::string tail(int n)
{
    return "},\"parent_tool_use_id\":null,\"session_id\":\"" + std::string(SessionId) + "\",\"uuid\":\"" + uuid(n)
        + "\"}\n";
}

// One step of the agent's work: what it says, the command it runs and what that printed.
std::string step(int n)
{
    const std::string messageHead =
        "{\"type\":\"assistant\",\"message\":{\"id\":\"msg_bench_" + std::to_string(n)
        + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[";
    const std::string toolId = "toolu_bench_" + std::to_string(n);
    std::string lines;
    lines += messageHead + "{\"type\":\"text\",\"text\":\"Step " + std::to_string(n)
        + ": compiling and checking the next module, then reading what the compiler said."
        + std::string(static_cast<std::size_t>(n % 7) * 40, '.')
        + "\"}],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":" + usage(1200 + n, 30) + tail(3 * n);
    lines += messageHead + "{\"type\":\"tool_use\",\"id\":\"" + toolId
        + "\",\"name\":\"Bash\",\"input\":{\"command\":\"make -j2 module_" + std::to_string(n)
        + "\",\"description\":\"Build one module\"}}],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
        + usage(0, 20) + tail(3 * n + 1);
    const std::size_t outputBytes = n % 50 == 49 ? 200 * 1024 : 512 + static_cast<std::size_t>(n % 13) * 700;
    lines += "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"" + toolId
        + "\",\"type\":\"tool_result\",\"content\":\"" + toolOutput(outputBytes, n) + "\""
        + (n % 17 == 16 ? ",\"is_error\":true" : "") + "}]" + tail(3 * n + 2);
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::puts("2.1.197 (Claude Code)");
            return 0;
        }
    }
    const double megabytes = floodMegabytes(readPrompt());
    const auto target = static_cast<std::size_t>(megabytes > 0 ? megabytes * 1024 * 1024 : 0);

    const std::string init = "{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"/tmp\",\"session_id\":\""
        + std::string(SessionId)
        + "\",\"tools\":[\"Bash\",\"Edit\",\"Read\",\"Write\"],\"mcp_servers\":[],\"model\":\"claude-sonnet-4-5\","
          "\"permissionMode\":\"acceptEdits\",\"apiKeySource\":\"none\",\"claude_code_version\":\"2.1.197\","
          "\"uuid\":\"" + uuid(0) + "\"}\n";
    // 100 steps (two big results among them): about 1.7 MB, written until the target is reached.
    std::string block;
    for (int n = 1; n <= 100; ++n)
        block += step(n);

    std::size_t sent = 0;
    if (!writeAll(init.data(), init.size()))
        return 1;
    sent += init.size();
    while (sent < target) {
        const std::size_t size = std::min(block.size(), target - sent);
        // A partial block ends at a line boundary, so every line stays whole.
        const std::size_t end = size == block.size() ? size : block.rfind('\n', size - 1) + 1;
        if (end == 0 || !writeAll(block.data(), end))
            break;
        sent += end;
        if (end < size)
            break;
    }
    const std::string result =
        "{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"api_error_status\":null,"
        "\"duration_ms\":1000,\"duration_api_ms\":500,\"num_turns\":300,\"result\":\"Flooded "
        + std::to_string(sent) + " bytes.\",\"stop_reason\":\"end_turn\",\"session_id\":\"" + std::string(SessionId)
        + "\",\"total_cost_usd\":0.0123,\"usage\":" + usage(120000, 9000)
        + ",\"modelUsage\":{},\"permission_denials\":[],\"terminal_reason\":\"completed\",\"uuid\":\"" + uuid(1)
        + "\"}\n";
    return writeAll(result.data(), result.size()) ? 0 : 1;
}
