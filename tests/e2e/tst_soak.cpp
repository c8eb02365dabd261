// Load and soak (issue 9): the orchestrator executable runs a plan of many subtasks on many workers
// with fake_claude's "random" scenario, which gives every attempt a fault drawn from a seed (crash,
// SIGSEGV, silent hang, slow, flood, API 500, 429, 401, success; RandomFault.h has the proportions).
// The test computes from the same draw how every subtask must end and after how many attempts, and
// checks result.json, the journal, the transcripts and fake_claude's own log against it, then
// audits the run with RunAudit.h (nothing lost, nothing leaked). It samples the orchestrator's
// open files, threads and RSS every 250 ms and fails when they grow beyond the bounds below.
//
// Size: ORCH_SOAK_SUBTASKS (default 2000, the size), ORCH_SOAK_WORKERS (32), ORCH_SOAK_SEED
// (9). In a Debug build 2000 take about 45 s on a quiet 2-core machine and 4 minutes on one loaded
// by parallel builds (docs/reliability.md); a smaller run for a busy machine:
//   ORCH_SOAK_SUBTASKS=500 build/DIR/tests/e2e/tst_soak
#include "fakes/fake_claude/RandomFault.h"
#include "support/RunAudit.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using orch::fake::RandomFault;
using orch::fake::RandomFaultEntry;
using Json = nlohmann::json;

