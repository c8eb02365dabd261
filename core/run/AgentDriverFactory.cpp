#include "AgentDriverFactory.h"

#include "agent/ClaudeDriver.h"
#include "agent/CommandDriver.h"

namespace orch {

std::unique_ptr<AgentDriver> createAgentDriver(const Config &config)
{
    if (config.agent.kind == Config::AgentKind::Command)
        return std::make_unique<CommandDriver>(config);
    return std::make_unique<ClaudeDriver>(config);
}

} // namespace orch
