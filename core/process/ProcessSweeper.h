#pragma once

#include "process/ProcessSpec.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <utility>

namespace orch {

// Finds and kills what is left of a worker's processes after its child ended: every process
// carrying the tag in its environment (even after setsid()), and every process still in the
// child's session. Killed processes that were reparented to us (we are a child subreaper) are
// reaped here, by pid, so QProcess's own children are never waited for. Linux only (/proc).
//
// Limits: a descendant that cleared its environment AND left the session is not found; a
// descendant that already died unseen, outside the session, stays a zombie until we exit.
class ProcessSweeper final
{
public:
    // sessionId 0: match by tag only. An empty tag matches nothing by environment.
    ProcessSweeper(const ProcessTag &tag, qint64 sessionId);

    // One pass: SIGKILL every live match, reap the ones that are our children. True when no
    // match is alive, every match that was our child has been reaped, and no candidate's
    // environment read empty (as it does during exec(); such a process is looked at on up to
    // ten passes before it counts as one without an environment).
    bool sweepOnce();
    // sweepOnce() until it reports done or timeoutMs passes (blocking, short sleeps).
    bool sweepUntilDone(int timeoutMs);

    // Only processes started at or after this time (clock ticks after boot, as startTicks() returns)
    // are matched by their environment: set it to the child's start when the sweep is about that
    // child's descendants, which cannot be older. 0 (the default) checks every process.
    void setNotBefore(qint64 startTicks) { m_notBeforeTicks = startTicks; }
    // Processes the sweep never looks at: the live children of other runners, which are not this
    // child's descendants and must not be killed with them.
    void setSkippedPids(QSet<qint64> pids) { m_skipped = std::move(pids); }
    // A pid that is killed when matched but never waited for (a QProcess child not yet collected).
    void setExcludedPid(qint64 pid) { m_excludedPid = pid; }
    // How many distinct processes were sent SIGKILL.
    int killedCount() const { return static_cast<int>(m_killed.size()); }

    // Makes this process the reaper of orphaned descendants (PR_SET_CHILD_SUBREAPER), so they
    // stay visible to the sweep. Idempotent; false if the kernel refused.
    static bool becomeSubreaper();
    // For start-up: kills every process tagged with runId (and workerId, unless empty) and
    // returns how many were signalled. An empty runId kills nothing.
    static int killTagged(const QString &runId, const QString &workerId = {});
    // When the process started, in clock ticks after boot (field 22 of /proc/PID/stat); -1 when
    // it cannot be read.
    static qint64 startTicks(qint64 pid);

private:
    bool matchesEnvironment(const QByteArray &environ) const;

    QByteArray m_runNeedle;
    QByteArray m_workerNeedle;
    qint64 m_sessionId;
    QSet<qint64> m_seen; // matched pids not yet known to be gone or reaped
    QSet<qint64> m_killed;
    qint64 m_excludedPid = 0;
    qint64 m_notBeforeTicks = 0;
    QSet<qint64> m_skipped;
    QHash<qint64, int> m_emptyEnvironmentPasses; // pid: passes its environment read empty
};

} // namespace orch
