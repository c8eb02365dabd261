#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// Finds the Claude Code CLI and reads its version, against an explicit environment (PATH, HOME,
// NVM_PATH) so that what is searched is exactly what the workers will see.
//
// Order: agent.binary (a configured path that is missing or not executable is an error, never
// skipped), `claude` in PATH, agent.nvm_path (or NVM_PATH), the bin folder of npm's global prefix
// (`npm prefix -g`, only when npm is in PATH), ~/.claude/local/claude, ~/.npm-global/bin/claude.
class ClaudeBinaryLocator
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeBinaryLocator)

public:
    struct Found
    {
        QString path; // absolute
        QString nodeFolder; // for an nvm install: the folder to put first in PATH (node is there)
    };

    static constexpr int NpmTimeoutMs = 5000;
    // `claude --version` is a node start: 5-6 s of wall time measured at load 14 on two cores, and
    // over 10 s for three at once, which made whole runs refuse to start (exit 3) on a busy machine.
    static constexpr int VersionTimeoutMs = 30000;

    ClaudeBinaryLocator(const Config::Agent &agent, const QProcessEnvironment &environment);

    // The binary, or nullopt with *errorMessage saying where it looked and how to install it.
    std::optional<Found> locate(QString *errorMessage) const;

    // `BINARY --version` with stdin on the null device: the first word it prints ("2.1.197").
    // Empty, with *errorMessage set, when it does not run, fails, times out or prints nothing.
    static QString readVersion(const QString &binary, const QProcessEnvironment &environment, QString *errorMessage,
        int timeoutMs = VersionTimeoutMs);

private:
    QString home() const;
    QString npmGlobalBin() const;

    Config::Agent m_agent;
    QProcessEnvironment m_environment;
};

} // namespace orch
