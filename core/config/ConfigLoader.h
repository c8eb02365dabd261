#pragma once

#include "config/Config.h"
#include "config/ConfigDiagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

namespace YAML {
class Node;
}

namespace orch {

struct ConfigKey;

// A value given on the command line, by key ("orchestrator.max_workers") and the option that set it.
struct ConfigOverride
{
    QString key;
    QString value;
    QString option;  // "--max-workers", or "--set" for the generic form
};

// Everything a resolution reads, so tests can give each source explicitly.
struct ConfigSources
{
    QString configFile;            // --config; empty: ./config.yaml, else the user's config folder
    QString profile;               // --profile: a saved profile replaces the configuration file
    QString profileDirectory;      // empty: ProfileStore's default folder
    bool searchConfigFile = true;  // look for the default files when configFile is empty
    bool useDotEnv = true;         // <workingDirectory>/.env
    bool useEnvironment = true;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;      // empty: the current directory
    QList<ConfigOverride> overrides;
};

// Builds a Config from its sources, lowest precedence first: built-in defaults, a YAML file, `.env`,
// the environment, command-line options. Remembers where each value came from and collects every
// problem instead of stopping at the first, so one run of the user fixes them all.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    explicit ConfigLoader(const QString &workingDirectory = {});

    // The whole chain, as the command line and the GUI use it.
    static ConfigLoader resolve(const ConfigSources &sources);
    // ./config.yaml if it exists, else <user config folder>/config.yaml if it exists, else empty.
    static QString findConfigFile(const QString &workingDirectory);

    void startFrom(const Config &config);
    // displayName is how messages name the file (as the user wrote it); relative paths in the file
    // resolve against the file's own folder.
    void applyYamlFile(const QString &path, const QString &displayName = {});
    void applyYamlText(const QByteArray &text, const QString &displayName, const QString &baseDirectory);
    // A saved profile (ProfileStore) in place of a configuration file.
    void applyProfile(const QString &profileDirectory, const QString &name);
    void applyDotEnvFile(const QString &path);
    void applyEnvironment(const QProcessEnvironment &environment);
    void applyOverrides(const QList<ConfigOverride> &overrides);
    // Derived defaults (logs and output under the workspace), cross-key and path checks.
    void finish();

    const Config &config() const { return m_config; }
    ConfigOrigin origin(const QString &key) const { return m_origins.value(key); }
    const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QStringList errorMessages() const;
    QStringList warningMessages() const;
    // schema_version found in the YAML file, or 0 when it had none.
    int schemaVersion() const { return m_schemaVersion; }
    QString configFile() const { return m_configFile; }
    // The resolved configuration as YAML with a trailing comment on each value naming its origin.
    QString annotatedYaml() const;

    static constexpr int CurrentSchemaVersion = 1;

private:
    void setValue(const ConfigKey &key, const QString &text, const ConfigOrigin &origin, const QString &baseDirectory);
    void applyYamlSection(const QString &section, const YAML::Node &node, const QString &displayName,
                          const QString &baseDirectory);
    void applyYamlValue(const ConfigKey &key, const YAML::Node &node, const QString &displayName,
                        const QString &baseDirectory);
    void applyVariables(const std::function<QString(const QString &)> &lookup, ConfigOrigin::Kind kind,
                        const std::function<int(const QString &)> &lineOf, const QString &source);
    void warnUnknownVariables(const QStringList &names, const ConfigOrigin &origin);
    void checkPathCreatable(const QString &key);
    void addError(const ConfigOrigin &origin, const QString &key, const QString &message);
    void addWarning(const ConfigOrigin &origin, const QString &key, const QString &message);

    QString m_workingDirectory;
    Config m_config;
    QHash<QString, ConfigOrigin> m_origins;
    QList<ConfigDiagnostic> m_diagnostics;
    int m_schemaVersion = 0;
    QString m_configFile;
};

// Expands a leading ~ and makes a relative path absolute against baseDirectory; empty stays empty.
QString resolveConfigPath(const QString &path, const QString &baseDirectory);

} // namespace orch
