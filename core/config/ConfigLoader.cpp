#include "ConfigLoader.h"

#include "config/ConfigSchema.h"
#include "config/ConfigYaml.h"
#include "config/DotEnv.h"
#include "config/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <unistd.h>

namespace orch {

namespace {

ConfigOrigin fileOrigin(const QString &displayName, const YAML::Mark &mark)
{
    ConfigOrigin origin;
    origin.kind = ConfigOrigin::Kind::File;
    origin.source = displayName;
    if (mark.line >= 0) {
        origin.line = mark.line + 1;
        origin.column = mark.column + 1;
    }
    return origin;
}

QString nodeKindName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return ConfigLoader::tr("a list");
    case YAML::NodeType::Map:
        return ConfigLoader::tr("a mapping");
    case YAML::NodeType::Null:
        return ConfigLoader::tr("nothing");
    default:
        return ConfigLoader::tr("a single value");
    }
}

} // namespace

QString resolveConfigPath(const QString &path, const QString &baseDirectory)
{
    if (path.isEmpty())
        return path;
    QString expanded = path;
    if (expanded == u"~" || expanded.startsWith(u"~/"))
        expanded = QDir::homePath() + expanded.mid(1);
    return QDir::cleanPath(QDir(baseDirectory).absoluteFilePath(expanded));
}

ConfigLoader::ConfigLoader(const QString &workingDirectory)
    : m_workingDirectory(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory)
{
    startFrom(Config());
}

void ConfigLoader::startFrom(const Config &config)
{
    m_config = config;
    m_origins.clear();
    for (const ConfigKey &key : ConfigSchema::keys()) {
        m_origins.insert(key.path(), ConfigOrigin());
        if (key.type == ConfigKey::Type::Path)
            key.set(m_config, resolveConfigPath(key.get(m_config).toString(), m_workingDirectory));
    }
}

ConfigLoader ConfigLoader::resolve(const ConfigSources &sources)
{
    ConfigLoader loader(sources.workingDirectory);
    if (!sources.profile.isEmpty()) {
        loader.applyProfile(sources.profileDirectory, sources.profile);
    } else {
        QString file = sources.configFile;
        if (file.isEmpty() && sources.searchConfigFile)
            file = findConfigFile(loader.m_workingDirectory);
        if (!file.isEmpty())
            loader.applyYamlFile(file);
    }
    if (sources.useDotEnv)
        loader.applyDotEnvFile(QDir(loader.m_workingDirectory).filePath(QStringLiteral(".env")));
    if (sources.useEnvironment)
        loader.applyEnvironment(sources.environment);
    loader.applyOverrides(sources.overrides);
    loader.finish();
    return loader;
}

QString ConfigLoader::findConfigFile(const QString &workingDirectory)
{
    const QString local = QDir(workingDirectory).filePath(QStringLiteral("config.yaml"));
    if (QFileInfo::exists(local))
        return local;
    const QString user = QStandardPaths::locate(QStandardPaths::AppConfigLocation, QStringLiteral("config.yaml"));
    return user;
}

void ConfigLoader::applyYamlFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    const QString absolute = resolveConfigPath(path, m_workingDirectory);
    QFile file(absolute);
    ConfigOrigin origin{ConfigOrigin::Kind::File, name};
    if (!file.open(QIODevice::ReadOnly)) {
        addError(origin, {}, tr("cannot read the configuration file: %1").arg(file.errorString()));
        return;
    }
    m_configFile = absolute;
    applyYamlText(file.readAll(), name, QFileInfo(absolute).absolutePath());
}

void ConfigLoader::applyProfile(const QString &profileDirectory, const QString &name)
{
    const ProfileStore store(profileDirectory);
    const ConfigOrigin origin{ConfigOrigin::Kind::File, store.pathFor(name)};
    QString why;
    if (!ProfileStore::isValidName(name, &why)) {
        addError({ConfigOrigin::Kind::Option, QStringLiteral("--profile")}, {}, why);
        return;
    }
    if (!store.exists(name)) {
        const QString suggestion = ConfigSchema::nearest(name, store.list());
        addError({ConfigOrigin::Kind::Option, QStringLiteral("--profile")}, {},
                 suggestion.isEmpty() ? tr("no profile named '%1'").arg(name)
                                      : tr("no profile named '%1'; did you mean %2?").arg(name, suggestion));
        return;
    }
    applyYamlFile(store.pathFor(name));
    if (m_schemaVersion == 0 && !hasErrors())
        addWarning(origin, {}, tr("no schema_version: saved by an older version; missing keys take their defaults"));
}

