#include "process/ProcessSweeper.h"

#include <QDeadlineTimer>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace orch {

namespace {

struct ProcStat
{
    char state = '?';
    qint64 parent = 0;
    qint64 session = 0;
    quint64 flags = 0; // the kernel's PF_* bits
    qint64 startTicks = 0; // clock ticks after boot
};

// PF_KTHREAD in include/linux/sched.h: a kernel thread, which has no environment at all.
constexpr quint64 kernelThreadFlag = 0x00200000;

// How many passes a process whose environment reads empty is looked at again before the sweep
// takes it for one that really has none (`env -i`). Between the moment exec() lets the parent go
// (vfork released, close-on-exec pipes closed) and the moment the new image's environment is set
// up, /proc/PID/environ reads as empty: a descendant caught there would otherwise escape unseen.
constexpr int emptyEnvironmentPasses = 10;

// Reads a small /proc file with plain syscalls: QFile cannot size procfs files. *opened says
// whether the file could be opened at all (a process of another user's cannot be read).
QByteArray readProcFile(const char *path, qsizetype limit, bool *opened = nullptr)
{
    QByteArray data;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (opened != nullptr)
        *opened = fd >= 0;
    if (fd < 0)
        return data;
    char buffer[16384];
    while (data.size() < limit) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        data.append(buffer, got);
    }
    ::close(fd);
    return data;
}

bool readStat(qint64 pid, ProcStat *stat)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
    const QByteArray text = readProcFile(path, 4096);
    // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses. Parsed in
    // place: a sweep reads this for every process on the machine, once per worker that ends.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0 || close + 2 >= text.size())
        return false;
    const char *cursor = text.constData() + close + 2;
    const char *const end = text.constData() + text.size();
    // Field numbers as in proc(5): state is 3, ppid 4, session 6, flags 9, starttime 22.
    int field = 3;
    stat->state = *cursor;
    while (cursor < end && field <= 22) {
        const char *tokenEnd = static_cast<const char *>(std::memchr(cursor, ' ', size_t(end - cursor)));
        if (tokenEnd == nullptr)
            tokenEnd = end;
        const QByteArray token = QByteArray::fromRawData(cursor, tokenEnd - cursor);
        if (field == 4)
            stat->parent = token.toLongLong();
        else if (field == 6)
            stat->session = token.toLongLong();
        else if (field == 9)
            stat->flags = token.toULongLong();
        else if (field == 22)
            stat->startTicks = token.toLongLong();
        cursor = tokenEnd + 1;
        ++field;
    }
    return field > 6;
}

// "\0NAME=value\0" so a search cannot match a suffix or prefix of another variable.
QByteArray needle(QLatin1String name, const QString &value)
{
    QByteArray result(1, '\0');
    result += QByteArray(name.data(), name.size()) + '=' + value.toUtf8() + '\0';
    return result;
}

} // namespace

ProcessSweeper::ProcessSweeper(const ProcessTag &tag, qint64 sessionId)
    : m_sessionId(sessionId)
{
    if (!tag.runId.isEmpty()) {
        m_runNeedle = needle(ProcessTag::runIdVariable, tag.runId);
        if (!tag.workerId.isEmpty())
            m_workerNeedle = needle(ProcessTag::workerIdVariable, tag.workerId);
    }
}

bool ProcessSweeper::matchesEnvironment(const QByteArray &environ) const
{
    if (m_runNeedle.isEmpty() || environ.isEmpty())
        return false;
    // Prepend a NUL so the first variable is delimited like the others.
    const QByteArray delimited = QByteArray(1, '\0') + environ;
    return delimited.contains(m_runNeedle) && (m_workerNeedle.isEmpty() || delimited.contains(m_workerNeedle));
}

bool ProcessSweeper::sweepOnce()
{
    const qint64 self = ::getpid();
    bool anyAlive = false;
    bool anyUnread = false;

    if (DIR *proc = ::opendir("/proc")) {
        while (const dirent *entry = ::readdir(proc)) {
            char *end = nullptr;
            const long long pid = std::strtoll(entry->d_name, &end, 10);
            if (pid <= 0 || *end != '\0' || pid == self || m_skipped.contains(pid))
                continue;
            ProcStat stat;
            if (!readStat(pid, &stat))
                continue;
            const bool zombie = stat.state == 'Z';
            bool match = m_sessionId > 0 && stat.session == m_sessionId;
            // A process older than the child cannot descend from it: skip reading its environment,
            // by far the dearest read of the sweep (the kernel copies it out of that process's memory).
            if (!match && !zombie && !m_runNeedle.isEmpty() && stat.startTicks >= m_notBeforeTicks) {
                char path[64];
                std::snprintf(path, sizeof path, "/proc/%lld/environ", pid);
                bool opened = false;
                const QByteArray environ = readProcFile(path, 4 * 1024 * 1024, &opened);
                match = matchesEnvironment(environ);
                // Empty but readable, and not a kernel thread: perhaps in the middle of exec().
                // Look again on the next passes, a bounded number of times.
                if (opened && environ.isEmpty() && (stat.flags & kernelThreadFlag) == 0
                    && ++m_emptyEnvironmentPasses[pid] < emptyEnvironmentPasses) {
                    anyUnread = true;
                }
            }
            if (!match)
                continue;
            m_seen.insert(pid);
            if (!zombie) {
                if (::kill(static_cast<pid_t>(pid), SIGKILL) == 0)
                    m_killed.insert(pid);
                anyAlive = true;
            }
        }
        ::closedir(proc);
    }

    for (auto it = m_seen.begin(); it != m_seen.end();) {
        const auto pid = static_cast<pid_t>(*it);
        // Never wait for QProcess's own child: QProcess must collect its exit status.
        const pid_t waited = *it == m_excludedPid ? -1 : ::waitpid(pid, nullptr, WNOHANG);
        if (*it == m_excludedPid)
            errno = ECHILD;
        bool gone = waited == pid;
        if (waited < 0 && errno == ECHILD) {
            // Not our child: its own parent reaps it; we only wait until it is dead.
            ProcStat stat;
            gone = !readStat(pid, &stat) || stat.state == 'Z';
        }
        if (gone)
            it = m_seen.erase(it);
        else
            ++it;
    }
    return !anyAlive && !anyUnread && m_seen.isEmpty();
}

bool ProcessSweeper::sweepUntilDone(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!sweepOnce()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

qint64 ProcessSweeper::startTicks(qint64 pid)
{
    ProcStat stat;
    return readStat(pid, &stat) ? stat.startTicks : -1;
}

bool ProcessSweeper::becomeSubreaper()
{
    return ::prctl(PR_SET_CHILD_SUBREAPER, 1UL, 0UL, 0UL, 0UL) == 0;
}

int ProcessSweeper::killTagged(const QString &runId, const QString &workerId)
{
    if (runId.isEmpty())
        return 0;
    ProcessSweeper sweeper(ProcessTag{runId, workerId}, 0);
    sweeper.sweepUntilDone(2000);
    return sweeper.killedCount();
}

} // namespace orch
