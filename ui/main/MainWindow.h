#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QString>

class QAction;
class QCloseEvent;
class QEvent;
class QLabel;

namespace orch {

class AboutDialog;

// The application's main window. For now a skeleton: menus, a status bar and an empty central
// area; the task editor, worker table and docks attach here as they are written.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The INI file that keeps window geometry and state: gui.ini in the application's config
    // folder (~/.config/orchestrator with the organization name left empty).
    [[nodiscard]] static QString settingsFilePath();

    // Test seam: the About dialog while it is open, nullptr otherwise.
    [[nodiscard]] AboutDialog *aboutDialog() const;

    // Opens the About dialog without blocking (window-modal open(), not exec()).
    void showAboutDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createFileMenu();
    void createRunMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();
    void createStatusBar();
    void createCentralPlaceholder();
    void readSettings();
    void writeSettings() const;
    void showAboutQt();

    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace orch
