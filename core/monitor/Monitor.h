#pragma once

#include "monitor/MonitorSnapshot.h"
#include "monitor/ResourceSampler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace orch {

class Orchestrator;
struct AgentEvent;

// Watches an Orchestrator and emits a MonitorSnapshot every interval: counts, progress, ETA, cost,
// the pause reason, system resources and each worker's state, duration, CPU, memory and latest
// activity. It only listens; the run does not depend on it.
class Monitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Monitor)

public:
    explicit Monitor(Orchestrator *orchestrator, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    void start();
    void stop();
    MonitorSnapshot snapshot();

    // ETA from the mean duration of settled subtasks, the work left and the parallelism available.
    static qint64 estimateRemainingMs(const QList<qint64> &settledDurationsMs, const QList<qint64> &runningElapsedMs,
                                      int queued, int maxWorkers);

signals:
    void snapshotReady(const orch::MonitorSnapshot &snapshot);

private:
    struct Running
    {
        QElapsedTimer clock;
        int attempt = 0;
    };

    void onEvents(int workerId, const QList<AgentEvent> &events);

    QPointer<Orchestrator> m_orchestrator;
    ResourceSampler m_sampler;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<int, Running> m_running;
    QHash<int, QString> m_lastActivity;
    QHash<int, bool> m_waiting;
    QString m_pauseReason;
    QDateTime m_pausedUntil;
    QString m_waitingReason;
};

} // namespace orch
