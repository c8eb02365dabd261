// How much one monitor sample costs: ResourceSampler::sampleRun() (one /proc scan for every
// worker's whole process tree) against the obvious alternative, running `ps` once, with the same
// number of tagged processes alive. Alternating repetitions; prints medians and the ratio.
//   bench_sampler [PROCESSES] [REPETITIONS]     defaults: 64 processes, 50 repetitions
#include "monitor/ResourceSampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace orch;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int processes = args.size() > 1 ? args.at(1).toInt() : 64;
    const int repetitions = args.size() > 2 ? args.at(2).toInt() : 50;
    const QString runId = QStringLiteral("bench-sampler-%1").arg(QCoreApplication::applicationPid());

    // Tagged sleepers spread over eight "workers", as a busy run would have.
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < processes; ++i) {
        auto child = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORCH_RUN_ID"), runId);
        env.insert(QStringLiteral("ORCH_WORKER_ID"), QString::number(i % 8 + 1));
        child->setProcessEnvironment(env);
        child->start(QStringLiteral("sleep"), {QStringLiteral("300")});
        if (!child->waitForStarted()) {
            std::fprintf(stderr, "cannot start sleep\n");
            return 1;
        }
        children.push_back(std::move(child));
    }

    ResourceSampler sampler;
    std::vector<double> ours;
    std::vector<double> ps;
    int seen = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, ProcessTreeSample> sample = sampler.sampleRun(runId);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        seen = 0;
        for (const ProcessTreeSample &worker : sample)
            seen += worker.processes;

        timer.restart();
        QProcess baseline;
        baseline.start(QStringLiteral("ps"), {QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=,rss=,pcpu=")});
        baseline.waitForFinished();
        baseline.readAllStandardOutput();
        ps.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    for (auto &child : children) {
        child->kill();
        child->waitForFinished();
    }

    const double oursMs = median(ours);
    const double psMs = median(ps);
    std::printf("tagged processes: %d (sampler saw %d)\n", processes, seen);
    std::printf("sampleRun median: %.3f ms\n", oursMs);
    std::printf("ps -e median:     %.3f ms\n", psMs);
    std::printf("ratio sampleRun / ps: %.2f\n", psMs > 0 ? oursMs / psMs : 0.0);
    std::printf("CPU share of one core at a 1 s interval: %.3f %%\n", oursMs / 10.0);
    return seen == processes ? 0 : 2;
}
