// The main window, its About dialog, the embedded icon and translations, and one run from typing
// the task to the log browser on fake_claude, offscreen.
#include "about/AboutDialog.h"
#include "main/AppIcon.h"
#include "config/ConfigLoader.h"
#include "logs/LogBrowser.h"
#include "logs/RunListModel.h"
#include "main/MainWindow.h"
#include "plan/PlanEditor.h"
#include "plan/PlanModel.h"
#include "profiles/ProfileSession.h"
#include "results/RunResultsView.h"
#include "run/Orchestrator.h"
#include "task/TaskEditor.h"
#include "workers/WorkerTableModel.h"
#include "workers/WorkersPanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Menu titles without the mnemonic marker, in menu bar order.
QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text().remove(u'&');
    return titles;
}

QAction *findAction(const QMainWindow &window, const QString &menuName, const QString &actionName)
{
    const auto *menu = window.findChild<QMenu *>(menuName);
    if (!menu)
        return nullptr;
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == actionName)
            return action;
    }
    return nullptr;
}

// fake_claude as the agent, the heuristic decomposer, a workspace in dir, no CPU admission.
std::optional<orch::Config> fakeAgentConfig(const QTemporaryDir &dir)
{
    orch::ConfigLoader loader(dir.path());
    loader.applyOverrides({{u"agent.binary"_s, QStringLiteral(FAKE_CLAUDE), u"--set"_s},
                           {u"planning.decomposer"_s, u"heuristic"_s, u"--set"_s},
                           {u"paths.workspace"_s, dir.filePath(u"workspace"_s), u"--set"_s},
                           {u"resources.max_cpu_percent"_s, u"100"_s, u"--set"_s}});
    loader.finish();
    if (loader.hasErrors()) {
        qWarning("%s", qPrintable(loader.errorMessages().join(u'\n')));
        return std::nullopt;
    }
    return loader.config();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensVisible();
    void hasMenusInOrder();
    void menuActions_data();
    void menuActions();
    void runActionsExplainWhyDisabled_data();
    void runActionsExplainWhyDisabled();
    void statusBarSaysReady();
    void hasWindowIcon();
    void aboutDialogOpensShowsVersionAndCloses();
    void grabsToPixmapOfWindowSize();
    void geometryIsSavedAndRestored();
    void statusBarVisibilityIsRestored();
    void germanTranslationIsEmbedded();
    void runsATaskToTheEndAndShowsItsLog();
    void plansEditsAndRunsTheEditedPlan();
    void profileIsSavedAndReopened();
    void f1OpensTheUserGuide();

private:
    void removeSettingsFile();
};

void TestMainWindow::initTestCase()
{
    // The window stores its state under the test-mode config folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    const QString testConfig = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(orch::MainWindow::settingsFilePath().startsWith(testConfig), qPrintable(orch::MainWindow::settingsFilePath()));
    QVERIFY(testConfig.contains(u"/.qttest/"_s));
}

void TestMainWindow::init()
{
    removeSettingsFile();
}

void TestMainWindow::cleanup()
{
    removeSettingsFile();
}

void TestMainWindow::removeSettingsFile()
{
    const QString path = orch::MainWindow::settingsFilePath();
    if (QFile::exists(path))
        QVERIFY(QFile::remove(path));
}

void TestMainWindow::opensVisible()
{
    orch::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isVisible());
    // No profile yet: "Untitled", unmodified, before the application's name.
    QCOMPARE(window.windowTitle(), u"Untitled[*] \u2014 "_s + QGuiApplication::applicationDisplayName());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.centralWidget());
    QVERIFY(window.taskEditor()->isVisible());
    QVERIFY(window.workersPanel()->isVisible());
    // An empty task says what is missing next to the field.
    QCOMPARE(window.findChild<QLabel *>(u"taskHint"_s)->text(), u"Type a task to run."_s);
}

void TestMainWindow::hasMenusInOrder()
{
    orch::MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{u"File"_s, u"Run"_s, u"View"_s, u"Settings"_s, u"Help"_s}));
}

