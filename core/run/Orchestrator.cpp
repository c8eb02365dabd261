#include "Orchestrator.h"

#include "run/AgentDriverFactory.h"
#include "config/ConfigYaml.h"
#include "errors/OrchestratorError.h"
#include "isolation/DockerIsolation.h"
#include "isolation/SubprocessIsolation.h"
#include "isolation/WorktreeIsolation.h"
#include "logging/Log.h"
#include "planning/AiTaskDecomposer.h"
#include "planning/HeuristicDecomposer.h"
#include "planning/SingleTaskDecomposer.h"
#include "run/OutputCollector.h"
#include "run/RunJanitor.h"
#include "run/Scheduler.h"
#include "run/Worker.h"
#include "util/AtomicWrite.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QEventLoop>
#include <QMetaEnum>

namespace orch {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

std::unique_ptr<TaskDecomposer> decomposerFor(const Config &config)
{
    switch (config.planning.decomposer) {
    case Config::Decomposer::None:
        return std::make_unique<SingleTaskDecomposer>();
    case Config::Decomposer::Ai:
        return std::make_unique<AiTaskDecomposer>(config);
    case Config::Decomposer::Heuristic:
        break;
    }
    return std::make_unique<HeuristicDecomposer>();
}

std::unique_ptr<Isolation> isolationFor(const Config &config)
{
    const Config::Mode mode = config.orchestrator.mode;
    std::unique_ptr<Isolation> folders;
    if (mode == Config::Mode::Worktree || (mode == Config::Mode::Docker && config.docker.worktree))
        folders = std::make_unique<WorktreeIsolation>(config.paths.workspace, config.worktree);
    else
        folders = std::make_unique<SubprocessIsolation>(config.paths.workspace);
    if (mode == Config::Mode::Docker)
        return std::make_unique<DockerIsolation>(config, std::move(folders));
    return folders;
}

// Subprocess mode (and docker mode on plain folders) gives worker N of every run workspace/worker_N.
bool sharesWorkerFolders(const Config &config)
{
    const Config::Mode mode = config.orchestrator.mode;
    return mode == Config::Mode::Subprocess || (mode == Config::Mode::Docker && !config.docker.worktree);
}

QString outcomeName(AgentOutcome::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<AgentOutcome::Kind>().valueToKey(int(kind)));
}

} // namespace

