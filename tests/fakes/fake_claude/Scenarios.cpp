#include "Scenarios.h"

#include "Lifecycle.h"
#include "PlanScenarios.h"
#include "RandomFault.h"
#include "StreamWriter.h"

#include <cctype>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace orch::fake {

namespace {

struct Run
{
    const Invocation &inv;
    const ScenarioChoice &choice;
    std::string cwd;
    StreamWriter out;
};

double argNumber(const Run &run, double fallback)
{
    if (!run.choice.hasArg)
        return fallback;
    char *end = nullptr;
    const double value = std::strtod(run.choice.arg.c_str(), &end);
    return end != run.choice.arg.c_str() ? value : fallback;
}

int argInt(const Run &run, int fallback)
{
    const double value = argNumber(run, fallback);
    return value > INT_MAX ? INT_MAX : value < INT_MIN ? INT_MIN : static_cast<int>(value);
}

// The first word that looks like a file name ("notes.md", "src_main.cpp"), else output.txt.
// A version number ("3.11") has no letter after its dot and does not count.
std::string fileNameFor(const std::string &prompt)
{
    static const char Edge[] = "\"'`()[]{}<>,;:!?*";
    const std::string text = withoutMarker(prompt);
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
        std::size_t end = pos;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])))
            ++end;
        std::string word = text.substr(pos, end - pos);
        pos = end;
        while (!word.empty() && std::strchr(Edge, word.front()) != nullptr)
            word.erase(0, 1);
        while (!word.empty() && (std::strchr(Edge, word.back()) != nullptr || word.back() == '.'))
            word.pop_back();
        const auto dot = word.rfind('.');
        if (word.empty() || word.front() == '.' || dot == std::string::npos || dot + 1 >= word.size()
            || word.size() > 100)
            continue;
        bool nameChars = true;
        for (const char c : word)
            nameChars = nameChars && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.');
        bool extensionHasLetter = false;
        for (std::size_t i = dot + 1; i < word.size(); ++i)
            extensionHasLetter = extensionHasLetter || std::isalpha(static_cast<unsigned char>(word[i]));
        if (nameChars && extensionHasLetter && word.size() - dot - 1 <= 10)
            return word;
    }
    return "output.txt";
}

// How the real CLI ends on a stop signal: SIGTERM exits 143 without a result; SIGINT during a
// tool ends with error_during_execution (exit 1), during an API request exits 0 without a result.
[[noreturn]] void stopped(Run &run, bool inTool)
{
    const int signal = stopSignal();
    if (signal == SIGINT && inTool) {
        ResultInfo info;
        info.subtype = "error_during_execution";
        info.isError = true;
        info.hasResult = false;
        info.errors = {"Request was aborted."};
        info.stopReason = "tool_use";
        info.terminalReason = "aborted";
        run.out.result(info);
        finish(1);
    }
    if (signal == SIGINT)
        finish(0);
    finish(signal == SIGHUP ? 129 : 143);
}

// Writes the file, reports it like the Write tool does, and ends with a success result.
[[noreturn]] void succeed(Run &run, int exitCode = 0)
{
    const std::string name = fileNameFor(run.inv.prompt);
    const std::string path = run.cwd + '/' + name;
    const std::string content = "Written by fake_claude. Prompt follows.\n" + run.inv.prompt + '\n';
    run.out.assistantText("I will write " + name + '.');
    const std::string id = run.out.toolUse(
        "Write", "{\"file_path\":" + jsonString(path) + ",\"content\":" + jsonString(content) + '}');
    std::string failure;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || !writeAll(fd, content))
        failure = std::strerror(errno);
    if (fd >= 0)
        ::close(fd);
    // As with the real CLI, a failed tool does not fail the run: the model reports it.
    const std::string text =
        failure.empty() ? "Done: wrote " + name : "Failed: could not write " + name + ": " + failure;
    run.out.toolResult(id, failure.empty() ? "File created successfully at: " + path : failure, !failure.empty());
    run.out.assistantText(text);
    if (stopSignal() != 0)
        stopped(run, false);
    ResultInfo info;
    info.result = text;
    run.out.result(info);
    finish(exitCode);
}

