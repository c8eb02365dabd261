#pragma once

#include "logging/LogLevel.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace orch {

// The whole run setup: every key of config.yaml, as a plain value type with the documented defaults.
// Loading, precedence, validation and origins live in ConfigLoader; the schema of keys in ConfigSchema.
struct Config
{
    Q_GADGET

public:
    enum class Mode { Subprocess, Worktree, Docker };
    Q_ENUM(Mode)
    enum class AgentKind { Claude, Command };
    Q_ENUM(AgentKind)
    enum class PermissionMode { Default, AcceptEdits, Auto, BypassPermissions, DontAsk, Plan, Skip };
    Q_ENUM(PermissionMode)
    enum class WorktreeCleanup { Keep, RemoveWorktrees, RemoveAll };
    Q_ENUM(WorktreeCleanup)
    enum class Decomposer { Ai, Heuristic, None };
    Q_ENUM(Decomposer)

    struct Orchestrator
    {
        int maxWorkers = 10;
        Mode mode = Mode::Subprocess;
        int timeout = 120;          // seconds, per attempt
        int inactivityTimeout = 0;  // seconds without output before an attempt is stopped; 0 = off
        int maxRetries = 2;
        int retryDelay = 5;         // seconds
        bool operator==(const Orchestrator &) const = default;
    };

    struct Ai
    {
        QString model = QStringLiteral("claude-sonnet-4-5");
        double temperature = 0.7;
        int maxTokens = 4000;
        bool operator==(const Ai &) const = default;
    };

    struct Monitoring
    {
        bool enabled = true;
        int interval = 5;  // seconds
        LogLevel logLevel = LogLevel::Info;
        bool operator==(const Monitoring &) const = default;
    };

    struct Paths
    {
        QString workspace = QStringLiteral("./workspace");
        QString logs = QStringLiteral("./workspace/logs");
        QString output = QStringLiteral("./workspace/output");
        bool operator==(const Paths &) const = default;
    };

    struct Resources
    {
        int maxMemoryPerWorker = 2048;  // MB
        int maxCpuPercent = 80;
        bool operator==(const Resources &) const = default;
    };

    struct Agent
    {
        AgentKind kind = AgentKind::Claude;
        QString binary;               // empty: search PATH, NVM_PATH, npm prefixes, ~/.claude/local
        QString command;              // template for AgentKind::Command: {prompt} {prompt_file} {workdir} {worker_id}
        PermissionMode permissionMode = PermissionMode::AcceptEdits;
        int maxTurns = 0;             // 0: the agent's own default
        QStringList extraArgs;
        QStringList passEnv;          // names of environment variables handed to workers (never values)
        QString wslDistribution;
        QString nvmPath;
        bool operator==(const Agent &) const = default;
    };

    struct Docker
    {
        QString image = QStringLiteral("orchestrator-worker:latest");
        QString network;  // empty: docker's default network
        bool worktree = false;  // the mounted folders are git worktrees (worktree mode in containers)
        QStringList extraArgs;
        bool operator==(const Docker &) const = default;
    };

    struct Worktree
    {
        QString repository;  // empty: the repository that holds the working directory
        QString base = QStringLiteral("HEAD");
        QString branchPrefix = QStringLiteral("orch/");
        WorktreeCleanup cleanup = WorktreeCleanup::Keep;
        QString author;       // "Name <email>" of the workers' commits; empty: git's identity
        QString mergeTarget;  // empty: the branch checked out in the repository
        bool operator==(const Worktree &) const = default;
    };

    struct Planning
    {
        Decomposer decomposer = Decomposer::Ai;
        int maxSubtasks = 20;
        bool strict = false;  // decomposition failure is an error instead of a heuristic fallback
        int timeout = 120;    // seconds the AI decomposer waits for the agent's plan
        bool operator==(const Planning &) const = default;
    };

    Orchestrator orchestrator;
    Ai ai;
    Monitoring monitoring;
    Paths paths;
    Resources resources;
    Agent agent;
    Docker docker;
    Worktree worktree;
    Planning planning;

    bool operator==(const Config &) const = default;

    // The user guide's API. fromYaml and fromEnv throw ConfigError listing every problem found.
    static Config fromYaml(const QString &path);
    static Config fromEnv();
    void updateFromEnv();
    // Writes every key as YAML (atomically); returns false and sets errorMessage on failure.
    bool saveYaml(const QString &path, QString *errorMessage = nullptr) const;
    QString toYaml() const;
};

} // namespace orch
