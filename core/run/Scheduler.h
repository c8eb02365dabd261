#pragma once

#include "agent/AgentOutcome.h"
#include "planning/Plan.h"
#include "run/RunResult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace orch {

// Decides what runs when: never more than maxWorkers attempts at once, dependents only after their
// prerequisites succeeded (skipped, with the reason, when one did not), retries of retryable
// outcomes after a delay, and no new start while the API is rate limited. It starts nothing itself:
// it asks through startAttempt() and is told of each end through attemptFinished().
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    struct Options
    {
        int maxWorkers = 10;
        int maxRetries = 2;
        int retryDelayMs = 5000;
        int maxRateLimitWaits = 20;       // rate-limit retries do not use up maxRetries, up to this many
        int rateLimitBackoffMs = 15000;   // pause when the API gave no reset time; doubles each time
        int maxRateLimitBackoffMs = 300000;
    };

    Scheduler(const Plan &plan, const Options &options, QObject *parent = nullptr);

    // Asked before each new start while at least one attempt runs (so a run never starves): an
    // empty answer admits it, otherwise the answer says why not ("CPU 93% > 80%") and the
    // scheduler asks again after recheckMs.
    using Admission = std::function<QString()>;
    void setAdmission(Admission admission, int recheckMs = 1000);
    QString blockedReason() const { return m_blockedReason; }

    // Before start(): a subtask already settled in an earlier session (resume).
    void markSettled(const QString &id, SubtaskResult::Status status);
    void start();
    // The end of an attempt that startAttempt() asked for.
    void attemptFinished(const QString &id, const AgentOutcome &outcome);
    // Nothing new starts; queued and waiting subtasks settle as cancelled. Running ones are the
    // caller's to stop; their ends still arrive through attemptFinished().
    void cancelAll();
    // A queued or waiting subtask settles as cancelled; false if it is running or settled.
    bool cancelPending(const QString &id);
    // A settled, unsuccessful subtask goes back to the queue with a fresh retry budget.
    bool retry(const QString &id);

    int runningCount() const { return m_running; }
    bool isPaused() const { return m_pausedUntil.isValid(); }
    QDateTime pausedUntil() const { return m_pausedUntil; }
    bool isFinished() const;
    SubtaskResult::Status status(const QString &id) const;
    int attempts(const QString &id) const;

signals:
    void startAttempt(const QString &id, int attempt);
    void retryScheduled(const QString &id, int nextAttempt, int delayMs, const QString &reason);
    void settled(const QString &id, orch::SubtaskResult::Status status, const QString &reason);
    void pausedChanged(bool paused, const QDateTime &until, const QString &reason);
    void finished();
    // The reason new starts are held back changed; empty when they are admitted again.
    void admissionChanged(const QString &reason);

private:
    enum class State { Queued, Waiting, Running, Settled };
    struct Entry
    {
        Subtask subtask;
        State state = State::Queued;
        SubtaskResult::Status status = SubtaskResult::Status::Pending;
        int attempts = 0;
        int failures = 0;  // attempts that count against maxRetries
        int rateLimitWaits = 0;
        QTimer *retryTimer = nullptr;
    };

    void dispatch();
    void scheduleDispatch();
    void settle(Entry &entry, SubtaskResult::Status status, const QString &reason);
    void pauseForRateLimit(const AgentOutcome &outcome);
    void checkFinished();

    Options m_options;
    QList<QString> m_order;
    QHash<QString, Entry> m_entries;
    int m_running = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finishedEmitted = false;
    bool m_dispatchQueued = false;
    int m_rateLimitStreak = 0;
    QDateTime m_pausedUntil;
    QTimer m_pauseTimer;
    Admission m_admission;
    QString m_blockedReason;
    QTimer m_admissionTimer;
};

} // namespace orch
