#include "MainWindow.h"

#include "AgentStatusIndicator.h"
#include "AppIcon.h"
#include "RunNotifier.h"
#include "about/AboutDialog.h"
#include "config/ConfigLoader.h"
#include "errors/OrchestratorError.h"
#include "logs/LogBrowser.h"
#include "monitor/Monitor.h"
#include "monitor/MonitorFormatter.h"
#include "profiles/ProfileSession.h"
#include "profiles/ProfileToolBar.h"
#include "results/RunResultsView.h"
#include "settings/SettingsDialog.h"
#include "run/Orchestrator.h"
#include "task/TaskEditor.h"
#include "workers/ResourceChartView.h"
#include "workers/WorkersPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr QSize defaultSize{1200, 800};

// What planning produced off the GUI thread: a plan, or why there is none.
struct Planned
{
    Plan plan;
    QString error;
};

Config resolvedConfig()
{
    const ConfigLoader loader = ConfigLoader::resolve(ConfigSources{});
    // Problems in the files leave the defaults in place; the doctor and the CLI report them.
    return loader.config();
}

const QString geometryKey = u"MainWindow/geometry"_s;
const QString stateKey = u"MainWindow/state"_s;
const QString statusBarKey = u"MainWindow/statusBarVisible"_s;
const QString historyKey = u"TaskEditor/history"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(resolvedConfig(), true, parent)
{
}

MainWindow::MainWindow(const Config &config, QWidget *parent)
    : MainWindow(config, false, parent)
{
}

MainWindow::MainWindow(const Config &config, bool restoreLastProfile, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_orchestrator(new Orchestrator(config, this))
    , m_monitor(new Monitor(m_orchestrator, this))
{
    setObjectName(u"mainWindow"_s);
    // The platform appends the display name when the title does not already end with it, so
    // a later "profile — Parallel AI Orchestrator" comes for free and this one is not doubled.
    setWindowTitle(tr("Parallel AI Orchestrator"));
    // The application's icon when main() set it (a window falls back to it): decoding the six
    // PNGs again would cost the start about 3% (docs/performance.md, footprint).
    if (QApplication::windowIcon().isNull())
        setWindowIcon(appIcon());

    m_taskEditor = new TaskEditor(this);
    createFileMenu();
    createRunMenu();
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
    createToolBar();
    createStatusBar();
    createCentralArea();
    createResourceDock();
    createProfiles(restoreLastProfile);
    connect(m_monitor, &Monitor::snapshotReady, this, &MainWindow::onSnapshot);
    // Sampling all along, not only during runs: the charts show the machine before a run too
    // (one sample costs about 5 ms, see docs/performance.md).
    m_monitor->start();
    connect(m_orchestrator, &Orchestrator::runFinished, this, &MainWindow::onRunFinished);
    connect(m_orchestrator, &Orchestrator::progress, this, [this](int settled, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(settled);
    });
    m_notifier = new RunNotifier(this);
    readSettings();
    updateRunActions();
    // Once, for the configuration given or the last profile's; later ones come from the session.
    applyConfig(m_profiles->config());
}

void MainWindow::createProfiles(bool restoreLast)
{
    m_profiles = new ProfileSession(ProfileStore(), m_config, this);
    m_profileBar = new ProfileToolBar(m_profiles, this);
    m_profileBar->setObjectName(u"profileToolBar"_s);
    addToolBar(m_profileBar);
    m_profileBar->setMessageSink([this](const QString &, const QString &text) { m_statusLabel->setText(text); });
    menuBar()->findChild<QMenu *>(u"viewMenu"_s)->addAction(m_profileBar->toggleViewAction());

    // The profile actions lead the File menu, above Quit.
    QMenu *fileMenu = menuBar()->findChild<QMenu *>(u"fileMenu"_s);
    fileMenu->insertActions(m_quitAction, m_profileBar->profileActions());
    fileMenu->insertSeparator(m_quitAction);

    if (restoreLast) {
        QSettings settings(settingsFilePath(), QSettings::IniFormat);
        m_profiles->restoreLast(settings, m_config);
    }
    connect(m_profiles, &ProfileSession::configChanged, this, &MainWindow::applyConfig);
    m_profileBar->trackWindowTitle(this, QApplication::applicationDisplayName());
}

void MainWindow::applyConfig(const Config &config)
{
    m_config = config;
    syncEngineConfig();
    m_monitor->setInterval(std::max(1, config.monitoring.interval) * 1000);
    m_charts->setLimits(config.resources.maxCpuPercent, config.resources.maxMemoryPerWorker);
    m_agentStatus->setConfig(config);
    m_taskEditor->setConfig(config);
    if (m_logBrowser)
        m_logBrowser->setWorkspace(config.paths.workspace, config.paths.logs);
}

void MainWindow::syncEngineConfig()
{
    // A run (or its planning) keeps the configuration it began with; the new one is taken when it
    // ends. Rebuilding the engine's parts only when something changed.
    if (!m_orchestrator->isRunning() && !m_planning && !(m_orchestrator->config() == m_config))
        m_orchestrator->setConfig(m_config);
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_profiles->config(), this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setLanguageSettings(new QSettings(settingsFilePath(), QSettings::IniFormat, m_settingsDialog));
    connect(m_settingsDialog, &SettingsDialog::applied, m_profiles, &ProfileSession::setConfig);
    m_settingsDialog->open();
}

MainWindow::~MainWindow() = default;

QString MainWindow::settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/gui.ini"_s;
}

