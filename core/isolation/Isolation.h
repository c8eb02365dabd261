#pragma once

#include "process/ProcessSpec.h"

#include <QString>

#include <optional>

namespace orch {

struct SubtaskResult;

// Where a worker runs: a plain folder, a git worktree or a docker container. The Worker asks for
// its folder, lets the isolation rewrite the process it is about to start, and hands the folder
// back when the subtask is settled.
class Isolation
{
public:
    virtual ~Isolation() = default;

    virtual QString name() const = 0;
    // Checked once before any worker starts (a repository, a docker daemon); false with a clear message.
    virtual bool check(QString *errorMessage) = 0;
    // The worker's folder, created if needed; nullopt with a message when it cannot be made.
    virtual std::optional<QString> prepare(int workerId, QString *errorMessage) = 0;
    // Rewrites the process to run inside the isolation (docker wraps it in `docker run`).
    virtual void wrap(ProcessSpec &spec, int workerId) const
    {
        Q_UNUSED(spec)
        Q_UNUSED(workerId)
    }
    // A run begins (or resumes) under this id, after check(); names branches and containers.
    virtual void beginRun(const QString &runId) { Q_UNUSED(runId) }
    // The subtask is settled; commit, stop containers, or nothing.
    virtual void release(int workerId) { Q_UNUSED(workerId) }
    // release() for callers that keep a result: the isolation may record what it did there
    // (worktree mode: branch, commit, diff stat).
    virtual void settle(int workerId, SubtaskResult &result)
    {
        Q_UNUSED(result)
        release(workerId);
    }
};

} // namespace orch
