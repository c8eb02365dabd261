#include "Scheduler.h"

#include <algorithm>

namespace orch {

namespace {

SubtaskResult::Status finalStatus(AgentOutcome::Kind kind)
{
    switch (kind) {
    case AgentOutcome::Kind::Success:
        return SubtaskResult::Status::Success;
    case AgentOutcome::Kind::TimedOut:
        return SubtaskResult::Status::Timeout;
    case AgentOutcome::Kind::Cancelled:
        return SubtaskResult::Status::Cancelled;
    default:
        return SubtaskResult::Status::Failed;
    }
}

} // namespace

Scheduler::Scheduler(const Plan &plan, const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_options.maxWorkers = std::max(1, m_options.maxWorkers);
    for (const Subtask &subtask : plan.subtasks) {
        m_order << subtask.id;
        m_entries.insert(subtask.id, Entry{subtask});
    }
    m_admissionTimer.setSingleShot(true);
    connect(&m_admissionTimer, &QTimer::timeout, this, &Scheduler::dispatch);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        m_pausedUntil = {};
        emit pausedChanged(false, {}, {});
        dispatch();
    });
}

void Scheduler::setAdmission(Admission admission, int recheckMs)
{
    m_admission = std::move(admission);
    m_admissionTimer.setInterval(std::max(10, recheckMs));
}

void Scheduler::markSettled(const QString &id, SubtaskResult::Status status)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || m_started)
        return;
    it->state = State::Settled;
    it->status = status;
}

void Scheduler::start()
{
    m_started = true;
    dispatch();
}

SubtaskResult::Status Scheduler::status(const QString &id) const
{
    return m_entries.value(id).status;
}

int Scheduler::attempts(const QString &id) const
{
    return m_entries.value(id).attempts;
}

bool Scheduler::isFinished() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.state == State::Settled; });
}

void Scheduler::scheduleDispatch()
{
    // Dispatching from inside a signal handler of the caller would re-enter it: queue instead.
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_dispatchQueued = false;
        dispatch();
    }, Qt::QueuedConnection);
}

void Scheduler::dispatch()
{
    if (!m_started)
        return;
    // Settle dependents of failed prerequisites first, repeatedly, since skipping cascades.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString &id : std::as_const(m_order)) {
            Entry &entry = m_entries[id];
            if (entry.state != State::Queued)
                continue;
            for (const QString &dependency : std::as_const(entry.subtask.dependsOn)) {
                const Entry &prerequisite = m_entries[dependency];
                if (prerequisite.state == State::Settled && prerequisite.status != SubtaskResult::Status::Success) {
                    settle(entry,
                           SubtaskResult::Status::Skipped,
                           tr("skipped: prerequisite %1 (%2) did not succeed (%3)")
                               .arg(dependency, prerequisite.subtask.title,
                                    SubtaskResult::statusName(prerequisite.status)));
                    changed = true;
                    break;
                }
            }
        }
    }
    if (m_cancelled || isPaused()) {
        checkFinished();
        return;
    }
    for (const QString &id : std::as_const(m_order)) {
        if (m_running >= m_options.maxWorkers)
            break;
        Entry &entry = m_entries[id];
        if (entry.state != State::Queued)
            continue;
        const bool ready = std::all_of(entry.subtask.dependsOn.cbegin(), entry.subtask.dependsOn.cend(),
                                       [this](const QString &dependency) {
                                           return m_entries[dependency].status == SubtaskResult::Status::Success;
                                       });
        if (!ready)
            continue;
        if (m_admission && m_running > 0) {
            const QString reason = m_admission();
            if (reason != m_blockedReason) {
                m_blockedReason = reason;
                emit admissionChanged(reason);
            }
            if (!reason.isEmpty()) {
                m_admissionTimer.start();
                break;
            }
        } else if (!m_blockedReason.isEmpty()) {
            m_blockedReason.clear();
            emit admissionChanged({});
        }
        entry.state = State::Running;
        entry.status = SubtaskResult::Status::Running;
        ++entry.attempts;
        ++m_running;
        emit startAttempt(id, entry.attempts);
    }
    checkFinished();
}

