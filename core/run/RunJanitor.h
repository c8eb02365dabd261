#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace orch {

// Removes what runs left behind: processes, containers and worktrees of runs that no live
// orchestrator owns (at start), or everything of one run on request (`--clean`).
class RunJanitor final
{
    Q_DECLARE_TR_FUNCTIONS(RunJanitor)

public:
    struct Report
    {
        int processesKilled = 0;
        QStringList containersRemoved;
        QStringList worktreesRemoved;
        QStringList branchesDeleted;
        QStringList branchesKept;  // not merged anywhere: deleting them would lose work
        QStringList errors;
    };

    explicit RunJanitor(const Config &config);

    // Leftovers of interrupted runs, as far as the cleanup policy does not keep them.
    Report sweepOrphans();
    // Everything run runId left; nullopt with a message when the run is unknown or still running.
    std::optional<Report> clean(const QString &runId, QString *errorMessage);
    // clean() for every run that is not running.
    std::optional<Report> cleanAll(QString *errorMessage);

private:
    Config m_config;
};

} // namespace orch
