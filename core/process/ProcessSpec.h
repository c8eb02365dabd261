#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// Identifies every process of one worker attempt, including descendants that leave the process
// group or session: the runner writes it into the child's environment, and the environment is
// inherited, so a sweep of /proc/*/environ finds them all.
struct ProcessTag
{
    static constexpr QLatin1String runIdVariable{"ORCH_RUN_ID"};
    static constexpr QLatin1String workerIdVariable{"ORCH_WORKER_ID"};

    QString runId;
    QString workerId; // empty: the tag names the whole run

    bool isEmpty() const { return runId.isEmpty(); }
};

// Everything needed to run one child process. A plain value so a Worker can build, log and
// retry it without touching a runner.
struct ProcessSpec
{
    QString program; // a path, or a name looked up in environment's PATH, then the orchestrator's
    QStringList arguments;
    QString workingDirectory; // empty: the orchestrator's current folder
    // The child gets exactly this environment (plus the tag variables), never the
    // orchestrator's implicitly: start from QProcessEnvironment::systemEnvironment() if needed.
    QProcessEnvironment environment;
    // The child's stdin: an in-memory file of exactly these bytes, whole and ended before the
    // child runs. Without it stdin is the null device: an agent CLI that sees an open pipe waits.
    std::optional<QByteArray> stdinData;
    QString transcriptPath; // when set, every stdout byte is appended here

    int timeoutMs = 0; // whole run; 0 disables
    int inactivityTimeoutMs = 0; // no byte on stdout or stderr for this long; 0 disables
    ProcessTag tag;

    // Staged stop: SIGINT, then SIGTERM after interruptGraceMs, then SIGKILL after terminateGraceMs.
    int interruptGraceMs = 3000;
    int terminateGraceMs = 3000;

    // Memory bounds: what the runner keeps however much the child prints.
    qsizetype maxLineBytes = 16 * 1024 * 1024; // longer stdout lines are cut, with a marker
    qsizetype stderrTailBytes = 64 * 1024; // last bytes of stderr kept
};

} // namespace orch

Q_DECLARE_METATYPE(orch::ProcessTag)
Q_DECLARE_METATYPE(orch::ProcessSpec)
