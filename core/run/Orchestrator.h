#pragma once

#include "agent/AgentDriver.h"
#include "config/Config.h"
#include "isolation/Isolation.h"
#include "monitor/ResourceSampler.h"
#include "planning/Plan.h"
#include "planning/TaskDecomposer.h"
#include "run/RunResult.h"
#include "run/RunStore.h"
#include "run/WorkspaceLock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace orch {

class Scheduler;
class Worker;
struct AttemptResult;

// Options of one blocking execute(), as in the user guide's API.
struct RunOptions
{
    bool monitor = false;
    bool retryOnFailure = true;  // false: max_retries is taken as 0 for this run
};

// The public facade of the engine: a task (or an explicit plan) in, a RunResult out, with signals
// for everything in between. Asynchronous with start()/resume() and the signals, or blocking with
// execute(), which throws OrchestratorError subclasses when the run cannot even begin.
class Orchestrator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Orchestrator)

public:
    explicit Orchestrator(const Config &config, QObject *parent = nullptr);
    // With a custom decomposer (the TaskDecomposer interface) instead of planning.decomposer's;
    // a null one keeps the configured one.
    Orchestrator(const Config &config, std::unique_ptr<TaskDecomposer> decomposer, QObject *parent = nullptr);
    ~Orchestrator() override;

    const Config &config() const { return m_config; }
    // Takes a new configuration between runs (a profile opened, settings applied): the driver,
    // decomposer, isolation and run store are chosen from it again, replacing any set by hand.
    // False, and nothing changes, while a run is going.
    bool setConfig(const Config &config);
    // Replace the parts chosen from the configuration (tests inject fakes, users custom decomposers).
    void setAgentDriver(std::unique_ptr<AgentDriver> driver);
    void setDecomposer(std::unique_ptr<TaskDecomposer> decomposer);
    void setIsolation(std::unique_ptr<Isolation> isolation);
    void setRunOptions(const RunOptions &options) { m_options = options; }
    // The environment workers inherit (default: this process's).
    void setWorkerEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // Grace periods of the staged stop (SIGINT, SIGTERM, SIGKILL); tests shorten them.
    void setStopGrace(int interruptMs, int terminateMs);

    // Asynchronous. False (and failedToStart() with the reason) when the run cannot begin.
    // Blocking: the AI decomposer waits for the agent (at most planning.timeout seconds).
    Plan decompose(const QString &task);  // throws TaskDecompositionError
    const TaskDecomposer *decomposer() const { return m_decomposer.get(); }
    bool start(const QString &task);
    bool start(const Plan &plan);
    // Runs again what an interrupted run did not finish, under the same run id.
    bool resume(const QString &runId);
    // Stops the run; before one, stops a decompose() under way (it then throws).
    void cancel();
    bool cancelWorker(int workerId);
    bool retryWorker(int workerId);

    // Blocking, for the command line and library users. Throws TaskDecompositionError when the task
    // cannot be planned and WorkerExecutionError when no worker can start (agent missing,
    // workspace not writable).
    RunResult execute(const QString &task, const RunOptions &options = {});
    RunResult execute(const Plan &plan, const RunOptions &options = {});

    bool isRunning() const { return m_running; }
    QString runId() const { return m_runId; }
    const Plan &plan() const { return m_plan; }
    QList<SubtaskResult> subtaskResults() const;
    QString lastError() const { return m_lastError; }
    // Why the last run's result.json could not be written (disk full, read-only); empty when it was.
    // The journal still holds every settled subtask: --resume writes the result without rerunning them.
    QString resultError() const { return m_resultError; }
    RunStore &store() { return *m_store; }
    const AgentDriver *agentDriver() const { return m_driver.get(); }

signals:
    void planReady(const orch::Plan &plan);
    void runStarted(const QString &runId);
    void workerStarted(int workerId, const QString &title, int attempt);
    void workerEvents(int workerId, const QList<orch::AgentEvent> &events);
    void attemptFinished(int workerId, int attempt, const orch::AgentOutcome &outcome);
    void retryScheduled(int workerId, int nextAttempt, int delayMs, const QString &reason);
    void workerFinished(const orch::SubtaskResult &result);
    void progress(int settled, int total);
    void paused(bool isPaused, const QDateTime &until, const QString &reason);
    void runFinished(const orch::RunResult &result);
    void failedToStart(const QString &message);
    // New starts are held back for lack of CPU or memory ("waiting: CPU 93% > 80%"); empty when
    // they go on again.
    void waitingForResources(const QString &reason);

private:
    bool begin(const Plan &plan, const QString &runId, const QHash<QString, SubtaskResult> &settled);
    QList<PrerequisiteResult> prerequisitesOf(const Subtask &subtask) const;
    bool prepareEnvironment(QString *errorMessage);
    void onStartAttempt(const QString &id, int attempt);
    void onAttemptFinished(int workerId, const AttemptResult &result);
    void onSettled(const QString &id, SubtaskResult::Status status, const QString &reason);
    void finishRun();
    QString writeOutputs(const RunResult &result);
    int workerIdOf(const QString &subtaskId) const;
    bool fail(const QString &message);
    QString admissionVerdict();
    void enforceMemoryLimit();

    Config m_config;
    RunOptions m_options;
    QProcessEnvironment m_environment;
    int m_interruptGraceMs = 3000;
    int m_terminateGraceMs = 3000;
    std::unique_ptr<AgentDriver> m_driver;
    std::unique_ptr<TaskDecomposer> m_decomposer;
    std::unique_ptr<Isolation> m_isolation;
    std::unique_ptr<RunStore> m_store;
    bool m_driverPrepared = false;

    Plan m_plan;
    QString m_runId;
    bool m_running = false;
    bool m_cancelRequested = false;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_planningMs = 0;
    Scheduler *m_scheduler = nullptr;
    QHash<QString, SubtaskResult> m_results;      // by subtask id
    QHash<int, QPointer<Worker>> m_workers;       // running attempts, by worker id
    QString m_lastError;
    QString m_resultError;
    WorkspaceLock m_workspaceLock;  // held while a run whose worker folders are shared runs
    ResourceSampler m_admissionSampler;
    ResourceSampler m_limitSampler;
    QTimer m_limitTimer;
    QHash<int, int> m_overLimitSamples;  // by worker id: consecutive samples above the memory limit
};

} // namespace orch
