#pragma once

#include "config/Config.h"
#include "config/ConfigDiagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace orch {

class ConfigLoader;

// `orchestrator --verify`: checks, for each mode, what a run needs before it starts (a valid
// configuration, a writable workspace, the agent and whether it can authenticate, git and the
// repository, the docker daemon and the worker image) and says how to fix what is missing.
//
// Blocking: every check is bounded by a timeout (the authentication call by authTimeoutMs, every
// other tool by toolTimeoutMs), so run() always returns; call it off the GUI thread.
// git and docker are run with this process's environment, as a run runs them; the agent is found
// and called with Options::environment, as a run finds and calls it.
class Doctor final
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Doctor)

public:
    enum class Status { Ok, Warning, Failed, Skipped };
    Q_ENUM(Status)

    struct Check
    {
        QString id;     // stable, for --json: "config", "workspace", "agent", "authentication", ...
        QString title;  // translated, for the table
        QList<Config::Mode> modes;  // the modes that need it
        Status status = Status::Skipped;
        QString detail;  // what was found: a version, a path, or what went wrong
        QString fix;     // what to do when it failed (or warned); empty when ok

        bool concerns(Config::Mode mode) const { return modes.contains(mode); }
        // Warnings and skipped checks (--offline, or a prerequisite already reported) do not block.
        bool passed() const { return status != Status::Failed; }
    };

    struct Report
    {
        QList<Check> checks;

        // Every check that concerns the mode passed.
        bool ready(Config::Mode mode) const;
        // The check with this id, or nullptr.
        const Check *find(const QString &id) const;
    };

    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        bool offline = false;  // skip the authentication call
        int authTimeoutMs = 60000;
        int toolTimeoutMs = 15000;  // git, docker and `claude --version`, per call
    };

    // The configuration with the diagnostics its loading produced (errors fail the config check).
    Doctor(const Config &config, const QList<ConfigDiagnostic> &diagnostics, const Options &options);
    Doctor(const ConfigLoader &loader, const Options &options);

    // Runs every check, in table order, for every mode (not only the configured one).
    Report run() const;

    // The configuration's spelling of a mode: "subprocess", "worktree", "docker".
    static QString modeName(Config::Mode mode);
    static QList<Config::Mode> allModes();
    // "ok", "warning", "failed", "skipped" (stable, for --json).
    static QString statusName(Status status);

private:
    Check checkConfig() const;
    Check checkWorkspace() const;
    QList<Check> checkAgent() const;
    QList<Check> checkGit() const;
    QList<Check> checkDocker() const;

    Config m_config;
    QList<ConfigDiagnostic> m_diagnostics;
    QString m_configFile;
    Options m_options;
};

} // namespace orch
