#pragma once

// Shared by the worker GUI tests: a configuration that runs fake_claude in a temporary workspace,
// and plans built from prompts carrying fake_claude's scenario markers.

#include "config/ConfigLoader.h"
#include "planning/Plan.h"

#include <QDir>
#include <QTemporaryDir>

namespace orch::test {

inline Config fakeClaudeConfig(const QTemporaryDir &dir, int maxWorkers = 3, int retries = 0)
{
    ConfigLoader loader(dir.path());
    loader.applyOverrides({{QStringLiteral("agent.binary"), QStringLiteral(FAKE_CLAUDE), QStringLiteral("--set")}});
    loader.finish();
    Config config = loader.config();
    config.orchestrator.maxWorkers = maxWorkers;
    config.orchestrator.maxRetries = retries;
    config.orchestrator.retryDelay = 0;
    config.orchestrator.timeout = 60;
    config.resources.maxCpuPercent = 100;  // CPU admission off: the machine is busy
    return config;
}

inline Plan planOf(const QStringList &prompts)
{
    Plan plan;
    plan.task = QStringLiteral("test task");
    for (qsizetype i = 0; i < prompts.size(); ++i)
        plan.subtasks << Subtask{QString::number(i + 1), QStringLiteral("Subtask %1").arg(i + 1), prompts.at(i), {}};
    return plan;
}

} // namespace orch::test
