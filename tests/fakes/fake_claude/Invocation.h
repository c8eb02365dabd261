#pragma once

#include <string>
#include <vector>

namespace orch::fake {

// The command line of one fake_claude run, parsed like the real CLI parses it.
struct Invocation
{
    std::vector<std::string> argv;
    bool print = false;    // -p / --print
    bool verbose = false;
    bool version = false;  // -v / --version
    bool help = false;
    std::string outputFormat = "text";
    std::string model = "claude-sonnet-4-5-20250929";
    std::string permissionMode = "default";
    std::string sessionId;
    int maxTurns = 0;  // 0 = not given (a non-number is ignored, as in the real CLI)
    std::string jsonSchema;  // --json-schema: planning mode (PlanScenarios.h)
    bool hasPromptArgument = false;
    std::string prompt;
};

// Fills *inv from argv. False with *error set (the real CLI's wording where known) when a flag
// is unknown, lacks its value, or has a value the real CLI rejects.
bool parseArguments(int argc, char **argv, Invocation *inv, std::string *error);

// Reads the prompt from stdin until end of file. Like the real CLI it waits up to 3 s for a first
// byte on an open, empty pipe and then goes on without input; unlike it, it does not hang when the
// writer sends data and never closes the pipe: after 10 s of silence it fails, so a driver that
// forgets to close stdin fails a test instead of hanging it. False with *error set on failure.
bool readPromptFromStdin(std::string *prompt, std::string *error);

// The scenario to play and its argument: a "[[fake:NAME]]" or "[[fake:NAME:ARG]]" marker in the
// prompt wins over FAKE_CLAUDE_SCENARIO ("NAME" or "NAME:ARG"); the default is "success".
struct ScenarioChoice
{
    std::string name = "success";
    std::string arg;
    bool hasArg = false;
};
ScenarioChoice chooseScenario(const std::string &prompt);

// The prompt without its scenario marker (what the file name is looked for in).
std::string withoutMarker(const std::string &prompt);

} // namespace orch::fake
