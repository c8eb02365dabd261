#include "AiTaskDecomposer.h"

#include "agent/ClaudeDriver.h"
#include "agent/ToolSummary.h"
#include "errors/OrchestratorError.h"
#include "logging/Log.h"
#include "planning/HeuristicDecomposer.h"
#include "process/ProcessRunner.h"

#include <QDir>
#include <QEventLoop>

#include <nlohmann/json.hpp>

#include <string>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

// What the planning agent may use: reading the project helps it plan; changing it is not its job.
const QStringList PlanningTools = {u"Read"_s, u"Glob"_s, u"Grep"_s};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// A member of the agent's answer when it has the expected type, else the fallback. The answer is
// outside input: json::value() throws on a member of another type ("is_error": "no"), and nothing
// above catches that.
std::string stringMember(const nlohmann::json &object, const char *key, const std::string &fallback = {})
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

template<typename T>
T valueMember(const nlohmann::json &object, const char *key, T fallback)
{
    const auto it = object.find(key);
    if constexpr (std::is_same_v<T, bool>)
        return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
    else
        return it != object.end() && it->is_number() ? it->get<T>() : fallback;
}

// The last line of the output that is a JSON object with "type": "result" (the json format
// prints only that line; stream-json prints others before it).
std::optional<nlohmann::json> resultObject(const QByteArray &output)
{
    const QList<QByteArray> lines = output.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (line.isEmpty())
            continue;
        nlohmann::json json = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (json.is_object() && stringMember(json, "type") == "result")
            return json;
    }
    return std::nullopt;
}

// The reason an error result gives: its text, else its errors, else its subtype.
QString errorText(const nlohmann::json &result)
{
    if (const auto text = result.find("result"); text != result.end() && text->is_string() && !text->empty())
        return fromStd(text->get<std::string>());
    QStringList errors;
    if (const auto list = result.find("errors"); list != result.end() && list->is_array()) {
        for (const nlohmann::json &error : *list) {
            if (error.is_string())
                errors << fromStd(error.get<std::string>());
        }
    }
    if (!errors.isEmpty())
        return errors.join(u"; "_s);
    return fromStd(stringMember(result, "subtype", "unknown error"));
}

QString firstLine(const QByteArray &text)
{
    return ToolSummary::firstLine(QString::fromUtf8(text));
}

} // namespace

AiTaskDecomposer::AiTaskDecomposer(const Config &config, const QProcessEnvironment &environment)
    : m_config(config)
    , m_environment(environment)
{
}

QString AiTaskDecomposer::name() const
{
    return u"ai"_s;
}

void AiTaskDecomposer::setStopGrace(int interruptMs, int terminateMs)
{
    m_interruptGraceMs = interruptMs;
    m_terminateGraceMs = terminateMs;
}

void AiTaskDecomposer::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    // Queued to the runner's own thread (decompose()'s event loop); dropped if it is gone by then.
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->cancel(); }, Qt::QueuedConnection);
}

Plan AiTaskDecomposer::decompose(const QString &task)
{
    m_fallbackReason.clear();
    m_cancelled = false;
    if (task.trimmed().isEmpty())
        throw TaskDecompositionError(tr("the task is empty"));
    QString why;
    std::optional<Plan> plan = askAgent(task, &why);
    if (m_cancelled)
        throw TaskDecompositionError(tr("planning was cancelled"));
    if (plan)
        return *plan;
    if (m_config.planning.strict)
        throw TaskDecompositionError(tr("AI task decomposition failed: %1").arg(why));
    m_fallbackReason = why;
    Log::warning(tr("AI task decomposition failed, using the heuristic decomposer instead: %1").arg(why),
                 {{"event", "decomposition_fallback"}, {"reason", why.toStdString()}});
    return HeuristicDecomposer().decompose(task);
}

