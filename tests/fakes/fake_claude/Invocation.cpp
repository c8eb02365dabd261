#include "Invocation.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

#include <poll.h>
#include <unistd.h>

namespace orch::fake {

namespace {

bool oneOf(const std::string &value, std::initializer_list<const char *> choices)
{
    for (const char *choice : choices) {
        if (value == choice)
            return true;
    }
    return false;
}

// Flags without a value.
const std::initializer_list<const char *> SwitchFlags = {
    "-p", "--print", "--verbose", "--dangerously-skip-permissions", "--allow-dangerously-skip-permissions",
    "--include-partial-messages", "--replay-user-messages", "-c", "--continue", "--bare", "--fork-session",
    "--strict-mcp-config", "--ide", "--no-session-persistence"};
// Flags with exactly one value.
const std::initializer_list<const char *> ValueFlags = {
    "--output-format", "--input-format", "--model", "--permission-mode", "--max-turns", "--append-system-prompt",
    "--system-prompt", "--session-id", "-r", "--resume", "--json-schema", "--fallback-model", "--settings",
    "--max-budget-usd", "--permission-prompt-tool", "--agents", "--setting-sources", "--agent"};
// Variadic flags: they take every following argument up to the next one starting with '-',
// which is why a prompt must come after "--" (CLAUDE_CLI.md).
const std::initializer_list<const char *> VariadicFlags = {
    "--allowedTools", "--allowed-tools", "--disallowedTools", "--disallowed-tools", "--add-dir", "--mcp-config",
    "--betas", "--tools"};

std::string trimmed(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

} // namespace

bool parseArguments(int argc, char **argv, Invocation *inv, std::string *error)
{
    for (int i = 0; i < argc; ++i)
        inv->argv.emplace_back(argv[i]);

    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--") {
            for (++i; i < argc; ++i)
                positional.emplace_back(argv[i]);
            break;
        }
        if (arg.empty() || arg[0] != '-' || arg == "-") {
            positional.push_back(arg);
            continue;
        }
        std::string value;
        bool hasInlineValue = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg.resize(eq);
            hasInlineValue = true;
        }

        if (arg == "-v" || arg == "--version") {
            inv->version = true;
        } else if (arg == "-h" || arg == "--help") {
            inv->help = true;
        } else if (oneOf(arg, SwitchFlags)) {
            if (arg == "-p" || arg == "--print")
                inv->print = true;
            else if (arg == "--verbose")
                inv->verbose = true;
        } else if (oneOf(arg, VariadicFlags)) {
            if (!hasInlineValue) {
                bool any = false;
                while (i + 1 < argc && argv[i + 1][0] != '-') {
                    ++i;
                    any = true;
                }
                if (!any) {
                    *error = "error: option '" + arg + " <values...>' argument missing";
                    return false;
                }
            }
        } else if (oneOf(arg, ValueFlags)) {
            if (!hasInlineValue) {
                if (i + 1 >= argc) {
                    *error = "error: option '" + arg + " <value>' argument missing";
                    return false;
                }
                value = argv[++i];
            }
            if (arg == "--output-format") {
                if (!oneOf(value, {"text", "json", "stream-json"})) {
                    *error = "error: option '--output-format <format>' argument '" + value
                        + "' is invalid. Allowed choices are text, json, stream-json.";
                    return false;
                }
                inv->outputFormat = value;
            } else if (arg == "--permission-mode") {
                if (!oneOf(value, {"acceptEdits", "auto", "bypassPermissions", "default", "dontAsk", "plan"})) {
                    *error = "error: option '--permission-mode <mode>' argument '" + value
                        + "' is invalid. Allowed choices are acceptEdits, auto, bypassPermissions, default, "
                          "dontAsk, plan.";
                    return false;
                }
                inv->permissionMode = value;
            } else if (arg == "--model") {
                inv->model = value;
            } else if (arg == "--session-id") {
                inv->sessionId = value;
            } else if (arg == "--json-schema") {
                // The real CLI rejects a schema that is not JSON; a cheap check catches driver mistakes.
                const auto first = value.find_first_not_of(" \t\r\n");
                if (first == std::string::npos || value[first] != '{' || value.find_last_not_of(" \t\r\n") == first
                    || value[value.find_last_not_of(" \t\r\n")] != '}') {
                    *error = "Error: --json-schema must be a JSON object";
                    return false;
                }
                inv->jsonSchema = value;
            } else if (arg == "--max-turns") {
                char *end = nullptr;
                const long turns = std::strtol(value.c_str(), &end, 10);
                if (end != value.c_str() && *end == '\0' && turns > 0 && turns < 1000000)
                    inv->maxTurns = static_cast<int>(turns);
            }
        } else {
            *error = "error: unknown option '" + arg + "'";
            return false;
        }
    }

    if (!positional.empty()) {
        inv->hasPromptArgument = true;
        for (std::size_t i = 0; i < positional.size(); ++i)
            inv->prompt += (i > 0 ? " " : "") + positional[i];
    }
    if (inv->print && inv->outputFormat == "stream-json" && !inv->verbose && !inv->version && !inv->help) {
        *error = "Error: When using --print, --output-format=stream-json requires --verbose";
        return false;
    }
    return true;
}

