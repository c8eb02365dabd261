#include "CommandDriver.h"

#include "agent/CommandOutputParser.h"
#include "agent/ExecutableSearch.h"
#include "agent/ToolSummary.h"
#include "util/ShellWords.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

const QString PromptKey = u"prompt"_s;
const QString PromptFileKey = u"prompt_file"_s;
const QString WorkDirKey = u"workdir"_s;
const QString WorkerIdKey = u"worker_id"_s;

QString promptFileOf(const AgentTask &task)
{
    // The Worker always names one; a hand-made task may not.
    return task.promptFile.isEmpty() ? QDir(task.workDir).filePath(u".orchestrator-prompt.txt"_s) : task.promptFile;
}

AgentOutcome outcome(AgentOutcome::Kind kind, const QString &message)
{
    AgentOutcome result;
    result.kind = kind;
    result.message = message;
    return result;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return ToolSummary::elide(it->trimmed(), 300);
    }
    return {};
}

} // namespace

CommandDriver::CommandDriver(const Config &config, const QProcessEnvironment &environment)
    : m_template(config.agent.command)
    , m_environment(environment)
{
    if (const std::optional<QStringList> words = ShellWords::split(m_template, &m_splitProblem))
        m_words = *words;
}

QString CommandDriver::name() const
{
    return u"command"_s;
}

QString CommandDriver::substitute(const QString &word, const AgentTask &task, QStringList *used)
{
    QString result;
    qsizetype from = 0;
    while (from < word.size()) {
        const qsizetype open = word.indexOf(u'{', from);
        const qsizetype close = open < 0 ? -1 : word.indexOf(u'}', open + 1);
        if (close < 0) {
            result += QStringView(word).mid(from);
            break;
        }
        result += QStringView(word).mid(from, open - from);
        const QStringView key = QStringView(word).mid(open + 1, close - open - 1);
        QString value;
        bool known = true;
        if (key == PromptKey)
            value = task.prompt;
        else if (key == PromptFileKey)
            value = promptFileOf(task);
        else if (key == WorkDirKey)
            value = task.workDir;
        else if (key == WorkerIdKey)
            value = QString::number(task.workerId);
        else
            known = false;
        if (known) {
            // Values are inserted, never scanned again: a prompt holding "{workdir}" stays as it is.
            result += value;
            if (used)
                used->append(key.toString());
            from = close + 1;
        } else {
            result += u'{';
            from = open + 1;
        }
    }
    return result;
}

bool CommandDriver::uses(const QString &placeholder) const
{
    QStringList used;
    for (const QString &word : m_words)
        substitute(word, AgentTask {}, &used);
    return used.contains(placeholder);
}

bool CommandDriver::prepare(QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (m_template.trimmed().isEmpty())
        return fail(tr("agent.command is empty: set a command template, e.g. `aider --yes --message {prompt}`"));
    if (!m_splitProblem.isEmpty())
        return fail(tr("agent.command cannot be split into words: %1").arg(m_splitProblem));
    if (m_words.isEmpty() || m_words.first().isEmpty())
        return fail(tr("agent.command names no program"));

    const QString program = m_words.first();
    QStringList used;
    substitute(program, AgentTask {}, &used);
    if (!used.isEmpty())
        return true; // the program depends on the task: it can only be checked when it runs
    if (program.contains(u'/')) {
        const QString absolute = QFileInfo(program).absoluteFilePath();
        if (!QFileInfo::exists(absolute))
            return fail(tr("agent.command: the program %1 does not exist").arg(absolute));
        if (!ExecutableSearch::isExecutableFile(absolute))
            return fail(tr("agent.command: the program %1 is not an executable file").arg(absolute));
        m_program = absolute;
        return true;
    }
    m_program = ExecutableSearch::findInPath(program, m_environment);
    if (m_program.isEmpty())
        return fail(
            tr("agent.command: the program \"%1\" is not in PATH (%2)").arg(program, m_environment.value(u"PATH"_s)));
    return true;
}

bool CommandDriver::validate(const AgentTask &task, QString *why) const
{
    if (!uses(PromptKey))
        return true;
    QString problem;
    if (task.prompt.contains(QChar(u'\0')))
        problem = tr("the prompt contains a NUL character, which no argument can hold: use {prompt_file} in "
                     "agent.command");
    else if (task.prompt.toUtf8().size() > MaxArgumentBytes)
        problem = tr("the prompt is %1 bytes, more than one argument can hold (128 KiB): use {prompt_file} in "
                     "agent.command")
                      .arg(task.prompt.toUtf8().size());
    if (problem.isEmpty())
        return true;
    if (why)
        *why = problem;
    return false;
}

AgentCommand CommandDriver::command(const AgentTask &task) const
{
    AgentCommand command;
    QStringList used;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString word = substitute(m_words.at(i), task, &used);
        if (i == 0)
            command.program = m_program.isEmpty() ? word : m_program;
        else
            command.arguments << word;
    }
    if (used.contains(PromptFileKey))
        command.files.append({promptFileOf(task), task.prompt.toUtf8()});
    if (!used.contains(PromptKey) && !used.contains(PromptFileKey))
        command.stdinData = task.prompt.toUtf8();
    command.environment.insert(QString(ProcessTag::runIdVariable), task.runId);
    command.environment.insert(QString(ProcessTag::workerIdVariable), QString::number(task.workerId));
    return command;
}

std::unique_ptr<AgentOutputParser> CommandDriver::createParser() const
{
    return std::make_unique<CommandOutputParser>();
}

AgentOutcome CommandDriver::classify(
    const AgentOutputParser &parser, const ProcessRunner::Result &exit, const QString &stderrTail) const
{
    Q_UNUSED(parser);
    using Kind = AgentOutcome::Kind;
    using State = ProcessRunner::State;
    const QString detail = lastLine(stderrTail);
    const auto withDetail = [&detail](const QString &message) -> QString {
        return detail.isEmpty() ? message : message + u": "_s + detail;
    };
    switch (exit.state) {
    case State::Cancelled:
        return outcome(Kind::Cancelled, exit.message.isEmpty() ? tr("cancelled") : exit.message);
    case State::FailedToStart:
        return outcome(Kind::FailedToStart, exit.message);
    case State::TimedOut:
        return outcome(Kind::TimedOut, exit.message);
    case State::Crashed:
        return outcome(Kind::Crashed, withDetail(tr("killed by %1").arg(ProcessRunner::signalName(exit.signal))));
    case State::Finished:
        if (exit.exitCode == 0)
            return outcome(Kind::Success, tr("exited with code 0"));
        return outcome(Kind::AgentError, withDetail(tr("exited with code %1").arg(exit.exitCode)));
    case State::NotStarted:
    case State::Starting:
    case State::Running:
        break;
    }
    return outcome(Kind::Crashed, tr("ended while %1").arg(ProcessRunner::stateName(exit.state)));
}

} // namespace orch