std::optional<Plan> AiTaskDecomposer::askAgent(const QString &task, QString *why)
{
    if (m_config.agent.kind != Config::AgentKind::Claude) {
        *why = tr("it needs the Claude CLI, and agent.kind is not claude");
        return std::nullopt;
    }
    ClaudeDriver driver(m_config, m_environment);
    QString problem;
    if (!driver.prepare(&problem)) {
        *why = problem;
        return std::nullopt;
    }
    const int maxSubtasks = m_config.planning.maxSubtasks;
    const AgentCommand command = driver.structuredCommand(prompt(task, maxSubtasks), schema(), PlanningTools);

    // A tag of its own: whatever the planning agent leaves behind is swept when it ends, and no
    // run's janitor mistakes it for one of its workers.
    static std::atomic<int> counter{0};
    ProcessSpec spec;
    spec.program = command.program;
    spec.arguments = command.arguments;
    spec.workingDirectory = m_workingDirectory.isEmpty() ? QDir::currentPath() : m_workingDirectory;
    spec.environment = m_environment;
    const QStringList keys = command.environment.keys();
    for (const QString &key : keys)
        spec.environment.insert(key, command.environment.value(key));
    spec.stdinData = command.stdinData;
    spec.timeoutMs = m_config.planning.timeout * 1000;
    spec.interruptGraceMs = m_interruptGraceMs;
    spec.terminateGraceMs = m_terminateGraceMs;
    spec.tag = {u"plan-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter), {}};

    ProcessRunner runner;
    QByteArray output;
    bool truncated = false;
    QEventLoop loop;
    QObject::connect(&runner, &ProcessRunner::stdoutLines, &loop, [&](const LineBatch &lines) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArrayView line = lines.at(i);
            if (output.size() + line.size() >= MaxOutputBytes) {
                truncated = true;
                return;
            }
            output += line;
            output += '\n';
        }
    });
    QObject::connect(&runner, &ProcessRunner::finished, &loop, &QEventLoop::quit);
    Log::info(tr("Asking the agent for a plan (at most %n second(s))", nullptr, m_config.planning.timeout),
              {{"event", "decomposition_started"}, {"model", m_config.ai.model.toStdString()}});
    runner.start(spec);
    {
        const QMutexLocker lock(&m_mutex);
        m_runner = &runner;
        if (m_cancelled)
            runner.cancel();
    }
    if (!runner.isFinal())
        loop.exec();
    {
        const QMutexLocker lock(&m_mutex);
        m_runner = nullptr;
    }

    const ProcessRunner::Result &result = runner.result();
    switch (result.state) {
    case ProcessRunner::State::FailedToStart:
        *why = tr("the agent %1 %2").arg(command.program, result.message);
        return std::nullopt;
    case ProcessRunner::State::TimedOut:
        *why = tr("the agent did not answer within %n second(s) (planning.timeout)", nullptr,
                  m_config.planning.timeout);
        return std::nullopt;
    default:
        break;
    }
    if (truncated) {
        *why = tr("the agent's answer is larger than %1 MiB").arg(MaxOutputBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (output.trimmed().isEmpty()) {
        const QString stderrLine = ToolSummary::firstLine(runner.stderrTail());
        *why = stderrLine.isEmpty() ? tr("the agent gave no answer (%1)").arg(result.message)
                                    : tr("the agent gave no answer (%1): %2").arg(result.message, stderrLine);
        return std::nullopt;
    }
    std::optional<Plan> plan = planFromOutput(output, task, maxSubtasks, why);
    if (plan) {
        const std::optional<nlohmann::json> answer = resultObject(output);
        Log::debug(tr("The agent planned %n subtask(s)", nullptr, int(plan->subtasks.size())),
                   {{"event", "decomposition_done"},
                    {"duration_ms", result.durationMs},
                    {"cost_usd", answer ? valueMember(*answer, "total_cost_usd", 0.0) : 0.0}});
    }
    return plan;
}

QByteArray AiTaskDecomposer::schema()
{
    const nlohmann::json text = {{"type", "string"}, {"minLength", 1}};
    const nlohmann::json subtask = {
        {"type", "object"},
        {"properties",
         {{"id", text},
          {"title", text},
          {"prompt", text},
          {"depends_on", {{"type", "array"}, {"items", {{"type", "string"}}}}}}},
        {"required", {"id", "title", "prompt", "depends_on"}},
        {"additionalProperties", false}};
    const nlohmann::json schema = {
        {"type", "object"},
        {"properties", {{"subtasks", {{"type", "array"}, {"minItems", 1}, {"items", subtask}}}}},
        {"required", {"subtasks"}},
        {"additionalProperties", false}};
    return QByteArray::fromStdString(schema.dump());
}

QString AiTaskDecomposer::prompt(const QString &task, int maxSubtasks)
{
    // Not translated: the model reads it, and it should not change with the user's language.
    return u"You are planning work for a team of AI coding agents that run in parallel. Split the task at the "
           "end into subtasks.\n"
           "\n"
           "How the plan is used:\n"
           "- Each subtask goes to its own agent, which works in its own copy of the working folder. It sees its "
           "own prompt and the overall task, not the other subtasks.\n"
           "- Subtasks without dependencies all run at the same time. A subtask with depends_on starts only after "
           "those subtasks have succeeded, and its agent is given their final reports (and, when the run uses "
           "git worktrees, their branches).\n"
           "\n"
           "Rules:\n"
           "- Make between 1 and %1 subtasks. Split only where the parts can really be done independently; a "
           "small or indivisible task is one subtask. Add no subtasks for planning, reviewing or summarising "
           "unless the task asks for them.\n"
           "- id: short and unique (\"1\", \"2\", ...). title: one line. prompt: complete instructions that stand "
           "on their own; repeat every detail of the task that the agent needs.\n"
           "- depends_on: the ids of the subtasks whose results this one needs; empty when none. No cycles.\n"
           "- Subtasks that run at the same time must not change the same files.\n"
           "- Only plan: do not carry out the task and do not change any file. You may read files in the working "
           "folder to plan better.\n"
           "\n"
           "Return the plan as the requested structured output.\n"
           "\n"
           "<task>\n"_s.arg(maxSubtasks)
        + ToolSummary::elide(task.trimmed(), MaxTaskChars) + u"\n</task>\n"_s;
}

std::optional<Plan> AiTaskDecomposer::planFromOutput(const QByteArray &output, const QString &task, int maxSubtasks,
                                                     QString *why)
{
    const auto fail = [why](const QString &message) -> std::optional<Plan> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const std::optional<nlohmann::json> result = resultObject(output);
    if (!result)
        return fail(tr("the agent's answer is not a JSON result: %1").arg(firstLine(output)));
    if (valueMember(*result, "is_error", false))
        return fail(tr("the agent reported an error: %1").arg(errorText(*result)));
    if (const std::string subtype = stringMember(*result, "subtype"); subtype != "success")
        return fail(tr("the agent stopped early (%1): %2").arg(fromStd(subtype), errorText(*result)));
    const auto structured = result->find("structured_output");
    if (structured == result->end() || structured->is_null()) {
        const QString said = ToolSummary::firstLine(fromStd(stringMember(*result, "result")));
        return fail(said.isEmpty() ? tr("the agent's answer has no structured plan (structured_output)")
                                   : tr("the agent's answer has no structured plan (structured_output); it said: %1")
                                         .arg(said));
    }
    QString error;
    std::optional<Plan> plan = Plan::fromJson(*structured, &error);
    if (!plan)
        return fail(tr("the agent's plan is malformed: %1").arg(error));
    plan->task = task;
    if (const QStringList problems = plan->validate(maxSubtasks); !problems.isEmpty())
        return fail(tr("the agent's plan is not valid: %1").arg(problems.join(u" "_s)));
    return plan;
}

} // namespace orch
