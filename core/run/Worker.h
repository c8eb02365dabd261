#pragma once

#include "agent/AgentDriver.h"
#include "isolation/Isolation.h"
#include "planning/Plan.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace orch {

// How one attempt ended, with what the agent reported.
struct AttemptResult
{
    AgentOutcome outcome;
    QString finalText;
    std::optional<AgentResult> agentResult;
    qint64 durationMs = 0;
    QString stderrTail;
};

// Everything one attempt needs besides the driver.
struct WorkerSetup
{
    QString runId;
    int workerId = 0;
    int attempt = 1;
    Subtask subtask;
    QString overallTask;
    QString workDir;
    QString transcriptPath;
    int timeoutMs = 0;
    int inactivityTimeoutMs = 0;
    int interruptGraceMs = 3000;
    int terminateGraceMs = 3000;
    QProcessEnvironment baseEnvironment;  // the environment workers inherit
    QList<PrerequisiteResult> prerequisites;  // phase context: the subtasks this one waited for
};

// One attempt of one subtask: the agent's command, run through a ProcessRunner, its output turned
// into events (one signal per batch) and its end classified by the driver.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    Worker(const WorkerSetup &setup, const AgentDriver &driver, const Isolation &isolation, QObject *parent = nullptr);
    ~Worker() override;

    const WorkerSetup &setup() const { return m_setup; }
    // Starts asynchronously; the end always arrives through finished(), even when nothing could start.
    void start();
    void cancel();
    // Stops the attempt because it broke a limit (memory): it ends as a retryable failure with
    // this message instead of a cancel.
    void stopForLimit(const QString &message);
    bool isRunning() const;

signals:
    void events(int workerId, const QList<orch::AgentEvent> &events);
    void finished(int workerId, const orch::AttemptResult &result);

private:
    void onLines(const LineBatch &lines);
    void onFinished(const ProcessRunner::Result &result);
    void finishWith(const AgentOutcome &outcome);
    void failToStart(const QString &message);

    WorkerSetup m_setup;
    const AgentDriver &m_driver;
    const Isolation &m_isolation;
    std::unique_ptr<AgentOutputParser> m_parser;
    ProcessRunner *m_runner = nullptr;
    bool m_done = false;
    QString m_limitMessage;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::AttemptResult)
