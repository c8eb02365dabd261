// Runs a plan of three subtasks with the blocking Orchestrator::execute() and reads the RunResult,
// then the same result as the run's folder keeps it (result.json).
//
//   run_blocking [CLAUDE]   CLAUDE: the Claude Code CLI to run; without it, it is searched for
//                           (PATH, NVM_PATH, npm prefixes, ~/.claude/local).
// Exits 0 when every subtask succeeded.
#include "logging/Log.h"
#include "run/Orchestrator.h"
#include "run/RunStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

using namespace orch;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // execute() runs an event loop: it needs the application object
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Config config; // the documented defaults, then what this program wants
    config.paths.workspace = dir.filePath(u"workspace"_s);
    config.paths.logs = dir.filePath(u"workspace/logs"_s);
    config.paths.output = dir.filePath(u"workspace/output"_s);
    config.agent.binary = app.arguments().value(1); // empty: searched for
    config.orchestrator.maxWorkers = 3;
    config.orchestrator.timeout = 300;
    config.resources.maxCpuPercent = 100; // start workers whatever the machine's load

    // The engine logs through orch::Log, to stderr at INFO until init(). Here: console lines on
    // stderr, and a JSONL file (orchestrator_YYYYMMDD_HHMMSS.jsonl) in paths.logs; secrets redacted.
    LogOptions logging;
    logging.level = LogLevel::Info;
    logging.logDir = config.paths.logs;
    logging.console = ConsoleStream::Stderr;
    QString logError;
    if (!Log::init(logging, &logError))
        out << "no log file: " << logError << '\n';

    Plan plan;
    plan.task = u"Three small files"_s;
    plan.subtasks = {
        Subtask {u"1"_s, u"Greeting"_s, u"Write hello.txt with a friendly greeting"_s, {}},
        Subtask {u"2"_s, u"Numbers"_s, u"Write numbers.txt with the numbers 1 to 10"_s, {}},
        Subtask {u"3"_s, u"Haiku"_s, u"Write haiku.txt with a haiku about parallel work"_s, {}},
    };

    Orchestrator orchestrator(config);
    // Blocks until every subtask has settled; throws OrchestratorError subclasses only when the
    // run cannot begin at all (see errors.cpp).
    const RunResult result = orchestrator.execute(plan);

    out << "run " << result.runId << ": " << RunResult::statusName(result.status) << ", " << result.completedTasks()
        << " of " << result.totalTasks() << " done, " << result.failedTasks() << " failed\n";
    for (const SubtaskResult &subtask : result.subtaskResults) {
        out << "  worker " << subtask.workerId << " [" << SubtaskResult::statusName(subtask.status) << "] "
            << subtask.task << " in " << subtask.duration << " s, " << subtask.attempts << " attempt(s)\n";
        out << "    " << (subtask.error.isEmpty() ? subtask.output : subtask.error) << '\n';
    }
    out << "each worker's files are copied under " << result.outputDir << '\n';

    // The same result, as the run's folder keeps it: runs/<id>/result.json.
    RunStore store(config.paths.workspace);
    const std::optional<RunResult> saved = store.loadResult(result.runId);
    if (saved)
        out << QString::fromStdString(saved->toJson()["aggregated_output"].get<std::string>()) << '\n';
    out << "log: " << Log::filePath() << '\n';
    out.flush();
    const bool logged = QFile::exists(Log::filePath());
    Log::shutdown(); // flushes the file

    const bool expected = result.status == RunResult::Status::Success && result.completedTasks() == 3 && logged && saved
        && saved->toJson() == result.toJson()
        && QFile::exists(QDir(result.subtaskResults.at(0).workdir).filePath(u"hello.txt"_s));
    return expected ? 0 : 1;
}
