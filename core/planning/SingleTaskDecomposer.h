#pragma once

#include "errors/OrchestratorError.h"
#include "planning/TaskDecomposer.h"

namespace orch {

// `--decomposer none`: the whole task is the one subtask.
class SingleTaskDecomposer final : public TaskDecomposer
{
    Q_DECLARE_TR_FUNCTIONS(SingleTaskDecomposer)

public:
    QString name() const override { return QStringLiteral("none"); }
    Plan decompose(const QString &task) override
    {
        const QString trimmed = task.trimmed();
        if (trimmed.isEmpty())
            throw TaskDecompositionError(tr("the task is empty"));
        QString title = trimmed.section(u'\n', 0, 0);
        if (title.size() > 80)
            title = title.left(77) + QStringLiteral("...");
        return Plan{task, {Subtask{QStringLiteral("1"), title, task, {}}}};
    }
};

} // namespace orch
