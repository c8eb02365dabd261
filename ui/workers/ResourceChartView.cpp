#include "ResourceChartView.h"

#include "monitor/Monitor.h"

#include <QChart>
#include <QChartView>
#include <QBoxLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace orch {

namespace {

constexpr double MegaByte = 1024.0 * 1024.0;

QColor workerColor(int workerId)
{
    // Hues spread by the golden angle: neighbours never look alike, however many workers.
    return QColor::fromHsv(int(std::fmod(workerId * 137.508, 360.0)), 170, 200);
}

QValueAxis *makeAxis(const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A narrow dock elides the names; the tooltip still tells which line is which worker.
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Animating thousands of points every second costs more than it shows.
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QLineSeries *makeLimitLine(const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(QColor(0xd0, 0x30, 0x30));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    series->setPen(pen);
    return series;
}

} // namespace

ResourceChartView::ResourceChartView(QWidget *parent)
    : QWidget(parent)
    , m_cpuChart(makeChart(tr("CPU")))
    , m_memoryChart(makeChart(tr("Memory")))
{
    m_cpuTime = makeAxis(tr("Time (s)"), QStringLiteral("%.0f"));
    m_cpuAxis = makeAxis(tr("CPU (%)"), QStringLiteral("%.0f"));
    m_memoryTime = makeAxis(tr("Time (s)"), QStringLiteral("%.0f"));
    m_memoryAxis = makeAxis(tr("Worker memory (MB)"), QStringLiteral("%.0f"));
    m_systemMemoryAxis = makeAxis(tr("System memory (%)"), QStringLiteral("%.0f"));
    m_systemMemoryAxis->setRange(0, 100);
    m_cpuChart->addAxis(m_cpuTime, Qt::AlignBottom);
    m_cpuChart->addAxis(m_cpuAxis, Qt::AlignLeft);
    m_memoryChart->addAxis(m_memoryTime, Qt::AlignBottom);
    m_memoryChart->addAxis(m_memoryAxis, Qt::AlignLeft);
    m_memoryChart->addAxis(m_systemMemoryAxis, Qt::AlignRight);

    m_systemCpu.series = new QLineSeries;
    m_systemCpu.series->setName(tr("System"));
    m_systemMemory.series = new QLineSeries;
    m_systemMemory.series->setName(tr("System (%)"));
    for (QLineSeries *series : {m_systemCpu.series, m_systemMemory.series}) {
        QPen pen(palette().color(QPalette::WindowText));
        pen.setWidthF(2);
        series->setPen(pen);
    }
    m_cpuChart->addSeries(m_systemCpu.series);
    m_systemCpu.series->attachAxis(m_cpuTime);
    m_systemCpu.series->attachAxis(m_cpuAxis);
    m_memoryChart->addSeries(m_systemMemory.series);
    m_systemMemory.series->attachAxis(m_memoryTime);
    m_systemMemory.series->attachAxis(m_systemMemoryAxis);

    m_cpuLimit = makeLimitLine(tr("CPU limit"));
    m_memoryLimit = makeLimitLine(tr("Memory limit per worker"));
    m_cpuChart->addSeries(m_cpuLimit);
    m_cpuLimit->attachAxis(m_cpuTime);
    m_cpuLimit->attachAxis(m_cpuAxis);
    m_memoryChart->addSeries(m_memoryLimit);
    m_memoryLimit->attachAxis(m_memoryTime);
    m_memoryLimit->attachAxis(m_memoryAxis);

    m_cpuView = new QChartView(m_cpuChart, this);
    m_memoryView = new QChartView(m_memoryChart, this);
    m_cpuView->setObjectName(QStringLiteral("cpuChartView"));
    m_memoryView->setObjectName(QStringLiteral("memoryChartView"));
    for (QChartView *view : {m_cpuView, m_memoryView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 180);
    }
    // Stacked by default: the charts live in a dock at the window's side.
    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_cpuView);
    m_layout->addWidget(m_memoryView);

    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResourceChartView::refresh);
    m_refreshTimer.start();
    refresh();
}

ResourceChartView::~ResourceChartView() = default;

void ResourceChartView::setOrientation(Qt::Orientation orientation)
{
    m_layout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

Qt::Orientation ResourceChartView::orientation() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight ? Qt::Horizontal : Qt::Vertical;
}

void ResourceChartView::setMonitor(Monitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &Monitor::snapshotReady, this, &ResourceChartView::addSnapshot);
}

void ResourceChartView::setLimits(double maxCpuPercent, qint64 maxMemoryPerWorkerMb)
{
    m_maxCpuPercent = maxCpuPercent;
    m_maxMemoryMb = maxMemoryPerWorkerMb;
    updateLimitLines();
}

void ResourceChartView::setWindowMinutes(double minutes)
{
    m_windowSeconds = std::max(0.1, minutes) * 60.0;
    trim(m_systemCpu);
    trim(m_systemMemory);
    for (WorkerTracks &tracks : m_workers) {
        trim(tracks.cpu);
        trim(tracks.memory);
    }
    refresh();
}