namespace {

constexpr int MaxRetries = 2;
constexpr int MaxRateLimitWaits = 20;  // Scheduler::Options: 429s do not use up the retries, up to this many
constexpr int InactivitySeconds = 3;   // stops the silent hangs; far above any pause of a busy machine
constexpr int SampleEveryMs = 250;

// Bounds on growth between the first and the last tenth of the run (measured figures in
// docs/reliability.md). Open files are about 13 plus 5 per running worker and the maximum of a
// tenth moved between 159 and 184 with 32 workers, so 48 is 1.5 files per worker; a leak of one
// per attempt would add thousands. Threads stayed at 1 or 2. RSS climbs to a plateau of 28 to 31
// MiB as floods overlap (the heap's high-water mark), then stays: 6.9 to 10.4 MiB above the first
// tenth.
constexpr int FdGrowthBound = 48;
constexpr int ThreadGrowthBound = 2;
constexpr qint64 RssGrowthBoundKb = 24 * 1024;
constexpr int IdleFdBound = 24;  // once every worker has ended (measured 13)

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// What one subtask must do: the fault of each attempt, in order, and its final status.
struct Expectation
{
    QList<const RandomFaultEntry *> attempts;
    QString status;
};

// The scheduler's retry policy applied to the draws: crash, hang and API errors use up one of
// MaxRetries, rate limits wait without using one, an authentication error is never retried.
Expectation expectationFor(quint64 seed, const std::string &key)
{
    Expectation expected;
    int failures = 0;
    int rateLimitWaits = 0;
    for (int attempt = 1;; ++attempt) {
        const RandomFaultEntry &entry = orch::fake::pickRandomFault(seed, key, attempt);
        expected.attempts << &entry;
        switch (entry.fault) {
        case RandomFault::Success:
        case RandomFault::Slow:
        case RandomFault::Flood:
            expected.status = u"success"_s;
            return expected;
        case RandomFault::AuthError:
            expected.status = u"failed"_s;
            return expected;
        case RandomFault::RateLimit:
            if (rateLimitWaits++ < MaxRateLimitWaits)
                continue;
            expected.status = u"failed"_s;
            return expected;
        case RandomFault::Crash:
        case RandomFault::CrashSignal:
        case RandomFault::ApiError:
        case RandomFault::SilentHang:
            if (failures++ < MaxRetries)
                continue;
            expected.status = entry.fault == RandomFault::SilentHang ? u"timeout"_s : u"failed"_s;
            return expected;
        }
    }
}

// How the orchestrator must classify an attempt that played this fault (AgentOutcome::Kind).
QString outcomeOf(RandomFault fault)
{
    switch (fault) {
    case RandomFault::Success:
    case RandomFault::Slow:
    case RandomFault::Flood:
        return u"Success"_s;
    case RandomFault::Crash:
    case RandomFault::CrashSignal:
        return u"Crashed"_s;
    case RandomFault::SilentHang:
        return u"TimedOut"_s;
    case RandomFault::ApiError:
    case RandomFault::RateLimit:
        return u"ApiError"_s;
    case RandomFault::AuthError:
        return u"AgentError"_s;
    }
    return {};
}

QString scenarioOf(const RandomFaultEntry &entry)
{
    return QString::fromLatin1(entry.scenario) + u':' + QString::fromLatin1(entry.arg);
}

struct Sample
{
    qint64 ms = 0;
    int fds = 0;
    int threads = 0;
    qint64 rssKb = 0;
};

// One look at a running process; nothing once it has ended (a zombie has no fd/ and no VmRSS).
std::optional<Sample> sampleProcess(qint64 pid)
{
    Sample sample;
    sample.ms = QDateTime::currentMSecsSinceEpoch();
    const QDir fdDir(u"/proc/%1/fd"_s.arg(pid));
    if (!fdDir.exists())
        return std::nullopt;
    sample.fds = int(fdDir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            sample.threads = line.mid(8).trimmed().toInt();
        else if (line.startsWith("VmRSS:"))
            sample.rssKb = line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    if (sample.threads == 0 || sample.rssKb == 0 || sample.fds == 0)
        return std::nullopt;
    return sample;
}

struct Window
{
    int count = 0;
    int maxFds = 0;
    int maxThreads = 0;
    qint64 maxRssKb = 0;
};

Window windowOf(const QList<Sample> &samples, qint64 fromMs, qint64 toMs)
{
    Window window;
    for (const Sample &sample : samples) {
        if (sample.ms < fromMs || sample.ms > toMs)
            continue;
        ++window.count;
        window.maxFds = std::max(window.maxFds, sample.fds);
        window.maxThreads = std::max(window.maxThreads, sample.threads);
        window.maxRssKb = std::max(window.maxRssKb, sample.rssKb);
    }
    return window;
}

QString describe(const Window &window)
{
    return u"%1 samples, max fds %2, max threads %3, max RSS %4 MiB"_s.arg(window.count)
        .arg(window.maxFds)
        .arg(window.maxThreads)
        .arg(double(window.maxRssKb) / 1024, 0, 'f', 1);
}

qint64 msOf(const Json &line)
{
    return QDateTime::fromString(QString::fromStdString(line.value("time", std::string())), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

// A text member of a JSON object; empty when it is missing or not text.
QString field(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private slots:
    void faultDraws();
    void soak();
};

// The draw itself: the stated proportions hold, and attempts of one subtask draw apart.
void TestSoak::faultDraws()
{
    constexpr int Keys = 20000;
    QHash<int, int> counts;
    int differs = 0;
    for (int i = 0; i < Keys; ++i) {
        const std::string key = "Write soak_" + std::to_string(i) + ".txt ";
        const RandomFaultEntry &first = orch::fake::pickRandomFault(9, key, 1);
        ++counts[int(first.fault)];
        differs += &first != &orch::fake::pickRandomFault(9, key, 2) ? 1 : 0;
    }
    for (const RandomFaultEntry &entry : orch::fake::RandomFaultTable) {
        const double share = counts.value(int(entry.fault)) * 1000.0 / Keys;
        QVERIFY2(std::abs(share - entry.perMille) <= 5 + entry.perMille * 0.15,
                 qPrintable(u"%1: %2 per mille drawn, %3 stated"_s.arg(scenarioOf(entry)).arg(share).arg(entry.perMille)));
    }
    // Two draws of the same table agree by chance about 35% of the time.
    QVERIFY2(differs > Keys / 2, qPrintable(u"only %1 of %2 second attempts drew another fault"_s.arg(differs).arg(Keys)));
    // A different seed is a different run.
    QVERIFY(&orch::fake::pickRandomFault(9, "Write soak_1.txt ", 1) != &orch::fake::pickRandomFault(10, "Write soak_1.txt ", 1)
            || &orch::fake::pickRandomFault(9, "Write soak_2.txt ", 1) != &orch::fake::pickRandomFault(10, "Write soak_2.txt ", 1));
}

void TestSoak::soak()
{
    QElapsedTimer preparing;
    preparing.start();
    const int subtasks = envInt("ORCH_SOAK_SUBTASKS", 2000);
    const int workers = envInt("ORCH_SOAK_WORKERS", 32);
    const quint64 seed = quint64(envInt("ORCH_SOAK_SEED", 9));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(u"ws"_s);
    const QString stateDir = dir.filePath(u"fake_state"_s);
    const QString fakeLog = dir.filePath(u"fake_claude.log"_s);
    const QString tempDir = dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(stateDir));
    QVERIFY(QDir().mkpath(tempDir));

    // The plan, and what each subtask must do.
    QHash<QString, Expectation> expected;
    Json plan = {{"task", "soak"}, {"subtasks", Json::array()}};
    int expectedAttempts = 0;
    int expectedSuccesses = 0;
    int rateLimits = 0;
    QHash<QString, int> faultCounts;
    for (int i = 1; i <= subtasks; ++i) {
        const std::string key = "Write soak_" + std::to_string(i) + ".txt ";
        const QString id = u"s%1"_s.arg(i);
        plan["subtasks"].push_back({{"id", id.toStdString()}, {"title", "Soak " + std::to_string(i)},
                                    {"prompt", key + "[[fake:random:" + std::to_string(seed) + "]]"},
                                    {"depends_on", Json::array()}});
        const Expectation expectation = expectationFor(seed, key);
        expectedAttempts += int(expectation.attempts.size());
        expectedSuccesses += expectation.status == u"success" ? 1 : 0;
        for (const RandomFaultEntry *entry : expectation.attempts) {
            ++faultCounts[scenarioOf(*entry)];
            rateLimits += entry->fault == RandomFault::RateLimit ? 1 : 0;
        }
        expected.insert(id, expectation);
    }
    QFile planFile(dir.filePath(u"plan.json"_s));
    QVERIFY(planFile.open(QIODevice::WriteOnly));
    planFile.write(QByteArray::fromStdString(plan.dump()));
    planFile.close();
    qInfo("soak: %d subtasks, %d workers, seed %llu, retries %d: %d attempts expected, %d successes", subtasks,
          workers, static_cast<unsigned long long>(seed), MaxRetries, expectedAttempts, expectedSuccesses);
    for (auto it = faultCounts.cbegin(); it != faultCounts.cend(); ++it)
        qInfo("soak: fault %s drawn %d times", qPrintable(it.key()), it.value());

    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"TMPDIR"_s, tempDir);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"FAKE_CLAUDE_STATE_DIR"_s, stateDir);
    env.insert(u"FAKE_CLAUDE_LOG"_s, fakeLog);
    env.insert(u"FAKE_CLAUDE_RETRY_AFTER"_s, u"1"_s);
    env.insert(u"FAKE_CLAUDE_MAX_HANG_SECONDS"_s, u"300"_s);  // the fake's own safety net

    QProcess orchestrator;
    orchestrator.setProcessEnvironment(env);
    orchestrator.setWorkingDirectory(dir.path());
    orchestrator.setStandardInputFile(QProcess::nullDevice());
    orchestrator.setStandardOutputFile(dir.filePath(u"stdout.log"_s));
    orchestrator.setStandardErrorFile(dir.filePath(u"stderr.log"_s));
    qInfo("soak: preparing took %.1f s", double(preparing.elapsed()) / 1000);
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    orchestrator.start(QStringLiteral(ORCH_CLI_BIN),
                       {u"--plan"_s, planFile.fileName(), u"--workspace"_s, workspace, u"--mode"_s, u"subprocess"_s,
                        u"--max-workers"_s, QString::number(workers), u"--retries"_s, QString::number(MaxRetries),
                        u"--timeout"_s, u"60"_s, u"--set"_s, u"orchestrator.retry_delay=0"_s, u"--set"_s,
                        u"orchestrator.inactivity_timeout=%1"_s.arg(InactivitySeconds), u"--set"_s,
                        u"resources.max_cpu_percent=100"_s});
    QVERIFY(orchestrator.waitForStarted());
    const qint64 pid = orchestrator.processId();

    QList<Sample> samples;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        if (const std::optional<Sample> sample = sampleProcess(pid))
            samples << *sample;
    });
    sampler.start(SampleEveryMs);
    // Generous: a busy machine runs this at a third of the speed of a quiet one.
    const int budgetMs = 120000 + subtasks * 200;
    const bool ended = QTest::qWaitFor([&] { return orchestrator.state() == QProcess::NotRunning; }, budgetMs);
    sampler.stop();
    if (!ended) {
        orchestrator.kill();
        orchestrator.waitForFinished(10000);
    }
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    qInfo("soak: the orchestrator ran %.1f s", double(endMs - startMs) / 1000);
    QVERIFY2(ended, "the orchestrator did not finish in time");
    QElapsedTimer checking;
    checking.start();
    QCOMPARE(orchestrator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(orchestrator.exitCode(), expectedSuccesses == subtasks ? 0 : 1);

    // result.json: every subtask once, with its expected status and number of attempts.
    const QStringList runs = QDir(workspace + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(runs.size(), 1);
    const QString runId = runs.first();
    const QString runDir = workspace + u"/runs/"_s + runId;
    QFile resultFile(runDir + u"/result.json"_s);
    QVERIFY(resultFile.open(QIODevice::ReadOnly));
    const Json result = Json::parse(resultFile.readAll().toStdString(), nullptr, false);
    QVERIFY(result.is_object());
    QCOMPARE(result.value("total_tasks", 0), subtasks);
    QCOMPARE(result.value("completed_tasks", 0), expectedSuccesses);
    QCOMPARE(result.value("failed_tasks", 0), subtasks - expectedSuccesses);
    QCOMPARE(field(result, "status"), expectedSuccesses == subtasks ? u"success"_s : u"partial"_s);
    QCOMPARE(int(result.value("subtask_results", Json::array()).size()), subtasks);
    QHash<QString, Json> resultById;
    for (const Json &entry : result.value("subtask_results", Json::array())) {
        const QString id = field(entry, "id");
        QVERIFY2(expected.contains(id), qPrintable(u"unknown subtask "_s + id));
        QVERIFY2(!resultById.contains(id), qPrintable(u"subtask twice in result.json: "_s + id));
        resultById.insert(id, entry);
        const Expectation &expectation = expected[id];
        QVERIFY2(field(entry, "status") == expectation.status && entry.value("attempts", 0) == expectation.attempts.size(),
                 qPrintable(u"%1: %2 after %3 attempt(s), expected %4 after %5: %6"_s.arg(id, field(entry, "status"))
                                .arg(entry.value("attempts", 0))
                                .arg(expectation.status)
                                .arg(expectation.attempts.size())
                                .arg(field(entry, "error"))));
        QCOMPARE(field(entry, "error").isEmpty(), expectation.status == u"success");
    }

    // journal.jsonl: starts and ends the run, each attempt started and finished with the outcome
    // its fault calls for, each subtask settled once, after its last attempt, as in result.json.
    QFile journalFile(runDir + u"/journal.jsonl"_s);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    QList<Json> journal;
    while (!journalFile.atEnd()) {
        const Json line = Json::parse(journalFile.readLine().toStdString(), nullptr, false);
        QVERIFY2(line.is_object(), "a journal line is not a JSON object");
        journal << line;
    }
    QVERIFY(journal.size() >= 2);
    QCOMPARE(field(journal.first(), "event"), u"run_started"_s);
    QCOMPARE(journal.first().value("total", 0), subtasks);
    QCOMPARE(field(journal.last(), "event"), u"run_finished"_s);
    QCOMPARE(field(journal.last(), "status"), field(result, "status"));
    QHash<QString, int> startedAttempt;   // the attempt running now, 0 when none
    QHash<QString, int> finishedAttempts;
    QHash<QString, int> settledCount;
    int pauses = 0;
    qint64 lastSettledMs = 0;
    for (const Json &line : std::as_const(journal)) {
        const QString event = field(line, "event");
        const QString id = field(line, "id");
        if (event == u"attempt_started") {
            QVERIFY2(startedAttempt.value(id) == 0 && !settledCount.contains(id), qPrintable(u"overlap: "_s + id));
            QCOMPARE(line.value("attempt", 0), finishedAttempts.value(id) + 1);
            startedAttempt[id] = line.value("attempt", 0);
        } else if (event == u"attempt_finished") {
            const int attempt = line.value("attempt", 0);
            QCOMPARE(attempt, startedAttempt.value(id));
            const QList<const RandomFaultEntry *> &faults = expected[id].attempts;
            QVERIFY2(attempt >= 1 && attempt <= faults.size(), qPrintable(u"extra attempt of "_s + id));
            QVERIFY2(field(line, "outcome") == outcomeOf(faults[attempt - 1]->fault),
                     qPrintable(u"%1 attempt %2 played %3 and ended %4: %5"_s.arg(id).arg(attempt)
                                    .arg(scenarioOf(*faults[attempt - 1]), field(line, "outcome"), field(line, "message"))));
            startedAttempt[id] = 0;
            finishedAttempts[id] = attempt;
        } else if (event == u"subtask_settled") {
            QVERIFY2(startedAttempt.value(id) == 0, qPrintable(u"settled while running: "_s + id));
            QCOMPARE(finishedAttempts.value(id), int(expected[id].attempts.size()));
            QCOMPARE(field(line.value("result", Json::object()), "status"), field(resultById[id], "status"));
            ++settledCount[id];
            lastSettledMs = std::max(lastSettledMs, msOf(line));
        } else if (event == u"run_paused") {
            ++pauses;
        }
    }
    QCOMPARE(settledCount.size(), subtasks);
    for (auto it = settledCount.cbegin(); it != settledCount.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"settled %1 times: %2"_s.arg(it.value()).arg(it.key())));
    // A 429 holds back new starts until its reset time.
    QCOMPARE(pauses > 0, rateLimits > 0);
    qInfo("soak: %lld journal lines, %d rate-limit pauses for %d rate-limited attempts", qint64(journal.size()),
          pauses, rateLimits);

    // Every attempt's transcript is on disk, and no other.
    const QStringList transcripts = QDir(runDir + u"/transcripts"_s).entryList(QDir::Files);
    QCOMPARE(int(transcripts.size()), expectedAttempts);
    for (auto it = resultById.cbegin(); it != resultById.cend(); ++it) {
        const int workerId = it.value().value("worker_id", 0);
        for (int attempt = 1; attempt <= expected[it.key()].attempts.size(); ++attempt)
            QVERIFY(transcripts.contains(u"worker_%1.attempt_%2.jsonl"_s.arg(workerId).arg(attempt)));
    }

    // fake_claude's log: each subtask's folder saw exactly the faults drawn for it, in order.
    QFile logFile(fakeLog);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QHash<QString, QList<std::pair<qint64, QString>>> played;  // workdir -> (start ms, scenario)
    int invocations = 0;
    while (!logFile.atEnd()) {
        const QList<QByteArray> fields = logFile.readLine().split(' ');
        QVERIFY(fields.size() >= 5);
        const Json details = Json::parse(fields.mid(4).join(' ').toStdString(), nullptr, false);
        QVERIFY(details.is_object());
        played[field(details, "cwd")].append({fields[1].toLongLong(), field(details, "scenario") + u':' + field(details, "arg")});
        ++invocations;
    }
    QCOMPARE(invocations, expectedAttempts);
    for (auto it = resultById.cbegin(); it != resultById.cend(); ++it) {
        auto runsOfIt = played.value(QDir::cleanPath(field(it.value(), "workdir")));
        std::sort(runsOfIt.begin(), runsOfIt.end());
        QStringList scenarios;
        for (const auto &run : std::as_const(runsOfIt))
            scenarios << run.second;
        QStringList wanted;
        for (const RandomFaultEntry *entry : expected[it.key()].attempts)
            wanted << scenarioOf(*entry);
        QCOMPARE(scenarios, wanted);
    }

    // The shared audit (tests/support/RunAudit.h): nothing lost, nothing leaked (processes of the
    // run, lock, temporary files in the workspace and in the run's TMPDIR).
    orch::test::AuditPolicy policy;
    policy.tempDir = tempDir;
    policy.checkDocker = false;  // subprocess mode
    const QStringList problems = orch::test::auditRun(workspace, runId, policy);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    qInfo("soak: checking the run's records took %.1f s", double(checking.elapsed()) / 1000);

    // Growth: the first tenth of the run (start to the last subtask settled) against the last.
    QVERIFY(lastSettledMs > startMs);
    const qint64 tenth = (lastSettledMs - startMs) / 10;
    const Window first = windowOf(samples, startMs, startMs + tenth);
    const Window last = windowOf(samples, lastSettledMs - tenth, lastSettledMs);
    const Window idle = windowOf(samples, lastSettledMs + 1, endMs);
    QStringList byTenth;
    for (int i = 0; i < 10; ++i) {
        const Window window = windowOf(samples, startMs + i * tenth, startMs + (i + 1) * tenth);
        byTenth << u"%1/%2/%3"_s.arg(window.maxFds).arg(window.maxThreads).arg(window.maxRssKb / 1024);
    }
    qInfo("soak: %lld samples; max fds/threads/RSS MiB by tenth of the run: %s", qint64(samples.size()),
          qPrintable(byTenth.join(u", "_s)));
    qInfo("soak: first tenth: %s", qPrintable(describe(first)));
    qInfo("soak: last tenth: %s", qPrintable(describe(last)));
    qInfo("soak: after the last subtask settled: %s", qPrintable(describe(idle)));
    QVERIFY2(first.count > 0 && last.count > 0, "too few samples");
    QVERIFY2(last.maxFds <= first.maxFds + FdGrowthBound, qPrintable(describe(last)));
    QVERIFY2(last.maxThreads <= first.maxThreads + ThreadGrowthBound, qPrintable(describe(last)));
    QVERIFY2(last.maxRssKb <= first.maxRssKb + RssGrowthBoundKb, qPrintable(describe(last)));
    if (idle.count > 0)
        QVERIFY2(idle.maxFds <= IdleFdBound, qPrintable(describe(idle)));

    QElapsedTimer removing;
    removing.start();
    QVERIFY(dir.remove());
    qInfo("soak: removing the workspace took %.1f s", double(removing.elapsed()) / 1000);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
