#pragma once

#include "Invocation.h"

#include <string>

namespace orch::fake {

// Planning mode: fake_claude run with --json-schema (task decomposition). It answers like the
// real CLI does with --output-format json: one result object whose "structured_output" is the
// plan and whose "result" is the same JSON as text (stream-json: init, then that result line).
//
// The task is the text inside <task>...</task> in the prompt, else the whole prompt. Scenarios,
// chosen by the same marker as always (so a marker in a task applies to its planning call):
//   success (default)  one subtask per non-empty line of the task, ids "1", "2", ..., prompt and
//                      title the line (markers removed), no dependencies
//   plan:BASE64        structured_output is exactly the base64-decoded JSON (tests write plans)
//   plan_cycle         two subtasks that depend on each other
//   plan_many:N        N independent subtasks (default 30)
//   plan_none          a success result without structured_output (the model never called the
//                      StructuredOutput tool)
//   plan_bad_shape     structured_output {"subtasks":"not a list"}
//   plan_not_json      stdout is cut-off JSON; exit 0
//   hang, silent_hang, ignore_sigterm   no output until stopped (ignore_sigterm: until SIGKILL)
//   sleep:S            sleeps S seconds, then the default plan
//   auth_error, not_logged_in, rate_limit, api_error_then_success   an API error result, exit 1
//   crash[:SIGNAL]     exit 1 (or that signal) without any output
//   exit:N             the default plan, then exit code N
// Any other scenario gives the default plan.
[[noreturn]] void runPlanScenario(const ScenarioChoice &choice, const Invocation &inv, const std::string &cwd);

// Scenario names only planning mode knows (isScenario() accepts them too).
std::string planScenarioNames();

} // namespace orch::fake
