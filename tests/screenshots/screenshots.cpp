// Renders the main window's main states to PNG files (QWidget::grab), for README.md and docs/:
// a task typed and planned, a run under way, its results, the log browser and the settings.
// The agent is fake_claude (named as the fake it is), slowed down so the run can be caught
// mid-way. Usage: orch_screenshots OUTPUT_DIR  (render.sh builds and runs it into docs/images).
#include "config/ConfigLoader.h"
#include "logs/LogBrowser.h"
#include "logs/LogTableModel.h"
#include "logs/RunListModel.h"
#include "main/MainWindow.h"
#include "run/Orchestrator.h"
#include "settings/SettingsDialog.h"
#include "task/TaskEditor.h"
#include "workers/WorkerTableModel.h"
#include "workers/WorkersPanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "cannot write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"orchestrator"_s);
    QApplication::setApplicationDisplayName(u"Parallel AI Orchestrator"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(output)) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    // Never the user's profiles, window state or task history.
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(orch::MainWindow::settingsFilePath());
    // Each worker prints 60 lines, one per 100 ms: long enough to be caught running.
    qputenv("FAKE_CLAUDE_SCENARIO", "slow:60");

    QTemporaryDir dir;
    orch::ConfigLoader loader(dir.path());
    loader.applyOverrides({{u"agent.binary"_s, QStringLiteral(FAKE_CLAUDE), u"--set"_s},
                           {u"planning.decomposer"_s, u"heuristic"_s, u"--set"_s},
                           {u"paths.workspace"_s, dir.filePath(u"workspace"_s), u"--set"_s},
                           {u"resources.max_cpu_percent"_s, u"100"_s, u"--set"_s},
                           {u"monitoring.interval"_s, u"1"_s, u"--set"_s}});
    loader.finish();
    if (loader.hasErrors()) {
        std::fprintf(stderr, "%s\n", qPrintable(loader.errorMessages().join(u'\n')));
        return 1;
    }

    orch::MainWindow window(loader.config());
    window.resize(1280, 800);
    window.show();
    settle(500);
    bool ok = true;

    orch::TaskEditor *editor = window.taskEditor();
    editor->setTask(u"Create: 1) a todo app 2) a calculator 3) a notes app"_s);
    window.planOnly();
    ok &= waitFor([editor] { return editor->hasPlan(); }, 30000);
    settle(300);
    ok &= save(&window, output, u"main-plan.png"_s);

    window.startRun();
    orch::WorkerTableModel *workers = window.workersPanel()->model();
    ok &= waitFor([&] {
        workers->flush();
        return window.orchestrator()->isRunning() && workers->rowCount() == 3;
    }, 30000);
    settle(3500);  // a few monitor samples for the charts
    ok &= save(&window, output, u"main-running.png"_s);

    ok &= waitFor([&] { return !window.isBusy(); }, 120000);
    settle(500);
    ok &= save(&window, output, u"main-results.png"_s);

    window.showLogBrowser();
    orch::LogBrowser *logs = window.logBrowser();
    ok &= logs && waitFor([logs] { return logs->runModel()->rowCount() >= 1; }, 20000);
    if (logs) {
        logs->resize(1280, 720);
        logs->openRun(window.orchestrator()->runId());
        ok &= waitFor([logs] { return logs->logModel()->rowCount() > 0; }, 20000);
    }
    settle(1000);
    if (logs)
        ok &= save(logs, output, u"log-browser.png"_s);

    window.showSettings();
    settle(500);
    if (orch::SettingsDialog *settings = window.settingsDialog())
        ok &= save(settings, output, u"settings.png"_s);
    else
        ok = false;

    window.close();
    return ok ? 0 : 1;
}
