// The engine end to end on fake_claude (a test double of the Claude CLI, driven by markers in each
// prompt): results, concurrency, retries, timeouts, cancel, dependencies, rate limits, no leftover
// processes, the run's files, and bounded memory under a flood.
#include "config/ConfigLoader.h"
#include "run/Orchestrator.h"
#include "run/RunStore.h"
#include "support/ProcessProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;

namespace {

using test::residentKb;
using test::taggedProcesses;

// Start and end times (ms) of each fake_claude invocation, from FAKE_CLAUDE_LOG.
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
};

int maxOverlap(const QList<Interval> &intervals)
{
    QList<QPair<qint64, int>> edges;
    for (const Interval &i : intervals)
        edges << qMakePair(i.start, 1) << qMakePair(i.end, -1);
    std::sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;  // ends before starts at a tie
    });
    int current = 0, peak = 0;
    for (const auto &edge : edges) {
        current += edge.second;
        peak = std::max(peak, current);
    }
    return peak;
}

} // namespace

class TestOrchestrator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeSubtasksSucceed();
    void concurrencyNeverAboveMaxWorkers();
    void retriesOnlyWhenRetryable_data();
    void retriesOnlyWhenRetryable();
    void timeoutLeavesNoProcess();
    void cancelLeavesNoProcess();
    void escapedGrandchildIsSwept();
    void dependentsOfFailuresAreSkipped();
    void rateLimitPausesTheRun();
    void missingAgentFailsBeforeAnyWorker();
    void memoryStaysFlatUnderAFlood();
    void resumeRunsOnlyWhatDidNotFinish();
    void cancelOneWorkerThenRetryAnother();
    void memoryLimitStopsAWorker();
    void admissionWaitsAreReported();
    void newConfigurationBetweenRuns();

private:
    Config makeConfig(int maxWorkers = 2, int retries = 2);
    Plan planOf(const QStringList &prompts);
    RunResult run(Orchestrator &orchestrator, const Plan &plan);
    QList<Interval> invocations() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_fakeLog;
};

void TestOrchestrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fakeLog = m_dir->filePath(QStringLiteral("fake.log"));
    qputenv("FAKE_CLAUDE_LOG", m_fakeLog.toUtf8());
    qputenv("FAKE_CLAUDE_STATE_DIR", m_dir->filePath(QStringLiteral("state")).toUtf8());
    QDir().mkpath(m_dir->filePath(QStringLiteral("state")));
}

void TestOrchestrator::cleanup()
{
    qunsetenv("FAKE_CLAUDE_LOG");
    qunsetenv("FAKE_CLAUDE_STATE_DIR");
}

Config TestOrchestrator::makeConfig(int maxWorkers, int retries)
{
    ConfigLoader loader(m_dir->path());
    loader.applyOverrides({{QStringLiteral("agent.binary"), QStringLiteral(FAKE_CLAUDE), QStringLiteral("--set")}});
    loader.finish();
    Config config = loader.config();
    config.orchestrator.maxWorkers = maxWorkers;
    config.orchestrator.maxRetries = retries;
    config.orchestrator.retryDelay = 0;
    config.orchestrator.timeout = 60;
    config.resources.maxCpuPercent = 100;  // admission by CPU would make timing-based checks depend on the machine
    return config;
}

Plan TestOrchestrator::planOf(const QStringList &prompts)
{
    Plan plan;
    plan.task = QStringLiteral("test task");
    for (qsizetype i = 0; i < prompts.size(); ++i)
        plan.subtasks << Subtask{QString::number(i + 1), QStringLiteral("Subtask %1").arg(i + 1), prompts.at(i), {}};
    return plan;
}

RunResult TestOrchestrator::run(Orchestrator &orchestrator, const Plan &plan)
{
    orchestrator.setStopGrace(200, 200);
    return orchestrator.execute(plan);
}

QList<Interval> TestOrchestrator::invocations() const
{
    // fake_claude appends one line per invocation: "pid start_ms end_ms ..." (see its README in main).
    QList<Interval> result;
    QFile file(m_fakeLog);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        result << Interval{fields.at(1).toLongLong(), fields.at(2).toLongLong()};
    }
    return result;
}

