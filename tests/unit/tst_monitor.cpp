// Monitor: ETA arithmetic, the user guide's display, and live snapshots of a run on fake_claude.
#include "config/ConfigLoader.h"
#include "monitor/Monitor.h"
#include "monitor/MonitorFormatter.h"
#include "run/Orchestrator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

class TestMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void eta_data();
    void eta();
    void userGuideDisplay();
    void progressBarFitsTheTerminal_data();
    void progressBarFitsTheTerminal();
    void pauseShowsItsCountdown();
    void liveSnapshots();
};

void TestMonitor::eta_data()
{
    QTest::addColumn<QList<qint64>>("settled");
    QTest::addColumn<QList<qint64>>("running");
    QTest::addColumn<int>("queued");
    QTest::addColumn<int>("maxWorkers");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("nothing finished yet") << QList<qint64>{} << QList<qint64>{1000} << 3 << 2 << qint64(-1);
    QTest::addRow("work shared by two") << QList<qint64>{10000, 10000} << QList<qint64>{4000} << 2 << 2 << qint64(13000);
    QTest::addRow("one worker") << QList<qint64>{6000} << QList<qint64>{} << 3 << 1 << qint64(18000);
    QTest::addRow("overdue running counts zero") << QList<qint64>{5000} << QList<qint64>{9000} << 0 << 4 << qint64(0);
    QTest::addRow("all done") << QList<qint64>{5000, 7000} << QList<qint64>{} << 0 << 4 << qint64(0);
}

void TestMonitor::eta()
{
    QFETCH(QList<qint64>, settled);
    QFETCH(QList<qint64>, running);
    QFETCH(int, queued);
    QFETCH(int, maxWorkers);
    QFETCH(qint64, expected);
    QCOMPARE(Monitor::estimateRemainingMs(settled, running, queued, maxWorkers), expected);
}

void TestMonitor::userGuideDisplay()
{
    // The user guide's example, as a snapshot.
    MonitorSnapshot s;
    s.elapsedMs = 135000;
    s.maxWorkers = 5;
    s.total = 5;
    s.active = 3;
    s.completed = 3;
    s.queued = 1;
    s.etaMs = 80000;
    s.system.cpuPercent = 45.2;
    s.system.memoryUsedBytes = qint64(1.2 * 1024 * 1024 * 1024);
    s.system.memoryTotalBytes = 8LL * 1024 * 1024 * 1024;
    const auto worker = [](int id, SubtaskResult::Status status, qint64 ms) {
        WorkerSnapshot w;
        w.workerId = id;
        w.status = status;
        w.durationMs = ms;
        w.attempt = 1;
        return w;
    };
    s.workers = {worker(1, SubtaskResult::Status::Success, 45000), worker(2, SubtaskResult::Status::Running, 90000),
                 worker(5, SubtaskResult::Status::Pending, 0)};
    const QString text = MonitorFormatter::format(s);
    for (const QString &line :
         {u"=== Task Execution Monitor ==="_s, u"Time: 00:02:15 | Workers: 3/5 active"_s,
          u"Progress: [\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591] 60% (3/5 completed)"_s,
          u"Worker 1: \u2713 Completed (45s)"_s, u"Worker 2: \u2699 In Progress (1m 30s)"_s, u"Worker 5: \u23f3 Queued"_s,
          u"  CPU: 45.2%"_s, u"  Memory: 1.2 GB / 8.0 GB"_s, u"ETA: ~1m 20s"_s})
        QVERIFY2(text.contains(line + u'\n'), qPrintable(u"missing: "_s + line + u"\n"_s + text));
}

void TestMonitor::progressBarFitsTheTerminal_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("barCells");
    QTest::addRow("no terminal") << 0 << 20;
    QTest::addRow("wide") << 120 << 20;
    QTest::addRow("just wide enough") << 54 << 20;
    QTest::addRow("narrow") << 44 << 10;
    QTest::addRow("very narrow") << 20 << 5;
}

void TestMonitor::progressBarFitsTheTerminal()
{
    QFETCH(int, columns);
    QFETCH(int, barCells);
    MonitorSnapshot s;
    s.total = 4;
    s.completed = 1;
    s.maxWorkers = 2;
    const QStringList lines = MonitorFormatter::format(s, columns).split(u'\n');
    const auto progress = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"Progress: ["_s); });
    QVERIFY(progress != lines.cend());
    const QString bar = progress->section(u'[', 1).section(u']', 0, 0);
    QCOMPARE(bar.size(), barCells);
    QCOMPARE(bar.count(QChar(0x2588)), barCells / 4);
    if (columns >= 54)
        QVERIFY(progress->size() <= columns);
}

void TestMonitor::pauseShowsItsCountdown()
{
    MonitorSnapshot s;
    s.total = 1;
    s.pauseReason = u"usage limit reached"_s;
    s.pauseRemainingMs = 80000;
    QVERIFY(MonitorFormatter::format(s).contains(u"Paused: usage limit reached\nResuming in 1m 20s\n"_s));
    s.pauseRemainingMs = -1;
    QVERIFY(!MonitorFormatter::format(s).contains(u"Resuming in"_s));
}

void TestMonitor::liveSnapshots()
{
    QTemporaryDir dir;
    ConfigLoader loader(dir.path());
    loader.applyOverrides({{u"agent.binary"_s, QStringLiteral(FAKE_CLAUDE), u"--set"_s}});
    loader.finish();
    Config config = loader.config();
    config.orchestrator.maxWorkers = 2;
    config.resources.maxCpuPercent = 100;
    Orchestrator orchestrator(config);
    Monitor monitor(&orchestrator);
    monitor.setInterval(100);
    QList<MonitorSnapshot> snapshots;
    connect(&monitor, &Monitor::snapshotReady, this, [&](const MonitorSnapshot &s) { snapshots << s; });
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    Plan plan;
    plan.task = u"three"_s;
    for (int i = 1; i <= 3; ++i)
        plan.subtasks << Subtask{QString::number(i), u"S%1"_s.arg(i), u"[[fake:sleep:0.8]] write s%1.txt"_s.arg(i), {}};
    QVERIFY(orchestrator.start(plan));
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const MonitorSnapshot last = monitor.snapshot();
    QCOMPARE(last.total, 3);
    QCOMPARE(last.completed, 3);
    QCOMPARE(last.progressPercent(), 100.0);
    QCOMPARE(last.etaMs, 0);
    QVERIFY(last.costUsd > 0);
    // While it ran: never more than two active, one queued at first, and the fakes' memory seen.
    QVERIFY(!snapshots.isEmpty());
    QVERIFY(std::all_of(snapshots.cbegin(), snapshots.cend(), [](const MonitorSnapshot &s) { return s.active <= 2; }));
    QVERIFY(std::any_of(snapshots.cbegin(), snapshots.cend(), [](const MonitorSnapshot &s) { return s.queued == 1; }));
    QVERIFY(std::any_of(snapshots.cbegin(), snapshots.cend(), [](const MonitorSnapshot &s) {
        return std::any_of(s.workers.cbegin(), s.workers.cend(), [](const WorkerSnapshot &w) {
            return w.status == SubtaskResult::Status::Running && w.residentBytes > 0;
        });
    }));
    QVERIFY(std::any_of(snapshots.cbegin(), snapshots.cend(), [](const MonitorSnapshot &s) { return s.etaMs > 0; }));
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