void TestMainWindow::menuActions_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<bool>("enabled");

    QTest::addRow("quit") << u"fileMenu"_s << u"quitAction"_s << u"Quit"_s << QKeySequence(u"Ctrl+Q"_s) << true;
    QTest::addRow("run") << u"runMenu"_s << u"runAction"_s << u"Run"_s << QKeySequence(u"Ctrl+Return"_s) << false;
    QTest::addRow("cancel") << u"runMenu"_s << u"cancelAction"_s << u"Cancel"_s << QKeySequence(u"Ctrl+."_s)
                            << false;
    QTest::addRow("logs") << u"viewMenu"_s << u"logsAction"_s << u"Logs..."_s << QKeySequence(u"Ctrl+L"_s) << true;
    QTest::addRow("status bar") << u"viewMenu"_s << u"statusBarAction"_s << u"Status Bar"_s << QKeySequence()
                                << true;
    QTest::addRow("full screen") << u"viewMenu"_s << u"fullScreenAction"_s << u"Full Screen"_s
                                 << QKeySequence(u"F11"_s) << true;
    QTest::addRow("preferences") << u"settingsMenu"_s << u"preferencesAction"_s << u"Preferences..."_s
                                 << QKeySequence(u"Ctrl+,"_s) << true;
    QTest::addRow("open profile") << u"fileMenu"_s << u"openProfile"_s << u"Open Profile..."_s
                                  << QKeySequence(u"Ctrl+O"_s) << true;
    QTest::addRow("save profile") << u"fileMenu"_s << u"saveProfile"_s << u"Save Profile"_s
                                  << QKeySequence(u"Ctrl+S"_s) << true;
    QTest::addRow("user guide") << u"helpMenu"_s << u"userGuideAction"_s << u"User Guide"_s
                                << QKeySequence(QKeySequence::HelpContents) << true;
    QTest::addRow("about") << u"helpMenu"_s << u"aboutAction"_s << u"About..."_s << QKeySequence() << true;
    QTest::addRow("about qt") << u"helpMenu"_s << u"aboutQtAction"_s << u"About Qt"_s << QKeySequence() << true;
}

void TestMainWindow::menuActions()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QKeySequence, shortcut);
    QFETCH(bool, enabled);

    orch::MainWindow window;
    const QAction *found = findAction(window, menu, action);
    QVERIFY2(found, qPrintable(action + u" not in "_s + menu));
    QCOMPARE(found->text().remove(u'&'), text);
    QCOMPARE(found->shortcut(), shortcut);
    QCOMPARE(found->isEnabled(), enabled);
}

void TestMainWindow::runActionsExplainWhyDisabled_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("why");
    QTest::addRow("run") << u"runAction"_s << u"Type a task first."_s;
    QTest::addRow("cancel") << u"cancelAction"_s << u"No run in progress."_s;
}

void TestMainWindow::runActionsExplainWhyDisabled()
{
    QFETCH(QString, action);
    QFETCH(QString, why);
    orch::MainWindow window;
    const QAction *found = findAction(window, u"runMenu"_s, action);
    QVERIFY(found);
    QVERIFY(!found->isEnabled());
    QCOMPARE(found->toolTip(), why);
    QVERIFY(window.findChild<QMenu *>(u"runMenu"_s)->toolTipsVisible());
}

void TestMainWindow::statusBarSaysReady()
{
    orch::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *label = window.statusBar()->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Ready"_s);
    QVERIFY(label->isVisible());
}

void TestMainWindow::hasWindowIcon()
{
    const QIcon icon = orch::appIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QVERIFY(!icon.pixmap(32, 32).toImage().isNull());

    orch::MainWindow window;
    QVERIFY(!window.windowIcon().isNull());
    QCOMPARE(window.windowIcon().availableSizes(), sizes);
}