void TestOrchestrator::threeSubtasksSucceed()
{
    Orchestrator orchestrator(makeConfig(3));
    QSignalSpy started(&orchestrator, &Orchestrator::workerStarted);
    QSignalSpy events(&orchestrator, &Orchestrator::workerEvents);
    const RunResult result = run(orchestrator, planOf({QStringLiteral("write a.txt"), QStringLiteral("write b.txt"),
                                                       QStringLiteral("write c.txt")}));
    QCOMPARE(result.status, RunResult::Status::Success);
    QCOMPARE(result.totalTasks(), 3);
    QCOMPARE(result.completedTasks(), 3);
    QCOMPARE(started.size(), 3);
    QVERIFY(!events.isEmpty());
    const QString workspace = orchestrator.config().paths.workspace;
    for (int i = 0; i < 3; ++i) {
        const SubtaskResult &subtask = result.subtaskResults.at(i);
        const QString name = QString(QChar(u'a' + i)) + QStringLiteral(".txt");
        QCOMPARE(subtask.workerId, i + 1);
        QCOMPARE(subtask.attempts, 1);
        QCOMPARE(subtask.workdir, QDir(workspace).filePath(QStringLiteral("worker_%1").arg(i + 1)));
        QVERIFY2(QFile::exists(subtask.workdir + u'/' + name), qPrintable(subtask.workdir));
        QVERIFY(subtask.output.contains(name));
        QFile output(subtask.workdir + QStringLiteral("/output.txt"));
        QVERIFY(output.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(output.readAll()), subtask.output);
        QVERIFY(subtask.costUsd > 0);
        QVERIFY(subtask.tokensOut > 0);
        // The output folder holds the worker's files, for the next run of a chain.
        QVERIFY(QFile::exists(result.outputDir + QStringLiteral("/worker_%1/").arg(i + 1) + name));
    }
    QVERIFY(result.aggregatedOutput.contains(QStringLiteral("## 1. Subtask 1")));

    // result.json on disk is the same result, with every key of the API.
    RunStore store(workspace);
    const std::optional<RunResult> saved = store.loadResult(result.runId);
    QVERIFY(saved);
    QCOMPARE(saved->toJson(), result.toJson());
    for (const char *key : {"status", "total_tasks", "completed_tasks", "failed_tasks", "subtask_results",
                            "aggregated_output", "output_dir", "run_id", "started_at", "finished_at",
                            "total_cost_usd", "debug_info"})
        QVERIFY2(result.toJson().contains(key), key);
    QCOMPARE(store.state(result.runId), RunStore::RunState::Finished);
    const QList<nlohmann::json> journal = store.readJournal(result.runId);
    QCOMPARE(QString::fromStdString(journal.first()["event"].get<std::string>()), QStringLiteral("run_started"));
    QCOMPARE(QString::fromStdString(journal.last()["event"].get<std::string>()), QStringLiteral("run_finished"));
    QVERIFY(QFile::exists(store.transcriptPath(result.runId, 1, 1)));
}

void TestOrchestrator::concurrencyNeverAboveMaxWorkers()
{
    Orchestrator orchestrator(makeConfig(2));
    QStringList prompts;
    for (int i = 0; i < 6; ++i)
        prompts << QStringLiteral("[[fake:sleep:0.3]] task %1").arg(i);
    const RunResult result = run(orchestrator, planOf(prompts));
    QCOMPARE(result.status, RunResult::Status::Success);
    const QList<Interval> calls = invocations();
    QCOMPARE(calls.size(), 6);
    QCOMPARE(maxOverlap(calls), 2);
}

void TestOrchestrator::retriesOnlyWhenRetryable_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<SubtaskResult::Status>("status");
    QTest::addColumn<QString>("error");
    QTest::addRow("api error then success") << "[[fake:api_error_then_success]]" << 2 << SubtaskResult::Status::Success
                                            << "";
    QTest::addRow("crash every time") << "[[fake:crash]]" << 3 << SubtaskResult::Status::Failed << "";
    QTest::addRow("auth error") << "[[fake:auth_error]]" << 1 << SubtaskResult::Status::Failed << "API key";
    QTest::addRow("not logged in") << "[[fake:not_logged_in]]" << 1 << SubtaskResult::Status::Failed << "logged in";
    QTest::addRow("max turns") << "[[fake:max_turns]]" << 1 << SubtaskResult::Status::Failed << "";
}

