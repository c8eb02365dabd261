// Footprint: time from start to the first painted window, and idle RSS, of GUI programs that have
// the first-paint hook (app/gui/FirstPaintProbe: ORCH_BENCH_FIRST_PAINT). Each repetition starts
// every variant once, in an order that rotates from one repetition to the next; prints each
// variant's runs, medians, and the ratios to the first variant (the baseline).
//   bench_gui_footprint REPETITIONS IDLE_MS LABEL DIR PROGRAM [LABEL DIR PROGRAM]...
// DIR is the working directory the program starts in. The start time is measured from before the
// fork to the moment "painted" arrives on the program's stdout: loading the libraries, building
// the window and its first paint. Exits non-zero when a program does not report in time.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace {

constexpr int TimeoutMs = 60000;

struct Variant
{
    std::string label;
    std::string dir;
    std::string program;
    std::vector<double> startMs;
    std::vector<double> idleRssMb;
};

double nowMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// Starts the program once; false when it did not report both lines in time or failed.
bool measure(Variant &variant, int idleMs)
{
    int out[2];
    if (::pipe(out) != 0)
        return false;
    const std::string idle = std::to_string(idleMs);
    const double started = nowMs();
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        if (::chdir(variant.dir.c_str()) != 0)
            ::_exit(126);
        ::setenv("ORCH_BENCH_FIRST_PAINT", idle.c_str(), 1);
        ::execl(variant.program.c_str(), variant.program.c_str(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    std::string text;
    double paintedMs = -1;
    long long rssKb = -1;
    bool timedOut = false;
    for (;;) {
        pollfd fd{out[0], POLLIN, 0};
        const int ready = ::poll(&fd, 1, TimeoutMs);
        if (ready == 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        char buffer[4096];
        const ssize_t got = ::read(out[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        text.append(buffer, std::size_t(got));
        if (paintedMs < 0 && text.find("painted\n") != std::string::npos)
            paintedMs = nowMs() - started;
        if (const auto at = text.find("idle_rss_kb="); at != std::string::npos && text.find('\n', at) != std::string::npos)
            rssKb = std::atoll(text.c_str() + at + 12);
    }
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (timedOut || paintedMs < 0 || rssKb <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "FAILED: %s (%s) did not report: exit %d, output '%s'\n", variant.label.c_str(),
                     variant.program.c_str(), WIFEXITED(status) ? WEXITSTATUS(status) : -1, text.c_str());
        return false;
    }
    variant.startMs.push_back(paintedMs);
    variant.idleRssMb.push_back(double(rssKb) / 1024.0);
    std::printf("  %-14s start %7.1f ms  idle RSS %6.1f MB\n", variant.label.c_str(), paintedMs, double(rssKb) / 1024.0);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 6 || (argc - 3) % 3 != 0) {
        std::fprintf(stderr, "usage: bench_gui_footprint REPETITIONS IDLE_MS LABEL DIR PROGRAM [LABEL DIR PROGRAM]...\n");
        return 2;
    }
    const int repetitions = std::atoi(argv[1]);
    const int idleMs = std::atoi(argv[2]);
    std::vector<Variant> variants;
    for (int i = 3; i + 2 < argc; i += 3)
        variants.push_back({argv[i], argv[i + 1], argv[i + 2], {}, {}});

    for (int rep = 0; rep < repetitions; ++rep) {
        std::printf("repetition %d\n", rep + 1);
        for (std::size_t k = 0; k < variants.size(); ++k) {
            if (!measure(variants[(k + std::size_t(rep)) % variants.size()], idleMs))
                return 1;
        }
    }

    const Variant &base = variants.front();
    const double baseStart = median(base.startMs);
    const double baseRss = median(base.idleRssMb);
    std::printf("\n%-14s %14s %10s %16s %10s\n", "program", "start median", "ratio", "idle RSS median", "ratio");
    for (const Variant &variant : variants) {
        const double start = median(variant.startMs);
        const double rss = median(variant.idleRssMb);
        std::printf("%-14s %11.1f ms %9.2fx %13.1f MB %9.2fx\n", variant.label.c_str(), start, start / baseStart, rss,
                    rss / baseRss);
    }
    return 0;
}