void TestMainWindow::aboutDialogOpensShowsVersionAndCloses()
{
    orch::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.aboutDialog());

    QAction *about = findAction(window, u"helpMenu"_s, u"aboutAction"_s);
    QVERIFY(about);
    about->trigger();
    QTRY_VERIFY(window.aboutDialog() && window.aboutDialog()->isVisible());
    QPointer<orch::AboutDialog> dialog = window.aboutDialog();
    QCOMPARE(dialog->parentWidget(), &window);
    QVERIFY(dialog->isModal()); // window-modal via open(), yet the call above did not block

    // Triggering again while open raises the same dialog rather than stacking a second one.
    about->trigger();
    QCOMPARE(window.aboutDialog(), dialog.data());
    QCOMPARE(window.findChildren<orch::AboutDialog *>().size(), 1);

    QCOMPARE(orch::AboutDialog::version(), QStringLiteral(ORCH_VERSION));
    const auto *version = dialog->findChild<QLabel *>(u"versionLabel"_s);
    QVERIFY(version);
    QVERIFY2(version->text().contains(QStringLiteral(ORCH_VERSION)), qPrintable(version->text()));
    const auto *qtVersion = dialog->findChild<QLabel *>(u"qtVersionLabel"_s);
    QVERIFY(qtVersion);
    QVERIFY2(qtVersion->text().contains(QString::fromLatin1(qVersion())), qPrintable(qtVersion->text()));
    QCOMPARE(dialog->findChild<QLabel *>(u"nameLabel"_s)->text(), u"Parallel AI Orchestrator"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"descriptionLabel"_s)->text().size() > 80);

    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    // WA_DeleteOnClose: the dialog goes away entirely and the seam reports it.
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!window.aboutDialog());
}

void TestMainWindow::grabsToPixmapOfWindowSize()
{
    orch::MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPixmap pixmap = window.grab();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(1100, 700));
    QCOMPARE(pixmap.size(), QSize(1100, 700) * pixmap.devicePixelRatio());
}

void TestMainWindow::geometryIsSavedAndRestored()
{
    const QRect saved(QPoint(70, 90), QSize(1150, 730));
    {
        orch::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.size() != saved.size()); // the default size differs, so the restore shows
        window.setGeometry(saved);
        QTRY_COMPARE(window.geometry(), saved);
        QVERIFY(window.close());
    }
    QVERIFY(QFile::exists(orch::MainWindow::settingsFilePath()));
    const QSettings settings(orch::MainWindow::settingsFilePath(), QSettings::IniFormat);
    QVERIFY(!settings.value(u"MainWindow/geometry"_s).toByteArray().isEmpty());

    orch::MainWindow restored;
    QCOMPARE(restored.size(), saved.size());
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QTRY_COMPARE(restored.geometry(), saved);
}

void TestMainWindow::statusBarVisibilityIsRestored()
{
    {
        orch::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = findAction(window, u"viewMenu"_s, u"statusBarAction"_s);
        QVERIFY(toggle);
        QVERIFY(window.statusBar()->isVisible());
        toggle->trigger();
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(window.close());
    }
    orch::MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(!restored.statusBar()->isVisible());
    QVERIFY(!findAction(restored, u"viewMenu"_s, u"statusBarAction"_s)->isChecked());
}

void TestMainWindow::germanTranslationIsEmbedded()
{
    // The .qm files are built from translations/*.ts and embedded by qt_add_translations.
    QVERIFY(QFile::exists(u":/i18n/orchestrator_en.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/orchestrator_de.qm"_s));

    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), u"orchestrator"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    orch::MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{u"Datei"_s, u"Ausführen"_s, u"Ansicht"_s, u"Einstellungen"_s,
                                              u"Hilfe"_s}));
    QCOMPARE(window.statusBar()->findChild<QLabel *>(u"statusLabel"_s)->text(), u"Bereit"_s);
}