void ConfigLoader::applyYamlText(const QByteArray &text, const QString &displayName, const QString &baseDirectory)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException &e) {
        addError(fileOrigin(displayName, e.mark), {},
                 tr("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
        return;
    }
    if (root.IsNull())
        return;  // an empty file (or only comments) means defaults
    if (!root.IsMap()) {
        addError(fileOrigin(displayName, root.Mark()), {},
                 tr("expected a mapping of sections (orchestrator, ai, ...), got %1").arg(nodeKindName(root)));
        return;
    }
    const QStringList sections = ConfigSchema::sections();
    for (const auto &entry : root) {
        const QString section = QString::fromStdString(entry.first.Scalar());
        const ConfigOrigin where = fileOrigin(displayName, entry.first.Mark());
        if (section == u"schema_version") {
            bool ok = false;
            m_schemaVersion = QString::fromStdString(entry.second.Scalar()).toInt(&ok);
            if (!ok || m_schemaVersion < 1) {
                addError(fileOrigin(displayName, entry.second.Mark()), section,
                         tr("invalid value '%1' (allowed: a whole number from 1)")
                             .arg(QString::fromStdString(entry.second.Scalar())));
            } else if (m_schemaVersion > CurrentSchemaVersion) {
                addWarning(fileOrigin(displayName, entry.second.Mark()), section,
                           tr("written by a newer version (schema %1, this one reads %2); keys it does not "
                              "know are ignored")
                               .arg(m_schemaVersion)
                               .arg(CurrentSchemaVersion));
            }
            continue;
        }
        if (!sections.contains(section)) {
            const QString suggestion = ConfigSchema::nearest(section, sections);
            addWarning(where, section,
                       suggestion.isEmpty() ? tr("unknown section, ignored")
                                            : tr("unknown section, ignored; did you mean %1?").arg(suggestion));
            continue;
        }
        applyYamlSection(section, entry.second, displayName, baseDirectory);
    }
}

void ConfigLoader::applyYamlSection(const QString &section, const YAML::Node &node, const QString &displayName,
                                    const QString &baseDirectory)
{
    if (node.IsNull())
        return;
    if (!node.IsMap()) {
        addError(fileOrigin(displayName, node.Mark()), section,
                 tr("expected a mapping of keys, got %1").arg(nodeKindName(node)));
        return;
    }
    const QStringList names = ConfigSchema::keysOf(section);
    for (const auto &entry : node) {
        const QString name = QString::fromStdString(entry.first.Scalar());
        const ConfigKey *key = ConfigSchema::find(section + u'.' + name);
        if (!key) {
            QString suggestion = ConfigSchema::nearest(name, names);
            if (suggestion.isEmpty()) {
                // The right name in the wrong section is a common slip: point at where it belongs.
                for (const ConfigKey &other : ConfigSchema::keys()) {
                    if (other.name == name)
                        suggestion = other.path();
                }
            }
            addWarning(fileOrigin(displayName, entry.first.Mark()), section + u'.' + name,
                       suggestion.isEmpty() ? tr("unknown key, ignored")
                                            : tr("unknown key, ignored; did you mean %1?").arg(suggestion));
            continue;
        }
        applyYamlValue(*key, entry.second, displayName, baseDirectory);
    }
}

void ConfigLoader::applyYamlValue(const ConfigKey &key, const YAML::Node &node, const QString &displayName,
                                  const QString &baseDirectory)
{
    const ConfigOrigin origin = fileOrigin(displayName, node.Mark());
    if (key.type == ConfigKey::Type::List) {
        QStringList items;
        if (node.IsSequence()) {
            for (const auto &item : node) {
                if (!item.IsScalar()) {
                    addError(fileOrigin(displayName, item.Mark()), key.path(),
                             tr("expected a list of texts, got %1 in the list").arg(nodeKindName(item)));
                    return;
                }
                items << QString::fromStdString(item.Scalar());
            }
        } else if (node.IsScalar()) {
            items << QString::fromStdString(node.Scalar());
        } else if (!node.IsNull()) {
            addError(origin, key.path(), tr("expected a list of texts, got %1").arg(nodeKindName(node)));
            return;
        }
        key.set(m_config, items);
        m_origins.insert(key.path(), origin);
        return;
    }
    if (!node.IsScalar()) {
        addError(origin, key.path(),
                 node.IsNull() ? tr("missing value (allowed: %1)").arg(key.allowedDescription())
                               : tr("expected %1, got %2").arg(key.allowedDescription(), nodeKindName(node)));
        return;
    }
    setValue(key, QString::fromStdString(node.Scalar()), origin, baseDirectory);
}

void ConfigLoader::setValue(const ConfigKey &key, const QString &text, const ConfigOrigin &origin,
                            const QString &baseDirectory)
{
    QString problem;
    const std::optional<QVariant> value = key.parseText(text, &problem);
    if (!value) {
        addError(origin, key.path(), problem);
        return;
    }
    if (key.type == ConfigKey::Type::Path)
        key.set(m_config, resolveConfigPath(value->toString(), baseDirectory));
    else
        key.set(m_config, *value);
    m_origins.insert(key.path(), origin);
}

void ConfigLoader::applyVariables(const std::function<QString(const QString &)> &lookup, ConfigOrigin::Kind kind,
                                  const std::function<int(const QString &)> &lineOf, const QString &source)
{
    for (const ConfigKey &key : ConfigSchema::keys()) {
        // The key's own variable wins over its aliases; an empty variable counts as unset.
        const QStringList names = QStringList{key.envVar} + key.envAliases;
        for (const QString &name : names) {
            const QString value = lookup(name);
            if (value.isEmpty())
                continue;
            ConfigOrigin origin{kind, kind == ConfigOrigin::Kind::DotEnv ? source : name, lineOf(name)};
            setValue(key, value, origin, m_workingDirectory);
            break;
        }
    }
}

void ConfigLoader::warnUnknownVariables(const QStringList &names, const ConfigOrigin &origin)
{
    QStringList known;
    for (const ConfigKey &key : ConfigSchema::keys())
        known << key.envVar << key.envAliases;
    for (const QString &name : names) {
        if (!name.startsWith(u"ORCHESTRATOR_") || known.contains(name))
            continue;
        ConfigOrigin where = origin;
        if (where.kind == ConfigOrigin::Kind::Environment)
            where.source = name;
        const QString suggestion = ConfigSchema::nearest(name, known);
        addWarning(where, {},
                   suggestion.isEmpty() ? tr("unknown variable %1, ignored").arg(name)
                                        : tr("unknown variable %1, ignored; did you mean %2?").arg(name, suggestion));
    }
}

void ConfigLoader::applyDotEnvFile(const QString &path)
{
    QString error;
    const DotEnv env = DotEnv::load(path, &error);
    const QString name = QStringLiteral(".env");
    if (!error.isEmpty()) {
        addError({ConfigOrigin::Kind::DotEnv, name}, {}, error);
        return;
    }
    for (const DotEnv::Problem &problem : env.problems())
        addError({ConfigOrigin::Kind::DotEnv, name, problem.line}, {}, problem.message);
    applyVariables([&](const QString &var) { return env.value(var); }, ConfigOrigin::Kind::DotEnv,
                   [&](const QString &var) {
                       const DotEnv::Entry *entry = env.find(var);
                       return entry ? entry->line : 0;
                   },
                   name);
    for (const DotEnv::Entry &entry : env.entries())
        warnUnknownVariables({entry.name}, {ConfigOrigin::Kind::DotEnv, name, entry.line});
}

void ConfigLoader::applyEnvironment(const QProcessEnvironment &environment)
{
    applyVariables([&](const QString &var) { return environment.value(var); }, ConfigOrigin::Kind::Environment,
                   [](const QString &) { return 0; }, {});
    warnUnknownVariables(environment.keys(), {ConfigOrigin::Kind::Environment, {}});
}

void ConfigLoader::applyOverrides(const QList<ConfigOverride> &overrides)
{
    for (const ConfigOverride &override : overrides) {
        const ConfigOrigin origin{ConfigOrigin::Kind::Option, override.option};
        const ConfigKey *key = ConfigSchema::find(override.key);
        if (!key) {
            QStringList all;
            for (const ConfigKey &k : ConfigSchema::keys())
                all << k.path();
            const QString suggestion = ConfigSchema::nearest(override.key, all);
            addError(origin, override.key,
                     suggestion.isEmpty() ? tr("unknown key") : tr("unknown key; did you mean %1?").arg(suggestion));
            continue;
        }
        setValue(*key, override.value, origin, m_workingDirectory);
    }
}

void ConfigLoader::finish()
{
    // logs and output follow the workspace unless they were set themselves.
    const auto derive = [this](const QString &key, const QString &sub, QString &target) {
        if (m_origins.value(key).kind != ConfigOrigin::Kind::Default)
            return;
        target = QDir::cleanPath(m_config.paths.workspace + u'/' + sub);
        m_origins.insert(key, {ConfigOrigin::Kind::Derived, QStringLiteral("paths.workspace")});
    };
    derive(QStringLiteral("paths.logs"), QStringLiteral("logs"), m_config.paths.logs);
    derive(QStringLiteral("paths.output"), QStringLiteral("output"), m_config.paths.output);

    if (m_config.agent.kind == Config::AgentKind::Command && m_config.agent.command.trimmed().isEmpty()) {
        addError(m_origins.value(QStringLiteral("agent.kind")), QStringLiteral("agent.command"),
                 tr("must be set when agent.kind is command (a template such as 'python3 {prompt_file}')"));
    }
    for (const QString &name : m_config.agent.passEnv) {
        if (name.contains(u'=') || name.isEmpty())
            addError(m_origins.value(QStringLiteral("agent.pass_env")), QStringLiteral("agent.pass_env"),
                     tr("'%1' is not a variable name: list names only, never values").arg(name));
    }
    for (const QString &key :
         {QStringLiteral("paths.workspace"), QStringLiteral("paths.logs"), QStringLiteral("paths.output")})
        checkPathCreatable(key);
}

void ConfigLoader::checkPathCreatable(const QString &key)
{
    const QString path = ConfigSchema::find(key)->get(m_config).toString();
    // Walk up to the nearest existing ancestor: it must be a folder we may write into.
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    QString problem;
    if (!info.exists())
        problem = tr("cannot create '%1': no existing parent folder").arg(path);
    else if (!info.isDir())
        problem = tr("cannot create '%1': '%2' is not a folder").arg(path, info.absoluteFilePath());
    else if (info.absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        problem = ::access(QFile::encodeName(path).constData(), W_OK | X_OK) == 0
                      ? QString()
                      : tr("'%1' is not writable").arg(path);
    else if (::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK | X_OK) != 0)
        problem = tr("cannot create '%1': '%2' is not writable").arg(path, info.absoluteFilePath());
    if (!problem.isEmpty())
        addError(m_origins.value(key), key, problem);
}

bool ConfigLoader::hasErrors() const
{
    return std::any_of(m_diagnostics.cbegin(), m_diagnostics.cend(),
                       [](const ConfigDiagnostic &d) { return d.severity == ConfigDiagnostic::Severity::Error; });
}

QStringList ConfigLoader::errorMessages() const
{
    QStringList result;
    for (const ConfigDiagnostic &d : m_diagnostics) {
        if (d.severity == ConfigDiagnostic::Severity::Error)
            result << d.toString();
    }
    return result;
}

QStringList ConfigLoader::warningMessages() const
{
    QStringList result;
    for (const ConfigDiagnostic &d : m_diagnostics) {
        if (d.severity == ConfigDiagnostic::Severity::Warning)
            result << d.toString();
    }
    return result;
}

QString ConfigLoader::annotatedYaml() const
{
    return ConfigYaml::write(m_config, [this](const QString &key) { return m_origins.value(key).describe(); });
}

void ConfigLoader::addError(const ConfigOrigin &origin, const QString &key, const QString &message)
{
    m_diagnostics.append({ConfigDiagnostic::Severity::Error, origin, key, message});
}

void ConfigLoader::addWarning(const ConfigOrigin &origin, const QString &key, const QString &message)
{
    m_diagnostics.append({ConfigDiagnostic::Severity::Warning, origin, key, message});
}

} // namespace orch
