#pragma once

#include "monitor/MonitorSnapshot.h"
#include "run/RunResult.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace orch {

class Monitor;
class Orchestrator;
struct AgentEvent;
struct Plan;

// One row per subtask of the current plan, fed by the Orchestrator's signals and the Monitor's
// snapshots. Changes are collected and published by a short timer: per-row dataChanged, or one
// full-range dataChanged when more than half the rows changed, never one signal per output line.
class WorkerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerTableModel)

public:
    enum Column {
        IdColumn,
        TitleColumn,
        StatusColumn,
        AttemptColumn,
        DurationColumn,
        CpuColumn,
        MemoryColumn,
        CostColumn,
        TokensColumn,
        ActivityColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,  // raw numbers (or the text) for sorting
        WorkerIdRole,                 // int, in every column
        StateRole,                    // WorkerTableModel::State as int, in every column
    };
    Q_ENUM(Role)

    enum class State { Queued, Waiting, Running, Succeeded, Failed, TimedOut, Cancelled, Skipped };
    Q_ENUM(State)

    // What the table knows of one worker.
    struct Row
    {
        int workerId = 0;
        QString subtaskId;
        QString title;
        State state = State::Queued;
        bool waitingToRetry = false;
        int attempt = 0;
        qint64 settledMs = 0;       // all finished attempts
        QElapsedTimer runningClock; // the running attempt, when valid
        double cpuPercent = 0;
        qint64 residentBytes = 0;
        double costUsd = 0;
        qint64 tokensIn = 0;
        qint64 tokensOut = 0;
        QString activity;
        QString error;
        QString workdir;
        QString branch;

        qint64 durationMs() const { return settledMs + (runningClock.isValid() ? runningClock.elapsed() : 0); }
    };

    explicit WorkerTableModel(QObject *parent = nullptr);

    // Connects to the engine; either may be null. The model follows their signals from then on.
    void setOrchestrator(Orchestrator *orchestrator);
    void setMonitor(Monitor *monitor);

    // The feeding API (the signal handlers; public so other sources and tests can drive it).
    void setPlan(const Plan &plan);                  // one Queued row per subtask, worker ids 1..n
    void setResults(const QList<SubtaskResult> &results);  // rows from the engine's view of a run
    void workerStarted(int workerId, const QString &title, int attempt);
    void addEvents(int workerId, const QList<AgentEvent> &events);
    void retryScheduled(int workerId);
    void workerFinished(const SubtaskResult &result);
    void applySnapshot(const MonitorSnapshot &snapshot);
    void setWaitingForResources(bool waiting);
    // Publishes what changed now instead of at the next tick.
    void flush();
    // How long changes are collected before they are published (default 100 ms).
    void setUpdateInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    int rowOfWorker(int workerId) const { return m_rowOfWorker.value(workerId, -1); }
    const Row *worker(int workerId) const;
    bool hasPendingChanges() const { return !m_dirty.isEmpty(); }

    static QString stateName(State state);
    static QIcon stateIcon(State state);
    static State stateOf(SubtaskResult::Status status, bool waiting);
    static bool isActive(State state) { return state == State::Queued || state == State::Waiting || state == State::Running; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After each published batch: how many rows it touched (tests and the status bar use it).
    void batchPublished(int rows);

private:
    void replaceRows(QList<Row> rows);
    void markDirty(int row);
    void markRunningDirty();
    void refreshDisplayedState(Row &row);
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    QList<Row> m_rows;
    QHash<int, int> m_rowOfWorker;
    QSet<int> m_dirty;
    QTimer m_flushTimer;
    QTimer m_tickTimer;  // running durations move every second without any event
    bool m_waitingForResources = false;
    QPointer<Orchestrator> m_orchestrator;
    QPointer<Monitor> m_monitor;
};

} // namespace orch
