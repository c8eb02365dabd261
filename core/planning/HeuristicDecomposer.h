#pragma once

#include "planning/TaskDecomposer.h"

#include <QCoreApplication>

namespace orch {

// Splits a task along the list written in it, without asking an agent: numbered or bulleted
// lines, "1) a 2) b", or "Create three apps: todo, calculator and notes". Each item becomes a
// subtask whose prompt stands on its own: the shared lead-in is kept with the item ("Create
// todo app") and the text around the list (a preamble, notes after it) is appended. A task
// without such a list is one subtask. Ids are "1", "2", ...; there are no dependencies.
class HeuristicDecomposer final : public TaskDecomposer
{
    Q_DECLARE_TR_FUNCTIONS(HeuristicDecomposer)

public:
    QString name() const override;
    // Throws TaskDecompositionError only for an empty (or blank) task.
    Plan decompose(const QString &task) override;
};

} // namespace orch
