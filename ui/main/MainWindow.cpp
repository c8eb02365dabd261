#include "MainWindow.h"

#include "AppIcon.h"
#include "about/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr QSize defaultSize{1024, 700};

const QString geometryKey = u"MainWindow/geometry"_s;
const QString stateKey = u"MainWindow/state"_s;
const QString statusBarKey = u"MainWindow/statusBarVisible"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    // The platform appends the display name when the title does not already end with it, so
    // a later "profile — Parallel AI Orchestrator" comes for free and this one is not doubled.
    setWindowTitle(tr("Parallel AI Orchestrator"));
    setWindowIcon(appIcon());

    createFileMenu();
    createRunMenu();
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
    createStatusBar();
    createCentralPlaceholder();
    readSettings();
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
    writeSettings();
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
    const QString notConnected = tr("The run engine is not connected yet.");

    m_runAction = menu->addAction(tr("&Run", "action that starts a run"));
    m_runAction->setObjectName(u"runAction"_s);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runAction->setToolTip(notConnected);
    m_runAction->setStatusTip(notConnected);
    m_runAction->setEnabled(false);

    m_cancelAction = menu->addAction(tr("&Cancel"));
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setToolTip(notConnected);
    m_cancelAction->setStatusTip(notConnected);
    m_cancelAction->setEnabled(false);
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
    const QString notYet = tr("Settings are not available yet.");
    m_preferencesAction->setToolTip(notYet);
    m_preferencesAction->setStatusTip(notYet);
    m_preferencesAction->setEnabled(false);
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(u"helpMenu"_s);

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

void MainWindow::createStatusBar()
{
    // A permanent label rather than showMessage(): status tips would wipe a temporary message.
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
}

void MainWindow::createCentralPlaceholder()
{
    auto *placeholder = new QLabel(tr("Nothing to run yet.\nThe task editor will appear here."), this);
    placeholder->setObjectName(u"centralPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false); // greyed text: a hint, not content
    setCentralWidget(placeholder);
}

void MainWindow::readSettings()
{
    const QSettings settings(settingsFilePath(), QSettings::IniFormat);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize);
    restoreState(settings.value(stateKey).toByteArray());
    m_statusBarAction->setChecked(settings.value(statusBarKey, true).toBool());
}

void MainWindow::writeSettings() const
{
    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(statusBarKey, m_statusBarAction->isChecked());
}

void MainWindow::showAboutQt()
{
    QApplication::aboutQt();
}

} // namespace orch