Orchestrator::Orchestrator(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_driver(createAgentDriver(config))
    , m_decomposer(decomposerFor(config))
    , m_isolation(isolationFor(config))
    , m_store(std::make_unique<RunStore>(config.paths.workspace))
{
    qRegisterMetaType<AgentEvent>();
    qRegisterMetaType<AgentOutcome>();
    qRegisterMetaType<SubtaskResult>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<Plan>();
    // Memory is checked every second: a runaway agent can take gigabytes within one interval.
    m_limitTimer.setInterval(1000);
    connect(&m_limitTimer, &QTimer::timeout, this, &Orchestrator::enforceMemoryLimit);
}

Orchestrator::Orchestrator(const Config &config, std::unique_ptr<TaskDecomposer> decomposer, QObject *parent)
    : Orchestrator(config, parent)
{
    if (decomposer)
        m_decomposer = std::move(decomposer);
}

Orchestrator::~Orchestrator()
{
    // Workers own their runners, whose destructors kill what is still running.
    qDeleteAll(m_workers);
    if (m_store)
        m_store->close();
}

bool Orchestrator::setConfig(const Config &config)
{
    if (m_running)
        return false;
    m_config = config;
    setAgentDriver(createAgentDriver(config));
    m_decomposer = decomposerFor(config);
    m_isolation = isolationFor(config);
    if (m_store)
        m_store->close();
    m_store = std::make_unique<RunStore>(config.paths.workspace);
    return true;
}

void Orchestrator::setAgentDriver(std::unique_ptr<AgentDriver> driver)
{
    m_driver = std::move(driver);
    m_driverPrepared = false;
}

void Orchestrator::setDecomposer(std::unique_ptr<TaskDecomposer> decomposer)
{
    m_decomposer = std::move(decomposer);
}

void Orchestrator::setIsolation(std::unique_ptr<Isolation> isolation)
{
    m_isolation = std::move(isolation);
}

void Orchestrator::setStopGrace(int interruptMs, int terminateMs)
{
    m_interruptGraceMs = interruptMs;
    m_terminateGraceMs = terminateMs;
}

bool Orchestrator::fail(const QString &message)
{
    m_lastError = message;
    Log::error(message, {{"event", "run_failed_to_start"}});
    emit failedToStart(message);
    return false;
}

Plan Orchestrator::decompose(const QString &task)
{
    if (task.trimmed().isEmpty())
        throw TaskDecompositionError(tr("the task is empty"));
    if (!m_decomposer)
        m_decomposer = decomposerFor(m_config);
    // The agent plans with what the workers get: the same binary, environment and API key.
    if (auto *ai = dynamic_cast<AiTaskDecomposer *>(m_decomposer.get())) {
        ai->setEnvironment(m_environment);
        ai->setStopGrace(m_interruptGraceMs, m_terminateGraceMs);
    }
    QElapsedTimer clock;
    clock.start();
    Plan plan = m_decomposer->decompose(task);
    plan.task = task;
    m_planningMs = clock.elapsed();
    if (const QStringList problems = plan.validate(m_config.planning.maxSubtasks); !problems.isEmpty())
        throw TaskDecompositionError(tr("the plan is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    Log::info(tr("Task decomposed into %n subtask(s)", nullptr, int(plan.subtasks.size())),
              {{"event", "plan_ready"}, {"task", text(task)}, {"subtasks", plan.subtasks.size()}});
    emit planReady(plan);
    return plan;
}

bool Orchestrator::start(const QString &task)
{
    Plan plan;
    try {
        plan = decompose(task);
    } catch (const TaskDecompositionError &e) {
        return fail(tr("cannot plan the task: %1").arg(e.message()));
    }
    return start(plan);
}

bool Orchestrator::start(const Plan &plan)
{
    // No count limit: planning.max_subtasks bounds what a planner proposes (decompose() checks it),
    // while a plan given here was written or reviewed by the caller.
    if (const QStringList problems = plan.validate(0); !problems.isEmpty())
        return fail(tr("the plan is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    return begin(plan, RunStore::newRunId(), {});
}

bool Orchestrator::resume(const QString &runId)
{
    if (m_running)
        return fail(tr("a run is already in progress"));
    QString error;
    const std::optional<Plan> plan = m_store->loadPlan(runId, &error);
    if (!plan)
        return fail(error);
    if (m_store->state(runId) == RunStore::RunState::Running)
        return fail(tr("run %1 is still running in another process").arg(runId));
    // Whatever the dead run left behind (agents that outlived it) goes first.
    const int killed = ProcessRunner::killTagged(runId);
    if (killed > 0)
        Log::warning(tr("Stopped %n leftover process(es) of run %1", nullptr, killed).arg(runId),
                     {{"event", "leftovers_killed"}, {"run_id", text(runId)}});
    QHash<QString, SubtaskResult> settled = m_store->settledSubtasks(runId);
    // Cancelled subtasks did not finish: they run again.
    for (auto it = settled.begin(); it != settled.end();) {
        if (it->status == SubtaskResult::Status::Cancelled)
            it = settled.erase(it);
        else
            ++it;
    }
    Log::info(tr("Resuming run %1: %2 of %3 subtask(s) already finished")
                  .arg(runId)
                  .arg(settled.size())
                  .arg(plan->subtasks.size()),
              {{"event", "run_resumed"}, {"run_id", text(runId)}});
    return begin(*plan, runId, settled);
}

bool Orchestrator::prepareEnvironment(QString *errorMessage)
{
    if (!m_driver) {
        *errorMessage = tr("no agent driver");
        return false;
    }
    if (!m_driverPrepared) {
        if (!m_driver->prepare(errorMessage))
            return false;
        m_driverPrepared = true;
        for (const QString &note : m_driver->notes())
            Log::info(note, {{"event", "agent_note"}});
    }
    if (!m_isolation->check(errorMessage))
        return false;
    for (const QString &dir : {m_config.paths.output, m_config.paths.logs}) {
        if (!makePrivatePath(dir)) {
            *errorMessage = tr("cannot create %1").arg(dir);
            return false;
        }
    }
    return true;
}

bool Orchestrator::begin(const Plan &plan, const QString &runId, const QHash<QString, SubtaskResult> &settled)
{
    if (m_running)
        return fail(tr("a run is already in progress"));
    QString error;
    if (!prepareEnvironment(&error))
        return fail(error);
    // Two runs must not share worker folders: a second orchestrator on this workspace is refused.
    if (sharesWorkerFolders(m_config) && !m_workspaceLock.acquire(m_config.paths.workspace, runId, &error))
        return fail(error);
    // What runs that died without cleaning up left (SIGKILL, power loss) goes first; a resumed
    // run's own worktrees stay for its workers.
    RunJanitor(m_config).sweepOrphans(runId);
    m_isolation->beginRun(runId);
    const bool resuming = !settled.isEmpty() || m_store->loadPlan(runId, nullptr).has_value();
    if (!(resuming ? m_store->reopen(runId, &error) : m_store->create(runId, plan, &error))) {
        m_workspaceLock.release();
        return fail(error);
    }
    ProcessRunner::becomeSubreaper();

    m_plan = plan;
    m_runId = runId;
    m_running = true;
    m_cancelRequested = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_results.clear();
    for (qsizetype i = 0; i < plan.subtasks.size(); ++i) {
        const Subtask &subtask = plan.subtasks.at(i);
        SubtaskResult result = settled.value(subtask.id);
        result.id = subtask.id;
        result.task = subtask.title;
        result.workerId = int(i) + 1;
        if (!result.isFinal())
            result.status = SubtaskResult::Status::Pending;
        m_results.insert(subtask.id, result);
    }

    delete m_scheduler;
    Scheduler::Options options;
    options.maxWorkers = m_config.orchestrator.maxWorkers;
    options.maxRetries = m_options.retryOnFailure ? m_config.orchestrator.maxRetries : 0;
    options.retryDelayMs = m_config.orchestrator.retryDelay * 1000;
    m_scheduler = new Scheduler(plan, options, this);
    m_scheduler->setAdmission([this] { return admissionVerdict(); });
    connect(m_scheduler, &Scheduler::admissionChanged, this, [this](const QString &reason) {
        if (reason.isEmpty())
            Log::info(tr("Resources available again: starting workers"), {{"event", "admission_open"}});
        else
            Log::info(reason, {{"event", "admission_blocked"}, {"run_id", text(m_runId)}});
        emit waitingForResources(reason);
    });
    m_overLimitSamples.clear();
    m_limitTimer.start();
    for (const SubtaskResult &result : settled)
        m_scheduler->markSettled(result.id, result.status);
    connect(m_scheduler, &Scheduler::startAttempt, this, &Orchestrator::onStartAttempt);
    connect(m_scheduler, &Scheduler::settled, this, &Orchestrator::onSettled);
    connect(m_scheduler, &Scheduler::finished, this, &Orchestrator::finishRun);
    connect(m_scheduler, &Scheduler::retryScheduled, this,
            [this](const QString &id, int nextAttempt, int delayMs, const QString &reason) {
                const int workerId = workerIdOf(id);
                Log::info(tr("Worker %1 will retry (attempt %2) in %3 s: %4")
                              .arg(workerId)
                              .arg(nextAttempt)
                              .arg(delayMs / 1000.0)
                              .arg(reason),
                          {{"event", "retry_scheduled"}, {"worker_id", workerId}, {"run_id", text(m_runId)}});
                emit retryScheduled(workerId, nextAttempt, delayMs, reason);
            });
    connect(m_scheduler, &Scheduler::pausedChanged, this,
            [this](bool isPaused, const QDateTime &until, const QString &reason) {
                if (isPaused)
                    Log::warning(reason, {{"event", "run_paused"}, {"run_id", text(m_runId)},
                                          {"until", text(until.toString(Qt::ISODate))}});
                else
                    Log::info(tr("Rate limit over: starting workers again"), {{"event", "run_unpaused"}});
                m_store->journal(isPaused ? "run_paused" : "run_unpaused",
                                 {{"until", text(until.toString(Qt::ISODate))}});
                emit paused(isPaused, until, reason);
            });

    m_store->journal(resuming ? "run_resumed" : "run_started",
                     {{"run_id", text(runId)}, {"task", text(plan.task)}, {"total", plan.subtasks.size()},
                      {"pid", qint64(QCoreApplication::applicationPid())}, {"mode", text(m_isolation->name())}});
    Log::info(tr("Run %1 started with %n subtask(s)", nullptr, int(plan.subtasks.size())).arg(runId),
              {{"event", "run_started"}, {"run_id", text(runId)}, {"task", text(plan.task)}});
    emit runStarted(runId);
    m_scheduler->start();
    return true;
}

int Orchestrator::workerIdOf(const QString &subtaskId) const
{
    return m_results.value(subtaskId).workerId;
}

void Orchestrator::onStartAttempt(const QString &id, int attempt)
{
    SubtaskResult &result = m_results[id];
    const Subtask *subtask = m_plan.find(id);
    const int workerId = result.workerId;
    result.status = SubtaskResult::Status::Running;
    result.attempts = attempt;

    QString error;
    const std::optional<QString> folder = m_isolation->prepare(workerId, &error);
    if (!folder) {
        AgentOutcome outcome;
        outcome.kind = AgentOutcome::Kind::FailedToStart;
        outcome.message = error;
        QMetaObject::invokeMethod(this, [this, id, outcome] { m_scheduler->attemptFinished(id, outcome); },
                                  Qt::QueuedConnection);
        result.error = error;
        return;
    }
    result.workdir = *folder;

    WorkerSetup setup;
    setup.runId = m_runId;
    setup.workerId = workerId;
    setup.attempt = attempt;
    setup.subtask = *subtask;
    setup.overallTask = m_plan.task;
    setup.workDir = *folder;
    setup.transcriptPath = m_store->transcriptPath(m_runId, workerId, attempt);
    setup.timeoutMs = m_config.orchestrator.timeout * 1000;
    setup.inactivityTimeoutMs = m_config.orchestrator.inactivityTimeout * 1000;
    setup.interruptGraceMs = m_interruptGraceMs;
    setup.terminateGraceMs = m_terminateGraceMs;
    setup.baseEnvironment = m_environment;
    setup.prerequisites = prerequisitesOf(*subtask);

    auto *worker = new Worker(setup, *m_driver, *m_isolation, this);
    m_workers.insert(workerId, worker);
    connect(worker, &Worker::events, this, &Orchestrator::workerEvents);
    connect(worker, &Worker::finished, this, &Orchestrator::onAttemptFinished);

    const int total = int(m_plan.subtasks.size());
    const QString message = attempt == 1
                                ? tr("Starting worker %1/%2").arg(workerId).arg(total)
                                : tr("Starting worker %1/%2 (attempt %3)").arg(workerId).arg(total).arg(attempt);
    Log::info(message, {{"event", "worker_started"}, {"worker_id", workerId}, {"task", text(subtask->title)},
                        {"attempt", attempt}, {"run_id", text(m_runId)}});
    m_store->journal("attempt_started", {{"id", text(id)}, {"worker_id", workerId}, {"attempt", attempt},
                                         {"workdir", text(*folder)}});
    emit workerStarted(workerId, subtask->title, attempt);
    worker->start();
}

QList<PrerequisiteResult> Orchestrator::prerequisitesOf(const Subtask &subtask) const
{
    // The scheduler starts a subtask only once all it depends on succeeded, so each has a result.
    QList<PrerequisiteResult> prerequisites;
    for (const QString &id : subtask.dependsOn) {
        const SubtaskResult result = m_results.value(id);
        const Subtask *prerequisite = m_plan.find(id);
        PrerequisiteResult item;
        item.id = id;
        item.title = prerequisite ? prerequisite->title : result.task;
        item.output = result.output;
        item.branch = result.branch;
        item.commit = result.commit;
        // Another worker's folder is only reachable when the agents run on this machine's files.
        if (m_config.orchestrator.mode == Config::Mode::Subprocess)
            item.workDir = result.workdir;
        prerequisites << item;
    }
    return prerequisites;
}

void Orchestrator::onAttemptFinished(int workerId, const AttemptResult &attempt)
{
    Worker *worker = m_workers.take(workerId);
    const QString id = worker ? worker->setup().subtask.id : QString();
    const int attemptNumber = worker ? worker->setup().attempt : 0;
    if (worker)
        worker->deleteLater();
    if (id.isEmpty())
        return;

    SubtaskResult &result = m_results[id];
    result.duration += attempt.durationMs / 1000.0;
    if (attempt.agentResult) {
        result.costUsd += attempt.agentResult->costUsd;
        result.tokensIn += attempt.agentResult->inputTokens;
        result.tokensOut += attempt.agentResult->outputTokens;
        result.turns += attempt.agentResult->turns;
    }
    if (!attempt.finalText.isEmpty() || attempt.outcome.kind == AgentOutcome::Kind::Success)
        result.output = attempt.finalText;
    result.error = attempt.outcome.kind == AgentOutcome::Kind::Success ? QString() : attempt.outcome.message;

    m_store->journal("attempt_finished",
                     {{"id", text(id)}, {"worker_id", workerId}, {"attempt", attemptNumber},
                      {"outcome", text(outcomeName(attempt.outcome.kind))}, {"message", text(attempt.outcome.message)},
                      {"duration_ms", attempt.durationMs}});
    if (attempt.outcome.kind != AgentOutcome::Kind::Success)
        Log::warning(tr("Worker %1 attempt %2 ended: %3").arg(workerId).arg(attemptNumber).arg(attempt.outcome.message),
                     {{"event", "attempt_failed"}, {"worker_id", workerId}, {"attempt", attemptNumber},
                      {"outcome", text(outcomeName(attempt.outcome.kind))}, {"run_id", text(m_runId)}});
    emit attemptFinished(workerId, attemptNumber, attempt.outcome);
    m_scheduler->attemptFinished(id, attempt.outcome);
}

void Orchestrator::onSettled(const QString &id, SubtaskResult::Status status, const QString &reason)
{
    SubtaskResult &result = m_results[id];
    result.status = status;
    if (status == SubtaskResult::Status::Success)
        result.error.clear();
    else if (!reason.isEmpty())
        result.error = reason;

    if (!result.workdir.isEmpty() && status != SubtaskResult::Status::Skipped) {
        writeFileAtomically(QDir(result.workdir).filePath(QStringLiteral("output.txt")), result.output.toUtf8());
    }
    // Before the journal, so what the isolation records (worktree: branch, commit) is kept.
    m_isolation->settle(result.workerId, result);
    m_store->journal("subtask_settled", {{"id", text(id)}, {"result", result.toJson()}});

    const LogFields fields = {{"event", "worker_finished"}, {"worker_id", result.workerId}, {"task", text(result.task)},
                              {"status", text(SubtaskResult::statusName(status))}, {"run_id", text(m_runId)}};
    switch (status) {
    case SubtaskResult::Status::Success:
        Log::info(tr("Worker %1 completed successfully").arg(result.workerId), fields);
        break;
    case SubtaskResult::Status::Skipped:
    case SubtaskResult::Status::Cancelled:
        Log::warning(tr("Worker %1 %2: %3").arg(result.workerId).arg(SubtaskResult::statusName(status), result.error),
                     fields);
        break;
    default:
        Log::error(tr("Worker %1 failed (%2): %3")
                       .arg(result.workerId)
                       .arg(SubtaskResult::statusName(status), result.error),
                   fields);
        break;
    }
    emit workerFinished(result);
    const int settledCount = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                               [](const SubtaskResult &r) { return r.isFinal(); }));
    emit progress(settledCount, int(m_plan.subtasks.size()));
}

QList<SubtaskResult> Orchestrator::subtaskResults() const
{
    QList<SubtaskResult> ordered;
    for (const Subtask &subtask : m_plan.subtasks)
        ordered << m_results.value(subtask.id);
    return ordered;
}

QString Orchestrator::admissionVerdict()
{
    const SystemSample system = m_admissionSampler.sampleSystem();
    const int maxCpu = m_config.resources.maxCpuPercent;
    if (maxCpu < 100 && system.cpuPercent > maxCpu)
        return tr("waiting: CPU %1% > %2%").arg(system.cpuPercent, 0, 'f', 0).arg(maxCpu);
    const qint64 freeMb = (system.memoryTotalBytes - system.memoryUsedBytes) / (1024 * 1024);
    if (system.memoryTotalBytes > 0 && freeMb < m_config.resources.maxMemoryPerWorker)
        return tr("waiting: free memory %1 MB < %2 MB").arg(freeMb).arg(m_config.resources.maxMemoryPerWorker);
    return {};
}

void Orchestrator::enforceMemoryLimit()
{
    if (!m_running || m_workers.isEmpty())
        return;
    const qint64 limitMb = m_config.resources.maxMemoryPerWorker;
    const QHash<QString, ProcessTreeSample> trees = m_limitSampler.sampleRun(m_runId);
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        Worker *worker = it.value();
        const qint64 usedMb = trees.value(QString::number(it.key())).residentBytes / (1024 * 1024);
        // Two samples in a row: a short spike is not "staying above" the limit.
        if (!worker || usedMb <= limitMb) {
            m_overLimitSamples.remove(it.key());
            continue;
        }
        if (++m_overLimitSamples[it.key()] < 2)
            continue;
        const QString message = tr("memory limit exceeded (%1 MB > %2 MB)").arg(usedMb).arg(limitMb);
        Log::warning(tr("Worker %1: %2").arg(it.key()).arg(message),
                     {{"event", "memory_limit"}, {"worker_id", it.key()}, {"run_id", text(m_runId)}});
        worker->stopForLimit(message);
        m_overLimitSamples.remove(it.key());
    }
}

void Orchestrator::finishRun()
{
    if (!m_running)
        return;
    m_limitTimer.stop();
    RunResult result;
    result.runId = m_runId;
    result.subtaskResults = subtaskResults();
    result.startedAt = m_startedAt;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    const int completed = result.completedTasks();
    if (m_cancelRequested)
        result.status = RunResult::Status::Cancelled;
    else if (completed == result.totalTasks())
        result.status = RunResult::Status::Success;
    else
        result.status = completed > 0 ? RunResult::Status::Partial : RunResult::Status::Failed;

    QStringList sections;
    for (const SubtaskResult &subtask : std::as_const(result.subtaskResults)) {
        if (!subtask.output.isEmpty())
            sections << QStringLiteral("## %1. %2\n\n%3\n").arg(subtask.workerId).arg(subtask.task, subtask.output);
    }
    result.aggregatedOutput = sections.join(u'\n');
    result.debugInfo = {
        {"agent", text(m_driver->name())},
        {"agent_version", text(m_driver->version())},
        {"decomposer", text(m_decomposer ? m_decomposer->name() : QString())},
        {"mode", text(m_isolation->name())},
        {"config", text(ConfigYaml::write(m_config))},
        {"timings", {{"planning_ms", m_planningMs}, {"run_ms", m_clock.elapsed()}}},
        {"run_dir", text(m_store->runDirectory(m_runId))},
        {"log_file", text(Log::filePath())},
    };
    if (const auto *ai = dynamic_cast<const AiTaskDecomposer *>(m_decomposer.get()); ai && !ai->fallbackReason().isEmpty())
        result.debugInfo["decomposition_fallback"] = text(ai->fallbackReason());
    result.outputDir = OutputCollector::collect(result, QDir(m_config.paths.output).filePath(m_runId));

    QString error;
    m_resultError.clear();
    if (!m_store->writeResult(result, &error)) {
        m_resultError = error;
        Log::error(error, {{"event", "result_not_written"}, {"run_id", text(m_runId)}});
    }
    m_store->journal("run_finished", {{"status", text(RunResult::statusName(result.status))}});
    m_store->close();
    m_workspaceLock.release();
    m_running = false;
    Log::info(tr("Run %1 finished: %2 (%3 of %4 succeeded)")
                  .arg(m_runId, RunResult::statusName(result.status))
                  .arg(completed)
                  .arg(result.totalTasks()),
              {{"event", "run_finished"}, {"run_id", text(m_runId)},
               {"status", text(RunResult::statusName(result.status))}, {"cost_usd", result.totalCostUsd()}});
    Log::flush();
    emit runFinished(result);
}

void Orchestrator::cancel()
{
    // Before a run, planning may be under way: the AI decomposer waits for its agent in a local
    // event loop, which is where this is called from.
    if (!m_running) {
        if (auto *ai = dynamic_cast<AiTaskDecomposer *>(m_decomposer.get()))
            ai->cancel();
        return;
    }
    if (m_cancelRequested)
        return;
    m_cancelRequested = true;
    Log::warning(tr("Cancelling run %1").arg(m_runId), {{"event", "run_cancelling"}, {"run_id", text(m_runId)}});
    m_store->journal("cancel_requested");
    m_scheduler->cancelAll();
    for (const QPointer<Worker> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->cancel();
    }
}

bool Orchestrator::cancelWorker(int workerId)
{
    if (!m_running)
        return false;
    if (Worker *worker = m_workers.value(workerId)) {
        worker->cancel();
        return true;
    }
    for (const SubtaskResult &result : std::as_const(m_results)) {
        if (result.workerId == workerId)
            return m_scheduler->cancelPending(result.id);
    }
    return false;
}

bool Orchestrator::retryWorker(int workerId)
{
    if (!m_scheduler)
        return false;
    QString id;
    for (const SubtaskResult &result : std::as_const(m_results)) {
        if (result.workerId == workerId)
            id = result.id;
    }
    if (id.isEmpty())
        return false;
    if (!m_running) {
        QString error;
        if (sharesWorkerFolders(m_config) && !m_workspaceLock.acquire(m_config.paths.workspace, m_runId, &error))
            return fail(error);
        if (!m_store->reopen(m_runId, &error)) {
            m_workspaceLock.release();
            return fail(error);
        }
        m_running = true;
        m_cancelRequested = false;
    }
    if (!m_scheduler->retry(id))
        return false;
    m_store->journal("retry_requested", {{"id", text(id)}, {"worker_id", workerId}});
    return true;
}

RunResult Orchestrator::execute(const QString &task, const RunOptions &options)
{
    Plan plan;
    m_options = options;
    plan = decompose(task);  // throws TaskDecompositionError
    return execute(plan, options);
}

RunResult Orchestrator::execute(const Plan &plan, const RunOptions &options)
{
    m_options = options;
    RunResult result;
    QEventLoop loop;
    const QMetaObject::Connection done = connect(this, &Orchestrator::runFinished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    if (!start(plan)) {
        disconnect(done);
        throw WorkerExecutionError(m_lastError, 0, plan.task);
    }
    loop.exec();
    disconnect(done);
    return result;
}

} // namespace orch
