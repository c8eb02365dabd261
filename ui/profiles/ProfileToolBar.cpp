#include "ProfileToolBar.h"

#include "ProfileSession.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QKeySequence>
#include <QMessageBox>
#include <QSignalBlocker>

namespace orch {

ProfileToolBar::ProfileToolBar(ProfileSession *session, QWidget *parent)
    : QToolBar(tr("Profile"), parent)
    , m_session(session)
    , m_lastFolder(QDir::homePath())
{
    Q_ASSERT(session);
    setObjectName(QStringLiteral("profileToolBar"));

    const QString yamlFilter = tr("YAML files (*.yaml *.yml);;All files (*)");
    m_askName = [this](const QString &title, const QString &label, const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(window(), title, label, QLineEdit::Normal, suggestion, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
    m_askOpenFile = [this, yamlFilter](const QString &title, const QString &suggestion) {
        return QFileDialog::getOpenFileName(window(), title, suggestion, yamlFilter);
    };
    m_askSaveFile = [this, yamlFilter](const QString &title, const QString &suggestion) {
        return QFileDialog::getSaveFileName(window(), title, suggestion, yamlFilter);
    };
    m_askUnsaved = [this](const QString &profile) {
        const auto answer = QMessageBox::warning(
            window(), tr("Unsaved Changes"), tr("The profile '%1' has unsaved changes. Save them?").arg(profile),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? UnsavedChoice::Save
               : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                                : UnsavedChoice::Cancel;
    };
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(window(), title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_showMessage = [this](const QString &title, const QString &text) {
        QMessageBox::warning(window(), title, text);
    };

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setToolTip(tr("The profile being edited; pick another to open it"));
    addWidget(m_combo);

    m_open = makeAction(QStringLiteral("openProfile"), tr("&Open Profile..."), tr("Choose a saved profile to open"),
                        QStringLiteral("document-open"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_save = makeAction(QStringLiteral("saveProfile"), tr("&Save Profile"), tr("Save the settings to this profile"),
                        QStringLiteral("document-save"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAs = makeAction(QStringLiteral("saveProfileAs"), tr("Save Profile &As..."),
                          tr("Save the settings as a new profile"), QStringLiteral("document-save-as"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_rename = makeAction(QStringLiteral("renameProfile"), tr("&Rename Profile..."), tr("Give this profile a new name"),
                          QStringLiteral("edit-rename"));
    m_delete = makeAction(QStringLiteral("deleteProfile"), tr("&Delete Profile"), tr("Delete this profile"),
                          QStringLiteral("edit-delete"));
    m_import = makeAction(QStringLiteral("importProfile"), tr("&Import Profile..."),
                          tr("Make a new profile from a YAML file"), QStringLiteral("document-import"));
    m_export = makeAction(QStringLiteral("exportProfile"), tr("&Export Profile..."),
                          tr("Write the settings to a YAML file"), QStringLiteral("document-export"));
    addSeparator();
    addActions(profileActions());

    connect(m_open, &QAction::triggered, this, &ProfileToolBar::showProfileChooser);
    connect(m_save, &QAction::triggered, this, &ProfileToolBar::saveProfile);
    connect(m_saveAs, &QAction::triggered, this, &ProfileToolBar::saveProfileAs);
    connect(m_rename, &QAction::triggered, this, &ProfileToolBar::renameProfile);
    connect(m_delete, &QAction::triggered, this, &ProfileToolBar::deleteProfile);
    connect(m_import, &QAction::triggered, this, &ProfileToolBar::importProfile);
    connect(m_export, &QAction::triggered, this, &ProfileToolBar::exportProfile);
    connect(m_combo, &QComboBox::activated, this, &ProfileToolBar::onComboActivated);

    connect(m_session, &ProfileSession::profilesChanged, this, &ProfileToolBar::rebuildCombo);
    connect(m_session, &ProfileSession::currentChanged, this, &ProfileToolBar::rebuildCombo);
    connect(m_session, &ProfileSession::currentChanged, this, &ProfileToolBar::updateActions);
    connect(m_session, &ProfileSession::errorOccurred, this,
            [this](const QString &message) { m_showMessage(tr("Profile"), message); });
    connect(m_session, &ProfileSession::warningOccurred, this,
            [this](const QString &message) { m_showMessage(tr("Profile Warnings"), message); });
    rebuildCombo();
    updateActions();
}

QAction *ProfileToolBar::makeAction(const QString &objectName, const QString &text, const QString &toolTip,
                                    const QString &iconName)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

QList<QAction *> ProfileToolBar::profileActions() const
{
    return {m_open, m_save, m_saveAs, m_rename, m_delete, m_import, m_export};
}

void ProfileToolBar::rebuildCombo()
{
    // Rebuilt from the store, so profiles added or removed outside the app show up too.
    const QSignalBlocker blocker(m_combo);
    const QString current = m_session->currentName();
    QStringList names = m_session->profiles();
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current);  // its file vanished under us; it is still what is being edited
    m_combo->clear();
    if (current.isEmpty())
        m_combo->addItem(m_session->displayName(), QString());
    for (const QString &name : std::as_const(names))
        m_combo->addItem(name, name);
    m_combo->setCurrentIndex(m_combo->findData(current));
}

void ProfileToolBar::updateActions()
{
    const bool named = !m_session->currentName().isEmpty();
    m_rename->setEnabled(named);
    m_delete->setEnabled(named);
}

void ProfileToolBar::onComboActivated(int index)
{
    const QString name = m_combo->itemData(index).toString();
    if (!name.isEmpty())
        openProfile(name);
    // Cancelled or failed: the combo goes back to what is open.
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(m_session->currentName()));
}

void ProfileToolBar::showProfileChooser()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->showPopup();
}

bool ProfileToolBar::maybeSave()
{
    if (!m_session->isModified())
        return true;
    switch (m_askUnsaved(m_session->displayName())) {
    case UnsavedChoice::Save:
        return saveProfile();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool ProfileToolBar::openProfile(const QString &name)
{
    if (name == m_session->currentName())
        return true;
    return maybeSave() && m_session->open(name);
}

bool ProfileToolBar::saveProfile()
{
    if (m_session->currentName().isEmpty())
        return saveProfileAs();
    return m_session->save();
}

bool ProfileToolBar::saveProfileAs()
{
    const QString current = m_session->currentName();
    const std::optional<QString> name = m_askName(tr("Save Profile As"), tr("Profile name:"),
                                                  current.isEmpty() ? QString() : m_session->uniqueName(current));
    if (!name)
        return false;
    bool overwrite = false;
    if (*name != current && m_session->store().exists(*name)) {
        if (!m_confirm(tr("Replace Profile"), tr("A profile named '%1' already exists. Replace it?").arg(*name)))
            return false;
        overwrite = true;
    }
    return m_session->saveAs(*name, overwrite);
}

bool ProfileToolBar::renameProfile()
{
    const QString current = m_session->currentName();
    if (current.isEmpty())
        return false;
    const std::optional<QString> name = m_askName(tr("Rename Profile"), tr("New name:"), current);
    return name && m_session->rename(*name);
}

bool ProfileToolBar::deleteProfile()
{
    const QString current = m_session->currentName();
    if (current.isEmpty())
        return false;
    if (!m_confirm(tr("Delete Profile"),
                   tr("Delete the profile '%1'? Its settings stay open as an unsaved setup.").arg(current)))
        return false;
    return m_session->removeCurrent();
}

bool ProfileToolBar::importProfile()
{
    const QString path = m_askOpenFile(tr("Import Profile"), m_lastFolder);
    if (path.isEmpty() || !maybeSave())
        return false;
    m_lastFolder = QFileInfo(path).absolutePath();
    return m_session->importFile(path);
}

bool ProfileToolBar::exportProfile()
{
    const QString suggestion = QDir(m_lastFolder).filePath(m_session->displayName() + QStringLiteral(".yaml"));
    QString path = m_askSaveFile(tr("Export Profile"), suggestion);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    m_lastFolder = QFileInfo(path).absolutePath();
    return m_session->exportFile(path);
}

void ProfileToolBar::trackWindowTitle(QWidget *window, const QString &applicationName)
{
    const auto update = [this, window, applicationName] {
        window->setWindowTitle(tr("%1 — %2").arg(m_session->windowTitleFragment(), applicationName));
        window->setWindowModified(m_session->isModified());
    };
    connect(m_session, &ProfileSession::currentChanged, window, update);
    connect(m_session, &ProfileSession::modifiedChanged, window, update);
    update();
}

} // namespace orch
