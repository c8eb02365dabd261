// The orchestrator executable running real runs on fake_claude: the user guide's output lines, the
// --json result, exit codes, Ctrl-C, and a SIGKILL mid-run followed by --resume.
#include "support/ProcessProbe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

using orch::test::taggedProcesses;

class TestCliRun final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void userGuideOutput();
    void jsonResult();
    void someFailedExits1();
    void missingAgentExits3();
    void interruptStopsCleanlyAndExits130();
    void killedRunResumes();
    void commandAgent();
    void monitorDisplay();

private:
    QProcessEnvironment environment() const;
    void start(QProcess &process, const QStringList &arguments) const;
    QStringList runIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestCliRun::environment() const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);  // no admission delays in timed checks
    return env;
}

void TestCliRun::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir->path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    QVERIFY(process.waitForStarted());
}

QStringList TestCliRun::runIds() const
{
    return QDir(m_dir->filePath(u"workspace/runs"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

void TestCliRun::userGuideOutput()
{
    QProcess process;
    start(process, {u"--max-workers"_s, u"1"_s, u"--decomposer"_s, u"heuristic"_s,
                    u"Create: 1) Todo app 2) Weather dashboard 3) File converter"_s});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    // The lines of the user guide's first run, in this order.
    const QStringList expected = {u"[INFO] Task decomposed into 3 subtask(s)"_s, u"[INFO] Starting worker 1/3"_s,
                                  u"[INFO] Worker 1 completed successfully"_s, u"[INFO] Starting worker 2/3"_s,
                                  u"[INFO] Worker 3 completed successfully"_s, u"[SUCCESS] All tasks completed"_s};
    qsizetype at = 0;
    for (const QString &line : expected) {
        const qsizetype found = out.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + line + u"\n"_s + out));
        at = found + line.size();
    }
    // And the JSONL log of the run exists, one valid object per line.
    const QStringList logs = QDir(m_dir->filePath(u"workspace/logs"_s)).entryList({u"orchestrator_*.jsonl"_s});
    QCOMPARE(logs.size(), 1);
    QFile log(m_dir->filePath(u"workspace/logs/"_s + logs.first()));
    QVERIFY(log.open(QIODevice::ReadOnly));
    int lines = 0;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        QVERIFY(!nlohmann::json::parse(line.toStdString(), nullptr, false).is_discarded());
        ++lines;
    }
    QVERIFY(lines >= 6);
}

void TestCliRun::jsonResult()
{
    QProcess process;
    start(process, {u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s, u"--json"_s, u"demo"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    QVERIFY(result.is_object());
    QCOMPARE(result["status"], "success");
    QCOMPARE(result["total_tasks"], 2);
    QCOMPARE(result["completed_tasks"], 2);
    QCOMPARE(result["subtask_results"][1]["task"], "write b.txt");
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_1/a.txt"_s)));
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_2/b.txt"_s)));
    // Logs went to stderr, so stdout was only the JSON.
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"[SUCCESS] All tasks completed"_s));
}

void TestCliRun::someFailedExits1()
{
    QProcess process;
    start(process, {u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"[[fake:auth_error]]"_s, u"demo"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"[ERROR] 1 of 2 subtask(s) did not succeed"_s));
}

void TestCliRun::missingAgentExits3()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_dir->filePath(u"missing/claude"_s));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ORCH_CLI_BIN), {u"do something"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
                .contains(m_dir->filePath(u"missing/claude"_s)));
    QVERIFY(!QDir(m_dir->filePath(u"workspace/worker_1"_s)).exists());
}

void TestCliRun::interruptStopsCleanlyAndExits130()
{
    QProcess process;
    start(process, {u"--subtask"_s, u"[[fake:hang]]"_s, u"--subtask"_s, u"[[fake:ignore_sigterm]]"_s, u"demo"_s});
    QTRY_VERIFY_WITH_TIMEOUT(runIds().size() == 1 && taggedProcesses(runIds().first()).size() >= 2, 20000);
    const QString runId = runIds().first();
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 130);
    QFile result(m_dir->filePath(u"workspace/runs/"_s + runId + u"/result.json"_s));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(nlohmann::json::parse(result.readAll().toStdString())["status"], "cancelled");
    QCOMPARE(taggedProcesses(runId), QList<int>());
}

