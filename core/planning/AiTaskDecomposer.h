#pragma once

namespace orch {

// Asks the agent for a plan (placeholder until written).
class AiTaskDecomposer final
{
};

} // namespace orch
