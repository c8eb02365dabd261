#include "Lifecycle.h"

#include "StreamWriter.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace orch::fake {

namespace {

volatile std::sig_atomic_t g_stopSignal = 0;

struct LogState
{
    bool started = false;
    std::string path;
    std::string details;  // the JSON object's members known at the start
    std::int64_t startMs = 0;
    pid_t grandchild = 0;
};
LogState g_log;

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

void setHandler(int signal, void (*handler)(int))
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: blocked reads, writes and sleeps must return
    ::sigaction(signal, &action, nullptr);
}

void appendLog(const std::string &record)
{
    if (g_log.path.empty())
        return;
    const int fd = ::open(g_log.path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    writeAll(fd, record + '\n');
    ::close(fd);
}

void logEnd(int exitCode, int signal)
{
    if (!g_log.started || g_log.path.empty())
        return;
    g_log.started = false;
    std::string line = std::to_string(::getpid()) + ' ' + std::to_string(g_log.startMs) + ' '
        + std::to_string(nowMs()) + ' ' + std::to_string(exitCode) + " {" + g_log.details;
    if (signal != 0)
        line += ",\"signal\":" + std::to_string(signal);
    if (g_log.grandchild != 0)
        line += ",\"grandchild_pid\":" + std::to_string(g_log.grandchild);
    appendLog(line + '}');
}

double maxHangSeconds()
{
    if (const char *env = ::getenv("FAKE_CLAUDE_MAX_HANG_SECONDS")) {
        const double value = std::atof(env);
        if (value > 0)
            return value;
    }
    return 3600;
}

} // namespace

void installStopHandlers()
{
    setHandler(SIGTERM, onStopSignal);
    setHandler(SIGINT, onStopSignal);
    setHandler(SIGHUP, onStopSignal);
}

void ignoreStopSignals()
{
    setHandler(SIGTERM, SIG_IGN);
    setHandler(SIGINT, SIG_IGN);
}

int stopSignal()
{
    return g_stopSignal;
}

bool sleepSeconds(double seconds)
{
    // In slices, so a signal that lands just before a slice starts still ends the wait soon.
    const std::int64_t deadline = nowMs() + static_cast<std::int64_t>(seconds * 1000);
    for (std::int64_t left = deadline - nowMs(); left > 0 && g_stopSignal == 0; left = deadline - nowMs()) {
        const std::int64_t slice = left < 100 ? left : 100;
        timespec wait{0, static_cast<long>(slice) * 1000000L};
        ::nanosleep(&wait, nullptr);  // EINTR: the loop looks at the flag
    }
    return g_stopSignal == 0;
}

bool sleepUntilStopped()
{
    const std::int64_t deadline = nowMs() + static_cast<std::int64_t>(maxHangSeconds() * 1000);
    while (g_stopSignal == 0) {
        if (nowMs() >= deadline)
            return false;
        sleepSeconds(1);
    }
    return true;
}

void logStart(const Invocation &inv, const std::string &cwd, const std::string &scenario, const std::string &arg)
{
    const char *path = ::getenv("FAKE_CLAUDE_LOG");
    g_log.path = path != nullptr ? path : "";
    g_log.details = "\"cwd\":" + jsonString(cwd) + ",\"scenario\":" + jsonString(scenario) + ",\"arg\":"
        + jsonString(arg) + ",\"argv\":" + jsonStringArray(inv.argv);
    if (g_log.startMs == 0)
        g_log.startMs = nowMs();  // the first call: reading stdin is part of the run
    g_log.started = true;
}

void setGrandchildPid(pid_t pid)
{
    g_log.grandchild = pid;
}

void finish(int exitCode)
{
    logEnd(exitCode, 0);
    std::_Exit(exitCode);  // every byte already went out through write(2)
}

void finishBySignal(int signal)
{
    logEnd(128 + signal, signal);
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    setHandler(signal, SIG_DFL);
    sigset_t set;
    ::sigemptyset(&set);
    ::sigaddset(&set, signal);
    ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
    ::kill(::getpid(), signal);
    std::_Exit(1);  // a signal whose default action is not fatal: still end without a result
}

} // namespace orch::fake
