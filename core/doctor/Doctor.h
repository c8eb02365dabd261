#pragma once

namespace orch {

// Checks that each mode is ready to run (placeholder until written).
class Doctor final
{
};

} // namespace orch
