#include "ResourceSampler.h"

#include "process/ProcessSpec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace orch {

namespace {

QByteArray readProcFile(const QString &path, qint64 maxBytes = 1 << 20)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return file.read(maxBytes);
}

// utime + stime of one process, from /proc/PID/stat; fields after the command's closing ')'.
std::optional<quint64> processTicks(int pid, bool *zombie)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid), 4096);
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ')': state(0) ppid(1) ... utime(11) stime(12).
    if (fields.size() < 13)
        return std::nullopt;
    *zombie = fields.at(0) == "Z" || fields.at(0) == "X";
    return fields.at(11).toULongLong() + fields.at(12).toULongLong();
}

} // namespace

ResourceSampler::ResourceSampler()
{
    if (const long ticks = ::sysconf(_SC_CLK_TCK); ticks > 0)
        m_ticksPerSecond = ticks;
    if (const long page = ::sysconf(_SC_PAGESIZE); page > 0)
        m_pageSize = page;
}

SystemSample ResourceSampler::sampleSystem()
{
    SystemSample sample;
    // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".
    const QByteArray stat = readProcFile(QStringLiteral("/proc/stat"), 4096);
    const QList<QByteArray> fields = stat.left(stat.indexOf('\n')).simplified().split(' ');
    if (fields.size() >= 8 && fields.first() == "cpu") {
        CpuTimes now;
        for (qsizetype i = 1; i < fields.size() && i <= 8; ++i)
            now.total += fields.at(i).toULongLong();
        const quint64 idle = fields.at(4).toULongLong() + fields.at(5).toULongLong();
        now.busy = now.total - idle;
        if (m_haveSystem && now.total > m_lastSystem.total) {
            sample.cpuPercent = 100.0 * double(now.busy - m_lastSystem.busy) / double(now.total - m_lastSystem.total);
        }
        m_lastSystem = now;
        m_haveSystem = true;
    }
    qint64 totalKb = 0, availableKb = 0;
    for (const QByteArray &line : readProcFile(QStringLiteral("/proc/meminfo"), 16384).split('\n')) {
        if (line.startsWith("MemTotal:"))
            totalKb = line.mid(9).trimmed().split(' ').first().toLongLong();
        else if (line.startsWith("MemAvailable:"))
            availableKb = line.mid(13).trimmed().split(' ').first().toLongLong();
    }
    sample.memoryTotalBytes = totalKb * 1024;
    sample.memoryUsedBytes = (totalKb - availableKb) * 1024;
    return sample;
}

QHash<QString, ProcessTreeSample> ResourceSampler::sampleRun(const QString &runId)
{
    QHash<QString, ProcessTreeSample> result;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const double elapsedSeconds = m_lastRunSampleMs > 0 ? (nowMs - m_lastRunSampleMs) / 1000.0 : 0;
    const QByteArray runTag = ProcessTag::runIdVariable.latin1() + QByteArray("=") + runId.toUtf8();
    const QByteArray workerPrefix = ProcessTag::workerIdVariable.latin1() + QByteArray("=");
    QHash<int, quint64> ticksNow;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray environ = readProcFile(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.contains(runTag))
            continue;
        QString workerId;
        bool tagged = false;
        for (const QByteArray &variable : environ.split('\0')) {
            if (variable == runTag)
                tagged = true;
            else if (variable.startsWith(workerPrefix))
                workerId = QString::fromUtf8(variable.mid(workerPrefix.size()));
        }
        bool zombie = false;
        const std::optional<quint64> ticks = processTicks(pid, &zombie);
        if (!tagged || !ticks || zombie)
            continue;
        ticksNow.insert(pid, *ticks);
        ProcessTreeSample &tree = result[workerId];
        ++tree.processes;
        const QList<QByteArray> statm = readProcFile(QStringLiteral("/proc/%1/statm").arg(pid), 256).split(' ');
        if (statm.size() >= 2)
            tree.residentBytes += statm.at(1).toLongLong() * m_pageSize;
        if (elapsedSeconds > 0) {
            // A process new since the last sample counts from zero: its whole life fits in the interval
            // only if it started within it, which is the usual case for short-lived helpers.
            const quint64 before = m_lastProcessTicks.value(pid, 0);
            if (*ticks >= before)
                tree.cpuPercent += 100.0 * double(*ticks - before) / double(m_ticksPerSecond) / elapsedSeconds;
        }
    }
    m_lastProcessTicks = std::move(ticksNow);
    m_lastRunSampleMs = nowMs;
    return result;
}

} // namespace orch
