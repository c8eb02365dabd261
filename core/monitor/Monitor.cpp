#include "Monitor.h"

#include "agent/AgentEvent.h"
#include "run/Orchestrator.h"

#include <algorithm>
#include <numeric>

namespace orch {

Monitor::Monitor(Orchestrator *orchestrator, QObject *parent)
    : QObject(parent)
    , m_orchestrator(orchestrator)
{
    qRegisterMetaType<MonitorSnapshot>();
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit snapshotReady(snapshot()); });
    connect(orchestrator, &Orchestrator::runStarted, this, [this] { m_clock.start(); });
    connect(orchestrator, &Orchestrator::workerStarted, this, [this](int workerId, const QString &, int attempt) {
        Running &running = m_running[workerId];
        running.clock.start();
        running.attempt = attempt;
        m_waiting.remove(workerId);
    });
    connect(orchestrator, &Orchestrator::attemptFinished, this,
            [this](int workerId, int, const AgentOutcome &) { m_running.remove(workerId); });
    connect(orchestrator, &Orchestrator::retryScheduled, this,
            [this](int workerId, int, int, const QString &) { m_waiting.insert(workerId, true); });
    connect(orchestrator, &Orchestrator::workerFinished, this, [this](const SubtaskResult &result) {
        m_running.remove(result.workerId);
        m_waiting.remove(result.workerId);
    });
    connect(orchestrator, &Orchestrator::paused, this,
            [this](bool isPaused, const QDateTime &until, const QString &reason) {
                m_pauseReason = isPaused ? reason : QString();
                m_pausedUntil = isPaused ? until : QDateTime();
            });
    connect(orchestrator, &Orchestrator::workerEvents, this, &Monitor::onEvents);
    connect(orchestrator, &Orchestrator::waitingForResources, this,
            [this](const QString &reason) { m_waitingReason = reason; });
}

void Monitor::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(100, milliseconds));
}

void Monitor::start()
{
    if (!m_clock.isValid())
        m_clock.start();
    m_timer.start();
}

void Monitor::stop()
{
    m_timer.stop();
}

void Monitor::onEvents(int workerId, const QList<AgentEvent> &events)
{
    // Only the latest meaningful event matters for the display.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == AgentEvent::Kind::ToolUse || it->kind == AgentEvent::Kind::AssistantText
            || it->kind == AgentEvent::Kind::RawText) {
            QString text = it->text.simplified();
            if (text.size() > 120)
                text = text.left(117) + QStringLiteral("...");
            m_lastActivity.insert(workerId, text);
            return;
        }
    }
}

qint64 Monitor::estimateRemainingMs(const QList<qint64> &settledDurationsMs, const QList<qint64> &runningElapsedMs,
                                    int queued, int maxWorkers)
{
    if (settledDurationsMs.isEmpty())
        return -1;
    const double mean = double(std::accumulate(settledDurationsMs.cbegin(), settledDurationsMs.cend(), qint64(0)))
                        / double(settledDurationsMs.size());
    double work = mean * queued;
    for (const qint64 elapsed : runningElapsedMs)
        work += std::max(0.0, mean - double(elapsed));
    const int parallel = std::max(1, std::min(maxWorkers, queued + int(runningElapsedMs.size())));
    return qint64(work / parallel);
}

MonitorSnapshot Monitor::snapshot()
{
    MonitorSnapshot s;
    s.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    s.system = m_sampler.sampleSystem();
    s.pauseReason = m_pauseReason;
    if (!m_pauseReason.isEmpty() && m_pausedUntil.isValid())
        s.pauseRemainingMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil));
    s.waitingReason = m_waitingReason;
    if (!m_orchestrator)
        return s;
    s.maxWorkers = m_orchestrator->config().orchestrator.maxWorkers;
    const QHash<QString, ProcessTreeSample> resources =
        m_orchestrator->runId().isEmpty() ? QHash<QString, ProcessTreeSample>() : m_sampler.sampleRun(m_orchestrator->runId());
    QList<qint64> settledDurations, runningElapsed;
    for (const SubtaskResult &result : m_orchestrator->subtaskResults()) {
        WorkerSnapshot w;
        w.workerId = result.workerId;
        w.title = result.task;
        w.status = result.status;
        w.attempt = result.attempts;
        w.lastActivity = m_lastActivity.value(result.workerId);
        const ProcessTreeSample tree = resources.value(QString::number(result.workerId));
        w.cpuPercent = tree.cpuPercent;
        w.residentBytes = tree.residentBytes;
        s.costUsd += result.costUsd;
        ++s.total;
        if (result.status == SubtaskResult::Status::Running) {
            const auto running = m_running.constFind(result.workerId);
            w.durationMs = running != m_running.cend() ? running->clock.elapsed() : 0;
            runningElapsed << w.durationMs;
            ++s.active;
        } else if (result.isFinal()) {
            w.durationMs = qint64(result.duration * 1000);
            settledDurations << w.durationMs;
            if (result.status == SubtaskResult::Status::Success)
                ++s.completed;
            else
                ++s.failed;
        } else if (m_waiting.value(result.workerId) || !s.pauseReason.isEmpty()) {
            w.waitingToRetry = m_waiting.value(result.workerId);
            ++s.waiting;
        } else {
            ++s.queued;
        }
        s.workers << w;
    }
    s.etaMs = estimateRemainingMs(settledDurations, runningElapsed, s.queued + s.waiting, std::max(1, s.maxWorkers));
    return s;
}

} // namespace orch
