#include "CommandLine.h"

namespace orch {

namespace {

// Options that set one configuration key each.
struct KeyOption
{
    const char *name;
    const char *key;
    const char *valueName;
    const char *description;
};

constexpr KeyOption keyOptions[] = {
    {"max-workers", "orchestrator.max_workers", "N", QT_TRANSLATE_NOOP("orch::CommandLine", "Maximum number of parallel workers (default 10).")},
    {"mode", "orchestrator.mode", "MODE", QT_TRANSLATE_NOOP("orch::CommandLine", "Execution mode: subprocess, worktree or docker.")},
    {"timeout", "orchestrator.timeout", "SECONDS", QT_TRANSLATE_NOOP("orch::CommandLine", "Timeout of one subtask attempt in seconds (default 120).")},
    {"retries", "orchestrator.max_retries", "N", QT_TRANSLATE_NOOP("orch::CommandLine", "Retries of a failed subtask (default 2).")},
    {"log-level", "monitoring.log_level", "LEVEL", QT_TRANSLATE_NOOP("orch::CommandLine", "DEBUG, INFO, WARNING or ERROR.")},
    {"workspace", "paths.workspace", "PATH", QT_TRANSLATE_NOOP("orch::CommandLine", "Workspace folder (default ./workspace).")},
    {"model", "ai.model", "MODEL", QT_TRANSLATE_NOOP("orch::CommandLine", "Model the agent uses (default claude-sonnet-4-5).")},
    {"agent", "agent.kind", "AGENT", QT_TRANSLATE_NOOP("orch::CommandLine", "Agent: claude or command.")},
    {"command", "agent.command", "TEMPLATE", QT_TRANSLATE_NOOP("orch::CommandLine", "Command template for --agent command: {prompt} {prompt_file} {workdir} {worker_id}.")},
    {"decomposer", "planning.decomposer", "KIND", QT_TRANSLATE_NOOP("orch::CommandLine", "How a task is split: ai, heuristic or none.")},
};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Runs one large task as many AI coding agents in parallel.\n"
           "Configuration precedence, lowest first: defaults, config file, .env, environment, options."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const KeyOption &option : keyOptions) {
        m_parser.addOption({QString::fromLatin1(option.name),
                            QCoreApplication::translate("orch::CommandLine", option.description),
                            QString::fromLatin1(option.valueName)});
    }
    m_parser.addOptions({
        {QStringLiteral("config"), tr("Configuration file (default ./config.yaml, else the user's config folder)."),
         tr("PATH")},
        {QStringLiteral("profile"), tr("Load the saved profile NAME instead of a configuration file."), tr("NAME")},
        {QStringLiteral("save-profile"), tr("Save the resolved configuration as profile NAME and exit."), tr("NAME")},
        {QStringLiteral("list-profiles"), tr("List the saved profiles and exit.")},
        {QStringLiteral("set"), tr("Set any configuration key, e.g. --set ai.temperature=0.2 (repeatable)."),
         tr("KEY=VALUE")},
        {QStringLiteral("monitor"), tr("Show a live status line while the run goes on.")},
        {QStringLiteral("subtask"), tr("A subtask of an explicit plan, run as given without decomposition (repeatable)."),
         tr("TEXT")},
        {QStringLiteral("plan-only"), tr("Plan the task, print the plan (as JSON with --json, the format --plan "
                                         "reads) and exit without running it.")},
        {QStringLiteral("plan"), tr("Run the saved plan in FILE (the JSON --plan-only --json prints) instead of "
                                    "planning a task."),
         tr("FILE")},
        {QStringLiteral("json"), tr("Print the run's result as JSON on stdout; logs go to stderr.")},
        {QStringLiteral("resume"), tr("Run again what the interrupted run RUN_ID did not finish."), tr("RUN_ID")},
        {QStringLiteral("list-runs"), tr("List the runs in the workspace and exit.")},
        {QStringLiteral("merge"), tr("Worktree mode: after the run, merge every successful worker's branch in plan "
                                     "order into worktree.merge_target (default: the branch checked out).")},
        {QStringLiteral("clean"), tr("Remove what run RUN_ID (or every run that is not running: all) left behind: "
                                     "processes, containers, worktrees, merged branches; then exit."),
         tr("RUN_ID|all")},
        {QStringLiteral("print-config"), tr("Print the resolved configuration with the origin of each value and exit.")},
        {QStringLiteral("verify"), tr("Check what each mode needs (config, workspace, agent and its login, git, docker), "
                                      "print each problem with its fix and exit: 0 when the configured mode is ready.")},
        {QStringLiteral("offline"), tr("With --verify: skip the call that checks the agent can authenticate.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("TASK"), tr("The task to run; prompted for when omitted."));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_overrides.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("config")) && m_parser.isSet(QStringLiteral("profile"))) {
        m_error = tr("--config and --profile cannot be combined: a profile is a configuration file");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("resume")) && (!task().isEmpty() || !subtasks().isEmpty())) {
        m_error = tr("--resume runs the saved plan of that run: give no task or --subtask with it");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("clean"))
        && (!task().isEmpty() || !subtasks().isEmpty() || m_parser.isSet(QStringLiteral("resume"))
            || m_parser.isSet(QStringLiteral("merge")))) {
        m_error = tr("--clean only cleans up: give no task, --subtask, --resume or --merge with it");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("clean")) && cleanRunId().trimmed().isEmpty()) {
        m_error = tr("--clean needs a run id (see --list-runs) or 'all'");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("plan")) && (!task().isEmpty() || !subtasks().isEmpty())) {
        m_error = tr("--plan runs the plan in the file: give no task or --subtask with it");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("plan")) && planFile().trimmed().isEmpty()) {
        m_error = tr("--plan needs the path of a plan file");
        return false;
    }
    if ((planOnly() || m_parser.isSet(QStringLiteral("plan")))
        && (m_parser.isSet(QStringLiteral("resume")) || m_parser.isSet(QStringLiteral("clean")))) {
        m_error = tr("--plan-only and --plan cannot be combined with --resume or --clean");
        return false;
    }
    if (planOnly() && merge()) {
        m_error = tr("--plan-only runs nothing, so there is nothing to --merge");
        return false;
    }
    for (const KeyOption &option : keyOptions) {
        const QString name = QString::fromLatin1(option.name);
        // The last occurrence wins, as with most command-line tools.
        const QStringList values = m_parser.values(name);
        if (!values.isEmpty())
            m_overrides.append({QString::fromLatin1(option.key), values.last(), u"--" + name});
    }
    for (const QString &assignment : m_parser.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            m_error = tr("--set expects KEY=VALUE, got '%1'").arg(assignment);
            return false;
        }
        m_overrides.append({assignment.left(eq).trimmed(), assignment.mid(eq + 1), QStringLiteral("--set")});
    }
    return true;
}

} // namespace orch
