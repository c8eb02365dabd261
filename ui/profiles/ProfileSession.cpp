#include "ProfileSession.h"

#include "config/ConfigLoader.h"

#include <QFileInfo>
#include <QSettings>

#include <exception>

namespace orch {

namespace {

// What went wrong in a load, one problem a line (each names file:line:column where known).
template<typename Load>
QString tryLoad(Load &&load)
{
    try {
        load();
    } catch (const ConfigError &e) {
        return e.messages().join(u'\n');
    } catch (const std::exception &e) {
        return QString::fromLocal8Bit(e.what());
    }
    return {};
}

QStringList toStrings(const QList<ConfigDiagnostic> &diagnostics)
{
    QStringList result;
    for (const ConfigDiagnostic &d : diagnostics)
        result << d.toString();
    return result;
}

} // namespace

ProfileSession::ProfileSession(const QString &directory, QObject *parent)
    : ProfileSession(ProfileStore(directory), Config(), parent)
{
}

ProfileSession::ProfileSession(const ProfileStore &store, const Config &initial, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(initial)
    , m_baseline(initial)
{
}

QString ProfileSession::displayName() const
{
    return m_name.isEmpty() ? tr("Untitled") : m_name;
}

QString ProfileSession::windowTitleFragment() const
{
    // "[*]" is QWidget's placeholder for the modified mark; a literal one in a name is doubled.
    QString name = displayName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    return name + QStringLiteral("[*]");
}

void ProfileSession::adopt(const QString &name, const Config &config, const Config &baseline)
{
    const bool configDiffers = config != m_config;
    const bool nameDiffers = name != m_name;
    const bool wasModified = isModified();
    m_name = name;
    m_config = config;
    m_baseline = baseline;
    if (configDiffers)
        emit configChanged(m_config);
    if (nameDiffers)
        emit currentChanged(m_name);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

bool ProfileSession::fail(const QString &message)
{
    emit errorOccurred(message);
    return false;
}

void ProfileSession::setConfig(const Config &config)
{
    adopt(m_name, config, m_baseline);
}

void ProfileSession::startUntitled(const Config &config)
{
    m_warnings.clear();
    adopt({}, config, config);
}

bool ProfileSession::open(const QString &name)
{
    Config loaded;
    QList<ConfigDiagnostic> notes;
    if (const QString problem = tryLoad([&] { loaded = m_store.load(name, &notes); }); !problem.isEmpty())
        return fail(tr("Cannot open profile '%1':\n%2").arg(name, problem));
    m_warnings = toStrings(notes);
    adopt(name, loaded, loaded);
    if (!m_warnings.isEmpty())
        emit warningOccurred(m_warnings.join(u'\n'));
    return true;
}

bool ProfileSession::save()
{
    if (m_name.isEmpty())
        return fail(tr("This setup has no profile name yet: use Save As to give it one"));
    const bool existed = m_store.exists(m_name);
    QString error;
    if (!m_store.save(m_name, m_config, &error))
        return fail(tr("Cannot save profile '%1': %2").arg(m_name, error));
    adopt(m_name, m_config, m_config);
    if (!existed)
        emit profilesChanged();
    return true;
}

bool ProfileSession::saveAs(const QString &name, bool overwrite)
{
    QString error;
    if (!ProfileStore::isValidName(name, &error))
        return fail(tr("Cannot save as '%1': %2").arg(name, error));
    const bool existed = m_store.exists(name);
    if (existed && name != m_name && !overwrite)
        return fail(tr("Cannot save as '%1': a profile with that name already exists").arg(name));
    if (!m_store.save(name, m_config, &error))
        return fail(tr("Cannot save profile '%1': %2").arg(name, error));
    adopt(name, m_config, m_config);
    if (!existed)
        emit profilesChanged();
    return true;
}

bool ProfileSession::rename(const QString &newName)
{
    if (m_name.isEmpty())
        return fail(tr("This setup is not a saved profile yet: use Save As to name it"));
    if (newName == m_name)
        return true;
    QString error;
    if (!m_store.rename(m_name, newName, &error))
        return fail(tr("Cannot rename profile '%1': %2").arg(m_name, error));
    adopt(newName, m_config, m_baseline);
    emit profilesChanged();
    return true;
}

bool ProfileSession::removeCurrent()
{
    if (m_name.isEmpty())
        return fail(tr("This setup is not a saved profile: there is nothing to delete"));
    QString error;
    if (!m_store.remove(m_name, &error))
        return fail(tr("Cannot delete profile '%1': %2").arg(m_name, error));
    // What was on screen stays, as a setup the user may save again under any name.
    adopt({}, m_config, m_config);
    emit profilesChanged();
    return true;
}

QString ProfileSession::uniqueName(const QString &name) const
{
    if (!m_store.exists(name))
        return name;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString candidate = name.left(ProfileStore::MaxNameLength - suffix.size()).trimmed() + suffix;
        if (!m_store.exists(candidate))
            return candidate;
    }
}

bool ProfileSession::importFile(const QString &path)
{
    ConfigLoader loader;
    loader.applyYamlFile(path);
    loader.finish();
    if (loader.hasErrors())
        return fail(tr("Cannot import %1:\n%2").arg(path, loader.errorMessages().join(u'\n')));
    const Config imported = loader.config();

    // The file's name is the profile's, made valid (a hidden or overlong file name) and unique.
    QString base = QFileInfo(path).completeBaseName();
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    base = base.left(ProfileStore::MaxNameLength).trimmed();
    if (!ProfileStore::isValidName(base))
        base = tr("Imported");
    const QString name = uniqueName(base);

    QString error;  // the store refuses a secret in the file
    if (!m_store.save(name, imported, &error))
        return fail(tr("Cannot import %1: %2").arg(path, error));
    m_warnings = loader.warningMessages();
    adopt(name, imported, imported);
    emit profilesChanged();
    if (!m_warnings.isEmpty())
        emit warningOccurred(m_warnings.join(u'\n'));
    return true;
}

bool ProfileSession::exportFile(const QString &path)
{
    // An exported file is a profile that leaves the machine: the same no-secrets rule holds.
    if (const QStringList secrets = ProfileStore::secretsIn(m_config); !secrets.isEmpty())
        return fail(tr("Cannot export to %1: %2 holds what looks like an API key; pass secrets through the "
                       "environment instead")
                        .arg(path, secrets.join(QStringLiteral(", "))));
    QString error;
    if (!m_config.saveYaml(path, &error))
        return fail(tr("Cannot export to %1: %2").arg(path, error));
    return true;
}

QString ProfileSession::lastProfileKey()
{
    return QStringLiteral("profiles/last");
}

bool ProfileSession::restoreLast(QSettings &settings, const Config &defaults)
{
    const QString name = settings.value(lastProfileKey()).toString();
    if (name.isEmpty()) {
        startUntitled(defaults);
        return false;
    }
    Config loaded;
    QList<ConfigDiagnostic> notes;
    const QString problem = tryLoad([&] { loaded = m_store.load(name, &notes); });
    if (!problem.isEmpty()) {
        startUntitled(defaults);
        m_warnings = QStringList{tr("Could not reopen the last profile '%1'; starting from the defaults.\n%2")
                                     .arg(name, problem)};
        emit warningOccurred(m_warnings.constFirst());
        return false;
    }
    m_warnings = toStrings(notes);
    adopt(name, loaded, loaded);
    if (!m_warnings.isEmpty())
        emit warningOccurred(m_warnings.join(u'\n'));
    return true;
}

void ProfileSession::rememberLast(QSettings &settings) const
{
    if (m_name.isEmpty())
        settings.remove(lastProfileKey());
    else
        settings.setValue(lastProfileKey(), m_name);
}

} // namespace orch
