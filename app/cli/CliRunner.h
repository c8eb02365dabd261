#pragma once

#include "monitor/Monitor.h"
#include "run/Orchestrator.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <memory>

namespace orch {

class LiveRegion;

// Drives one run for the command line: starts it, prints the user guide's progress lines and the
// optional monitor line, stops the workers cleanly on Ctrl-C or SIGTERM, and turns the result into
// the exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    // 4 has two meanings that never meet: a strict plan failure stops before any run, a failed
    // --merge comes after one (docs/command-line.md).
    enum ExitCode {
        Success = 0,
        SomeFailed = 1,
        Usage = 2,
        Environment = 3,
        PlanFailed = 4,
        MergeFailed = 4,
        Interrupted = 130
    };

    struct Options
    {
        bool json = false;
        bool monitor = false;
        QString task;
        QStringList subtasks;  // an explicit plan
        std::optional<Plan> plan;  // --plan FILE, already read and validated
        QString planFile;
        bool planOnly = false;  // print the plan and exit
        QString resumeRunId;
        bool merge = false;  // merge the successful workers' branches after the run (worktree mode)
    };

    CliRunner(const Config &config, const Options &options, QObject *parent = nullptr);
    ~CliRunner() override;

    // Runs the event loop until the run ends; returns the process exit code.
    int exec();

    // Reads a plan file (the JSON --plan-only --json prints) and validates it, with at most
    // maxSubtasks subtasks (0: any number); nullopt with *error (naming the file and the problem)
    // otherwise.
    static std::optional<Plan> loadPlan(const QString &path, int maxSubtasks, QString *error);
    // The plan as --plan-only shows it: numbered subtasks, their dependencies and prompts.
    static QString describePlan(const Plan &plan);

private:
    // The plan to run: the file's, the --subtask list, or the decomposer's (which may throw
    // TaskDecompositionError).
    Plan makePlan();
    void onRunFinished(const RunResult &result);
    void onSignal();
    // Merges the run's successful worker branches and prints each outcome; false when one did not
    // merge. json receives the report for --json.
    bool mergeWorkers(const RunResult &result, nlohmann::json &json);

    Config m_config;
    Options m_options;
    Orchestrator m_orchestrator;
    QTextStream m_out;
    QTextStream m_status;  // the user guide's [SUCCESS] lines: stdout, or stderr with --json
    Monitor m_monitor;
    std::unique_ptr<LiveRegion> m_live;  // --monitor on a terminal
    QSocketNotifier *m_signalNotifier = nullptr;
    bool m_interrupted = false;
    int m_exitCode = Success;
};

} // namespace orch
