#pragma once

#include "config/Config.h"
#include "planning/TaskDecomposer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <optional>

namespace orch {

class ProcessRunner;

// Asks the agent for a plan: `claude -p --output-format json --json-schema SCHEMA --model MODEL`
// with a prompt on stdin that explains the job and holds the task, bounded by planning.timeout.
// The agent may read the working folder (Read, Glob, Grep) but not change it. Its
// structured_output must be a valid plan (Plan::validate with planning.max_subtasks).
//
// When anything goes wrong (agent missing, error result, timeout, output that is not a plan) it
// logs a warning that says why and returns HeuristicDecomposer's plan instead; with
// planning.strict it throws TaskDecompositionError with the reason.
//
// decompose() blocks, running a local event loop while the agent works (at most
// planning.timeout seconds plus the grace of a staged stop).
class AiTaskDecomposer final : public TaskDecomposer
{
    Q_DECLARE_TR_FUNCTIONS(AiTaskDecomposer)

public:
    // What the agent is given to read at most; a longer task is cut (the plan then says so).
    static constexpr qsizetype MaxTaskChars = 1024 * 1024;
    // Bytes of the agent's output kept for parsing; a plan is far smaller.
    static constexpr qsizetype MaxOutputBytes = 8 * 1024 * 1024;

    // `environment` is what the agent is found and run with: the workers' environment, so its
    // API key stays there and never reaches an argument or a file.
    explicit AiTaskDecomposer(
        const Config &config, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QString name() const override;
    // Throws TaskDecompositionError when strict and the agent fails, or when cancel() stopped it
    // (never a fallback after a cancel).
    Plan decompose(const QString &task) override;
    // Stops the agent of a decompose() under way. Thread-safe: the GUI plans off its own thread.
    void cancel();

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // The folder the agent runs in and may read (default: the current folder).
    void setWorkingDirectory(const QString &folder) { m_workingDirectory = folder; }
    // Grace periods of the staged stop after a timeout; tests shorten them.
    void setStopGrace(int interruptMs, int terminateMs);

    // Why the last decompose() fell back to the heuristic plan; empty when the agent's plan was used.
    QString fallbackReason() const { return m_fallbackReason; }

    // The JSON schema of the answer: {"subtasks": [{id, title, prompt, depends_on[]}]}.
    static QByteArray schema();
    // The prompt (English: the model reads it) for a task and a maximum number of subtasks.
    static QString prompt(const QString &task, int maxSubtasks);
    // The agent's stdout (--output-format json) turned into a validated plan for the task;
    // nullopt with *why (translated) when it is an error, not JSON, has no structured_output, or
    // the plan is malformed or invalid.
    static std::optional<Plan> planFromOutput(const QByteArray &output, const QString &task, int maxSubtasks,
                                              QString *why);

private:
    std::optional<Plan> askAgent(const QString &task, QString *why);

    Config m_config;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    int m_interruptGraceMs = 2000;
    int m_terminateGraceMs = 2000;
    QString m_fallbackReason;
    QMutex m_mutex;                     // guards m_runner against cancel() from another thread
    ProcessRunner *m_runner = nullptr;  // while the agent runs
    std::atomic<bool> m_cancelled = false;
};

} // namespace orch