// The 1-based number of this attempt for this scenario and prompt, counted in a file under
// FAKE_CLAUDE_STATE_DIR (else the working folder) and locked, since retries may overlap.
int nextAttempt(const Run &run)
{
    std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a
    for (const char c : run.choice.name + '\n' + run.inv.prompt)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    const char *dir = ::getenv("FAKE_CLAUDE_STATE_DIR");
    char name[64];
    std::snprintf(name, sizeof name, "/.fake_claude_attempts_%016llx", static_cast<unsigned long long>(hash));
    const std::string path = (dir != nullptr && *dir != '\0' ? std::string(dir) : run.cwd) + name;
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return 1;
    ::flock(fd, LOCK_EX);
    char buffer[32] = {};
    const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
    const int attempt = (got > 0 ? std::atoi(buffer) : 0) + 1;
    const std::string text = std::to_string(attempt) + '\n';
    if (::ftruncate(fd, 0) == 0)
        ::pwrite(fd, text.data(), text.size(), 0);
    ::flock(fd, LOCK_UN);
    ::close(fd);
    return attempt;
}

[[noreturn]] void apiFailure(Run &run, int status, const std::string &error, const std::string &text, bool retried,
                             double retryDelayMs = 500)
{
    if (retried)
        run.out.apiRetry(1, 1, retryDelayMs, status, error);
    run.out.syntheticError(text, error);
    ResultInfo info;
    info.isError = true;
    info.apiErrorStatus = status;
    info.result = text;
    info.stopReason = "stop_sequence";
    run.out.result(info);
    finish(1);
}

// A few kilobytes that look like what a tool prints; cached by size, since the flood should be
// limited by the reader, not by formatting (tests run a debug build).
const std::string &toolOutput(std::size_t bytes)
{
    static std::vector<std::pair<std::size_t, std::string>> cache;
    for (const auto &entry : cache) {
        if (entry.first == bytes)
            return entry.second;
    }
    std::string text;
    for (int line = 0; text.size() < bytes; ++line) {
        char row[160];
        std::snprintf(row, sizeof row, "[%4d] Building CXX object src/module_%zu/file_%d.cpp.o -- ok (%d ms)\n", line,
                      bytes % 97, line, (line * 37) % 900);
        text += row;
    }
    cache.emplace_back(bytes, std::move(text));
    return cache.back().second;
}

[[noreturn]] void flood(Run &run)
{
    const double megabytes = argNumber(run, 10);
    const std::size_t target = megabytes > 0 ? static_cast<std::size_t>(megabytes * 1024 * 1024) : 0;
    std::size_t sent = 0;
    std::string batch;
    for (int n = 0; sent < target; ++n) {
        batch += run.out.assistantTextLine("Step " + std::to_string(n) + ": compiling and checking the next module. "
                                           + std::string(static_cast<std::size_t>(n % 7) * 40, '.'))
            + '\n';
        std::string id;
        batch += run.out.toolUseLine("Bash",
                                     "{\"command\":\"make -j2 module_" + std::to_string(n)
                                         + "\",\"description\":\"Build one module\"}",
                                     &id)
            + '\n';
        // Mostly small results, now and then a big one, like real build output.
        const std::size_t outputBytes = n % 50 == 49 ? 200 * 1024 : 512 + static_cast<std::size_t>(n % 13) * 700;
        batch += run.out.toolResultLine(id, toolOutput(outputBytes), n % 17 == 16) + '\n';
        if (batch.size() >= 64 * 1024) {
            if (!writeAll(STDOUT_FILENO, batch) || stopSignal() != 0)
                stopped(run, true);
            sent += batch.size();
            batch.clear();
        }
    }
    if (!batch.empty() && !writeAll(STDOUT_FILENO, batch))
        stopped(run, true);
    succeed(run);
}

[[noreturn]] void garbage(Run &run)
{
    static const char *const Lines[] = {
        "this is not json",
        "",
        "   ",
        "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"te",
        "[1,2,3]",
        "[{\"type\":\"result\",\"subtype\":\"success\"}]",
        "null",
        "42",
        "\"just a string\"",
        "{}",
        "{\"type\":123}",
        "{\"type\":\"mystery_event\",\"payload\":{\"nested\":[1,{\"deep\":true}]}}",
        "{\"type\":\"system\",\"subtype\":\"brand_new_subtype\",\"session_id\":\"x\"}",
        "{\"type\":\"stream_event\",\"event\":{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\","
        "\"text\":\"hi\"}}}",
        "{\"type\":\"assistant\",\"message\":null}",
        "{\"type\":\"assistant\",\"message\":{\"content\":\"not an array\"}}",
        "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"unknown_block\"},42,null]}}",
        "{\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\"}]}}",
        "{\"type\":\"result\",\"subtype\":\"succ",
        "\x1b[31mWarning:\x1b[0m colored text on stdout",
        "bytes that are not UTF-8: \xff\xfe\xc3(",
        "{\"type\":\"assistant\"} trailing words after an object",
        "{\"type\":\"compact_boundary\",\"compact_metadata\":{\"trigger\":\"auto\",\"pre_tokens\":150000}}",
    };
    run.out.init();
    for (const char *line : Lines)
        run.out.emit(line);
    run.out.emit("not json and long: " + std::string(100 * 1024, 'g'));
    succeed(run);
}

