#include "ConfigSchema.h"

#include "util/ShellWords.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace orch {

namespace {

using Type = ConfigKey::Type;

// Binds a key to a plain member of a section of Config.
template <typename Section, typename T>
void bindMember(ConfigKey &key, Section Config::*section, T Section::*member)
{
    key.get = [section, member](const Config &c) { return QVariant::fromValue(c.*section.*member); };
    key.set = [section, member](Config &c, const QVariant &v) { c.*section.*member = v.value<T>(); };
}

// Binds an enum member; the QVariant holds the enum's index into ConfigKey::allowed.
template <typename Section, typename E>
void bindEnum(ConfigKey &key, Section Config::*section, E Section::*member)
{
    key.get = [section, member](const Config &c) { return QVariant(static_cast<int>(c.*section.*member)); };
    key.set = [section, member](Config &c, const QVariant &v) { c.*section.*member = static_cast<E>(v.toInt()); };
}

// Environment variable of a key: the ones the user guide names, else ORCHESTRATOR_<SECTION>_<NAME>
// (the orchestrator section drops its own name: ORCHESTRATOR_RETRY_DELAY).
QString envVarFor(const QString &section, const QString &name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("orchestrator.mode"), QStringLiteral("ORCHESTRATOR_MODE")},
        {QStringLiteral("paths.workspace"), QStringLiteral("ORCHESTRATOR_WORKSPACE")},
        {QStringLiteral("monitoring.log_level"), QStringLiteral("ORCHESTRATOR_LOG_LEVEL")},
        {QStringLiteral("agent.wsl_distribution"), QStringLiteral("WSL_DISTRIBUTION")},
        {QStringLiteral("agent.nvm_path"), QStringLiteral("NVM_PATH")},
    };
    const QString path = section + u'.' + name;
    if (const auto it = named.constFind(path); it != named.constEnd())
        return *it;
    if (section == u"orchestrator")
        return (u"ORCHESTRATOR_" + name).toUpper();
    return (u"ORCHESTRATOR_" + section + u'_' + name).toUpper();
}

struct KeyBuilder
{
    ConfigKey key;
    KeyBuilder(const char *section, const char *name, Type type)
    {
        key.section = QString::fromLatin1(section);
        key.name = QString::fromLatin1(name);
        key.type = type;
        key.envVar = envVarFor(key.section, key.name);
    }
    KeyBuilder &range(double lo, double hi)
    {
        key.min = lo;
        key.max = hi;
        return *this;
    }
    KeyBuilder &allowed(QStringList values)
    {
        key.allowed = std::move(values);
        return *this;
    }
    KeyBuilder &notEmpty()
    {
        key.allowEmpty = false;
        return *this;
    }
    KeyBuilder &alias(const char *env)
    {
        key.envAliases << QString::fromLatin1(env);
        return *this;
    }
    template <typename Section, typename T>
    ConfigKey member(Section Config::*section, T Section::*m)
    {
        if constexpr (std::is_enum_v<T>)
            bindEnum(key, section, m);
        else
            bindMember(key, section, m);
        return key;
    }
};

