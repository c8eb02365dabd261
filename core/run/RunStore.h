#pragma once

#include "planning/Plan.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace orch {

// The record of every run, one folder each: <workspace>/runs/<run-id>/ with plan.json,
// journal.jsonl (every state change, appended and flushed as it happens), result.json (written
// atomically at the end), transcripts/ (each attempt's raw agent output) and a lock file naming
// the process that runs it. If the process dies mid-run the journal still tells what finished.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    enum class RunState { Running, Finished, Interrupted };

    struct RunInfo
    {
        QString runId;
        QString task;
        QDateTime startedAt;
        RunState state = RunState::Interrupted;
        QString status;  // result.json's status when finished
        int totalTasks = 0;
        int completedTasks = 0;
    };

    explicit RunStore(const QString &workspace);
    ~RunStore();

    // "20261129-101500-3f2a": sortable by time, unique enough to never collide in one workspace.
    static QString newRunId();

    QString runsDirectory() const;
    QString runDirectory(const QString &runId) const;
    QString transcriptPath(const QString &runId, int workerId, int attempt) const;
    QString journalPath(const QString &runId) const;

    // Creates the run's folder, writes plan.json, takes the lock and opens the journal.
    bool create(const QString &runId, const Plan &plan, QString *errorMessage);
    // Reopens an interrupted run's journal for appending and takes the lock (resume).
    bool reopen(const QString &runId, QString *errorMessage);
    // One journal line: {"time": ..., "event": event, ...fields}; flushed before returning.
    void journal(const std::string &event, nlohmann::json fields = nlohmann::json::object());
    bool writeResult(const RunResult &result, QString *errorMessage);
    // Releases the lock and closes the journal.
    void close();

    std::optional<Plan> loadPlan(const QString &runId, QString *errorMessage) const;
    std::optional<RunResult> loadResult(const QString &runId) const;
    // Subtasks the journal records as settled, by id, with their last known result.
    QHash<QString, SubtaskResult> settledSubtasks(const QString &runId) const;
    // The journal's lines, parsed; malformed lines (a torn last line after a crash) are skipped.
    QList<nlohmann::json> readJournal(const QString &runId) const;
    RunState state(const QString &runId) const;
    // Newest first.
    QList<RunInfo> listRuns() const;
    // Only the interrupted ones, newest first; cheap for finished runs (no journal is read).
    QList<RunInfo> interruptedRuns() const;

private:
    RunInfo info(const QString &runId, RunState state) const;
    bool takeLock(const QString &runId, QString *errorMessage);

    QString m_workspace;
    QString m_runId;
    std::unique_ptr<QFile> m_journal;
};

} // namespace orch
