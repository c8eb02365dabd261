#pragma once

#include <QCoreApplication>
#include <QString>

namespace orch {

// One run at a time in a workspace whose worker folders are shared between runs (subprocess
// mode's workspace/worker_N, docker mode without worktrees): two orchestrators there would have
// their agents read and overwrite each other's files. An flock(2) on <workspace>/.orchestrator.lock,
// so the kernel settles a race between two starts and a killed orchestrator never leaves it held.
// The file names the holder (pid and run id) for the message of the one refused.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)

public:
    WorkspaceLock() = default;
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    // Takes the lock for runId (again: a no-op); false with the reason when another process holds it.
    bool acquire(const QString &workspace, const QString &runId, QString *errorMessage);
    void release();
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace orch