void TestCliRun::killedRunResumes()
{
    QProcess process;
    start(process, {u"--max-workers"_s, u"1"_s, u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s,
                    u"[[fake:hang]] write b.txt"_s, u"demo"_s});
    // Kill it -9 once the first subtask is recorded and the second runs.
    QTRY_VERIFY_WITH_TIMEOUT(runIds().size() == 1 && taggedProcesses(runIds().first()).size() >= 1
                                 && QFile::exists(m_dir->filePath(u"workspace/worker_1/output.txt"_s)),
                             20000);
    const QString runId = runIds().first();
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    // The direct child dies with the orchestrator; nothing of the run is left running.
    QTRY_COMPARE_WITH_TIMEOUT(taggedProcesses(runId), QList<int>(), 10000);

    QProcess lister;
    start(lister, {u"--list-runs"_s});
    QVERIFY(lister.waitForFinished(10000));
    QVERIFY(QString::fromUtf8(lister.readAllStandardOutput()).contains(runId + u"\tinterrupted"_s));

    // A new run points at the interrupted one.
    QProcess another;
    start(another, {u"--subtask"_s, u"write z.txt"_s, u"another"_s});
    QVERIFY(another.waitForFinished(30000));
    QCOMPARE(another.exitCode(), 0);
    const QString hint = u"Run %1 was interrupted (1 of 2 done); 'orchestrator --resume %1' finishes it"_s.arg(runId);
    QVERIFY(QString::fromUtf8(another.readAllStandardOutput()).contains(hint));

    // Resume: the hanging subtask is replaced by one that succeeds (the plan is on disk).
    const QString planPath = m_dir->filePath(u"workspace/runs/"_s + runId + u"/plan.json"_s);
    QFile planFile(planPath);
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    QByteArray plan = planFile.readAll();
    planFile.close();
    plan.replace("[[fake:hang]] ", "");
    QVERIFY(planFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    planFile.write(plan);
    planFile.close();

    QProcess resumed;
    start(resumed, {u"--resume"_s, runId, u"--json"_s});
    QVERIFY(resumed.waitForFinished(60000));
    QCOMPARE(resumed.exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(resumed.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(result["run_id"], runId.toStdString());
    QCOMPARE(result["completed_tasks"], 2);
    QCOMPARE(result["subtask_results"][0]["attempts"], 1);  // subtask 1 did not run again
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_2/b.txt"_s)));
}

void TestCliRun::commandAgent()
{
    // Any command runs as the agent: the prompt file is written first, the exit code decides.
    QProcess process;
    start(process, {u"--agent"_s, u"command"_s, u"--command"_s, u"/bin/sh -c 'cp {prompt_file} copy.txt; echo done {worker_id}'"_s,
                    u"--subtask"_s, u"it's \"quoted\" $HOME"_s, u"--subtask"_s, u"second"_s, u"--json"_s, u"demo"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(result["status"], "success");
    QVERIFY(QString::fromStdString(result["subtask_results"][1]["output"]).contains(u"done 2"_s));
    QFile copy(m_dir->filePath(u"workspace/worker_1/copy.txt"_s));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(copy.readAll()), u"it's \"quoted\" $HOME"_s);

    QProcess failing;
    start(failing, {u"--agent"_s, u"command"_s, u"--command"_s, u"/bin/sh -c 'exit 3'"_s, u"--retries"_s, u"2"_s, u"--json"_s,
                    u"fails"_s});
    QVERIFY(failing.waitForFinished(60000));
    QCOMPARE(failing.exitCode(), 1);
    const nlohmann::json failed = nlohmann::json::parse(failing.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(failed["subtask_results"][0]["attempts"], 1);  // a command's failure is not retried
    QVERIFY(QString::fromStdString(failed["subtask_results"][0]["error"]).contains(u"3"_s));
}

void TestCliRun::monitorDisplay()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(u"ORCHESTRATOR_MONITORING_INTERVAL"_s, u"1"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ORCH_CLI_BIN), {u"--monitor"_s, u"--max-workers"_s, u"1"_s, u"--subtask"_s,
                                                 u"[[fake:sleep:1.2]] a"_s, u"--subtask"_s, u"[[fake:sleep:0.2]] b"_s, u"m"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    // At least one display while it ran, and the final one.
    QVERIFY2(out.count(u"=== Task Execution Monitor ==="_s) >= 2, qPrintable(out));
    QVERIFY(out.contains(u"Worker 1: \u2699 In Progress"_s));
    QVERIFY(out.contains(u"Worker 2: \u23f3 Queued"_s));
    QVERIFY(out.contains(u"Progress: [\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588] 100% (2/2 completed)"_s));
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
