#pragma once

#include "config/Config.h"
#include "config/ProfileStore.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace orch {

// The setup the desktop app is editing: a Config, the profile it came from (empty: an unsaved
// "Untitled" setup) and whether it differs from what was last opened or saved. Every operation
// either succeeds or changes nothing and emits errorOccurred with the reason; the rules about
// names, secrets and YAML are ProfileStore's and ConfigLoader's, not repeated here. No widgets:
// ProfileToolBar asks the user, this class does the work.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    // directory empty: the user's profile folder (<AppConfigLocation>/profiles).
    explicit ProfileSession(const QString &directory = {}, QObject *parent = nullptr);
    explicit ProfileSession(const ProfileStore &store, const Config &initial, QObject *parent = nullptr);

    const ProfileStore &store() const { return m_store; }
    const Config &config() const { return m_config; }
    // The profile being edited; empty for an unsaved setup.
    QString currentName() const { return m_name; }
    // The name, or "Untitled".
    QString displayName() const;
    bool isModified() const { return m_config != m_baseline; }
    QStringList profiles() const { return m_store.list(); }
    // For QWidget::setWindowTitle together with setWindowModified: "myprofile[*]".
    QString windowTitleFragment() const;
    // Notes from the latest open, import or restore (unknown keys, an older schema, a fallback).
    QStringList warnings() const { return m_warnings; }

    // An edit: marks the session modified unless the config equals the saved one.
    void setConfig(const Config &config);
    // A fresh unsaved setup, not modified (File > New, or the defaults when nothing was saved).
    void startUntitled(const Config &config);
    bool open(const QString &name);
    // Fails when the setup has no name yet: use saveAs.
    bool save();
    // Saves under a new name and continues with it; a name held by another profile is refused
    // unless overwrite is set.
    bool saveAs(const QString &name, bool overwrite = false);
    bool rename(const QString &newName);
    // Deletes the current profile; its settings stay as an unsaved setup.
    bool removeCurrent();
    // A YAML file becomes a new profile named after the file ("name (2)" when taken) and is opened.
    bool importFile(const QString &path);
    // Writes the current config as YAML, atomically; refuses a config holding a secret.
    bool exportFile(const QString &path);
    // name, or "name (2)", "name (3)"...: the first that no profile has.
    QString uniqueName(const QString &name) const;

    // Reopens the profile remembered by rememberLast; a missing or unreadable one falls back to
    // defaults with a warning. True when the profile was opened.
    bool restoreLast(QSettings &settings, const Config &defaults);
    void rememberLast(QSettings &settings) const;
    static QString lastProfileKey();

signals:
    void configChanged(const orch::Config &config);
    void currentChanged(const QString &name);
    void modifiedChanged(bool modified);
    void profilesChanged();
    void errorOccurred(const QString &message);
    void warningOccurred(const QString &message);

private:
    // Moves to a new state and emits what changed.
    void adopt(const QString &name, const Config &config, const Config &baseline);
    bool fail(const QString &message);

    ProfileStore m_store;
    QString m_name;
    Config m_config;
    Config m_baseline;  // as last opened or saved
    QStringList m_warnings;
};

} // namespace orch
