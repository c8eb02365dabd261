// fake_claude: a stand-in for `claude -p --output-format stream-json --verbose ...` that plays
// scripted scenarios, for the run engine's tests (scheduling, retries, timeouts, cancel, resume,
// floods) and the scale benchmark. It prints stream-json lines shaped like those of the real CLI
// 2.1.197 (CLAUDE_CLI.md) and never needs a network.
//
// Command line: the real CLI's flags are accepted and ignored, except that unknown flags, bad
// --permission-mode / --output-format values and stream-json without --verbose fail the way the
// real CLI fails (exit 1, reason on stderr), so driver mistakes show up in tests. The prompt is the
// argument(s) after "--" (or a bare positional argument), else stdin until end of file.
// `--version` prints "2.1.197 (Claude Code)".
//
// Scenario: a "[[fake:NAME]]" or "[[fake:NAME:ARG]]" marker in the prompt, else the environment
// variable FAKE_CLAUDE_SCENARIO ("NAME" or "NAME:ARG"), else success.
//   success                 write a file into the working folder (the first word of the prompt that
//                           looks like a file name, else output.txt; the content holds the prompt),
//                           then a success result "Done: wrote NAME"
//   api_error_then_success  the first ARG attempts (default 1) end with an API error 500 (exit 1),
//                           later ones succeed; attempts are counted per scenario and prompt in a
//                           file in FAKE_CLAUDE_STATE_DIR, else in the working folder
//   api_error               an API error 500 on every attempt, exit 1
//   rate_limit              a 429 result saying "retry after N seconds" (N from
//                           FAKE_CLAUDE_RETRY_AFTER, default 1), exit 1; with ARG, only the first
//                           ARG attempts fail (counted as above), without it every attempt fails
//   auth_error              "Invalid API key · Please run /login", status 401, exit 1
//   not_logged_in           "Not logged in · Please run /login", status null, exit 1
//   max_turns               error_max_turns with an errors array and no result key, exit 1
//                           (turns: --max-turns, else ARG, else 1)
//   crash                   init and some assistant lines, then exit 1 without a result; with ARG
//                           (SEGV, ABRT, KILL, ... or a number) it kills itself with that signal
//   hang                    init, then silence until stopped
//   silent_hang             no output at all until stopped
//   slow                    ARG lines (default 10), one per 100 ms, then success
//   flood                   ARG MiB (default 10, fractions allowed) of assistant and tool lines as
//                           fast as the pipe takes them, then success
//   garbage                 non-JSON lines, truncated JSON, arrays, unknown types, then success
//   ignore_sigterm          ignores SIGTERM and SIGINT, prints init, sleeps until SIGKILL
//   grandchild              forks a grandchild in its own session that sleeps ARG s (default 600),
//                           with the same environment, then succeeds
//   sleep                   sleeps ARG seconds (default 1, fractions allowed), then success
//   exit                    a success result, then exit code ARG (default 0)
//   random                  each attempt plays a fault drawn from the seed ARG (default 1), the
//                           prompt without its marker and the attempt number (counted as for
//                           api_error_then_success): see RandomFault.h for the faults and their
//                           proportions; the invocation log names the scenario played
// With --json-schema it plans instead (task decomposition): one JSON result with
// structured_output, and scenarios of its own, see PlanScenarios.h.
// On SIGTERM it exits 143 without a result, on SIGINT 0 without a result (or 1 with
// error_during_execution while "in a tool": slow, sleep, flood), like the real CLI. Waits that are
// "forever" end after FAKE_CLAUDE_MAX_HANG_SECONDS (default 3600) with exit 2, as a safety net.
// FAKE_CLAUDE_LOG: the invocation log, see Lifecycle.h.
#include "Invocation.h"
#include "Lifecycle.h"
#include "PlanScenarios.h"
#include "Scenarios.h"

#include <cstdio>
#include <string>

#include <climits>
#include <unistd.h>

using namespace orch::fake;

int main(int argc, char *argv[])
{
    installStopHandlers();

    char cwdBuffer[PATH_MAX];
    const std::string cwd = ::getcwd(cwdBuffer, sizeof cwdBuffer) != nullptr ? cwdBuffer : ".";
    Invocation inv;
    std::string error;
    if (!parseArguments(argc, argv, &inv, &error)) {
        logStart(inv, cwd, "invalid_arguments", std::string());
        std::fprintf(stderr, "%s\n", error.c_str());
        finish(1);
    }
    if (inv.version) {
        std::fputs("2.1.197 (Claude Code)\n", stdout);
        return 0;
    }
    if (inv.help) {
        std::fputs("Usage: claude [options] [command] [prompt]\n\nfake_claude: a test double of the Claude Code "
                   "CLI. See tests/fakes/fake_claude/main.cpp for its scenarios.\n",
                   stdout);
        return 0;
    }

    if (!inv.hasPromptArgument) {
        logStart(inv, cwd, "reading_stdin", std::string());
        if (!readPromptFromStdin(&inv.prompt, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            finish(1);
        }
        if (stopSignal() != 0)
            finish(143);
    }
    const ScenarioChoice choice = chooseScenario(inv.prompt);
    logStart(inv, cwd, choice.name, choice.arg);
    if (!isScenario(choice.name)) {
        std::fprintf(stderr, "fake_claude: unknown scenario '%s' (known: %s)\n", choice.name.c_str(),
                     scenarioNames().c_str());
        finish(2);
    }
    if (inv.prompt.find_first_not_of(" \t\r\n") == std::string::npos) {
        std::fputs("Error: Input must be provided either through stdin or as a prompt argument when using --print\n",
                   stderr);
        finish(1);
    }
    if (!inv.jsonSchema.empty())
        runPlanScenario(choice, inv, cwd);
    runScenario(choice, inv, cwd);
}
