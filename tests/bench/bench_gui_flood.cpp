// Flood while the window is open: the real MainWindow (offscreen) runs WORKERS workers whose agent
// (bench_gui_flooder, as agent.binary) prints MB megabytes of stream-json each as fast as it can,
// with the workers table, the first worker's output and the resource charts on screen. Measures
// how late a 5 ms timer fires on the GUI thread during the run (its worst and 99th-percentile
// lateness are the event loop's stalls) and the process's RSS: before the run, its peak (VmHWM)
// and at the end. Prints one line of key=value figures; exits non-zero when the run did not do
// what it should (a worker failed, no output reached the view, the charts got no samples).
//   bench_gui_flood FLOODER MB_PER_WORKER [WORKERS=8] [TIMEOUT_S=1800]
#include "config/ConfigLoader.h"
#include "main/MainWindow.h"
#include "run/Orchestrator.h"
#include "task/TaskEditor.h"
#include "workers/ResourceChartView.h"
#include "workers/WorkerOutputView.h"
#include "workers/WorkerTableModel.h"
#include "workers/WorkersPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProbeMs = 5;

// A field of /proc/self/status in MB (VmRSS, VmHWM).
double statusMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of the calling (GUI) thread, in ms: what the event loop itself spent, whatever else the
// machine was doing.
double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// The application, timing each event it delivers from the event loop: when the probe shows a
// stall, the slowest deliveries name what the loop was busy with.
class TimedApplication final : public QApplication
{
public:
    struct Slow
    {
        double ms = 0;
        QString what;
    };

    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        // Read before delivery: the receiver may delete itself while handling the event.
        const char *receiverClass = receiver->metaObject()->className();
        const QObject *parent = receiver->parent();
        const char *parentClass = parent ? parent->metaObject()->className() : "-";
        const int type = int(event->type());
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms > 10 && m_slow.size() < 100000) {
            m_slow.push_back({ms, QString::fromLatin1(receiverClass) + u" in "_s + QString::fromLatin1(parentClass)
                                      + u", event "_s + QString::number(type)});
        }
        return result;
    }

    // The slowest deliveries, slowest first.
    std::vector<Slow> slowest(std::size_t count) const
    {
        std::vector<Slow> sorted = m_slow;
        std::sort(sorted.begin(), sorted.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        sorted.resize(std::min(count, sorted.size()));
        return sorted;
    }

private:
    int m_depth = 0;
    std::vector<Slow> m_slow;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window keeps its state under the configuration folder: a throwaway one, never the user's.
    QTemporaryDir work;
    if (!work.isValid())
        return 2;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(u"config"_s)));
    TimedApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_gui_flood FLOODER MB_PER_WORKER [WORKERS=8] [TIMEOUT_S=1800]\n");
        return 2;
    }
    const QString flooder = QFileInfo(args.at(1)).absoluteFilePath();
    const double megabytes = args.at(2).toDouble();
    const int workers = args.size() > 3 ? args.at(3).toInt() : 8;
    const int timeoutS = args.size() > 4 ? args.at(4).toInt() : 1800;

    orch::ConfigLoader loader(work.path());
    loader.applyOverrides({{u"agent.binary"_s, flooder, u"--set"_s},
                           {u"planning.decomposer"_s, u"heuristic"_s, u"--set"_s},
                           {u"paths.workspace"_s, work.filePath(u"workspace"_s), u"--set"_s},
                           {u"paths.logs"_s, work.filePath(u"workspace/logs"_s), u"--set"_s},
                           {u"resources.max_cpu_percent"_s, u"100"_s, u"--set"_s},
                           {u"orchestrator.max_workers"_s, QString::number(workers), u"--set"_s},
                           {u"orchestrator.max_retries"_s, u"0"_s, u"--set"_s},
                           {u"orchestrator.timeout"_s, QString::number(timeoutS), u"--set"_s},
                           {u"monitoring.interval"_s, u"1"_s, u"--set"_s}});
    loader.finish();
    if (loader.hasErrors()) {
        std::fprintf(stderr, "%s\n", qPrintable(loader.errorMessages().join(u'\n')));
        return 2;
    }

    orch::MainWindow window(loader.config());
    window.resize(1200, 800);
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Let the first paint and the first monitor samples settle before measuring.
    QTimer::singleShot(1500, &app, &QCoreApplication::quit);
    QApplication::exec();
    const double rssIdleMb = statusMb("VmRSS");

    orch::Plan plan;
    plan.task = u"Flood the window with output"_s;
    for (int i = 1; i <= workers; ++i) {
        orch::Subtask subtask;
        subtask.id = QString::number(i);
        subtask.title = u"Flood %1"_s.arg(i);
        subtask.prompt = u"[[flood:%1]] Print build output without end."_s.arg(megabytes);
        plan.subtasks << subtask;
    }
    orch::TaskEditor *editor = window.taskEditor();
    editor->setTask(plan.task);
    editor->setPlan(plan);

    // The probe: a 5 ms timer on the GUI thread; how much later than 5 ms each tick comes is how
    // long the event loop was busy with something else (or not scheduled at all: the machine is
    // shared). The GUI thread's CPU time between two ticks separates the two: it is the part the
    // event loop spent working, which other processes cannot inflate.
    std::vector<double> stalls;
    std::vector<double> busy;
    stalls.reserve(1 << 20);
    busy.reserve(1 << 20);
    QElapsedTimer clock;
    qint64 last = -1;
    double lastCpu = 0;
    double worst = -1;
    double worstAtS = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        if (measuring && last >= 0) {
            const double stall = std::max(0.0, double(now - last) / 1e6 - ProbeMs);
            if (stall > worst) {
                worst = stall;
                worstAtS = double(now) / 1e9;
            }
            stalls.push_back(stall);
            busy.push_back(cpu - lastCpu);
        }
        last = now;
        lastCpu = cpu;
    });

    qint64 events = 0;
    orch::Orchestrator *orchestrator = window.orchestrator();
    QObject::connect(orchestrator, &orch::Orchestrator::workerEvents, &app,
                     [&events](int, const QList<orch::AgentEvent> &batch) { events += batch.size(); });
    orch::RunResult result;
    bool finished = false;
    double runS = 0;
    QObject::connect(orchestrator, &orch::Orchestrator::runFinished, &app, [&](const orch::RunResult &r) {
        result = r;
        finished = true;
        runS = double(clock.nsecsElapsed()) / 1e9;
        // Measured a little longer: what the window and the engine do once the run is over
        // (results view, result.json) happens on the same event loop.
        QTimer::singleShot(500, &app, [&measuring] {
            measuring = false;
            QCoreApplication::quit();
        });
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, [orchestrator] {
        std::fprintf(stderr, "timed out: cancelling the run\n");
        orchestrator->cancel();
    });

    clock.start();
    probe.start();
    measuring = true;
    window.startRun();
    deadline.start(timeoutS * 1000);
    if (!finished)
        QApplication::exec();
    const double wallS = finished ? runS : double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    // What the view and the charts show once the run is over (rendered, so nothing is skipped).
    window.workersPanel()->outputView()->flushNow();
    const double rssEndMb = statusMb("VmRSS");
    const double rssPeakMb = statusMb("VmHWM");

    qint64 transcriptBytes = 0;
    int succeeded = 0;
    for (const orch::SubtaskResult &subtask : std::as_const(result.subtaskResults)) {
        if (subtask.status == orch::SubtaskResult::Status::Success)
            ++succeeded;
        transcriptBytes +=
            QFileInfo(orchestrator->store().transcriptPath(orchestrator->runId(), subtask.workerId, subtask.attempts)).size();
    }
    const int viewLines = window.workersPanel()->outputView()->textEdit()->blockCount();
    const qsizetype chartPoints = window.resourceChart()->systemCpuPoints().size();
    const int rows = window.workersPanel()->model()->rowCount();

    std::printf("flood workers=%d mb_per_worker=%g succeeded=%d rows=%d events=%lld transcript_mb=%.1f wall_s=%.2f "
                "throughput_mb_s=%.1f probes=%zu worst_stall_ms=%.2f p99_stall_ms=%.2f p50_stall_ms=%.2f "
                "worst_at_s=%.2f worst_busy_ms=%.2f p99_busy_ms=%.2f rss_idle_mb=%.1f rss_peak_mb=%.1f rss_end_mb=%.1f "
                "view_lines=%d chart_points=%lld\n",
                workers, megabytes, succeeded, rows, static_cast<long long>(events), double(transcriptBytes) / 1048576.0,
                wallS, double(transcriptBytes) / 1048576.0 / wallS, stalls.size(), percentile(stalls, 1.0),
                percentile(stalls, 0.99), percentile(stalls, 0.5), worstAtS, percentile(busy, 1.0), percentile(busy, 0.99), rssIdleMb, rssPeakMb, rssEndMb, viewLines,
                static_cast<long long>(chartPoints));
    std::fflush(stdout);
    for (const TimedApplication::Slow &slow : app.slowest(5))
        std::fprintf(stderr, "slow event: %.1f ms %s\n", slow.ms, qPrintable(slow.what));

    bool ok = true;
    auto check = [&ok](bool condition, const char *what) {
        if (!condition) {
            std::fprintf(stderr, "FAILED: %s\n", what);
            ok = false;
        }
    };
    check(finished, "the run finished");
    check(succeeded == workers, "every worker succeeded");
    check(rows == workers, "the table shows every worker");
    check(double(transcriptBytes) >= 0.99 * megabytes * 1048576.0 * workers, "every worker's output was read");
    check(events > 0, "events reached the window");
    check(viewLines > 1, "the output view shows lines");
    check(chartPoints > 0, "the charts got samples");
    check(!stalls.empty(), "the probe ran");
    return ok ? 0 : 1;
}
