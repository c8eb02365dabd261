// Runs a task asynchronously: Orchestrator::start() returns at once, the event loop runs the
// workers, and the signals report the plan, each worker's events, progress and the end.
//
//   run_async [CLAUDE]   CLAUDE: the Claude Code CLI to run; without it, it is searched for.
// Exits 0 when the run succeeded and every signal came as documented.
#include "run/Orchestrator.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace orch;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Config config;
    config.paths.workspace = dir.filePath(u"workspace"_s);
    config.paths.logs = dir.filePath(u"workspace/logs"_s);
    config.paths.output = dir.filePath(u"workspace/output"_s);
    config.agent.binary = app.arguments().value(1);
    config.planning.decomposer = Config::Decomposer::Heuristic; // plan from the list in the task
    config.orchestrator.maxWorkers = 2;
    config.resources.maxCpuPercent = 100;

    Orchestrator orchestrator(config);
    int eventCount = 0;
    int lastSettled = 0;
    RunResult result;

    // Connect before start(): the plan, the run's start and the first workers' starts (or
    // failedToStart) are signalled from inside it. Signals carry values, never pointers into the engine.
    QObject::connect(&orchestrator, &Orchestrator::planReady, &app,
        [&out](const Plan &plan) { out << "plan: " << plan.subtasks.size() << " subtasks\n"; });
    QObject::connect(
        &orchestrator, &Orchestrator::workerStarted, &app, [&out](int workerId, const QString &title, int attempt) {
            out << "worker " << workerId << " started: " << title << " (attempt " << attempt << ")\n";
        });
    QObject::connect(&orchestrator, &Orchestrator::workerEvents, &app,
        [&eventCount](int /*workerId*/, const QList<AgentEvent> &events) {
            eventCount += int(events.size()); // one signal per batch of output lines
        });
    QObject::connect(&orchestrator, &Orchestrator::workerFinished, &app, [&out](const SubtaskResult &subtask) {
        out << "worker " << subtask.workerId << ' ' << SubtaskResult::statusName(subtask.status) << ": "
            << subtask.output << '\n';
    });
    QObject::connect(&orchestrator, &Orchestrator::progress, &app, [&out, &lastSettled](int settled, int total) {
        lastSettled = settled;
        out << "progress " << settled << '/' << total << '\n';
    });
    QObject::connect(&orchestrator, &Orchestrator::runFinished, &app, [&app, &result](const RunResult &finished) {
        result = finished;
        app.quit();
    });

    // A deadline for the whole run: cancel() stops every worker (in stages: SIGINT, SIGTERM,
    // SIGKILL) and runFinished still comes, with the status Cancelled.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &orchestrator, &Orchestrator::cancel);
    deadline.start(10 * 60 * 1000);

    if (!orchestrator.start(u"Write these files:\n1. todo.txt\n2. shopping.txt\n3. ideas.txt"_s)) {
        out << "cannot start: " << orchestrator.lastError() << '\n';
        return 1;
    }
    out << "run " << orchestrator.runId() << " started\n";
    out.flush();
    app.exec();

    out << "finished: " << RunResult::statusName(result.status) << ", " << eventCount << " events\n";
    out.flush();
    const bool expected = result.status == RunResult::Status::Success && result.totalTasks() == 3 && lastSettled == 3
        && eventCount > 0 && !orchestrator.isRunning();
    return expected ? 0 : 1;
}