QList<ConfigKey> buildKeys()
{
    using C = Config;
    constexpr int maxSeconds = 7 * 24 * 3600;
    const QStringList logLevels = {QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARNING"),
                                   QStringLiteral("ERROR")};
    return {
        KeyBuilder("orchestrator", "max_workers", Type::Int).range(1, 256).member(&C::orchestrator, &C::Orchestrator::maxWorkers),
        KeyBuilder("orchestrator", "mode", Type::Enum)
            .allowed({QStringLiteral("subprocess"), QStringLiteral("worktree"), QStringLiteral("docker")})
            .member(&C::orchestrator, &C::Orchestrator::mode),
        KeyBuilder("orchestrator", "timeout", Type::Int).range(1, maxSeconds).member(&C::orchestrator, &C::Orchestrator::timeout),
        KeyBuilder("orchestrator", "inactivity_timeout", Type::Int)
            .range(0, maxSeconds)
            .member(&C::orchestrator, &C::Orchestrator::inactivityTimeout),
        KeyBuilder("orchestrator", "max_retries", Type::Int).range(0, 100).member(&C::orchestrator, &C::Orchestrator::maxRetries),
        KeyBuilder("orchestrator", "retry_delay", Type::Int).range(0, 3600).member(&C::orchestrator, &C::Orchestrator::retryDelay),

        KeyBuilder("ai", "model", Type::String).notEmpty().member(&C::ai, &C::Ai::model),
        KeyBuilder("ai", "temperature", Type::Double).range(0, 1).member(&C::ai, &C::Ai::temperature),
        KeyBuilder("ai", "max_tokens", Type::Int).range(1, 1000000).member(&C::ai, &C::Ai::maxTokens),

        KeyBuilder("monitoring", "enabled", Type::Bool).member(&C::monitoring, &C::Monitoring::enabled),
        KeyBuilder("monitoring", "interval", Type::Int).range(1, 3600).member(&C::monitoring, &C::Monitoring::interval),
        KeyBuilder("monitoring", "log_level", Type::Enum).allowed(logLevels).member(&C::monitoring, &C::Monitoring::logLevel),

        KeyBuilder("paths", "workspace", Type::Path).notEmpty().member(&C::paths, &C::Paths::workspace),
        KeyBuilder("paths", "logs", Type::Path).notEmpty().member(&C::paths, &C::Paths::logs),
        KeyBuilder("paths", "output", Type::Path).notEmpty().member(&C::paths, &C::Paths::output),

        KeyBuilder("resources", "max_memory_per_worker", Type::Int)
            .range(64, 4 * 1024 * 1024)
            .member(&C::resources, &C::Resources::maxMemoryPerWorker),
        KeyBuilder("resources", "max_cpu_percent", Type::Int).range(1, 100).member(&C::resources, &C::Resources::maxCpuPercent),

        KeyBuilder("agent", "kind", Type::Enum)
            .allowed({QStringLiteral("claude"), QStringLiteral("command")})
            .member(&C::agent, &C::Agent::kind),
        KeyBuilder("agent", "binary", Type::Path).alias("WINDOWS_CLAUDE_PATH").member(&C::agent, &C::Agent::binary),
        KeyBuilder("agent", "command", Type::String).member(&C::agent, &C::Agent::command),
        KeyBuilder("agent", "permission_mode", Type::Enum)
            .allowed({QStringLiteral("default"), QStringLiteral("acceptEdits"), QStringLiteral("auto"),
                      QStringLiteral("bypassPermissions"), QStringLiteral("dontAsk"), QStringLiteral("plan"),
                      QStringLiteral("skip")})
            .member(&C::agent, &C::Agent::permissionMode),
        KeyBuilder("agent", "max_turns", Type::Int).range(0, 10000).member(&C::agent, &C::Agent::maxTurns),
        KeyBuilder("agent", "extra_args", Type::List).member(&C::agent, &C::Agent::extraArgs),
        KeyBuilder("agent", "pass_env", Type::List).member(&C::agent, &C::Agent::passEnv),
        KeyBuilder("agent", "wsl_distribution", Type::String).member(&C::agent, &C::Agent::wslDistribution),
        KeyBuilder("agent", "nvm_path", Type::Path).member(&C::agent, &C::Agent::nvmPath),

        KeyBuilder("docker", "image", Type::String).notEmpty().member(&C::docker, &C::Docker::image),
        KeyBuilder("docker", "network", Type::String).member(&C::docker, &C::Docker::network),
        KeyBuilder("docker", "extra_args", Type::List).member(&C::docker, &C::Docker::extraArgs),
        KeyBuilder("docker", "worktree", Type::Bool).member(&C::docker, &C::Docker::worktree),

        KeyBuilder("worktree", "repository", Type::Path).member(&C::worktree, &C::Worktree::repository),
        KeyBuilder("worktree", "base", Type::String).notEmpty().member(&C::worktree, &C::Worktree::base),
        KeyBuilder("worktree", "branch_prefix", Type::String).member(&C::worktree, &C::Worktree::branchPrefix),
        KeyBuilder("worktree", "cleanup", Type::Enum)
            .allowed({QStringLiteral("keep"), QStringLiteral("remove-worktrees"), QStringLiteral("remove-all")})
            .member(&C::worktree, &C::Worktree::cleanup),
        KeyBuilder("worktree", "author", Type::String).member(&C::worktree, &C::Worktree::author),
        KeyBuilder("worktree", "merge_target", Type::String).member(&C::worktree, &C::Worktree::mergeTarget),

        KeyBuilder("planning", "decomposer", Type::Enum)
            .allowed({QStringLiteral("ai"), QStringLiteral("heuristic"), QStringLiteral("none")})
            .member(&C::planning, &C::Planning::decomposer),
        KeyBuilder("planning", "max_subtasks", Type::Int).range(1, 1000).member(&C::planning, &C::Planning::maxSubtasks),
        KeyBuilder("planning", "strict", Type::Bool).member(&C::planning, &C::Planning::strict),
        KeyBuilder("planning", "timeout", Type::Int).range(1, maxSeconds).member(&C::planning, &C::Planning::timeout),
    };
}

