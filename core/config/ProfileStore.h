#pragma once

#include "config/Config.h"
#include "config/ConfigDiagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace orch {

// Named profiles: whole run setups saved as YAML files in the user's config folder
// (<AppConfigLocation>/profiles/NAME.yaml). A profile never holds a secret.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // directory empty: the user's config folder.
    explicit ProfileStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString pathFor(const QString &name) const;
    QStringList list() const;
    bool exists(const QString &name) const;

    // Each returns false and sets *errorMessage on failure; nothing is changed then.
    bool save(const QString &name, const Config &config, QString *errorMessage = nullptr) const;
    bool rename(const QString &from, const QString &to, QString *errorMessage = nullptr) const;
    bool remove(const QString &name, QString *errorMessage = nullptr) const;

    // Loads a profile; schema differences and unknown keys become warnings; invalid values or
    // unreadable files throw ConfigError.
    Config load(const QString &name, QList<ConfigDiagnostic> *warnings = nullptr) const;

    // Names are file names: 1 to 64 characters, no path separators, no leading dot, no control characters.
    static bool isValidName(const QString &name, QString *why = nullptr);
    // What in a config looks like a secret (an API key); empty when nothing does.
    static QStringList secretsIn(const Config &config);

    static constexpr int MaxNameLength = 64;

private:
    QString m_directory;
};

} // namespace orch
