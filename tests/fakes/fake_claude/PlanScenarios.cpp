#include "PlanScenarios.h"

#include "Lifecycle.h"
#include "StreamWriter.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace orch::fake {

namespace {

std::string trimmed(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

// The prompt without any "[[fake:...]]" marker.
std::string withoutMarkers(std::string text)
{
    for (std::string next = withoutMarker(text); next != text; next = withoutMarker(text))
        text = next;
    return text;
}

std::string taskOf(const std::string &prompt)
{
    const auto open = prompt.find("<task>");
    const auto close = prompt.rfind("</task>");
    if (open == std::string::npos || close == std::string::npos || close < open)
        return prompt;
    return prompt.substr(open + 6, close - open - 6);
}

// Standard base64 (padding optional); characters outside the alphabet are skipped.
std::string fromBase64(const std::string &text)
{
    static const std::string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (const char c : text) {
        const auto value = Alphabet.find(c);
        if (value == std::string::npos)
            continue;
        bits = (bits << 6) | static_cast<unsigned>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xff);
        }
    }
    return out;
}

std::string subtaskJson(const std::string &id, const std::string &title, const std::string &prompt,
                        const std::vector<std::string> &dependsOn)
{
    return "{\"id\":" + jsonString(id) + ",\"title\":" + jsonString(title) + ",\"prompt\":" + jsonString(prompt)
        + ",\"depends_on\":" + jsonStringArray(dependsOn) + '}';
}

std::string defaultPlan(const std::string &prompt)
{
    const std::string task = withoutMarkers(taskOf(prompt));
    std::string subtasks;
    int count = 0;
    std::size_t start = 0;
    while (start <= task.size()) {
        auto end = task.find('\n', start);
        if (end == std::string::npos)
            end = task.size();
        const std::string line = trimmed(task.substr(start, end - start));
        start = end + 1;
        if (line.empty())
            continue;
        ++count;
        subtasks += (count > 1 ? "," : "") + subtaskJson(std::to_string(count), line.substr(0, 60), line, {});
    }
    return "{\"subtasks\":[" + subtasks + "]}";
}

int argInt(const ScenarioChoice &choice, int fallback)
{
    if (!choice.hasArg)
        return fallback;
    char *end = nullptr;
    const long value = std::strtol(choice.arg.c_str(), &end, 10);
    return end != choice.arg.c_str() && value >= 0 && value < 100000 ? static_cast<int>(value) : fallback;
}

struct PlanRun
{
    const Invocation &inv;
    StreamWriter out;
};

// The answer in the requested output format; structuredOutput empty: no structured_output key.
[[noreturn]] void answer(PlanRun &run, const std::string &structuredOutput, int exitCode = 0)
{
    const std::string text = structuredOutput.empty() ? "I could not produce the plan." : structuredOutput;
    if (run.inv.outputFormat == "text") {
        writeAll(STDOUT_FILENO, text + '\n');
        finish(exitCode);
    }
    if (run.inv.outputFormat == "stream-json")
        run.out.init();
    ResultInfo info;
    info.result = text;
    info.structuredOutput = structuredOutput;
    run.out.result(info);
    finish(exitCode);
}

[[noreturn]] void apiError(PlanRun &run, int status, const std::string &text)
{
    if (run.inv.outputFormat == "text") {
        writeAll(STDOUT_FILENO, text + '\n');
        finish(1);
    }
    if (run.inv.outputFormat == "stream-json")
        run.out.init();
    ResultInfo info;
    info.isError = true;
    info.apiErrorStatus = status;
    info.result = text;
    info.stopReason = "stop_sequence";
    run.out.result(info);
    finish(1);
}

[[noreturn]] void hangUntilStopped(bool ignoreSignals)
{
    if (ignoreSignals)
        ignoreStopSignals();
    if (!sleepUntilStopped() || ignoreSignals)
        finish(2);
    // As the real CLI during an API request: SIGINT exits 0, SIGTERM 143, no output either way.
    finish(stopSignal() == SIGINT ? 0 : 143);
}

} // namespace

std::string planScenarioNames()
{
    return "plan plan_cycle plan_many plan_none plan_bad_shape plan_not_json";
}

void runPlanScenario(const ScenarioChoice &choice, const Invocation &inv, const std::string &cwd)
{
    PlanRun run{inv, StreamWriter(cwd, inv.sessionId, inv.model, inv.permissionMode)};
    const std::string &name = choice.name;

    if (name == "hang" || name == "silent_hang" || name == "ignore_sigterm")
        hangUntilStopped(name == "ignore_sigterm");
    if (name == "crash") {
        if (choice.hasArg && std::atoi(choice.arg.c_str()) > 0)
            finishBySignal(std::atoi(choice.arg.c_str()));
        if (choice.hasArg && (choice.arg == "SEGV" || choice.arg == "SIGSEGV"))
            finishBySignal(SIGSEGV);
        finish(1);
    }
    if (name == "auth_error")
        apiError(run, 401, "Invalid API key \xc2\xb7 Please run /login");
    if (name == "not_logged_in")
        apiError(run, 0, "Not logged in \xc2\xb7 Please run /login");
    if (name == "rate_limit")
        apiError(run, 429, "API Error: Request rejected (429) \xc2\xb7 Rate limit exceeded");
    if (name == "api_error_then_success")
        apiError(run, 500, "API Error: 500 Internal server error.");
    if (name == "sleep") {
        char *end = nullptr;
        const double seconds = choice.hasArg ? std::strtod(choice.arg.c_str(), &end) : 1.0;
        if (!sleepSeconds(seconds > 0 ? seconds : 1.0))
            finish(stopSignal() == SIGINT ? 0 : 143);
    }
    if (name == "plan")
        answer(run, fromBase64(choice.arg));
    if (name == "plan_cycle")
        answer(run, "{\"subtasks\":[" + subtaskJson("a", "First", "write a.txt", {"b"}) + ','
                        + subtaskJson("b", "Second", "write b.txt", {"a"}) + "]}");
    if (name == "plan_many") {
        const int count = argInt(choice, 30);
        std::string subtasks;
        for (int i = 1; i <= count; ++i) {
            const std::string id = std::to_string(i);
            subtasks += (i > 1 ? "," : "") + subtaskJson(id, "Part " + id, "write part" + id + ".txt", {});
        }
        answer(run, "{\"subtasks\":[" + subtasks + "]}");
    }
    if (name == "plan_none")
        answer(run, std::string());
    if (name == "plan_bad_shape")
        answer(run, "{\"subtasks\":\"not a list\"}");
    if (name == "plan_not_json" || name == "garbage") {
        writeAll(STDOUT_FILENO, "{\"type\":\"result\",\"subtype\":\"success\",\"structured_output\":{\"subt\n");
        finish(0);
    }
    answer(run, defaultPlan(inv.prompt), name == "exit" ? argInt(choice, 0) : 0);
}

} // namespace orch::fake
