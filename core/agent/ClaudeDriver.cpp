#include "ClaudeDriver.h"

#include "agent/ClaudeBinaryLocator.h"
#include "agent/ClaudeClassifier.h"
#include "agent/ClaudeStreamParser.h"
#include "agent/ToolSummary.h"

#include <QDir>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace orch {

ClaudeDriver::ClaudeDriver(const Config &config, const QProcessEnvironment &environment)
    : m_config(config)
    , m_environment(environment)
    , m_root(::geteuid() == 0)
{ }

QString ClaudeDriver::name() const
{
    return u"claude"_s;
}

bool ClaudeDriver::prepare(QString *errorMessage)
{
    QString problem;
    const ClaudeBinaryLocator locator(m_config.agent, m_environment);
    const std::optional<ClaudeBinaryLocator::Found> found = locator.locate(&problem);
    if (!found) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    m_binary = found->path;
    m_nodeFolder = found->nodeFolder;

    QProcessEnvironment environment = m_environment;
    if (!m_nodeFolder.isEmpty())
        environment.insert(u"PATH"_s, m_nodeFolder + QDir::listSeparator() + m_environment.value(u"PATH"_s));
    m_version = ClaudeBinaryLocator::readVersion(m_binary, environment, &problem);
    if (m_version.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("found the Claude Code CLI at %1, but it does not run: %2").arg(m_binary, problem);
        return false;
    }
    return true;
}

QStringList ClaudeDriver::notes() const
{
    QStringList notes;
    notes << tr("ai.temperature (%1) has no equivalent in the Claude CLI and is not used").arg(m_config.ai.temperature);
    if (needsSandboxFlag())
        notes << tr("running as root: IS_SANDBOX=1 is set for the workers, which the CLI requires for %1")
                     .arg(permissionArguments().join(u' '));
    return notes;
}

QString ClaudeDriver::stdinText(const QString &prompt)
{
    return prompt.startsWith(u'/') ? u' ' + prompt : prompt;
}

bool ClaudeDriver::validatePrompt(const QString &prompt, QString *why)
{
    QString problem;
    if (prompt.trimmed().isEmpty())
        problem = tr("the prompt is empty");
    else if (stdinText(prompt).size() > MaxPromptChars)
        problem = tr("the prompt has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin")
                      .arg(stdinText(prompt).size())
                      .arg(MaxPromptChars);
    if (problem.isEmpty())
        return true;
    if (why)
        *why = problem;
    return false;
}

bool ClaudeDriver::validate(const AgentTask &task, QString *why) const
{
    if (!validatePrompt(task.prompt, why))
        return false;
    // The phase context is bounded, but a prompt just under the limit could still go over with it.
    const qsizetype size = promptText(task).size();
    if (size <= MaxPromptChars)
        return true;
    if (why)
        *why = tr("the prompt with the results of the subtasks it depends on has %1 characters; the Claude CLI "
                  "accepts at most %2 (10 MiB) on stdin")
                   .arg(size)
                   .arg(MaxPromptChars);
    return false;
}

QString ClaudeDriver::promptText(const AgentTask &task)
{
    return stdinText(task.prompt) + phaseContext(task.prerequisites);
}

QString ClaudeDriver::phaseContext(const QList<PrerequisiteResult> &prerequisites)
{
    if (prerequisites.isEmpty())
        return {};
    // Each output gets an equal share of the budget, so one long output cannot crowd out the others.
    const qsizetype share = std::clamp<qsizetype>(MaxPhaseContextChars / prerequisites.size(), 200,
                                                  MaxPrerequisiteOutputChars);
    // Not translated: the model reads it.
    QString text = u"\n\n---\nThis subtask builds on earlier subtasks of the same run, which have finished. "
                   "Use their results; do not redo their work.\n"_s;
    for (const PrerequisiteResult &prerequisite : prerequisites) {
        text += u"\n## Subtask %1: %2\n"_s.arg(prerequisite.id, prerequisite.title);
        if (!prerequisite.branch.isEmpty()) {
            text += u"Its work is committed on the git branch %1"_s.arg(prerequisite.branch);
            if (!prerequisite.commit.isEmpty())
                text += u" (commit %1; `git show %1` shows it)"_s.arg(prerequisite.commit);
            text += u". Merge that branch into yours if you need its files.\n"_s;
        } else if (!prerequisite.workDir.isEmpty()) {
            text += u"Its files are in the folder %1 (read them there; do not change them).\n"_s.arg(
                prerequisite.workDir);
        }
        const QString output = prerequisite.output.trimmed();
        text += output.isEmpty() ? u"It reported no output.\n"_s
                                 : u"Its final report:\n"_s + ToolSummary::elide(output, share) + u'\n';
    }
    return text;
}