[[noreturn]] void grandchild(Run &run)
{
    const double seconds = argNumber(run, 600);
    // The grandchild says when it has its own session, so the pid reported below is final.
    int ready[2] = {-1, -1};
    if (::pipe2(ready, O_CLOEXEC) != 0)
        ready[0] = ready[1] = -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        // The grandchild: its own session (out of reach of a group kill, like a Bash tool
        // helper) and no pipes, so the parent's end is seen as soon as the parent exits.
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGHUP, SIG_DFL);
        ::setsid();
        if (ready[1] >= 0) {
            ::close(ready[0]);
            const char byte = 1;
            (void)!::write(ready[1], &byte, 1);
            ::close(ready[1]);
        }
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
            ::dup2(devNull, STDOUT_FILENO);
            ::dup2(devNull, STDERR_FILENO);
        }
        timespec left{static_cast<time_t>(seconds), 0};
        while (::nanosleep(&left, &left) != 0 && errno == EINTR) {
        }
        std::_Exit(0);
    }
    if (ready[0] >= 0) {
        ::close(ready[1]);
        char byte = 0;
        while (::read(ready[0], &byte, 1) < 0 && errno == EINTR && stopSignal() == 0) {
        }
        ::close(ready[0]);
    }
    run.out.init();
    const std::string id = run.out.toolUse("Bash",
        "{\"command\":\"sleep " + std::to_string(static_cast<long>(seconds)) + "\",\"run_in_background\":true}");
    if (pid < 0) {
        run.out.toolResult(id, std::string("fork failed: ") + std::strerror(errno), true);
    } else {
        setGrandchildPid(pid);
        run.out.toolResult(id, "Command running in background with ID: " + std::to_string(pid));
    }
    succeed(run);
}

[[noreturn]] void crash(Run &run)
{
    run.out.init();
    run.out.assistantText("Let me look at the project first.");
    const std::string id = run.out.toolUse("Bash", "{\"command\":\"ls -la\",\"description\":\"List files\"}");
    run.out.toolResult(id, "total 0\n");
    run.out.assistantText("Now I will start the build.");
    if (!run.choice.hasArg)
        finish(1);
    std::string name = run.choice.arg;
    for (char &c : name)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (name.rfind("SIG", 0) == 0)
        name.erase(0, 3);
    static const struct
    {
        const char *name;
        int number;
    } Signals[] = {{"SEGV", SIGSEGV}, {"ABRT", SIGABRT}, {"KILL", SIGKILL}, {"TERM", SIGTERM}, {"INT", SIGINT},
                   {"BUS", SIGBUS},   {"FPE", SIGFPE},   {"ILL", SIGILL},   {"HUP", SIGHUP},   {"QUIT", SIGQUIT}};
    int signal = std::atoi(name.c_str());
    for (const auto &entry : Signals) {
        if (name == entry.name)
            signal = entry.number;
    }
    if (signal <= 0 || signal >= NSIG) {
        std::fprintf(stderr, "fake_claude: unknown signal '%s'\n", run.choice.arg.c_str());
        finish(1);
    }
    finishBySignal(signal);
}

} // namespace

bool isScenario(const std::string &name)
{
    const std::string all = ' ' + scenarioNames() + ' ' + planScenarioNames() + ' ';
    return !name.empty() && name.find(' ') == std::string::npos && all.find(' ' + name + ' ') != std::string::npos;
}

std::string scenarioNames()
{
    return "success api_error_then_success rate_limit auth_error not_logged_in max_turns crash hang silent_hang "
           "slow flood garbage ignore_sigterm grandchild sleep exit api_error random";
}

