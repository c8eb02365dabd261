#pragma once

namespace orch {

// Docker mode: each worker's agent runs in its own container.
class DockerIsolation final
{
};

} // namespace orch
