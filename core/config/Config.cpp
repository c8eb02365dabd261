#include "Config.h"

#include "config/ConfigLoader.h"
#include "config/ConfigYaml.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace orch {

namespace {

Config finishOrThrow(ConfigLoader &loader)
{
    loader.finish();
    if (loader.hasErrors()) {
        QList<ConfigDiagnostic> errors;
        for (const ConfigDiagnostic &d : loader.diagnostics()) {
            if (d.severity == ConfigDiagnostic::Severity::Error)
                errors << d;
        }
        throw ConfigError(errors);
    }
    return loader.config();
}

} // namespace

Config Config::fromYaml(const QString &path)
{
    ConfigLoader loader;
    loader.applyYamlFile(path);
    return finishOrThrow(loader);
}

Config Config::fromEnv()
{
    ConfigLoader loader;
    loader.applyEnvironment(QProcessEnvironment::systemEnvironment());
    return finishOrThrow(loader);
}

void Config::updateFromEnv()
{
    ConfigLoader loader;
    loader.startFrom(*this);
    loader.applyEnvironment(QProcessEnvironment::systemEnvironment());
    // Only the environment's own problems matter here: this config was valid before.
    *this = finishOrThrow(loader);
}

QString Config::toYaml() const
{
    return ConfigYaml::write(*this);
}

bool Config::saveYaml(const QString &path, QString *errorMessage) const
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("orch::Config", "cannot create folder %1").arg(dir);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toYaml().toUtf8()) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("orch::Config", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace orch
