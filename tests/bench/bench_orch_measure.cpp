// Runs one command and reports what the orchestration benchmarks need about it, on one line:
//   wall_s=.. self_cpu_s=.. children_cpu_s=.. exit=.. rss_peak_kb=.. rss_at_kb=.. samples_at=.. max_children=..
//
//   bench_orch_measure [--report FILE] [--sample-ms MS] [--at-children N] -- PROGRAM [ARGS...]
//
// The line goes to FILE when given (so that the command's own output can go anywhere), else stdout.
// self_cpu_s is the command's own user+system time without its children's. The rusage wait4 returns
// includes every descendant the command waited for, so instead the harness waits with WNOWAIT,
// reads fields 14-15 of /proc/PID/stat from the zombie (its threads' times, all of them ended by
// then), and only then reaps it. children_cpu_s is the rest of the rusage total.
//
// With --sample-ms the harness also samples, every MS milliseconds, the command's VmRSS and how many
// direct children it has (processes whose parent it is): rss_peak_kb is the largest RSS seen,
// rss_at_kb the median RSS over the samples taken while it had at least N children (--at-children,
// default 1), samples_at how many such samples there were. Without --sample-ms nothing runs beside
// the command, so timing runs are not disturbed.
//
// Plain POSIX and C++, no Qt: it must cost nothing next to what it measures.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <dirent.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct SelfTimes
{
    double cpuSeconds = -1;
};

// Fields after the command name, which is in parentheses and may hold spaces or ')'.
std::vector<std::string> statFields(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return {};
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream rest(line.substr(close + 1));
    std::vector<std::string> fields;
    std::string field;
    while (rest >> field)
        fields.push_back(field);
    return fields;
}

// Field N of /proc/PID/stat (1-based, as proc(5) numbers them) is fields[N - 3].
SelfTimes selfTimes(pid_t pid)
{
    const std::vector<std::string> fields = statFields(pid);
    SelfTimes times;
    if (fields.size() > 12) {
        const double ticks = double(::sysconf(_SC_CLK_TCK));
        times.cpuSeconds = (std::stod(fields[11]) + std::stod(fields[12])) / ticks;
    }
    return times;
}

long residentKb(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    }
    return -1;
}

int childCount(pid_t parent)
{
    DIR *proc = ::opendir("/proc");
    if (proc == nullptr)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(proc)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const pid_t pid = pid_t(std::atol(entry->d_name));
        const std::vector<std::string> fields = statFields(pid);
        if (fields.size() > 1 && std::atol(fields[1].c_str()) == parent)
            ++count;
    }
    ::closedir(proc);
    return count;
}

int usage(const char *why)
{
    std::fprintf(stderr, "bench_orch_measure: %s\nusage: bench_orch_measure [--report FILE] [--sample-ms MS] [--at-children N] -- "
                         "PROGRAM [ARGS...]\n", why);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    std::string reportPath;
    int sampleMs = 0;
    int atChildren = 1;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string arg = argv[first];
        if (arg == "--") {
            ++first;
            break;
        }
        if (first + 1 >= argc)
            return usage("an option lacks its value");
        if (arg == "--report")
            reportPath = argv[++first];
        else if (arg == "--sample-ms")
            sampleMs = std::atoi(argv[++first]);
        else if (arg == "--at-children")
            atChildren = std::atoi(argv[++first]);
        else
            return usage("unknown option");
    }
    if (first >= argc)
        return usage("no command");

    const auto started = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("fork");
        return 2;
    }
    if (pid == 0) {
        ::execvp(argv[first], argv + first);
        std::perror("execvp");
        ::_exit(127);
    }

    long peakKb = -1;
    int maxChildren = 0;
    std::vector<long> atKb;
    siginfo_t info{};
    for (;;) {
        // WNOWAIT: the command stays a zombie, so its /proc/PID/stat can still be read below.
        const int options = WEXITED | WNOWAIT | (sampleMs > 0 ? WNOHANG : 0);
        info.si_pid = 0;
        if (::waitid(P_PID, id_t(pid), &info, options) != 0) {
            if (errno == EINTR)
                continue;
            std::perror("waitid");
            return 2;
        }
        if (info.si_pid == pid)
            break;
        const long kb = residentKb(pid);
        const int children = childCount(pid);
        peakKb = std::max(peakKb, kb);
        maxChildren = std::max(maxChildren, children);
        if (kb > 0 && children >= atChildren)
            atKb.push_back(kb);
        std::this_thread::sleep_for(std::chrono::milliseconds(sampleMs));
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const SelfTimes self = selfTimes(pid);

    int status = 0;
    rusage usageTotal{};
    if (::wait4(pid, &status, 0, &usageTotal) != pid) {
        std::perror("wait4");
        return 2;
    }
    const double total = double(usageTotal.ru_utime.tv_sec) + double(usageTotal.ru_utime.tv_usec) / 1e6
        + double(usageTotal.ru_stime.tv_sec) + double(usageTotal.ru_stime.tv_usec) / 1e6;
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

    long medianAtKb = -1;
    if (!atKb.empty()) {
        std::sort(atKb.begin(), atKb.end());
        medianAtKb = atKb[atKb.size() / 2];
    }
    FILE *report = reportPath.empty() ? stdout : std::fopen(reportPath.c_str(), "w");
    if (report == nullptr) {
        std::perror(reportPath.c_str());
        return 2;
    }
    std::fprintf(report, "wall_s=%.3f self_cpu_s=%.2f children_cpu_s=%.2f exit=%d rss_peak_kb=%ld rss_at_kb=%ld "
                "samples_at=%zu max_children=%d\n",
                wall, self.cpuSeconds, std::max(0.0, total - self.cpuSeconds), exitCode, peakKb, medianAtKb,
                atKb.size(), maxChildren);
    return report == stdout || std::fclose(report) == 0 ? 0 : 2;
}
