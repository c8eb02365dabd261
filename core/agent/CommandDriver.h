#pragma once

#include "agent/AgentDriver.h"
#include "config/Config.h"

#include <QCoreApplication>

namespace orch {

// Runs any command template (agent.command) as the agent: other agent CLIs (codex, gemini,
// aider), scripts, or plain tools for benchmarks.
//
// The template is split into words like a shell would (orch::ShellWords, no expansion) FIRST;
// placeholders are then replaced inside each word, in one pass, so a prompt with spaces, quotes
// or braces stays one argument and is never seen by a shell. Placeholders: {prompt},
// {prompt_file} (the prompt is written to the task's promptFile), {workdir}, {worker_id}; other
// braces are left as they are. Without {prompt} and {prompt_file}, the prompt goes to stdin.
class CommandDriver final : public AgentDriver
{
    Q_DECLARE_TR_FUNCTIONS(CommandDriver)

public:
    // What one argument can hold on Linux (MAX_ARG_STRLEN, 32 pages), terminator included.
    static constexpr qsizetype MaxArgumentBytes = 128 * 1024 - 1;

    explicit CommandDriver(
        const Config &config, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QString name() const override;
    // Checks the template and that its program exists (a path, or a name in PATH).
    bool prepare(QString *errorMessage) override;
    QString version() const override { return {}; }
    bool validate(const AgentTask &task, QString *why) const override;

    AgentCommand command(const AgentTask &task) const override;
    std::unique_ptr<AgentOutputParser> createParser() const override;
    AgentOutcome classify(
        const AgentOutputParser &parser, const ProcessRunner::Result &exit, const QString &stderrTail) const override;

    // The template's words (empty when it cannot be split).
    const QStringList &words() const { return m_words; }
    // `word` with the placeholders replaced; *used gets the names it contained.
    static QString substitute(const QString &word, const AgentTask &task, QStringList *used = nullptr);

private:
    bool uses(const QString &placeholder) const;

    QString m_template;
    QProcessEnvironment m_environment;
    QStringList m_words;
    QString m_splitProblem;
    QString m_program; // the first word resolved by prepare() (absolute), when it has no placeholder
};

} // namespace orch