bool readPromptFromStdin(std::string *prompt, std::string *error)
{
    constexpr std::size_t MaxBytes = 10 * 1024 * 1024;  // the real CLI refuses more
    int waitMs = 3000;
    char buffer[65536];
    for (;;) {
        pollfd pfd{STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, waitMs);
        if (ready < 0) {
            if (errno == EINTR)
                return true;  // a stop signal: the caller acts on it
            *error = std::string("fake_claude: poll(stdin): ") + std::strerror(errno);
            return false;
        }
        if (ready > 0 && (pfd.revents & POLLNVAL) != 0)
            return true;  // no stdin at all
        if (ready == 0) {
            if (prompt->empty())
                return true;  // open empty pipe: go on without input, as the real CLI does
            *error = "fake_claude: stdin sent data but was never closed (the real CLI would hang here)";
            return false;
        }
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0)
            return true;
        if (got < 0) {
            if (errno == EINTR)
                return true;
            if (errno == EAGAIN)
                continue;
            *error = std::string("fake_claude: read(stdin): ") + std::strerror(errno);
            return false;
        }
        prompt->append(buffer, static_cast<std::size_t>(got));
        if (prompt->size() > MaxBytes) {
            *error = "Error: Input must be 10MB or less";
            return false;
        }
        waitMs = 10000;
    }
}

ScenarioChoice chooseScenario(const std::string &prompt)
{
    ScenarioChoice choice;
    std::string spec;
    if (const auto start = prompt.find("[[fake:"); start != std::string::npos) {
        const auto end = prompt.find("]]", start);
        if (end != std::string::npos)
            spec = prompt.substr(start + 7, end - start - 7);
    }
    if (spec.empty()) {
        if (const char *env = ::getenv("FAKE_CLAUDE_SCENARIO"))
            spec = env;
    }
    spec = trimmed(spec);
    if (spec.empty())
        return choice;
    if (const auto colon = spec.find(':'); colon != std::string::npos) {
        choice.name = trimmed(spec.substr(0, colon));
        choice.arg = trimmed(spec.substr(colon + 1));
        choice.hasArg = !choice.arg.empty();
    } else {
        choice.name = spec;
    }
    return choice;
}

std::string withoutMarker(const std::string &prompt)
{
    const auto start = prompt.find("[[fake:");
    if (start == std::string::npos)
        return prompt;
    const auto end = prompt.find("]]", start);
    if (end == std::string::npos)
        return prompt;
    return prompt.substr(0, start) + prompt.substr(end + 2);
}

} // namespace orch::fake