AboutDialog *MainWindow::aboutDialog() const
{
    return m_aboutDialog.data();
}

void MainWindow::showAboutDialog()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_profileBar->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // The engine stops its workers when it is destroyed with the window; no process outlives it.
    if (m_orchestrator->isRunning())
        m_orchestrator->cancel();
    if (m_logBrowser)
        m_logBrowser->close();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Keep the menu's check mark true when the window manager leaves full screen by itself.
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction) {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->setObjectName(u"fileMenu"_s);

    m_quitAction = menu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Quit the application"));
    // Closing the window (not QCoreApplication::quit) so closeEvent saves the window state.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createRunMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Run", "menu title"));
    menu->setObjectName(u"runMenu"_s);
    // Disabled actions explain themselves only through tooltips, which menus hide by default.
    menu->setToolTipsVisible(true);
    m_runAction = menu->addAction(tr("&Run", "action that starts a run"));
    m_runAction->setObjectName(u"runAction"_s);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::startRun);

    // The task editor's Plan, so the key and the enabled state have one owner.
    m_planAction = m_taskEditor->planAction();
    m_planAction->setText(tr("&Plan", "action that plans the task without running it"));
    m_planAction->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(m_planAction);

    m_cancelAction = menu->addAction(tr("&Cancel"));
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    menu->setObjectName(u"viewMenu"_s);

    m_statusBarAction = menu->addAction(tr("&Status Bar"));
    m_statusBarAction->setObjectName(u"statusBarAction"_s);
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    m_statusBarAction->setStatusTip(tr("Show or hide the status bar"));
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    m_logsAction = menu->addAction(tr("&Logs..."));
    m_logsAction->setObjectName(u"logsAction"_s);
    m_logsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logsAction->setStatusTip(tr("Browse and search the logs of every run"));
    connect(m_logsAction, &QAction::triggered, this, &MainWindow::showLogBrowser);

    menu->addSeparator();

    m_fullScreenAction = menu->addAction(tr("&Full Screen"));
    m_fullScreenAction->setObjectName(u"fullScreenAction"_s);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setStatusTip(tr("Use the whole screen for the window"));
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
}

