#include "MonitorFormatter.h"

#include <algorithm>

namespace orch {

QString MonitorFormatter::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString MonitorFormatter::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1h %2m").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString MonitorFormatter::bytes(qint64 bytes)
{
    const double gb = double(bytes) / (1024.0 * 1024 * 1024);
    if (gb >= 1)
        return QStringLiteral("%1 GB").arg(gb, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 0);
}

QString MonitorFormatter::format(const MonitorSnapshot &s, int columns)
{
    // "Progress: [" + bar + "] 100% (10/10 completed)" takes about 34 cells besides the bar.
    const int barWidth = columns > 0 ? std::clamp(columns - 34, 5, 20) : 20;
    const int filled = s.total > 0 ? int(barWidth * s.settled() / s.total) : 0;
    QString bar = QString(filled, QChar(0x2588)) + QString(barWidth - filled, QChar(0x2591));
    QStringList lines;
    lines << tr("=== Task Execution Monitor ===");
    lines << tr("Time: %1 | Workers: %2/%3 active").arg(clock(s.elapsedMs)).arg(s.active).arg(s.maxWorkers);
    lines << tr("Progress: [%1] %2% (%3/%4 completed)")
                 .arg(bar)
                 .arg(qRound(s.progressPercent()))
                 .arg(s.completed)
                 .arg(s.total);
    lines << QString();
    for (const WorkerSnapshot &w : s.workers) {
        QString state;
        switch (w.status) {
        case SubtaskResult::Status::Success:
            state = tr("\u2713 Completed (%1)").arg(duration(w.durationMs));
            break;
        case SubtaskResult::Status::Running:
            state = tr("\u2699 In Progress (%1)").arg(duration(w.durationMs));
            if (w.attempt > 1)
                state += tr(", attempt %1").arg(w.attempt);
            if (w.residentBytes > 0)
                state += tr(" | CPU %1% | %2").arg(w.cpuPercent, 0, 'f', 0).arg(bytes(w.residentBytes));
            break;
        case SubtaskResult::Status::Failed:
            state = tr("\u2717 Failed (%1)").arg(duration(w.durationMs));
            break;
        case SubtaskResult::Status::Timeout:
            state = tr("\u2717 Timed out (%1)").arg(duration(w.durationMs));
            break;
        case SubtaskResult::Status::Cancelled:
            state = tr("\u2717 Cancelled");
            break;
        case SubtaskResult::Status::Skipped:
            state = tr("- Skipped");
            break;
        case SubtaskResult::Status::Pending:
            state = w.waitingToRetry ? tr("\u23f3 Waiting to retry") : tr("\u23f3 Queued");
            break;
        }
        lines << tr("Worker %1: %2").arg(w.workerId).arg(state);
    }
    lines << QString();
    lines << tr("Resources:");
    lines << tr("  CPU: %1%").arg(s.system.cpuPercent, 0, 'f', 1);
    lines << tr("  Memory: %1 / %2").arg(bytes(s.system.memoryUsedBytes), bytes(s.system.memoryTotalBytes));
    if (s.costUsd > 0)
        lines << tr("  Cost: $%1").arg(s.costUsd, 0, 'f', 4);
    if (!s.pauseReason.isEmpty()) {
        lines << QString() << tr("Paused: %1").arg(s.pauseReason);
        if (s.pauseRemainingMs >= 0)
            lines << tr("Resuming in %1").arg(duration(s.pauseRemainingMs));
    }
    if (!s.waitingReason.isEmpty())
        lines << QString() << tr("Not starting more workers, %1").arg(s.waitingReason);
    lines << QString();
    lines << (s.etaMs >= 0 ? tr("ETA: ~%1").arg(duration(s.etaMs)) : tr("ETA: estimating..."));
    return lines.join(u'\n') + u'\n';
}

} // namespace orch
