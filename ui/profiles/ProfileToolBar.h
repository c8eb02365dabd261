#pragma once

#include <QToolBar>

#include <functional>
#include <optional>

class QAction;
class QComboBox;

namespace orch {

class ProfileSession;

// The profile controls of the main window: a combo of saved profiles (picking one opens it) and
// Open (Ctrl+O), Save (Ctrl+S), Save As (Ctrl+Shift+S), Rename, Delete, Import and Export. The work
// is ProfileSession's; this class only asks the user. Every question (a name, a file, "save your
// changes?", "delete?") and every message goes through a replaceable function, so tests answer
// them without a modal dialog. The actions are public so the File menu can hold them too.
class ProfileToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileToolBar)

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    Q_ENUM(UnsavedChoice)

    // The entered name, or nothing when the user cancelled.
    using NamePrompt =
        std::function<std::optional<QString>(const QString &title, const QString &label, const QString &suggestion)>;
    // The chosen path, or empty when the user cancelled.
    using FilePrompt = std::function<QString(const QString &title, const QString &suggestion)>;
    // The profile (or "Untitled") has unsaved changes: save, discard or stay?
    using UnsavedPrompt = std::function<UnsavedChoice(const QString &profile)>;
    using ConfirmPrompt = std::function<bool(const QString &title, const QString &text)>;
    using MessageSink = std::function<void(const QString &title, const QString &text)>;

    // The session must outlive the toolbar (give both the same parent window).
    explicit ProfileToolBar(ProfileSession *session, QWidget *parent = nullptr);

    ProfileSession *session() const { return m_session; }
    QComboBox *profileCombo() const { return m_combo; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // In menu order: Open, Save, Save As, Rename, Delete, Import, Export.
    QList<QAction *> profileActions() const;

    // Seams; each defaults to a QInputDialog, QFileDialog or QMessageBox on the toolbar's window.
    void setNamePrompt(NamePrompt prompt) { m_askName = std::move(prompt); }
    void setOpenFilePrompt(FilePrompt prompt) { m_askOpenFile = std::move(prompt); }
    void setSaveFilePrompt(FilePrompt prompt) { m_askSaveFile = std::move(prompt); }
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }
    // Where the session's errors and warnings are shown.
    void setMessageSink(MessageSink sink) { m_showMessage = std::move(sink); }

    // With unsaved changes, asks Save / Discard / Cancel; true when the caller may go on (switching
    // profiles, importing, closing the window).
    bool maybeSave();
    // Keeps the window's title ("<profile>[*] — <applicationName>") and modified mark in step.
    void trackWindowTitle(QWidget *window, const QString &applicationName);

    // What the combo and the actions do; public for menus and tests.
    bool openProfile(const QString &name);
    bool saveProfile();
    bool saveProfileAs();
    bool renameProfile();
    bool deleteProfile();
    bool importProfile();
    bool exportProfile();
    // Ctrl+O: focuses the combo and opens its list.
    void showProfileChooser();

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip,
                        const QString &iconName);
    void rebuildCombo();
    void onComboActivated(int index);
    void updateActions();

    ProfileSession *m_session;
    QComboBox *m_combo = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QString m_lastFolder;  // where the latest import or export went

    NamePrompt m_askName;
    FilePrompt m_askOpenFile;
    FilePrompt m_askSaveFile;
    UnsavedPrompt m_askUnsaved;
    ConfirmPrompt m_confirm;
    MessageSink m_showMessage;
};

} // namespace orch