void MainWindow::createSettingsMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Settings"));
    menu->setObjectName(u"settingsMenu"_s);
    menu->setToolTipsVisible(true);

    m_preferencesAction = menu->addAction(tr("&Preferences..."));
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setStatusTip(tr("Edit every setting of the current profile"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(u"helpMenu"_s);

    m_userGuideAction = menu->addAction(tr("&User Guide"));
    m_userGuideAction->setObjectName(u"userGuideAction"_s);
    m_userGuideAction->setShortcut(QKeySequence(QKeySequence::HelpContents));
    m_userGuideAction->setStatusTip(tr("Open the user guide"));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    menu->addSeparator();

    m_aboutAction = menu->addAction(tr("&About..."));
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the application's version and description"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_aboutQtAction = menu->addAction(tr("About &Qt"));
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("Show the Qt version and license"));
    connect(m_aboutQtAction, &QAction::triggered, this, &MainWindow::showAboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Theme icons where the desktop has them, the style's own otherwise.
    m_runAction->setIcon(QIcon::fromTheme(u"media-playback-start"_s, style()->standardIcon(QStyle::SP_MediaPlay)));
    m_cancelAction->setIcon(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_MediaStop)));
    m_logsAction->setIcon(
        QIcon::fromTheme(u"document-open-recent"_s, style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_planAction->setIcon(QIcon::fromTheme(u"view-list-tree"_s, style()->standardIcon(QStyle::SP_FileDialogListView)));
    toolBar->addAction(m_planAction);
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addSeparator();
    toolBar->addAction(m_logsAction);
    menuBar()->findChild<QMenu *>(u"viewMenu"_s)->addAction(toolBar->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    // A permanent label rather than showMessage(): status tips would wipe a temporary message.
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    m_etaLabel = new QLabel(this);
    m_etaLabel->setObjectName(u"etaLabel"_s);
    statusBar()->addPermanentWidget(m_etaLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    m_agentStatus = new AgentStatusIndicator(this);
    statusBar()->addPermanentWidget(m_agentStatus);
}

void MainWindow::createCentralArea()
{
    m_workers = new WorkersPanel(m_orchestrator, m_monitor, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"mainSplitter"_s);
    m_results = new RunResultsView(this);
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(u"bottomTabs"_s);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_workers, tr("&Workers"));
    m_bottomTabs->addTab(m_results, tr("R&esults"));
    splitter->addWidget(m_taskEditor);
    splitter->addWidget(m_bottomTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    connect(m_taskEditor, &TaskEditor::runRequested, this, &MainWindow::startRun);
    connect(m_taskEditor, &TaskEditor::canRunChanged, this, &MainWindow::updateRunActions);
    connect(m_taskEditor, &TaskEditor::planRequested, this, &MainWindow::planOnly);
    connect(m_taskEditor, &TaskEditor::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_taskEditor, &TaskEditor::quickSettingsChanged, this, [this] {
        // The quick settings are the profile's: an edit there is an edit of the profile.
        Config config = m_profiles->config();
        m_taskEditor->applyQuickSettings(config);
        m_profiles->setConfig(config);
    });
    connect(m_taskEditor, &TaskEditor::historyChanged, this, [](const QStringList &history) {
        QSettings settings(settingsFilePath(), QSettings::IniFormat);
        settings.setValue(historyKey, history);
    });
    connect(m_workers, &WorkersPanel::diffRequested, this, [this](int workerId, const QString &) {
        if (m_results->selectWorker(workerId))
            m_bottomTabs->setCurrentWidget(m_results);
        else
            m_statusLabel->setText(tr("Worker %1's changes are shown under Results once the run ends.").arg(workerId));
    });
    connect(m_results, &RunResultsView::mergeFinished, this,
            [this](bool, const QString &message) { m_statusLabel->setText(message); });
}

void MainWindow::createResourceDock()
{
    m_charts = new ResourceChartView(this);
    m_charts->setMonitor(m_monitor);
    auto *dock = new QDockWidget(tr("Resources"), this);
    dock->setObjectName(u"resourceDock"_s);
    dock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(dock, &QDockWidget::dockLocationChanged, m_charts, [this](Qt::DockWidgetArea area) {
        const bool atSide = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        m_charts->setOrientation(atSide ? Qt::Vertical : Qt::Horizontal);
    });
    menuBar()->findChild<QMenu *>(u"viewMenu"_s)->addAction(dock->toggleViewAction());
}

void MainWindow::updateRunActions()
{
    const bool canRun = !m_busy && m_taskEditor->canRun();
    m_runAction->setEnabled(canRun);
    const QString runTip = m_busy ? tr("A run is in progress.") : canRun ? tr("Plan the task and run it") : tr("Type a task first.");
    m_runAction->setToolTip(runTip);
    m_runAction->setStatusTip(runTip);
    m_cancelAction->setEnabled(m_busy);
    const QString cancelTip = m_busy ? tr("Stop every worker of this run") : tr("No run in progress.");
    m_cancelAction->setToolTip(cancelTip);
    m_cancelAction->setStatusTip(cancelTip);
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (!busy)
        syncEngineConfig();
    m_taskEditor->setBusy(busy, message);
    m_statusLabel->setText(message);
    m_progress->setVisible(busy);
    updateRunActions();
}

void MainWindow::startRun()
{
    if (m_busy || !m_taskEditor->canRun())
        return;
    m_taskEditor->rememberTask(m_taskEditor->task());
    // The plan as the user edited it, when there is one for this text; otherwise plan, then run.
    if (const std::optional<Plan> plan = m_taskEditor->editedPlan()) {
        startPlan(*plan);
        return;
    }
    planInBackground([this](const Plan &plan) { startPlan(plan); });
}

void MainWindow::planOnly()
{
    if (m_busy || !m_taskEditor->canPlan())
        return;
    m_taskEditor->rememberTask(m_taskEditor->task());
    planInBackground([this](const Plan &plan) {
        m_taskEditor->setPlan(plan);
        setBusy(false, tr("Planned %n subtask(s): edit them, then Run.", nullptr, int(plan.subtasks.size())));
    });
}

void MainWindow::startPlan(const Plan &plan)
{
    setBusy(true, tr("Starting..."));
    m_progress->setRange(0, int(plan.subtasks.size()));
    m_progress->setValue(0);
    if (!m_orchestrator->start(plan)) {
        setBusy(false, tr("Cannot start: %1").arg(m_orchestrator->lastError()));
        return;
    }
    m_results->clear();
    m_bottomTabs->setCurrentWidget(m_workers);
    m_monitor->start();
    setBusy(true, tr("Running %n subtask(s)...", nullptr, int(plan.subtasks.size())));
}

void MainWindow::planInBackground(const std::function<void(const Plan &)> &onPlanned)
{
    const QString task = m_taskEditor->task();
    setBusy(true, tr("Planning..."));
    m_taskEditor->setPlanning(true);
    m_progress->setRange(0, 0);  // busy indicator until the plan's size is known
    m_planning = true;
    m_cancelPlanning = false;
    // Planning may ask the agent and take a while: never on the GUI thread.
    auto *watcher = new QFutureWatcher<Planned>(this);
    connect(watcher, &QFutureWatcher<Planned>::finished, this, [this, watcher, onPlanned] {
        const Planned planned = watcher->result();
        watcher->deleteLater();
        m_planning = false;
        m_taskEditor->setPlanning(false);
        if (m_cancelPlanning) {
            setBusy(false, tr("Cancelled"));
            return;
        }
        if (!planned.error.isEmpty()) {
            setBusy(false, tr("Cannot plan the task: %1").arg(planned.error));
            return;
        }
        onPlanned(planned.plan);
    });
    Orchestrator *orchestrator = m_orchestrator;
    watcher->setFuture(QtConcurrent::run([orchestrator, task] {
        Planned planned;
        try {
            planned.plan = orchestrator->decompose(task);
        } catch (const std::exception &error) {
            planned.error = QString::fromUtf8(error.what());
        }
        return planned;
    }));
}

void MainWindow::cancelRun()
{
    if (m_planning) {
        m_cancelPlanning = true;
        m_statusLabel->setText(tr("Cancelling..."));
        m_orchestrator->cancel();  // stops the planning agent; its result is dropped
        return;
    }
    if (m_orchestrator->isRunning()) {
        m_statusLabel->setText(tr("Cancelling..."));
        m_orchestrator->cancel();
    }
}

void MainWindow::onSnapshot(const MonitorSnapshot &snapshot)
{
    QStringList parts;
    if (snapshot.etaMs >= 0 && snapshot.settled() < snapshot.total)
        parts << tr("ETA ~%1").arg(MonitorFormatter::duration(snapshot.etaMs));
    if (snapshot.costUsd > 0)
        parts << tr("$%1").arg(snapshot.costUsd, 0, 'f', 4);
    if (!snapshot.pauseReason.isEmpty())
        parts << tr("Paused: %1").arg(snapshot.pauseReason);
    else if (!snapshot.waitingReason.isEmpty())
        parts << snapshot.waitingReason;
    m_etaLabel->setText(parts.join(u"  |  "_s));
}

void MainWindow::onRunFinished(const RunResult &result)
{
    onSnapshot(m_monitor->snapshot());
    setBusy(false, tr("Finished: %1 of %n subtask(s) succeeded", nullptr, result.totalTasks()).arg(result.completedTasks()));
    m_results->setResult(result, m_orchestrator->config());
    m_bottomTabs->setCurrentWidget(m_results);
    m_notifier->runFinished(result);
}

LogBrowser *MainWindow::logBrowser() const
{
    return m_logBrowser.data();
}

void MainWindow::showLogBrowser()
{
    if (!m_logBrowser) {
        m_logBrowser = new LogBrowser(this);
        m_logBrowser->setWindowFlag(Qt::Window);
        m_logBrowser->setAttribute(Qt::WA_DeleteOnClose);
        m_logBrowser->setWindowTitle(tr("Logs"));
        m_logBrowser->resize(1000, 650);
        m_logBrowser->setWorkspace(m_config.paths.workspace, m_config.paths.logs);
    }
    m_logBrowser->show();
    m_logBrowser->raise();
    m_logBrowser->activateWindow();
}

void MainWindow::readSettings()
{
    const QSettings settings(settingsFilePath(), QSettings::IniFormat);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize);
    if (!restoreState(settings.value(stateKey).toByteArray())) {
        // First start: wide enough for the charts' legends to name each line.
        if (auto *dock = findChild<QDockWidget *>(u"resourceDock"_s))
            resizeDocks({dock}, {420}, Qt::Horizontal);
    }
    m_statusBarAction->setChecked(settings.value(statusBarKey, true).toBool());
    m_taskEditor->setHistory(settings.value(historyKey).toStringList());
}

void MainWindow::writeSettings() const
{
    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(statusBarKey, m_statusBarAction->isChecked());
    m_profiles->rememberLast(settings);
}

QString MainWindow::userGuidePath()
{
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + u"/../share/doc/parallel-ai-orchestrator/user-guide.md"_s,
        QStringLiteral(ORCH_SOURCE_DIR) + u"/docs/user-guide.md"_s,
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

bool MainWindow::showUserGuide()
{
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        m_statusLabel->setText(tr("The user guide is not installed."));
        return false;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened)
        m_statusLabel->setText(tr("Cannot open the user guide: %1").arg(path));
    return opened;
}

void MainWindow::showAboutQt()
{
    QApplication::aboutQt();
}

} // namespace orch
