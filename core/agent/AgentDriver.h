#pragma once

#include "agent/AgentEvent.h"
#include "agent/AgentOutcome.h"
#include "process/LineBatch.h"
#include "process/ProcessRunner.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace orch {

// A subtask this one depends on, as it ended: its result is part of the dependent's prompt
// (phase context), so later phases build on earlier ones.
struct PrerequisiteResult
{
    QString id;
    QString title;
    QString output;  // its final text
    QString workDir; // subprocess mode: its folder, which the dependent may read
    QString branch;  // worktree mode: the branch holding its work, and the commit on it
    QString commit;
};

// What a driver needs to know to build the command of one attempt of one subtask.
struct AgentTask
{
    QString runId;
    int workerId = 0;
    int attempt = 1;
    QString title;        // the subtask's title
    QString prompt;       // the subtask's prompt, passed to the agent verbatim
    QString overallTask;  // the whole task the subtask belongs to
    QString workDir;      // absolute; the worker's folder
    QString promptFile;   // absolute path where the prompt may be written ({prompt_file})
    QList<PrerequisiteResult> prerequisites;  // the subtasks it depends on, all succeeded
};

// The agent's command for one attempt; the Worker turns it into a ProcessSpec.
struct AgentCommand
{
    QString program;
    QStringList arguments;
    // Variables to set on top of the parent's environment (never secrets in arguments).
    QProcessEnvironment environment;
    // Written to stdin, then closed; without it stdin is the null device.
    std::optional<QByteArray> stdinData;
    // Files to write before starting (path -> content), e.g. the prompt file.
    QList<QPair<QString, QByteArray>> files;
};

// Turns an attempt's stdout lines into events and remembers what it needs to classify the end.
// One parser per attempt; parse() may be called with any batch of complete lines, which are the
// agent's bytes as it printed them (UTF-8 expected, anything accepted).
class AgentOutputParser
{
public:
    virtual ~AgentOutputParser() = default;
    virtual QList<AgentEvent> parse(const LineBatch &lines) = 0;
    // The final result line, once seen.
    virtual const std::optional<AgentResult> &result() const = 0;
    // The final text of the attempt (the result text, or the output for plain agents).
    virtual QString finalText() const = 0;
};

// One kind of agent: how to find it, run it, read its output and judge how it ended.
class AgentDriver
{
public:
    virtual ~AgentDriver() = default;

    virtual QString name() const = 0;  // "claude", "command"
    // Checks, once before any worker starts, that the agent can run (finds the binary, reads its
    // version). False with a clear, actionable message otherwise.
    virtual bool prepare(QString *errorMessage) = 0;
    virtual QString version() const = 0;
    // One-time notes for the log (e.g. settings the agent has no equivalent for).
    virtual QStringList notes() const { return {}; }
    // Checks one task before command(): false, with *why, when the agent would refuse it (e.g. a
    // prompt too long for the CLI). The Worker reports that instead of starting the process.
    virtual bool validate(const AgentTask &task, QString *why) const
    {
        Q_UNUSED(task);
        Q_UNUSED(why);
        return true;
    }

    virtual AgentCommand command(const AgentTask &task) const = 0;
    virtual std::unique_ptr<AgentOutputParser> createParser() const = 0;
    virtual AgentOutcome classify(const AgentOutputParser &parser, const ProcessRunner::Result &exit,
                                  const QString &stderrTail) const = 0;
};

} // namespace orch
