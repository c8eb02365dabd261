#include "DockerEngine.h"

namespace orch {

DockerEngine::DockerEngine(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

} // namespace orch
