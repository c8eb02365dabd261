#pragma once

#include "config/Config.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QCloseEvent;
class QEvent;
class QLabel;
class QProgressBar;
class QTabWidget;
class QUrl;

namespace orch {

class AboutDialog;
class AgentStatusIndicator;
class LogBrowser;
class Monitor;
struct MonitorSnapshot;
struct Plan;
class Orchestrator;
class ProfileSession;
class ProfileToolBar;
class ResourceChartView;
class RunResultsView;
class SettingsDialog;
class RunNotifier;
struct RunResult;
class TaskEditor;
class WorkersPanel;

// The application's main window: the task editor above the workers (table, actions, live output),
// the resource charts in a dock, the log browser in its own window (Ctrl+L), and the run's state,
// progress, ETA and cost in the status bar. Planning runs off the GUI thread; the run itself is
// asynchronous, so the window never waits for the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The configuration as the command line resolves it (config.yaml, .env, the environment).
    explicit MainWindow(QWidget *parent = nullptr);
    // With a given configuration (tests, embedding): the last profile is not reopened.
    explicit MainWindow(const Config &config, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Plans the task in the background, then starts the run (what Run and Ctrl+Enter do).
    void startRun();
    // Plans the task in the background and shows the plan for editing (what Plan does).
    void planOnly();
    void cancelRun();
    // Opens (or raises) the log browser window (Ctrl+L).
    void showLogBrowser();
    // Opens (or raises) the settings dialog for the current profile's configuration.
    void showSettings();
    // The configuration the next run uses (the current profile's, as edited).
    [[nodiscard]] const Config &config() const { return m_config; }

    // Test seams.
    [[nodiscard]] TaskEditor *taskEditor() const { return m_taskEditor; }
    [[nodiscard]] WorkersPanel *workersPanel() const { return m_workers; }
    [[nodiscard]] ResourceChartView *resourceChart() const { return m_charts; }
    [[nodiscard]] LogBrowser *logBrowser() const;
    [[nodiscard]] Orchestrator *orchestrator() const { return m_orchestrator; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] AgentStatusIndicator *agentStatus() const { return m_agentStatus; }
    [[nodiscard]] ProfileSession *profiles() const { return m_profiles; }
    [[nodiscard]] ProfileToolBar *profileToolBar() const { return m_profileBar; }
    [[nodiscard]] RunResultsView *resultsView() const { return m_results; }
    [[nodiscard]] QTabWidget *bottomTabs() const { return m_bottomTabs; }
    [[nodiscard]] SettingsDialog *settingsDialog() const;
    [[nodiscard]] RunNotifier *runNotifier() const { return m_notifier; }

    // The INI file that keeps window geometry and state: gui.ini in the application's config
    // folder (~/.config/orchestrator with the organization name left empty).
    [[nodiscard]] static QString settingsFilePath();

    // Test seam: the About dialog while it is open, nullptr otherwise.
    [[nodiscard]] AboutDialog *aboutDialog() const;

    // Opens the About dialog without blocking (window-modal open(), not exec()).
    void showAboutDialog();

    // The user guide (F1): the installed copy next to the executable's prefix, else the source
    // tree's (a development build). Empty when neither exists.
    [[nodiscard]] static QString userGuidePath();
    // Opens it with the desktop's viewer; false (and says why in the status bar) when it cannot.
    bool showUserGuide();
    // Test seam: what opens a URL (QDesktopServices::openUrl by default).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createFileMenu();
    void createRunMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();
    MainWindow(const Config &config, bool restoreLastProfile, QWidget *parent);
    void createToolBar();
    void createProfiles(bool restoreLast);
    void planInBackground(const std::function<void(const Plan &)> &onPlanned);
    void startPlan(const Plan &plan);
    void applyConfig(const Config &config);
    void syncEngineConfig();
    void createStatusBar();
    void createCentralArea();
    void createResourceDock();
    void setBusy(bool busy, const QString &message);
    void updateRunActions();
    void onSnapshot(const MonitorSnapshot &snapshot);
    void onRunFinished(const RunResult &result);
    void readSettings();
    void writeSettings() const;
    void showAboutQt();

    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_logsAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
    AgentStatusIndicator *m_agentStatus = nullptr;
    RunNotifier *m_notifier = nullptr;

    Config m_config;
    Orchestrator *m_orchestrator = nullptr;
    Monitor *m_monitor = nullptr;
    TaskEditor *m_taskEditor = nullptr;
    WorkersPanel *m_workers = nullptr;
    ResourceChartView *m_charts = nullptr;
    QPointer<LogBrowser> m_logBrowser;
    ProfileSession *m_profiles = nullptr;
    ProfileToolBar *m_profileBar = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QTabWidget *m_bottomTabs = nullptr;
    RunResultsView *m_results = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
    bool m_busy = false;
    bool m_planning = false;
    bool m_cancelPlanning = false;
};

} // namespace orch
