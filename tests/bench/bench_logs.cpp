// Benchmark 4, log browsing: a big JSONL log in the product's format (JsonlSink::formatLine), opened
// in the real LogBrowser widget (offscreen), timed while it indexes, filters by a substring and
// filters by level, with the event loop's lateness sampled every 5 ms throughout.
//   bench_logs generate FILE MEGABYTES      writes the log; prints lines=, substring=, errors=
//   bench_logs browse FILE SUBSTRING        prints index_ms=, substring_ms=, level_ms=, stalls
// tests/bench/logs.sh runs both against wc -l and grep -c on the same file.
#include "logging/JsonlSink.h"
#include "logging/LogFields.h"
#include "logs/LogBrowser.h"
#include "logs/LogIndex.h"
#include "logs/LogTableModel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace orch;

namespace {

// The substring filtered for: only in some WARNING and ERROR messages, always in this case, so
// grep -c (case-sensitive, whole line) and the browser (any case, message only) count the same lines.
constexpr std::string_view needle = "connection reset";

// CPU time of the calling thread, or of the whole process, in microseconds.
qint64 cpuMicros(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_logs generate FILE MEGABYTES | bench_logs browse FILE SUBSTRING\n");
    return 2;
}

// Agent output for the long lines: words, newlines, tabs, quotes and some non-ASCII text, so the
// scanner meets escapes and multi-byte characters as it does in real logs.
std::string agentOutput(std::mt19937_64 &random, std::size_t bytes)
{
    static const std::array<std::string_view, 16> words{
        "def", "return", "self.value", "import os", "\"quoted\"", "r\u00e9sum\u00e9", "\u2192", "calculator",
        "{\"key\": [1, 2]}", "\\path\\to", "assert", "test_add", "\n", "\t", "ok", "// TODO"};
    std::string text;
    text.reserve(bytes + 16);
    while (text.size() < bytes) {
        text += words[random() % words.size()];
        text += ' ';
    }
    return text;
}

int generate(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    static const std::array<std::string_view, 8> tasks{
        "Create the calculator module", "Write unit tests for add and subtract", "Add a command-line interface",
        "Document the public API", "Set up packaging", "Refactor the parser", "Add input validation",
        "Write the README"};
    std::mt19937_64 random(20261129);
    const qint64 target = megabytes * 1024 * 1024;
    auto time = std::chrono::system_clock::time_point(std::chrono::seconds(1795000000));
    qint64 written = 0;
    qint64 lines = 0;
    qint64 substring = 0;
    qint64 errors = 0;
    int run = 0;
    std::string block;
    block.reserve(4 << 20);
    while (written < target) {
        if (lines % 400000 == 0)
            ++run;
        time += std::chrono::milliseconds(random() % 7);
        const int worker = int(random() % 8) + 1;
        const std::string_view task = tasks[std::size_t(worker - 1)];
        const char *runId = nullptr;
        char runBuffer[32];
        std::snprintf(runBuffer, sizeof runBuffer, "20261129-%04d", run);
        runId = runBuffer;
        LogFields fields = LogFields::object();
        LogLevel level = LogLevel::Info;
        std::string message;
        const unsigned pick = unsigned(random() % 1000);
        if (pick < 300) {
            level = LogLevel::Debug;
            message = "Scheduler: slot free, " + std::to_string(random() % 8) + " running, "
                      + std::to_string(random() % 500) + " queued";
            fields = {{"run_id", runId}};
        } else if (pick < 450) {
            level = LogLevel::Debug;
            message = "Agent event: tool_use Write src/module_" + std::to_string(random() % 100) + ".py";
            fields = {{"worker_id", worker}, {"run_id", runId}, {"event", "tool_use"}};
        } else if (pick < 700) {
            message = "Worker " + std::to_string(worker) + " started subtask " + std::to_string(random() % 500);
            fields = {{"worker_id", worker}, {"task", task}, {"run_id", runId}, {"event", "worker_started"}};
        } else if (pick < 850) {
            message = "Worker " + std::to_string(worker) + " finished in " + std::to_string(random() % 600)
                      + "." + std::to_string(random() % 10) + " s (exit 0)";
            fields = {{"worker_id", worker}, {"task", task}, {"run_id", runId}, {"event", "worker_finished"},
                      {"duration", double(random() % 6000) / 10.0}};
        } else if (pick < 880) {
            // The long lines: an agent's output quoted in full, 1 to 16 KB.
            message = "Agent output: " + agentOutput(random, 1024 + random() % (15 * 1024));
            fields = {{"worker_id", worker}, {"task", task}, {"run_id", runId}};
        } else if (pick < 940) {
            level = LogLevel::Warning;
            message = "Worker " + std::to_string(worker) + ": rate limited, retrying in "
                      + std::to_string(random() % 60) + " s";
            fields = {{"worker_id", worker}, {"run_id", runId}, {"event", "rate_limited"}};
        } else if (pick < 970) {
            level = LogLevel::Warning;
            message = "Worker " + std::to_string(worker) + ": " + std::string(needle) + " while streaming, reconnecting";
            fields = {{"worker_id", worker}, {"run_id", runId}};
            ++substring;
        } else {
            level = LogLevel::Error;
            const bool reset = random() % 2 == 0;
            message = "Worker " + std::to_string(worker) + " failed: "
                      + (reset ? std::string(needle) + " by peer" : std::string("timed out after 600 s"))
                      + " (attempt " + std::to_string(random() % 3 + 1) + ")";
            fields = {{"worker_id", worker}, {"task", task}, {"run_id", runId}, {"event", "worker_failed"}};
            substring += reset ? 1 : 0;
            ++errors;
        }
        block += JsonlSink::formatLine(time, level, message, &fields);
        ++lines;
        if (block.size() >= (4u << 20)) {
            if (file.write(block.data(), qint64(block.size())) != qint64(block.size())) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(file.errorString()));
                return 1;
            }
            written += qint64(block.size());
            block.clear();
        }
    }
    file.write(block.data(), qint64(block.size()));
    std::printf("lines=%lld substring=%lld errors=%lld bytes=%lld\n", lines, substring, errors, file.size());
    return 0;
}

