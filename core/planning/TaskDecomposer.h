#pragma once

#include "planning/Plan.h"

namespace orch {

// Turns a task into a plan. Implementations: HeuristicDecomposer (lists in the text),
// AiTaskDecomposer (asks the agent). Throws TaskDecompositionError when it cannot.
class TaskDecomposer
{
public:
    virtual ~TaskDecomposer() = default;
    virtual QString name() const = 0;
    virtual Plan decompose(const QString &task) = 0;
};

} // namespace orch
