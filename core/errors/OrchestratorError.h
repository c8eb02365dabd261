#pragma once

#include <QString>

#include <stdexcept>

namespace orch {

// The base of every exception the blocking API throws (the user guide's error handling).
class OrchestratorError : public std::runtime_error
{
public:
    explicit OrchestratorError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromUtf8(what()); }
};

// A task could not be turned into a plan (strict planning, or an invalid explicit plan).
class TaskDecompositionError : public OrchestratorError
{
public:
    using OrchestratorError::OrchestratorError;
};

// A worker could not run at all (for example the agent is missing or the workspace not writable).
class WorkerExecutionError : public OrchestratorError
{
public:
    WorkerExecutionError(const QString &message, int workerId, const QString &task)
        : OrchestratorError(message)
        , m_workerId(workerId)
        , m_task(task)
    {
    }
    int workerId() const { return m_workerId; }
    QString task() const { return m_task; }

private:
    int m_workerId = 0;
    QString m_task;
};

// A blocking call did not finish within its timeout (seconds).
class TimeoutError : public OrchestratorError
{
public:
    TimeoutError(const QString &message, int timeoutSeconds)
        : OrchestratorError(message)
        , m_timeout(timeoutSeconds)
    {
    }
    int timeout() const { return m_timeout; }

private:
    int m_timeout = 0;
};

} // namespace orch