void ResourceChartView::addSnapshot(const MonitorSnapshot &snapshot)
{
    const double x = snapshot.elapsedMs / 1000.0;
    if (x < m_latest)
        clear();  // a new run: its clock starts again
    m_latest = x;
    append(m_systemCpu, QPointF(x, snapshot.system.cpuPercent));
    if (snapshot.system.memoryTotalBytes > 0)
        append(m_systemMemory,
               QPointF(x, 100.0 * double(snapshot.system.memoryUsedBytes) / double(snapshot.system.memoryTotalBytes)));
    for (const WorkerSnapshot &worker : snapshot.workers) {
        // Only workers with a live process: queued and finished ones have nothing to measure.
        if (worker.status != SubtaskResult::Status::Running)
            continue;
        WorkerTracks &tracks = workerTracks(worker.workerId);
        append(tracks.cpu, QPointF(x, worker.cpuPercent));
        append(tracks.memory, QPointF(x, double(worker.residentBytes) / MegaByte));
    }
    trim(m_systemCpu);
    trim(m_systemMemory);
    QList<int> gone;
    for (auto it = m_workers.begin(); it != m_workers.end(); ++it) {
        trim(it->cpu);
        trim(it->memory);
        if (it->cpu.points.isEmpty())
            gone << it.key();
    }
    for (const int workerId : std::as_const(gone))
        removeWorker(workerId);
}

void ResourceChartView::append(Track &track, const QPointF &point)
{
    track.points.append(point);
    track.dirty = true;
}

void ResourceChartView::trim(Track &track)
{
    const double oldest = m_latest - m_windowSeconds;
    const auto firstKept = std::find_if(track.points.cbegin(), track.points.cend(),
                                        [oldest](const QPointF &p) { return p.x() >= oldest; });
    qsizetype drop = firstKept - track.points.cbegin();
    drop = std::max(drop, track.points.size() - MaxPointsPerSeries);
    if (drop > 0) {
        track.points.remove(0, drop);
        track.dirty = true;
    }
}

ResourceChartView::WorkerTracks &ResourceChartView::workerTracks(int workerId)
{
    auto found = m_workers.find(workerId);
    if (found != m_workers.end())
        return *found;
    WorkerTracks &tracks = m_workers[workerId];
    const QColor color = workerColor(workerId);
    tracks.cpu.series = new QLineSeries;
    tracks.memory.series = new QLineSeries;
    for (QLineSeries *series : {tracks.cpu.series, tracks.memory.series}) {
        series->setName(tr("Worker %1").arg(workerId));
        series->setColor(color);
    }
    m_cpuChart->addSeries(tracks.cpu.series);
    tracks.cpu.series->attachAxis(m_cpuTime);
    tracks.cpu.series->attachAxis(m_cpuAxis);
    m_memoryChart->addSeries(tracks.memory.series);
    tracks.memory.series->attachAxis(m_memoryTime);
    tracks.memory.series->attachAxis(m_memoryAxis);
    return tracks;
}

void ResourceChartView::removeWorker(int workerId)
{
    const WorkerTracks tracks = m_workers.take(workerId);
    m_cpuChart->removeSeries(tracks.cpu.series);
    m_memoryChart->removeSeries(tracks.memory.series);
    delete tracks.cpu.series;
    delete tracks.memory.series;
}

void ResourceChartView::clear()
{
    const QList<int> ids = m_workers.keys();
    for (const int workerId : ids)
        removeWorker(workerId);
    m_systemCpu.points.clear();
    m_systemMemory.points.clear();
    m_systemCpu.dirty = m_systemMemory.dirty = true;
    m_latest = 0;
    refresh();
}

void ResourceChartView::push(Track &track)
{
    if (!track.dirty)
        return;
    track.series->replace(track.points);
    track.dirty = false;
}

void ResourceChartView::refresh()
{
    push(m_systemCpu);
    push(m_systemMemory);
    double cpuTop = std::max(100.0, m_maxCpuPercent);
    double memoryTop = std::max<double>(256, double(m_maxMemoryMb));
    for (WorkerTracks &tracks : m_workers) {
        push(tracks.cpu);
        push(tracks.memory);
        for (const QPointF &p : std::as_const(tracks.cpu.points))
            cpuTop = std::max(cpuTop, p.y());
        for (const QPointF &p : std::as_const(tracks.memory.points))
            memoryTop = std::max(memoryTop, p.y());
    }
    const double right = std::max(m_latest, std::min(m_windowSeconds, 60.0));
    const double left = std::max(0.0, right - m_windowSeconds);
    for (QValueAxis *axis : {m_cpuTime, m_memoryTime})
        axis->setRange(left, right);
    m_cpuAxis->setRange(0, cpuTop * 1.05);
    m_memoryAxis->setRange(0, memoryTop * 1.1);
    updateLimitLines();
}

void ResourceChartView::updateLimitLines()
{
    const double left = m_cpuTime->min();
    const double right = m_cpuTime->max();
    auto place = [left, right](QLineSeries *line, double y) {
        line->setVisible(y > 0);
        const QList<QPointF> points = y > 0 ? QList<QPointF>{{left, y}, {right, y}} : QList<QPointF>{};
        if (line->points() != points)
            line->replace(points);
    };
    place(m_cpuLimit, m_maxCpuPercent);
    place(m_memoryLimit, double(m_maxMemoryMb));
}

QList<QPointF> ResourceChartView::workerCpuPoints(int workerId) const
{
    const auto found = m_workers.constFind(workerId);
    return found == m_workers.cend() ? QList<QPointF>() : found->cpu.points;
}

QList<QPointF> ResourceChartView::workerMemoryPoints(int workerId) const
{
    const auto found = m_workers.constFind(workerId);
    return found == m_workers.cend() ? QList<QPointF>() : found->memory.points;
}

QList<int> ResourceChartView::workers() const
{
    QList<int> ids = m_workers.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace orch
