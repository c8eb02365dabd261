#pragma once

#include "errors/OrchestratorError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>


namespace orch {

// Where a configuration value came from: printed by --print-config and named by every error.
struct ConfigOrigin
{
    Q_DECLARE_TR_FUNCTIONS(ConfigOrigin)

public:
    enum class Kind { Default, Derived, File, DotEnv, Environment, Option };

    Kind kind = Kind::Default;
    QString source;  // file name as the user gave it, variable name or option
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;

    // "default", "config.yaml:3", ".env:4", "ORCHESTRATOR_TIMEOUT", "--timeout": for --print-config.
    QString describe() const;
    // "config.yaml:3:16", "environment variable ORCHESTRATOR_TIMEOUT", "option --timeout": for errors.
    QString location() const;
};

// A problem found while loading configuration; errors stop the run, warnings do not.
struct ConfigDiagnostic
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDiagnostic)

public:
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    ConfigOrigin origin;
    QString key;      // "orchestrator.max_workers", or empty when the problem is not about one key
    QString message;  // "invalid value '0' (allowed: a whole number from 1 to 256)"

    // "broken.yaml:3:16: orchestrator.max_workers: invalid value ..." (warnings say so).
    QString toString() const;
};

// Thrown by the value-style API (Config::fromYaml, ProfileStore::load...) when errors were found.
class ConfigError : public OrchestratorError
{
public:
    explicit ConfigError(QList<ConfigDiagnostic> diagnostics);
    const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    QStringList messages() const;

private:
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace orch
