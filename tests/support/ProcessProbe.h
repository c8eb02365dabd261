#pragma once

// Test helpers that look at processes through /proc (Linux): what a run left running, and how much
// memory this process holds.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace orch::test {

// Processes still alive (zombies excluded) whose environment carries ORCH_RUN_ID=runId.
inline QList<int> taggedProcesses(const QString &runId)
{
    QList<int> pids;
    const QByteArray needle = "ORCH_RUN_ID=" + runId.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(needle))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z "))
            continue;
        pids << pid;
    }
    return pids;
}

// This process's resident set size in kB, or -1.
inline qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace orch::test
