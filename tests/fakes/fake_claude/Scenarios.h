#pragma once

#include "Invocation.h"

#include <string>

namespace orch::fake {

// True when name is a scenario fake_claude knows.
bool isScenario(const std::string &name);
// Space-separated list of every scenario, for messages.
std::string scenarioNames();

// Plays the scenario and exits the process (through finish()).
[[noreturn]] void runScenario(const ScenarioChoice &choice, const Invocation &inv, const std::string &cwd);

} // namespace orch::fake
