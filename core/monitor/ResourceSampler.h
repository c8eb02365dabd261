#pragma once

#include <QHash>
#include <QString>

namespace orch {

// The machine's CPU and memory, from /proc.
struct SystemSample
{
    double cpuPercent = 0;      // all cores together, 0..100, since the previous sample
    qint64 memoryUsedBytes = 0; // total minus available
    qint64 memoryTotalBytes = 0;
};

// One worker's whole process tree: every live process carrying its environment tag, including
// descendants that left its process group or session.
struct ProcessTreeSample
{
    int processes = 0;
    double cpuPercent = 0;  // of one core, summed over the tree (a busy two-thread tree shows 200)
    qint64 residentBytes = 0;
};

// Samples system and per-worker resources from /proc (Linux). CPU figures are rates, so each comes
// from the difference with the previous call: the first call of each kind reports 0 CPU.
class ResourceSampler
{
public:
    ResourceSampler();

    SystemSample sampleSystem();
    // Every worker of the run that has a live process, by ORCH_WORKER_ID; one scan of /proc.
    QHash<QString, ProcessTreeSample> sampleRun(const QString &runId);

private:
    struct CpuTimes
    {
        quint64 busy = 0;
        quint64 total = 0;
    };

    CpuTimes m_lastSystem;
    bool m_haveSystem = false;
    QHash<int, quint64> m_lastProcessTicks;  // pid -> utime + stime at the previous run sample
    qint64 m_lastRunSampleMs = 0;
    long m_ticksPerSecond = 100;
    long m_pageSize = 4096;
};

} // namespace orch