void runScenario(const ScenarioChoice &choice, const Invocation &inv, const std::string &cwd)
{
    Run run{inv, choice, cwd, StreamWriter(cwd, inv.sessionId, inv.model, inv.permissionMode)};
    const std::string &name = choice.name;

    if (name == "random") {
        // Counted per prompt like api_error_then_success, so each retry draws afresh.
        const int attempt = nextAttempt(run);
        const std::uint64_t seed = choice.hasArg ? std::strtoull(choice.arg.c_str(), nullptr, 10) : 1;
        const RandomFaultEntry &fault = pickRandomFault(seed, withoutMarker(inv.prompt), attempt);
        ScenarioChoice picked;
        picked.name = fault.scenario;
        picked.arg = fault.arg;
        picked.hasArg = !picked.arg.empty();
        logStart(inv, cwd, picked.name, picked.arg);  // the log names what was played
        runScenario(picked, inv, cwd);
    }

    if (name == "silent_hang") {
        if (!sleepUntilStopped())
            finish(2);
        stopped(run, false);
    }
    if (name == "garbage")
        garbage(run);
    if (name == "grandchild")
        grandchild(run);
    if (name == "crash")
        crash(run);
    if (name == "ignore_sigterm") {
        ignoreStopSignals();
        run.out.init();
        sleepUntilStopped();
        finish(2);  // only the safety net ends it
    }

    run.out.init();
    // A planning scenario in a task reaches the workers too when the plan copies it: they succeed.
    if (name == "success" || name.rfind("plan", 0) == 0)
        succeed(run);
    if (name == "exit")
        succeed(run, argInt(run, 0));
    if (name == "hang") {
        if (!sleepUntilStopped())
            finish(2);
        stopped(run, false);
    }
    if (name == "sleep") {
        if (!sleepSeconds(argNumber(run, 1)))
            stopped(run, true);
        succeed(run);
    }
    if (name == "slow") {
        const int lines = argInt(run, 10);
        for (int i = 1; i <= lines; ++i) {
            run.out.assistantText("Working on step " + std::to_string(i) + " of " + std::to_string(lines) + '.');
            if (!sleepSeconds(0.1))
                stopped(run, true);
        }
        succeed(run);
    }
    if (name == "flood")
        flood(run);
    if (name == "api_error_then_success") {
        if (nextAttempt(run) <= argInt(run, 1))
            apiFailure(run, 500, "server_error",
                       "API Error: 500 Internal server error. This is a server-side issue, usually temporary "
                       "\xe2\x80\x94 try again in a moment.",
                       true);
        succeed(run);
    }
    if (name == "api_error")
        apiFailure(run, 500, "server_error", "API Error: 500 Internal server error", true);
    if (name == "rate_limit") {
        // Without ARG every attempt fails and no counter file is left behind.
        if (!choice.hasArg || nextAttempt(run) <= argInt(run, 0)) {
            const char *env = ::getenv("FAKE_CLAUDE_RETRY_AFTER");
            const int retryAfter = env != nullptr && std::atoi(env) > 0 ? std::atoi(env) : 1;
            // The real CLI words a 429 as "API Error: Request rejected (429) · <server message>"
            // and honours retry-after itself; this server message names the delay too.
            run.out.rateLimitEvent(nowMs() / 1000 + retryAfter);
            apiFailure(run, 429, "rate_limit",
                       "API Error: Request rejected (429) \xc2\xb7 Rate limit exceeded, retry after "
                           + std::to_string(retryAfter) + (retryAfter == 1 ? " second" : " seconds"),
                       true, retryAfter * 1000.0);
        }
        succeed(run);
    }
    if (name == "auth_error")
        apiFailure(run, 401, "authentication_failed", "Invalid API key \xc2\xb7 Please run /login", false);
    if (name == "not_logged_in")
        apiFailure(run, 0, "authentication_failed", "Not logged in \xc2\xb7 Please run /login", false);
    if (name == "max_turns") {
        const int turns = inv.maxTurns > 0 ? inv.maxTurns : argInt(run, 1) > 0 ? argInt(run, 1) : 1;
        for (int i = 0; i < turns; ++i) {
            run.out.assistantText("Checking part " + std::to_string(i + 1) + '.');
            const std::string id = run.out.toolUse("Read", "{\"file_path\":" + jsonString(cwd + "/README.md") + '}');
            run.out.toolResult(id, "File does not exist.", true);
        }
        ResultInfo info;
        info.subtype = "error_max_turns";
        info.isError = true;
        info.hasResult = false;
        info.errors = {"Reached maximum number of turns (" + std::to_string(turns) + ")"};
        info.stopReason = "tool_use";
        info.terminalReason = "max_turns";
        run.out.result(info);
        finish(1);
    }
    std::fprintf(stderr, "fake_claude: unknown scenario '%s' (known: %s)\n", name.c_str(), scenarioNames().c_str());
    finish(2);
}

} // namespace orch::fake