void TestOrchestrator::retriesOnlyWhenRetryable()
{
    QFETCH(QString, prompt);
    QFETCH(int, attempts);
    QFETCH(SubtaskResult::Status, status);
    QFETCH(QString, error);
    Orchestrator orchestrator(makeConfig(1, 2));
    const RunResult result = run(orchestrator, planOf({prompt}));
    const SubtaskResult &subtask = result.subtaskResults.first();
    QCOMPARE(subtask.status, status);
    QCOMPARE(subtask.attempts, attempts);
    QCOMPARE(invocations().size(), attempts);
    QVERIFY2(subtask.error.contains(error, Qt::CaseInsensitive), qPrintable(subtask.error));
    if (status != SubtaskResult::Status::Success)
        QVERIFY(!subtask.error.isEmpty());
}

void TestOrchestrator::timeoutLeavesNoProcess()
{
    Config config = makeConfig(2, 0);
    config.orchestrator.timeout = 1;
    Orchestrator orchestrator(config);
    QElapsedTimer clock;
    clock.start();
    const RunResult result = run(orchestrator, planOf({QStringLiteral("[[fake:hang]]"), QStringLiteral("[[fake:ignore_sigterm]]")}));
    QCOMPARE(result.subtaskResults.at(0).status, SubtaskResult::Status::Timeout);
    QCOMPARE(result.subtaskResults.at(1).status, SubtaskResult::Status::Timeout);
    QCOMPARE(result.status, RunResult::Status::Failed);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(taggedProcesses(result.runId), QList<int>());
}

void TestOrchestrator::cancelLeavesNoProcess()
{
    Orchestrator orchestrator(makeConfig(2, 2));
    orchestrator.setStopGrace(200, 200);
    QSignalSpy started(&orchestrator, &Orchestrator::workerStarted);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.start(planOf({QStringLiteral("[[fake:hang]]"), QStringLiteral("[[fake:ignore_sigterm]]"),
                                       QStringLiteral("[[fake:hang]] never starts")})));
    QTRY_COMPARE(started.size(), 2);
    QTRY_VERIFY(invocations().size() >= 0 && taggedProcesses(orchestrator.runId()).size() >= 2);
    orchestrator.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.status, RunResult::Status::Cancelled);
    for (const SubtaskResult &subtask : result.subtaskResults)
        QCOMPARE(subtask.status, SubtaskResult::Status::Cancelled);
    QCOMPARE(started.size(), 2);  // no retry after a cancel
    QCOMPARE(taggedProcesses(result.runId), QList<int>());
}

void TestOrchestrator::escapedGrandchildIsSwept()
{
    Orchestrator orchestrator(makeConfig(1, 0));
    const RunResult result = run(orchestrator, planOf({QStringLiteral("[[fake:grandchild:600]] write g.txt")}));
    QCOMPARE(result.subtaskResults.first().status, SubtaskResult::Status::Success);
    QTRY_COMPARE(taggedProcesses(result.runId), QList<int>());
}

void TestOrchestrator::dependentsOfFailuresAreSkipped()
{
    Plan plan = planOf({QStringLiteral("[[fake:auth_error]]"), QStringLiteral("write b.txt"), QStringLiteral("write c.txt")});
    plan.subtasks[1].dependsOn = {QStringLiteral("1")};
    plan.subtasks[2].dependsOn = {QStringLiteral("2")};
    Orchestrator orchestrator(makeConfig(3, 0));
    const RunResult result = run(orchestrator, plan);
    QCOMPARE(result.subtaskResults.at(0).status, SubtaskResult::Status::Failed);
    QCOMPARE(result.subtaskResults.at(1).status, SubtaskResult::Status::Skipped);
    QCOMPARE(result.subtaskResults.at(2).status, SubtaskResult::Status::Skipped);
    QVERIFY(result.subtaskResults.at(1).error.contains(QStringLiteral("prerequisite 1")));
    QCOMPARE(invocations().size(), 1);
}

void TestOrchestrator::rateLimitPausesTheRun()
{
    Orchestrator orchestrator(makeConfig(1, 0));
    QSignalSpy paused(&orchestrator, &Orchestrator::paused);
    // The fake reports a 429 on its first attempt; the run pauses, then the retry succeeds.
    const RunResult result = run(orchestrator, planOf({QStringLiteral("[[fake:rate_limit:1]] write r.txt")}));
    QCOMPARE(result.subtaskResults.first().status, SubtaskResult::Status::Success);
    QCOMPARE(result.subtaskResults.first().attempts, 2);
    QVERIFY(paused.size() >= 2);
    QCOMPARE(paused.first().at(0).toBool(), true);
    QCOMPARE(paused.last().at(0).toBool(), false);
}