void Scheduler::attemptFinished(const QString &id, const AgentOutcome &outcome)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->state != State::Running)
        return;
    Entry &entry = *it;
    --m_running;

    if (outcome.kind == AgentOutcome::Kind::Success) {
        m_rateLimitStreak = 0;
        settle(entry, SubtaskResult::Status::Success, {});
    } else if (m_cancelled || outcome.kind == AgentOutcome::Kind::Cancelled || !outcome.isRetryable()) {
        settle(entry, m_cancelled ? SubtaskResult::Status::Cancelled : finalStatus(outcome.kind), outcome.message);
    } else {
        int delayMs = m_options.retryDelayMs;
        bool canRetry = false;
        if (outcome.rateLimited && entry.rateLimitWaits < m_options.maxRateLimitWaits) {
            ++entry.rateLimitWaits;
            pauseForRateLimit(outcome);
            delayMs = 0;  // the pause holds it back; it goes first when the pause ends
            canRetry = true;
        } else if (entry.failures < m_options.maxRetries) {
            ++entry.failures;
            canRetry = true;
        }
        if (!canRetry) {
            settle(entry, finalStatus(outcome.kind), outcome.message);
        } else {
            entry.state = State::Waiting;
            entry.status = SubtaskResult::Status::Pending;
            emit retryScheduled(id, entry.attempts + 1, delayMs, outcome.message);
            if (!entry.retryTimer) {
                entry.retryTimer = new QTimer(this);
                entry.retryTimer->setSingleShot(true);
                connect(entry.retryTimer, &QTimer::timeout, this, [this, id] {
                    Entry &waiting = m_entries[id];
                    if (waiting.state == State::Waiting) {
                        waiting.state = State::Queued;
                        dispatch();
                    }
                });
            }
            entry.retryTimer->start(delayMs);
        }
    }
    scheduleDispatch();
}

void Scheduler::pauseForRateLimit(const AgentOutcome &outcome)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until = outcome.retryAfter.isValid() ? outcome.retryAfter.toUTC() : QDateTime();
    if (!until.isValid() || until <= now) {
        const qint64 backoff = std::min<qint64>(qint64(m_options.rateLimitBackoffMs) << std::min(m_rateLimitStreak, 10),
                                                m_options.maxRateLimitBackoffMs);
        until = now.addMSecs(backoff);
    }
    ++m_rateLimitStreak;
    if (m_pausedUntil.isValid() && m_pausedUntil >= until)
        return;
    m_pausedUntil = until;
    m_pauseTimer.start(int(std::max<qint64>(0, now.msecsTo(until))));
    emit pausedChanged(true, until, tr("rate limited: no new worker starts until %1")
                                        .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

void Scheduler::settle(Entry &entry, SubtaskResult::Status status, const QString &reason)
{
    if (entry.retryTimer)
        entry.retryTimer->stop();
    entry.state = State::Settled;
    entry.status = status;
    emit settled(entry.subtask.id, status, reason);
}

void Scheduler::cancelAll()
{
    m_cancelled = true;
    m_pauseTimer.stop();
    for (const QString &id : std::as_const(m_order)) {
        Entry &entry = m_entries[id];
        if (entry.state == State::Queued || entry.state == State::Waiting)
            settle(entry, SubtaskResult::Status::Cancelled, tr("cancelled before it ran"));
    }
    checkFinished();
}

bool Scheduler::cancelPending(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || (it->state != State::Queued && it->state != State::Waiting))
        return false;
    settle(*it, SubtaskResult::Status::Cancelled, tr("cancelled"));
    scheduleDispatch();
    return true;
}

bool Scheduler::retry(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->state != State::Settled || it->status == SubtaskResult::Status::Success)
        return false;
    it->state = State::Queued;
    it->status = SubtaskResult::Status::Pending;
    it->failures = 0;
    it->rateLimitWaits = 0;
    m_cancelled = false;
    m_finishedEmitted = false;
    // Dependents skipped because of it get their chance again too.
    for (Entry &entry : m_entries) {
        if (entry.state == State::Settled && entry.status == SubtaskResult::Status::Skipped
            && entry.subtask.dependsOn.contains(id)) {
            entry.state = State::Queued;
            entry.status = SubtaskResult::Status::Pending;
        }
    }
    m_started = true;
    scheduleDispatch();
    return true;
}

void Scheduler::checkFinished()
{
    if (m_finishedEmitted || m_running > 0 || !isFinished())
        return;
    m_finishedEmitted = true;
    m_pauseTimer.stop();
    m_admissionTimer.stop();
    emit finished();
}

} // namespace orch
