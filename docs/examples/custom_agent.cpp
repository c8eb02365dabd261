// Plugs in other agents: first any program through agent.kind `command` and a command template,
// then a driver of one's own (an AgentDriver subclass handed to Orchestrator::setAgentDriver).
// Both run offline: the "agents" are sh and tr. Exits 0 when both runs gave the expected output.
#include "agent/AgentDriver.h"
#include "run/Orchestrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

// Reads the output of the agent below: every line is an event, the last line is the final text.
class LineParser final : public AgentOutputParser
{
public:
    QList<AgentEvent> parse(const LineBatch &lines) override
    {
        // The lines are the agent's bytes; text() decodes one as UTF-8.
        QList<AgentEvent> events;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            AgentEvent event;
            event.kind = AgentEvent::Kind::RawText;
            event.text = lines.text(i);
            m_last = event.text;
            events << event;
        }
        return events;
    }
    const std::optional<AgentResult> &result() const override { return m_result; }
    QString finalText() const override { return m_last; }

private:
    std::optional<AgentResult> m_result; // this agent has no result line
    QString m_last;
};

// An "agent" that answers each prompt in capitals: `tr a-z A-Z` with the prompt on stdin.
class ShoutingDriver final : public AgentDriver
{
public:
    QString name() const override { return u"shouting"_s; }
    bool prepare(QString *errorMessage) override
    {
        // Called once before any worker starts: find the program, or say why not.
        m_tr = QStandardPaths::findExecutable(u"tr"_s);
        if (m_tr.isEmpty())
            *errorMessage = u"tr is not in PATH"_s;
        return !m_tr.isEmpty();
    }
    QString version() const override { return {}; }
    AgentCommand command(const AgentTask &task) const override
    {
        AgentCommand command;
        command.program = m_tr;
        command.arguments = {u"a-z"_s, u"A-Z"_s}; // an argument list: no shell sees the prompt
        command.stdinData = task.prompt.toUtf8() + '\n';
        return command;
    }
    std::unique_ptr<AgentOutputParser> createParser() const override { return std::make_unique<LineParser>(); }
    AgentOutcome classify(
        const AgentOutputParser &parser, const ProcessRunner::Result &exit, const QString &stderrTail) const override
    {
        Q_UNUSED(parser);
        AgentOutcome outcome;
        switch (exit.state) {
        case ProcessRunner::State::Finished:
            outcome.kind = exit.exitCode == 0 ? AgentOutcome::Kind::Success : AgentOutcome::Kind::AgentError;
            outcome.message = exit.exitCode == 0 ? exit.message : stderrTail.trimmed();
            break;
        case ProcessRunner::State::TimedOut:
            outcome.kind = AgentOutcome::Kind::TimedOut; // retried, like Crashed and ApiError
            break;
        case ProcessRunner::State::Cancelled:
            outcome.kind = AgentOutcome::Kind::Cancelled;
            break;
        case ProcessRunner::State::FailedToStart:
            outcome.kind = AgentOutcome::Kind::FailedToStart;
            break;
        default:
            outcome.kind = AgentOutcome::Kind::Crashed;
            break;
        }
        if (outcome.message.isEmpty())
            outcome.message = exit.message;
        return outcome;
    }

private:
    QString m_tr;
};

Config configIn(const QString &workspace)
{
    Config config;
    config.paths.workspace = workspace;
    config.paths.logs = workspace + u"/logs"_s;
    config.paths.output = workspace + u"/output"_s;
    config.resources.maxCpuPercent = 100;
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Plan plan;
    plan.task = u"Two notes"_s;
    plan.subtasks = {
        Subtask {u"1"_s, u"First"_s, u"remember the milk"_s, {}},
        Subtask {u"2"_s, u"Second"_s, u"it's \"quoted\" & $(not run)"_s, {}},
    };

    // 1. Any program as the agent. The template is split into words first, then {prompt} is
    // replaced inside a word, so the prompt stays ONE argument ($1 here) and sh never parses it.
    Config config = configIn(dir.filePath(u"command"_s));
    config.agent.kind = Config::AgentKind::Command;
    config.agent.command = uR"(sh -c 'printf "%s\n" "$1" > note.txt && echo "saved $1"' sh {prompt})"_s;
    Orchestrator commandRun(config);
    const RunResult first = commandRun.execute(plan);
    for (const SubtaskResult &subtask : first.subtaskResults)
        out << subtask.task << ": " << subtask.output << '\n';

    // 2. A driver of one's own, in place of the one agent.kind names.
    Orchestrator customRun(configIn(dir.filePath(u"custom"_s)));
    customRun.setAgentDriver(std::make_unique<ShoutingDriver>());
    const RunResult second = customRun.execute(plan);
    for (const SubtaskResult &subtask : second.subtaskResults)
        out << subtask.task << ": " << subtask.output << '\n';
    out.flush();

    QFile note(QDir(first.subtaskResults.at(1).workdir).filePath(u"note.txt"_s));
    const bool noteSaved =
        note.open(QIODevice::ReadOnly) && note.readAll() == plan.subtasks.at(1).prompt.toUtf8() + '\n';
    const bool expected = first.status == RunResult::Status::Success
        && first.subtaskResults.at(0).output == u"saved remember the milk"_s && noteSaved
        && second.status == RunResult::Status::Success && second.subtaskResults.at(0).output == u"REMEMBER THE MILK"_s
        && second.subtaskResults.at(1).output == u"IT'S \"QUOTED\" & $(NOT RUN)"_s;
    return expected ? 0 : 1;
}
