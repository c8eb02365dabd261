#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace orch {

// The outcome of one subtask over all its attempts: one entry of result.json's subtask_results.
struct SubtaskResult
{
    Q_GADGET

public:
    enum class Status { Pending, Running, Success, Failed, Timeout, Cancelled, Skipped };
    Q_ENUM(Status)

    QString id;
    QString task;        // the subtask's title
    Status status = Status::Pending;
    int workerId = 0;
    double duration = 0;  // seconds, all attempts
    QString output;      // the final text
    QString error;       // why it did not succeed; empty on success
    int attempts = 0;
    double costUsd = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    int turns = 0;
    QString workdir;
    // Worktree mode only (written to JSON only when branch is set): what the worker's branch holds.
    QString branch;
    QString commit;
    int filesChanged = 0;
    int insertions = 0;
    int deletions = 0;
    QStringList files;

    bool isFinal() const { return status != Status::Pending && status != Status::Running; }
    static QString statusName(Status status);  // "success", "failed", "timeout", ...
    static Status statusFromName(const QString &name);

    nlohmann::json toJson() const;
    static SubtaskResult fromJson(const nlohmann::json &json);
};

// The outcome of a whole run, with the keys of the user guide's API (result.json).
struct RunResult
{
    Q_GADGET

public:
    enum class Status { Success, Partial, Failed, Cancelled };
    Q_ENUM(Status)

    QString runId;
    Status status = Status::Failed;
    QList<SubtaskResult> subtaskResults;  // in plan order
    QString aggregatedOutput;
    QString outputDir;
    QDateTime startedAt;
    QDateTime finishedAt;
    nlohmann::json debugInfo = nlohmann::json::object();

    int totalTasks() const { return int(subtaskResults.size()); }
    int completedTasks() const;
    int failedTasks() const;  // anything final that is not a success
    double totalCostUsd() const;

    static QString statusName(Status status);
    nlohmann::json toJson() const;
    static RunResult fromJson(const nlohmann::json &json);
};

} // namespace orch

Q_DECLARE_METATYPE(orch::SubtaskResult)
Q_DECLARE_METATYPE(orch::RunResult)
