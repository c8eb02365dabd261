#include "RunJanitor.h"

namespace orch {

RunJanitor::RunJanitor(const Config &config)
    : m_config(config)
{
}

} // namespace orch