QString formatDouble(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString text = QString::fromLatin1(buffer, int(result.ptr - buffer));
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += QStringLiteral(".0");  // keeps YAML readers from seeing an integer
    return text;
}

QString formatNumber(double value)
{
    return value == std::floor(value) ? QString::number(qint64(value)) : formatDouble(value);
}

} // namespace

QString ConfigKey::allowedDescription() const
{
    switch (type) {
    case Type::Int:
        return ConfigSchema::tr("a whole number from %1 to %2").arg(formatNumber(min), formatNumber(max));
    case Type::Double:
        return ConfigSchema::tr("a number from %1 to %2").arg(formatNumber(min), formatNumber(max));
    case Type::Bool:
        return ConfigSchema::tr("true or false");
    case Type::Enum:
        return ConfigSchema::tr("one of %1").arg(allowed.join(QStringLiteral(", ")));
    case Type::String:
        return allowEmpty ? ConfigSchema::tr("any text") : ConfigSchema::tr("a non-empty text");
    case Type::Path:
        return allowEmpty ? ConfigSchema::tr("a path") : ConfigSchema::tr("a non-empty path");
    case Type::List:
        return ConfigSchema::tr("a list of texts");
    }
    return {};
}

std::optional<QVariant> ConfigKey::parseText(const QString &rawText, QString *problem) const
{
    const QString text = rawText.trimmed();
    const auto fail = [&]() -> std::optional<QVariant> {
        if (problem)
            *problem = ConfigSchema::tr("invalid value '%1' (allowed: %2)").arg(rawText, allowedDescription());
        return std::nullopt;
    };
    switch (type) {
    case Type::Int: {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok || value < min || value > max)
            return fail();
        return QVariant(int(value));
    }
    case Type::Double: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < min || value > max)
            return fail();
        return QVariant(value);
    }
    case Type::Bool: {
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                                        QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"),
                                       QStringLiteral("0")};
        if (yes.contains(text, Qt::CaseInsensitive))
            return QVariant(true);
        if (no.contains(text, Qt::CaseInsensitive))
            return QVariant(false);
        return fail();
    }
    case Type::Enum: {
        for (int i = 0; i < allowed.size(); ++i) {
            if (allowed.at(i).compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(i);
        }
        return fail();
    }
    case Type::String:
    case Type::Path:
        if (!allowEmpty && text.isEmpty())
            return fail();
        return QVariant(text);
    case Type::List: {
        // A list given as one text (environment, option): split like a shell would, without expansion.
        QString why;
        const std::optional<QStringList> items = ShellWords::split(rawText, &why);
        if (!items) {
            if (problem)
                *problem = ConfigSchema::tr("invalid value '%1': %2").arg(rawText, why);
            return std::nullopt;
        }
        return QVariant(*items);
    }
    }
    return fail();
}

QString ConfigKey::toText(const QVariant &value) const
{
    switch (type) {
    case Type::Int:
        return QString::number(value.toInt());
    case Type::Double:
        return formatDouble(value.toDouble());
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Enum:
        return allowed.value(value.toInt());
    case Type::String:
    case Type::Path:
        return value.toString();
    case Type::List:
        return ShellWords::join(value.toStringList());
    }
    return {};
}

const QList<ConfigKey> &ConfigSchema::keys()
{
    static const QList<ConfigKey> all = buildKeys();
    return all;
}

const ConfigKey *ConfigSchema::find(const QString &path)
{
    for (const ConfigKey &key : keys()) {
        if (key.path() == path)
            return &key;
    }
    return nullptr;
}

QStringList ConfigSchema::sections()
{
    QStringList result;
    for (const ConfigKey &key : keys()) {
        if (!result.contains(key.section))
            result << key.section;
    }
    return result;
}

QStringList ConfigSchema::keysOf(const QString &section)
{
    QStringList result;
    for (const ConfigKey &key : keys()) {
        if (key.section == section)
            result << key.name;
    }
    return result;
}

QString ConfigSchema::nearest(const QString &word, const QStringList &candidates)
{
    // Levenshtein distance, case-insensitive; a suggestion must be reasonably close to be useful.
    const auto distance = [](const QString &a, const QString &b) {
        QList<int> previous(b.size() + 1), current(b.size() + 1);
        std::iota(previous.begin(), previous.end(), 0);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            current[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            }
            std::swap(previous, current);
        }
        return previous[b.size()];
    };
    const int limit = std::max(2, int(word.size()) / 3);
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        const int d = distance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace orch
