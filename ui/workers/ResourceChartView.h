#pragma once

#include "monitor/MonitorSnapshot.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChart;
class QBoxLayout;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace orch {

class Monitor;

// System and per-worker CPU and memory over a rolling window of the last N minutes, fed from
// Monitor snapshots. Each series keeps a bounded QList<QPointF> and is redrawn with one replace()
// from a timer, never a point at a time. The limits (max_cpu_percent, max_memory_per_worker) are
// horizontal lines. All Qt Charts code of the application lives here: Qt Charts is deprecated
// from Qt 6.10 in favour of Qt Graphs, and one widget is one place to port.
class ResourceChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceChartView)

public:
    explicit ResourceChartView(QWidget *parent = nullptr);
    ~ResourceChartView() override;

    void setMonitor(Monitor *monitor);
    // Side by side (a dock at the top or bottom) or stacked (at the left or right; the default).
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;
    // CPU limit in percent of the machine; memory limit per worker in MB. <= 0 hides a line.
    void setLimits(double maxCpuPercent, qint64 maxMemoryPerWorkerMb);
    void setWindowMinutes(double minutes);
    double windowMinutes() const { return m_windowSeconds / 60.0; }
    void setRefreshInterval(int milliseconds) { m_refreshTimer.setInterval(milliseconds); }

    void addSnapshot(const MonitorSnapshot &snapshot);
    void clear();
    // Pushes the point lists into the series; the timer calls it.
    void refresh();

    QChart *cpuChart() const { return m_cpuChart; }
    QChart *memoryChart() const { return m_memoryChart; }
    // Point lists as kept (x: seconds since the run started; y: percent or MB).
    QList<QPointF> systemCpuPoints() const { return m_systemCpu.points; }
    QList<QPointF> systemMemoryPoints() const { return m_systemMemory.points; }
    QList<QPointF> workerCpuPoints(int workerId) const;
    QList<QPointF> workerMemoryPoints(int workerId) const;
    QList<int> workers() const;
    static constexpr int MaxPointsPerSeries = 3600;

private:
    struct Track
    {
        QList<QPointF> points;
        QLineSeries *series = nullptr;
        bool dirty = false;
    };
    struct WorkerTracks
    {
        Track cpu;
        Track memory;
    };

    void append(Track &track, const QPointF &point);
    void trim(Track &track);
    void push(Track &track);
    WorkerTracks &workerTracks(int workerId);
    void removeWorker(int workerId);
    void updateLimitLines();

    QBoxLayout *m_layout = nullptr;
    QChartView *m_cpuView = nullptr;
    QChartView *m_memoryView = nullptr;
    QChart *m_cpuChart = nullptr;
    QChart *m_memoryChart = nullptr;
    QValueAxis *m_cpuTime = nullptr;
    QValueAxis *m_cpuAxis = nullptr;
    QValueAxis *m_memoryTime = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
    QValueAxis *m_systemMemoryAxis = nullptr;
    Track m_systemCpu;
    Track m_systemMemory;
    QLineSeries *m_cpuLimit = nullptr;
    QLineSeries *m_memoryLimit = nullptr;
    QHash<int, WorkerTracks> m_workers;
    double m_maxCpuPercent = 0;
    qint64 m_maxMemoryMb = 0;
    double m_windowSeconds = 600;
    double m_latest = 0;
    QTimer m_refreshTimer;
    QPointer<Monitor> m_monitor;
};

} // namespace orch
