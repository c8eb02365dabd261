#include "ProfileStore.h"

#include "config/ConfigLoader.h"
#include "config/ConfigSchema.h"
#include "logging/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace orch {

namespace {

const QString suffix = QStringLiteral(".yaml");

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles")
                      : directory)
{
}

QString ProfileStore::pathFor(const QString &name) const
{
    return QDir(m_directory).filePath(name + suffix);
}

QStringList ProfileStore::list() const
{
    QStringList names;
    const QFileInfoList files = QDir(m_directory).entryInfoList({u'*' + suffix}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString name = file.completeBaseName();
        if (isValidName(name))
            names << name;
    }
    return names;
}

bool ProfileStore::exists(const QString &name) const
{
    return isValidName(name) && QFileInfo::exists(pathFor(name));
}

bool ProfileStore::isValidName(const QString &name, QString *why)
{
    QString problem;
    if (name.trimmed().isEmpty())
        problem = tr("a profile name cannot be empty");
    else if (name.size() > MaxNameLength)
        problem = tr("a profile name has at most %1 characters").arg(MaxNameLength);
    else if (name.startsWith(u'.'))
        problem = tr("a profile name cannot start with a dot");
    else if (name != name.trimmed())
        problem = tr("a profile name cannot start or end with a space");
    else if (name.contains(u'/') || name.contains(u'\\'))
        problem = tr("a profile name cannot contain / or \\");
    else if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        problem = tr("a profile name cannot contain control characters");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

QStringList ProfileStore::secretsIn(const Config &config)
{
    // The same detection the logs use: key-shaped text and the live ANTHROPIC_* values.
    Redactor redactor;
    redactor.addEnvironmentSecrets();
    QStringList keys;
    for (const ConfigKey &key : ConfigSchema::keys()) {
        const QVariant value = key.get(config);
        const QStringList texts = key.type == ConfigKey::Type::List ? value.toStringList() : QStringList{key.toText(value)};
        const bool secret = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            std::string bytes = text.toStdString();
            return redactor.redact(bytes);
        });
        if (secret)
            keys << key.path();
    }
    return keys;
}

bool ProfileStore::save(const QString &name, const Config &config, QString *errorMessage) const
{
    QString why;
    if (!isValidName(name, &why)) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    }
    if (const QStringList secrets = secretsIn(config); !secrets.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("profile not saved: %1 holds what looks like an API key; pass secrets through "
                               "the environment instead")
                                .arg(secrets.join(QStringLiteral(", ")));
        return false;
    }
    return config.saveYaml(pathFor(name), errorMessage);
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *errorMessage) const
{
    QString why;
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!isValidName(from, &why) || !isValidName(to, &why))
        return fail(why);
    if (!exists(from))
        return fail(tr("no profile named '%1'").arg(from));
    if (from == to)
        return true;
    if (QFileInfo::exists(pathFor(to)))
        return fail(tr("a profile named '%1' already exists").arg(to));
    if (!QFile::rename(pathFor(from), pathFor(to)))
        return fail(tr("cannot rename profile '%1' to '%2'").arg(from, to));
    return true;
}

bool ProfileStore::remove(const QString &name, QString *errorMessage) const
{
    QString why;
    if (!isValidName(name, &why) || !exists(name)) {
        if (errorMessage)
            *errorMessage = why.isEmpty() ? tr("no profile named '%1'").arg(name) : why;
        return false;
    }
    QFile file(pathFor(name));
    if (!file.remove()) {
        if (errorMessage)
            *errorMessage = tr("cannot delete profile '%1': %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

Config ProfileStore::load(const QString &name, QList<ConfigDiagnostic> *warnings) const
{
    ConfigLoader loader;
    loader.applyProfile(m_directory, name);
    loader.finish();
    QList<ConfigDiagnostic> errors, notes;
    for (const ConfigDiagnostic &d : loader.diagnostics())
        (d.severity == ConfigDiagnostic::Severity::Error ? errors : notes) << d;
    if (!errors.isEmpty())
        throw ConfigError(errors);
    if (warnings)
        *warnings = notes;
    return loader.config();
}

} // namespace orch