void TestOrchestrator::missingAgentFailsBeforeAnyWorker()
{
    Config config = makeConfig();
    config.agent.binary = m_dir->filePath(QStringLiteral("no/such/claude"));
    Orchestrator orchestrator(config);
    QSignalSpy started(&orchestrator, &Orchestrator::workerStarted);
    QVERIFY_THROWS_EXCEPTION(WorkerExecutionError, orchestrator.execute(planOf({QStringLiteral("x")})));
    QVERIFY2(orchestrator.lastError().contains(QStringLiteral("no/such/claude")), qPrintable(orchestrator.lastError()));
    QCOMPARE(started.size(), 0);
}

void TestOrchestrator::memoryStaysFlatUnderAFlood()
{
    Orchestrator orchestrator(makeConfig(2, 0));
    const qint64 before = residentKb();
    const RunResult result = run(orchestrator, planOf({QStringLiteral("[[fake:flood:100]] one"),
                                                       QStringLiteral("[[fake:flood:100]] two")}));
    const qint64 after = residentKb();
    QCOMPARE(result.status, RunResult::Status::Success);
    // 200 MB went through; what the engine keeps is bounded tails, not the stream.
    QVERIFY2(after - before < 80 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(after - before)));
    QVERIFY(QFileInfo(RunStore(orchestrator.config().paths.workspace).transcriptPath(result.runId, 1, 1)).size()
            > 90LL * 1024 * 1024);
}