void TestMainWindow::runsATaskToTheEndAndShowsItsLog()
{
    // The whole path a user takes: type a task, Ctrl+Enter, watch the workers finish, Ctrl+L.
    QTemporaryDir dir;
    const std::optional<orch::Config> config = fakeAgentConfig(dir);
    QVERIFY(config);
    orch::MainWindow window(*config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPlainTextEdit *text = window.taskEditor()->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Create: 1) a todo app 2) a calculator"_s);
    QVERIFY(findAction(window, u"runMenu"_s, u"runAction"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 5000);
    QVERIFY(findAction(window, u"runMenu"_s, u"cancelAction"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    const auto *status = window.statusBar()->findChild<QLabel *>(u"statusLabel"_s);
    QCOMPARE(status->text(), u"Finished: 2 of 2 subtask(s) succeeded"_s);
    orch::WorkerTableModel *model = window.workersPanel()->model();
    model->flush();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(model->index(row, orch::WorkerTableModel::StatusColumn).data(orch::WorkerTableModel::StateRole).toInt(),
                 int(orch::WorkerTableModel::State::Succeeded));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.logBrowser());
    QTRY_VERIFY(window.logBrowser()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window.logBrowser()->runModel()->rowCount(), 1, 10000);
}

void TestMainWindow::plansEditsAndRunsTheEditedPlan()
{
    QTemporaryDir dir;
    const std::optional<orch::Config> config = fakeAgentConfig(dir);
    QVERIFY(config);
    orch::MainWindow window(*config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    orch::TaskEditor *editor = window.taskEditor();
    editor->textEdit()->setFocus();
    QTest::keyClicks(editor->textEdit(), u"Create: 1) a todo app 2) a calculator 3) a notes app"_s);

    // Plan (Ctrl+Shift+Enter) shows three subtasks and runs nothing.
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasPlan(), 20000);
    QVERIFY(!window.isBusy());
    QVERIFY(!window.orchestrator()->isRunning());
    orch::PlanModel *plan = editor->planEditor()->model();
    QCOMPARE(plan->rowCount(), 3);

    // Edited: the calculator goes, the notes app gets a new title; Run starts exactly that.
    QVERIFY(plan->removeRows(1, 1));
    QVERIFY(plan->setData(plan->index(1, orch::PlanModel::TitleColumn), u"Notes, edited"_s, Qt::EditRole));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QCOMPARE(window.orchestrator()->plan().subtasks.size(), 2);
    QCOMPARE(window.orchestrator()->plan().subtasks.at(1).title, u"Notes, edited"_s);

    // The results tab shows the run's summary.
    QCOMPARE(window.bottomTabs()->currentWidget(), window.resultsView());
    QCOMPARE(window.resultsView()->result().totalTasks(), 2);
    QCOMPARE(window.resultsView()->result().completedTasks(), 2);
    // The task is remembered.
    QCOMPARE(editor->history().value(0), u"Create: 1) a todo app 2) a calculator 3) a notes app"_s);
}

void TestMainWindow::profileIsSavedAndReopened()
{
    const QString name = u"reopened-profile"_s;
    {
        orch::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        orch::Config config = window.profiles()->config();
        config.orchestrator.maxWorkers = 7;
        window.profiles()->setConfig(config);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.config().orchestrator.maxWorkers, 7);
        QVERIFY(window.profiles()->saveAs(name, true));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(name + u"[*]"_s));
        QVERIFY(window.close());
    }
    orch::MainWindow reopened;
    QCOMPARE(reopened.profiles()->currentName(), name);
    QCOMPARE(reopened.config().orchestrator.maxWorkers, 7);
    QCOMPARE(reopened.orchestrator()->config().orchestrator.maxWorkers, 7);
    QVERIFY(reopened.profiles()->removeCurrent());
}

void TestMainWindow::f1OpensTheUserGuide()
{
    orch::MainWindow window;
    QList<QUrl> opened;
    window.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(opened.size(), 1);
    // A development build finds the source tree's guide.
    QVERIFY2(opened.first().isLocalFile() && opened.first().toLocalFile().endsWith(u"/docs/user-guide.md"_s),
             qPrintable(opened.first().toString()));
    QVERIFY(QFileInfo::exists(opened.first().toLocalFile()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
