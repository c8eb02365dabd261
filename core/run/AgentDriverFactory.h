#pragma once

#include "agent/AgentDriver.h"
#include "config/Config.h"

#include <memory>

namespace orch {

// The driver that agent.kind names: the Claude CLI, or any command template.
std::unique_ptr<AgentDriver> createAgentDriver(const Config &config);

} // namespace orch