void TestOrchestrator::resumeRunsOnlyWhatDidNotFinish()
{
    // A run whose process died after subtask 1 finished: the journal says so, no result.json.
    const Config config = makeConfig(2, 0);
    const Plan plan = planOf({QStringLiteral("write a.txt"), QStringLiteral("write b.txt")});
    {
        RunStore store(config.paths.workspace);
        QVERIFY(store.create(QStringLiteral("crashed-run"), plan, nullptr));
        SubtaskResult done;
        done.id = QStringLiteral("1");
        done.task = QStringLiteral("Subtask 1");
        done.status = SubtaskResult::Status::Success;
        done.workerId = 1;
        done.output = QStringLiteral("from before");
        store.journal("subtask_settled", {{"id", "1"}, {"result", done.toJson()}});
        // The lock is left behind as a crash would leave it, but names a dead process.
        store.journal("attempt_started", {{"id", "2"}, {"worker_id", 2}, {"attempt", 1}});
    }
    QFile lock(RunStore(config.paths.workspace).runDirectory(QStringLiteral("crashed-run")) + QStringLiteral("/lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999");
    lock.close();
    QCOMPARE(RunStore(config.paths.workspace).state(QStringLiteral("crashed-run")), RunStore::RunState::Interrupted);

    Orchestrator orchestrator(config);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.resume(QStringLiteral("crashed-run")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.runId, QStringLiteral("crashed-run"));
    QCOMPARE(result.status, RunResult::Status::Success);
    QCOMPARE(result.subtaskResults.at(0).output, QStringLiteral("from before"));  // not run again
    QVERIFY(result.subtaskResults.at(1).output.contains(QStringLiteral("b.txt")));
    QCOMPARE(invocations().size(), 1);
}

void TestOrchestrator::cancelOneWorkerThenRetryAnother()
{
    Orchestrator orchestrator(makeConfig(3, 0));
    orchestrator.setStopGrace(200, 200);
    QSignalSpy settled(&orchestrator, &Orchestrator::workerFinished);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.start(planOf({QStringLiteral("[[fake:hang]]"), QStringLiteral("[[fake:api_error_then_success]]"),
                                       QStringLiteral("write c.txt")})));
    // Worker 2 fails its only attempt (no retries configured), worker 3 succeeds, worker 1 hangs.
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 20000);
    QVERIFY(orchestrator.cancelWorker(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    RunResult result = finished.last().first().value<RunResult>();
    QCOMPARE(result.status, RunResult::Status::Partial);
    QCOMPARE(result.subtaskResults.at(0).status, SubtaskResult::Status::Cancelled);
    QCOMPARE(result.subtaskResults.at(1).status, SubtaskResult::Status::Failed);
    QCOMPARE(result.subtaskResults.at(2).status, SubtaskResult::Status::Success);

    // Retrying worker 2 runs it again in the same run; its second attempt succeeds.
    QVERIFY(!orchestrator.retryWorker(3));  // a success is not retried
    QVERIFY(orchestrator.retryWorker(2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    result = finished.last().first().value<RunResult>();
    QCOMPARE(result.runId, finished.first().first().value<RunResult>().runId);
    QCOMPARE(result.subtaskResults.at(1).status, SubtaskResult::Status::Success);
    QCOMPARE(result.subtaskResults.at(1).attempts, 2);
    QCOMPARE(RunStore(orchestrator.config().paths.workspace).loadResult(result.runId)->completedTasks(), 2);
    QCOMPARE(taggedProcesses(result.runId), QList<int>());
}

void TestOrchestrator::memoryLimitStopsAWorker()
{
    // A command agent whose shell holds about 150 MB in a variable, against a 64 MB limit.
    Config config = makeConfig(1, 0);
    config.agent.kind = Config::AgentKind::Command;
    config.agent.command = QStringLiteral("/bin/sh -c 'x=$(head -c 150000000 /dev/zero | tr \"\\000\" a); sleep 30'");
    config.resources.maxMemoryPerWorker = 64;
    Orchestrator orchestrator(config);
    QElapsedTimer clock;
    clock.start();
    const RunResult result = run(orchestrator, planOf({QStringLiteral("hungry")}));
    const SubtaskResult &subtask = result.subtaskResults.first();
    QCOMPARE(subtask.status, SubtaskResult::Status::Failed);
    QVERIFY2(subtask.error.startsWith(QStringLiteral("memory limit exceeded (")), qPrintable(subtask.error));
    QVERIFY2(subtask.error.endsWith(QStringLiteral(" MB > 64 MB)")), qPrintable(subtask.error));
    QVERIFY2(clock.elapsed() < 25000, qPrintable(QString::number(clock.elapsed())));  // stopped, not timed out
    QCOMPARE(taggedProcesses(result.runId), QList<int>());
}

void TestOrchestrator::admissionWaitsAreReported()
{
    // Asking for more free memory than any machine has holds back every start after the first.
    Config config = makeConfig(3, 0);
    config.resources.maxMemoryPerWorker = 4 * 1024 * 1024;
    Orchestrator orchestrator(config);
    QSignalSpy waiting(&orchestrator, &Orchestrator::waitingForResources);
    QSignalSpy started(&orchestrator, &Orchestrator::workerStarted);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.start(planOf({QStringLiteral("[[fake:sleep:0.5]] a"), QStringLiteral("[[fake:sleep:0.5]] b"),
                                       QStringLiteral("[[fake:sleep:0.5]] c")})));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!waiting.isEmpty());
    QVERIFY2(waiting.first().first().toString().startsWith(QStringLiteral("waiting: free memory ")),
             qPrintable(waiting.first().first().toString()));
    QCOMPARE(maxOverlap(invocations()), 1);  // one at a time: each start waited for the one before
    QCOMPARE(finished.first().first().value<RunResult>().status, RunResult::Status::Success);
}

void TestOrchestrator::newConfigurationBetweenRuns()
{
    Config config = makeConfig(1, 0);
    Orchestrator orchestrator(config);
    orchestrator.setStopGrace(200, 200);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.start(planOf({QStringLiteral("[[fake:hang]]")})));
    // Refused while running: the run keeps the configuration it began with.
    Config other = config;
    other.orchestrator.maxWorkers = 5;
    other.paths.workspace = m_dir->filePath(QStringLiteral("other-workspace"));
    QVERIFY(!orchestrator.setConfig(other));
    QCOMPARE(orchestrator.config().orchestrator.maxWorkers, 1);
    orchestrator.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    // Between runs it takes effect, run store included: the next run is recorded in the new workspace.
    QVERIFY(orchestrator.setConfig(other));
    QCOMPARE(orchestrator.config().orchestrator.maxWorkers, 5);
    const RunResult result = run(orchestrator, planOf({QStringLiteral("done")}));
    QCOMPARE(result.status, RunResult::Status::Success);
    QVERIFY2(QFileInfo::exists(other.paths.workspace + QStringLiteral("/runs/") + result.runId + QStringLiteral("/result.json")),
             qPrintable(result.runId));
}

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "tst_orchestrator.moc"
