#pragma once

#include "monitor/ResourceSampler.h"
#include "run/RunResult.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace orch {

// One worker in a snapshot.
struct WorkerSnapshot
{
    int workerId = 0;
    QString title;
    SubtaskResult::Status status = SubtaskResult::Status::Pending;
    bool waitingToRetry = false;
    int attempt = 0;
    qint64 durationMs = 0;  // of the running attempt, or of all attempts once settled
    double cpuPercent = 0;
    qint64 residentBytes = 0;
    QString lastActivity;   // the latest tool use or text
};

// The state of a run at one moment, as the monitor display and the GUI show it.
struct MonitorSnapshot
{
    qint64 elapsedMs = 0;
    int maxWorkers = 0;
    int total = 0;
    int active = 0;
    int queued = 0;
    int waiting = 0;    // waiting for a retry or for a rate limit to pass
    int completed = 0;  // succeeded
    int failed = 0;     // settled without success (failed, timeout, cancelled, skipped)
    double costUsd = 0;
    qint64 etaMs = -1;  // -1 until something finished to estimate from
    QString pauseReason;
    qint64 pauseRemainingMs = -1;  // until new starts resume by themselves; -1: no known end
    QString waitingReason;  // new starts held back for lack of CPU or memory
    SystemSample system;
    QList<WorkerSnapshot> workers;

    int settled() const { return completed + failed; }
    double progressPercent() const { return total > 0 ? 100.0 * settled() / total : 0; }
};

} // namespace orch

Q_DECLARE_METATYPE(orch::MonitorSnapshot)
