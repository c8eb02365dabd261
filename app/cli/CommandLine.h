#pragma once

#include "config/ConfigLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace orch {

// The orchestrator's command line: the user guide's options plus profiles, turned into config
// overrides. Parsing is separate from acting so every option is handled in one place.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // False on a usage error (message in errorText()); --help and --version are handled by the caller.
    bool parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    bool versionRequested() const { return m_parser.isSet(QStringLiteral("version")); }

    bool printConfig() const { return m_parser.isSet(QStringLiteral("print-config")); }
    bool verify() const { return m_parser.isSet(QStringLiteral("verify")); }
    bool offline() const { return m_parser.isSet(QStringLiteral("offline")); }
    bool listProfiles() const { return m_parser.isSet(QStringLiteral("list-profiles")); }
    bool monitor() const { return m_parser.isSet(QStringLiteral("monitor")); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool listRuns() const { return m_parser.isSet(QStringLiteral("list-runs")); }
    bool merge() const { return m_parser.isSet(QStringLiteral("merge")); }
    bool clean() const { return m_parser.isSet(QStringLiteral("clean")); }
    QString cleanRunId() const { return m_parser.value(QStringLiteral("clean")); }
    QString resumeRunId() const { return m_parser.value(QStringLiteral("resume")); }
    QStringList subtasks() const { return m_parser.values(QStringLiteral("subtask")); }
    bool planOnly() const { return m_parser.isSet(QStringLiteral("plan-only")); }
    QString planFile() const { return m_parser.value(QStringLiteral("plan")); }
    QString configFile() const { return m_parser.value(QStringLiteral("config")); }
    QString profile() const { return m_parser.value(QStringLiteral("profile")); }
    QString saveProfile() const { return m_parser.value(QStringLiteral("save-profile")); }
    QString task() const { return m_parser.positionalArguments().join(u' '); }
    const QList<ConfigOverride> &overrides() const { return m_overrides; }

private:
    QCommandLineParser m_parser;
    QList<ConfigOverride> m_overrides;
    QString m_error;
};

} // namespace orch
