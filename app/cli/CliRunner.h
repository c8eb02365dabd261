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
    enum ExitCode { Success = 0, SomeFailed = 1, Usage = 2, Environment = 3, MergeFailed = 4, Interrupted = 130 };

    struct Options
    {
        bool json = false;
        bool monitor = false;
        QString task;
        QStringList subtasks;  // an explicit plan
        QString resumeRunId;
        bool merge = false;  // merge the successful workers' branches after the run (worktree mode)
    };

    CliRunner(const Config &config, const Options &options, QObject *parent = nullptr);
    ~CliRunner() override;

    // Runs the event loop until the run ends; returns the process exit code.
    int exec();

private:
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
