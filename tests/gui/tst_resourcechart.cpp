// ResourceChartView: points per series from snapshots, the rolling window dropping old points,
// series replaced only by refresh(), a legend entry per worker, and the limits as lines.
#include "workers/ResourceChartView.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QtTest>

using namespace orch;

class TestResourceChart final : public QObject
{
    Q_OBJECT

private slots:
    void pointsArriveAndSeriesAreReplacedOnRefresh();
    void rollingWindowDropsOldPoints_data();
    void rollingWindowDropsOldPoints();
    void legendPerWorkerAndGoneWorkersLeave();
    void limitsAreHorizontalLines();
    void newRunStartsOver();

private:
    static MonitorSnapshot snapshotAt(double seconds, const QList<int> &runningWorkers);
    static QLineSeries *seriesNamed(QChart *chart, const QString &name);
};

MonitorSnapshot TestResourceChart::snapshotAt(double seconds, const QList<int> &runningWorkers)
{
    MonitorSnapshot s;
    s.elapsedMs = qint64(seconds * 1000);
    s.system.cpuPercent = 40;
    s.system.memoryTotalBytes = 1000;
    s.system.memoryUsedBytes = 250;
    for (const int id : runningWorkers) {
        WorkerSnapshot w;
        w.workerId = id;
        w.status = SubtaskResult::Status::Running;
        w.cpuPercent = 10.0 * id;
        w.residentBytes = qint64(id) * 100 * 1024 * 1024;
        s.workers << w;
    }
    WorkerSnapshot queued;
    queued.workerId = 99;  // not running: no series
    s.workers << queued;
    return s;
}

QLineSeries *TestResourceChart::seriesNamed(QChart *chart, const QString &name)
{
    const auto all = chart->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

void TestResourceChart::pointsArriveAndSeriesAreReplacedOnRefresh()
{
    ResourceChartView view;
    view.setRefreshInterval(60000);  // only explicit refreshes in this test
    view.addSnapshot(snapshotAt(1, {1, 2}));
    view.addSnapshot(snapshotAt(2, {1, 2}));
    QCOMPARE(view.systemCpuPoints(), (QList<QPointF>{{1, 40}, {2, 40}}));
    QCOMPARE(view.systemMemoryPoints(), (QList<QPointF>{{1, 25}, {2, 25}}));
    QCOMPARE(view.workerCpuPoints(2), (QList<QPointF>{{1, 20}, {2, 20}}));
    QCOMPARE(view.workerMemoryPoints(1), (QList<QPointF>{{1, 100}, {2, 100}}));
    QCOMPARE(view.workers(), (QList<int>{1, 2}));
    QLineSeries *system = seriesNamed(view.cpuChart(), QStringLiteral("System"));
    QVERIFY(system);
    QCOMPARE(system->count(), 0);  // not drawn until the timer's refresh
    view.refresh();
    QCOMPARE(system->points(), view.systemCpuPoints());
    QCOMPARE(seriesNamed(view.memoryChart(), QStringLiteral("Worker 2"))->points(), view.workerMemoryPoints(2));
}

void TestResourceChart::rollingWindowDropsOldPoints_data()
{
    QTest::addColumn<double>("minutes");
    QTest::addColumn<int>("seconds");
    QTest::addRow("1 minute of 3") << 1.0 << 180;
    QTest::addRow("2 minutes of 5") << 2.0 << 300;
    QTest::addRow("window larger than the run") << 10.0 << 120;
}

void TestResourceChart::rollingWindowDropsOldPoints()
{
    QFETCH(double, minutes);
    QFETCH(int, seconds);
    ResourceChartView view;
    view.setWindowMinutes(minutes);
    for (int t = 1; t <= seconds; ++t)
        view.addSnapshot(snapshotAt(t, {1}));
    const QList<QPointF> points = view.systemCpuPoints();
    const int expected = std::min(seconds, int(minutes * 60) + 1);
    QCOMPARE(points.size(), expected);
    QCOMPARE(points.last().x(), double(seconds));
    QVERIFY(points.first().x() >= seconds - minutes * 60);
    QCOMPARE(view.workerCpuPoints(1).size(), expected);
    view.refresh();
    QCOMPARE(seriesNamed(view.cpuChart(), QStringLiteral("System"))->count(), expected);

    // A smaller window drops what falls outside it at once.
    view.setWindowMinutes(0.5);
    QCOMPARE(view.systemCpuPoints().size(), 31);
    QCOMPARE(seriesNamed(view.cpuChart(), QStringLiteral("System"))->count(), 31);
}

void TestResourceChart::legendPerWorkerAndGoneWorkersLeave()
{
    ResourceChartView view;
    view.setWindowMinutes(1);
    view.addSnapshot(snapshotAt(1, {1, 2, 3}));
    view.refresh();
    QStringList legend;
    const auto markers = view.cpuChart()->legend()->markers();
    for (const QLegendMarker *marker : markers)
        legend << marker->label();
    for (const int id : {1, 2, 3})
        QVERIFY2(legend.contains(QStringLiteral("Worker %1").arg(id)), qPrintable(legend.join(u',')));
    QVERIFY(!legend.contains(QStringLiteral("Worker 99")));
    QVERIFY(seriesNamed(view.cpuChart(), QStringLiteral("Worker 1"))->color() != seriesNamed(view.cpuChart(), QStringLiteral("Worker 2"))->color());

    // Worker 2 stops; once its last point leaves the window, so does its series.
    for (int t = 2; t <= 70; ++t)
        view.addSnapshot(snapshotAt(t, {1, 3}));
    QCOMPARE(view.workers(), (QList<int>{1, 3}));
    QVERIFY(!seriesNamed(view.cpuChart(), QStringLiteral("Worker 2")));
    QVERIFY(!seriesNamed(view.memoryChart(), QStringLiteral("Worker 2")));
}

void TestResourceChart::limitsAreHorizontalLines()
{
    ResourceChartView view;
    view.setLimits(80, 2048);
    view.addSnapshot(snapshotAt(5, {1}));
    view.addSnapshot(snapshotAt(30, {1}));
    view.refresh();
    QLineSeries *cpuLimit = seriesNamed(view.cpuChart(), QStringLiteral("CPU limit"));
    QLineSeries *memoryLimit = seriesNamed(view.memoryChart(), QStringLiteral("Memory limit per worker"));
    QVERIFY(cpuLimit && memoryLimit);
    QCOMPARE(cpuLimit->count(), 2);
    QCOMPARE(cpuLimit->at(0).y(), 80.0);
    QCOMPARE(cpuLimit->at(1).y(), 80.0);
    QVERIFY(cpuLimit->at(1).x() >= 30);
    QCOMPARE(memoryLimit->at(0).y(), 2048.0);
    QVERIFY(memoryLimit->isVisible());
    view.setLimits(0, 0);
    QVERIFY(!cpuLimit->isVisible());
    QCOMPARE(cpuLimit->count(), 0);
}

void TestResourceChart::newRunStartsOver()
{
    ResourceChartView view;
    view.addSnapshot(snapshotAt(50, {1}));
    view.addSnapshot(snapshotAt(51, {1}));
    view.addSnapshot(snapshotAt(1, {4}));  // the clock went back: another run
    QCOMPARE(view.systemCpuPoints(), (QList<QPointF>{{1, 40}}));
    QCOMPARE(view.workers(), (QList<int>{4}));
}

QTEST_MAIN(TestResourceChart)
#include "tst_resourcechart.moc"
