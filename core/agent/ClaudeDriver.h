#pragma once

#include "agent/AgentDriver.h"
#include "config/Config.h"

#include <QCoreApplication>

namespace orch {

// Runs the Claude Code CLI headless: `claude -p --output-format stream-json --verbose ...` with
// the prompt on stdin, its stream-json read by ClaudeStreamParser, its end judged by
// ClaudeClassifier. Facts behind every choice here: /work/shared/CLAUDE_CLI.md.
class ClaudeDriver final : public AgentDriver
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeDriver)

public:
    // The CLI rejects a piped prompt longer than 10 MiB, counted in UTF-16 units like QString
    // (measured with 2.1.197: 10485760 ASCII characters pass, one more fails; 6 M two-byte ones pass).
    static constexpr qsizetype MaxPromptChars = 10 * 1024 * 1024;
    // The part of the overall task quoted in the system prompt: one argument must stay far
    // below the exec limit of 128 KiB.
    static constexpr qsizetype MaxOverallTaskChars = 8000;
    // Phase context: at most this much of one prerequisite's output, and of all of them together.
    static constexpr qsizetype MaxPrerequisiteOutputChars = 4000;
    static constexpr qsizetype MaxPhaseContextChars = 64 * 1024;

    // `environment` is what the binary is searched and run with (PATH, HOME, NVM_PATH).
    explicit ClaudeDriver(
        const Config &config, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QString name() const override;
    // Finds the binary and reads its version; false with a message naming where it looked.
    bool prepare(QString *errorMessage) override;
    QString version() const override { return m_version; }
    QStringList notes() const override;
    bool validate(const AgentTask &task, QString *why) const override;

    AgentCommand command(const AgentTask &task) const override;
    // A one-shot question whose answer must match a JSON schema (task decomposition):
    // `claude -p --output-format json --json-schema SCHEMA --model M --tools=TOOLS
    // --no-session-persistence`, the prompt on stdin. The answer is one JSON result object whose
    // structured_output holds the reply. tools: what the agent may use meanwhile (empty: none).
    AgentCommand structuredCommand(const QString &prompt, const QByteArray &schema, const QStringList &tools) const;
    std::unique_ptr<AgentOutputParser> createParser() const override;
    AgentOutcome classify(
        const AgentOutputParser &parser, const ProcessRunner::Result &exit, const QString &stderrTail) const override;

    // The binary found by prepare() (absolute), or empty before.
    QString binary() const { return m_binary; }
    // Root needs IS_SANDBOX=1 for skip and bypassPermissions; decided by geteuid() unless set here.
    void setRunningAsRoot(bool root) { m_root = root; }

    // Exactly what goes to stdin for a prompt: the prompt itself, except that a leading '/' gets
    // one space in front, because the CLI runs a prompt starting with '/' as a slash command
    // (`/help` is answered locally and never reaches the model). Checked with 2.1.197: " /help"
    // reaches the API as the text " /help", unchanged.
    static QString stdinText(const QString &prompt);
    // Everything that goes to stdin for a task: stdinText(prompt), then the phase context.
    static QString promptText(const AgentTask &task);
    // What a dependent subtask is told about the subtasks it waited for (English: the model reads
    // it): each one's title, folder or branch and commit, and its final output, cut to fit.
    // Empty without prerequisites.
    static QString phaseContext(const QList<PrerequisiteResult> &prerequisites);
    // False, with *why, for a prompt the CLI would refuse: empty, or over MaxPromptChars.
    static bool validatePrompt(const QString &prompt, QString *why);
    // The text of --append-system-prompt for a task (English: it is read by the model).
    static QString systemPrompt(const AgentTask &task);

private:
    QStringList permissionArguments() const;
    bool needsSandboxFlag() const;

    Config m_config;
    QProcessEnvironment m_environment;
    QString m_binary;
    QString m_nodeFolder; // prepended to PATH for an nvm install (its `claude` runs `node`)
    QString m_version;
    bool m_root = false;
};

} // namespace orch