// Waits, running the event loop, until the index has been idle with this condition true.
bool waitIdle(LogIndex *index, const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (index->activity() == LogIndex::Activity::Idle && done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    check.start();
    return loop.exec() == 0;
}

int browse(const QString &path, const QString &substring)
{
    LogBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    LogIndex *index = browser.logIndex();
    index->setPollInterval(0);  // the file does not grow; polling would only add noise

    // Lateness of a 5 ms timer: how long the event loop could not run it.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 lastCpu = 0;
    // Which step the worst GUI-thread busy gap belongs to: index, substring, clear, level.
    int currentPhase = 0;
    std::array<qint64, 4> worstBusyByPhase{};
    std::vector<qint64> stalls;
    std::vector<qint64> busy;  // GUI-thread CPU between two ticks: the part of a stall that is ours
    stalls.reserve(1 << 16);
    busy.reserve(1 << 16);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &browser, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        const qint64 cpu = cpuMicros(CLOCK_THREAD_CPUTIME_ID);
        stalls.push_back(std::max<qint64>(0, now - last - 5000));
        busy.push_back(cpu - lastCpu);
        worstBusyByPhase[std::size_t(currentPhase)] = std::max(worstBusyByPhase[std::size_t(currentPhase)], cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    // Settle the first paint before measuring.
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    last = clock.nsecsElapsed() / 1000;
    lastCpu = cpuMicros(CLOCK_THREAD_CPUTIME_ID);
    ticker.start();

    // Filtering is timed from the moment it starts (after the text box's typing debounce) to idle.
    QElapsedTimer phase;
    QObject::connect(index, &LogIndex::activityChanged, &browser, [&phase](LogIndex::Activity activity) {
        if (activity == LogIndex::Activity::Filtering && !phase.isValid())
            phase.start();
    });

    phase.start();
    const qint64 indexCpuStart = cpuMicros(CLOCK_PROCESS_CPUTIME_ID);
    if (!browser.openLogFile(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    if (!waitIdle(index, [index] { return index->lineCount() > 0; }, 600000)) {
        std::fprintf(stderr, "indexing timed out\n");
        return 1;
    }
    const qint64 indexMs = phase.elapsed();
    const qint64 indexCpuMs = (cpuMicros(CLOCK_PROCESS_CPUTIME_ID) - indexCpuStart) / 1000;
    const qint64 lines = index->lineCount();

    auto *textEdit = browser.findChild<QLineEdit *>(u"textEdit"_s);
    if (!textEdit) {
        std::fprintf(stderr, "no text box in the browser\n");
        return 1;
    }
    phase.invalidate();
    currentPhase = 1;
    const qint64 substringCpuStart = cpuMicros(CLOCK_PROCESS_CPUTIME_ID);
    textEdit->setText(substring);
    if (!waitIdle(index, [&] { return index->filter().text == substring && phase.isValid(); }, 600000)) {
        std::fprintf(stderr, "substring filter timed out\n");
        return 1;
    }
    const qint64 substringMs = phase.elapsed();
    const int substringRows = browser.logModel()->rowCount();
    const qint64 substringCpuMs = (cpuMicros(CLOCK_PROCESS_CPUTIME_ID) - substringCpuStart) / 1000;
    currentPhase = 2;

    textEdit->clear();
    if (!waitIdle(index, [index] { return index->filter().isEmpty(); }, 600000))
        return 1;
    // Only errors: untick every other level, as a user would in the Levels menu.
    phase.invalidate();
    currentPhase = 3;
    int unticked = 0;
    for (const QString &label : index->labels()) {
        if (label == "ERROR"_L1)
            continue;
        auto *action = browser.findChild<QAction *>(u"level_"_s + label);
        if (!action) {
            std::fprintf(stderr, "no menu entry for level %s\n", qPrintable(label));
            return 1;
        }
        action->setChecked(false);
        ++unticked;
    }
    if (unticked == 0 || !waitIdle(index, [&] { return phase.isValid(); }, 600000)) {
        std::fprintf(stderr, "level filter did not run\n");
        return 1;
    }
    const qint64 levelMs = phase.elapsed();
    const int levelRows = browser.logModel()->rowCount();
    ticker.stop();

    const auto worstAndP99 = [](std::vector<qint64> &values) {
        std::sort(values.begin(), values.end());
        if (values.empty())
            return std::pair<double, double>(0.0, 0.0);
        return std::pair<double, double>(double(values.back()) / 1000.0, double(values[values.size() * 99 / 100]) / 1000.0);
    };
    const auto [worst, p99] = worstAndP99(stalls);
    const auto [worstBusy, p99Busy] = worstAndP99(busy);
    std::printf("lines=%lld index_ms=%lld index_cpu_ms=%lld substring_ms=%lld substring_rows=%d level_ms=%lld "
                "level_rows=%d worst_stall_ms=%.1f p99_stall_ms=%.1f worst_busy_ms=%.1f p99_busy_ms=%.1f ticks=%zu\n",
                lines, indexMs, indexCpuMs, substringMs, substringRows, levelMs, levelRows, worst, p99, worstBusy,
                p99Busy, stalls.size());
    std::printf("substring_cpu_ms=%lld busy_by_step_ms=index:%.1f,substring:%.1f,clear:%.1f,level:%.1f\n", substringCpuMs,
                double(worstBusyByPhase[0]) / 1000.0, double(worstBusyByPhase[1]) / 1000.0,
                double(worstBusyByPhase[2]) / 1000.0, double(worstBusyByPhase[3]) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];
    if (mode == "generate" && argc == 4) {
        QCoreApplication app(argc, argv);
        return generate(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    if (mode == "browse" && argc == 4) {
        QApplication app(argc, argv);
        return browse(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    return usage();
}