QString ClaudeDriver::systemPrompt(const AgentTask &task)
{
    // Not translated: the model reads it, and it should not change with the user's language.
    QString text = u"You are worker %1 in a parallel run (run %2): other workers handle other parts of the same "
                   "task at the same time, each in its own folder. Your working folder is %3; create and change "
                   "files only inside it."_s.arg(task.workerId)
                       .arg(task.runId, task.workDir);
    // An argument cannot hold a NUL (it would end it there): dropped from the task's text.
    const QString overall = ToolSummary::elide(QString(task.overallTask).remove(QChar(u'\0')).trimmed(), MaxOverallTaskChars);
    if (!overall.isEmpty())
        text += u" Your subtask is one part of this overall task: "_s + overall;
    text += u"\nDo your subtask completely, and end with a short summary of what you did."_s;
    return text;
}

bool ClaudeDriver::needsSandboxFlag() const
{
    const Config::PermissionMode mode = m_config.agent.permissionMode;
    return m_root && (mode == Config::PermissionMode::Skip || mode == Config::PermissionMode::BypassPermissions);
}

QStringList ClaudeDriver::permissionArguments() const
{
    const auto mode = [](Config::PermissionMode permission) -> QString {
        switch (permission) {
        case Config::PermissionMode::Default:
            return u"default"_s;
        case Config::PermissionMode::AcceptEdits:
            return u"acceptEdits"_s;
        case Config::PermissionMode::Auto:
            return u"auto"_s;
        case Config::PermissionMode::BypassPermissions:
            return u"bypassPermissions"_s;
        case Config::PermissionMode::DontAsk:
            return u"dontAsk"_s;
        case Config::PermissionMode::Plan:
            return u"plan"_s;
        case Config::PermissionMode::Skip:
            break;
        }
        return {};
    };
    if (m_config.agent.permissionMode == Config::PermissionMode::Skip)
        return {u"--dangerously-skip-permissions"_s};
    return {u"--permission-mode"_s, mode(m_config.agent.permissionMode)};
}

AgentCommand ClaudeDriver::command(const AgentTask &task) const
{
    AgentCommand command;
    command.program = m_binary.isEmpty() ? u"claude"_s : m_binary;
    // stream-json with -p requires --verbose, or the CLI exits 1.
    command.arguments = {u"-p"_s, u"--output-format"_s, u"stream-json"_s, u"--verbose"_s};
    if (!m_config.ai.model.isEmpty())
        command.arguments << u"--model"_s << m_config.ai.model;
    command.arguments << permissionArguments();
    if (m_config.agent.maxTurns > 0)
        command.arguments << u"--max-turns"_s << QString::number(m_config.agent.maxTurns);
    command.arguments << u"--append-system-prompt"_s << systemPrompt(task);
    command.arguments << m_config.agent.extraArgs;

    command.environment.insert(QString(ProcessTag::runIdVariable), task.runId);
    command.environment.insert(QString(ProcessTag::workerIdVariable), QString::number(task.workerId));
    if (m_config.ai.maxTokens > 0)
        command.environment.insert(u"CLAUDE_CODE_MAX_OUTPUT_TOKENS"_s, QString::number(m_config.ai.maxTokens));
    if (needsSandboxFlag())
        command.environment.insert(u"IS_SANDBOX"_s, u"1"_s);
    if (!m_nodeFolder.isEmpty())
        command.environment.insert(u"PATH"_s, m_nodeFolder + QDir::listSeparator() + m_environment.value(u"PATH"_s));

    // On stdin, never as an argument: verbatim whatever it holds (a leading '-', quotes, newlines),
    // up to 10 MiB instead of the 128 KiB an argument can hold; stdin is closed after it.
    command.stdinData = promptText(task).toUtf8();
    return command;
}

AgentCommand ClaudeDriver::structuredCommand(const QString &prompt, const QByteArray &schema,
                                             const QStringList &tools) const
{
    AgentCommand command;
    command.program = m_binary.isEmpty() ? u"claude"_s : m_binary;
    // The schema is one argument (the CLI takes no file for it); a plan's schema is small.
    command.arguments = {u"-p"_s, u"--output-format"_s, u"json"_s, u"--json-schema"_s, QString::fromUtf8(schema)};
    if (!m_config.ai.model.isEmpty())
        command.arguments << u"--model"_s << m_config.ai.model;
    // "=" keeps the variadic option from taking the next argument; the CLI adds its
    // StructuredOutput tool to whatever is listed here (measured with 2.1.197).
    command.arguments << u"--tools="_s + tools.join(u',') << u"--no-session-persistence"_s;
    if (m_config.ai.maxTokens > 0)
        command.environment.insert(u"CLAUDE_CODE_MAX_OUTPUT_TOKENS"_s, QString::number(m_config.ai.maxTokens));
    if (!m_nodeFolder.isEmpty())
        command.environment.insert(u"PATH"_s, m_nodeFolder + QDir::listSeparator() + m_environment.value(u"PATH"_s));
    command.stdinData = stdinText(prompt).toUtf8();
    return command;
}

std::unique_ptr<AgentOutputParser> ClaudeDriver::createParser() const
{
    return std::make_unique<ClaudeStreamParser>();
}

AgentOutcome ClaudeDriver::classify(
    const AgentOutputParser &parser, const ProcessRunner::Result &exit, const QString &stderrTail) const
{
    return ClaudeClassifier::classify(parser, exit, stderrTail, QDateTime::currentDateTimeUtc());
}

} // namespace orch
