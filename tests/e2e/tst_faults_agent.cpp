// Issue 9's fault matrix, the agent and API half: the orchestrator executable run as a user runs
// it, with one fault at a time, and after each run the user-visible outcome (exit code, subtask
// status, the error text) and tests/support/RunAudit.h (nothing lost, nothing leaked).
//
// API faults use the real Claude Code CLI (ORCH_CLAUDE_BIN) against tests/fakes/mock_anthropic;
// faults of the agent process itself (crash mid-stream, silent hang, SIGTERM ignored, escaped
// grandchild) use tests/fakes/fake_claude, which can do them on cue. The real-CLI runs are slow
// (seconds per CLI start on a busy machine), so they start together in initTestCase and run
// while the fake-agent cases are checked; each of their cases then waits for its run.
#include "support/MockApi.h"
#include "support/RunAudit.h"
#include "support/TestGit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The stop stages of the orchestrator executable: SIGINT, then SIGTERM after 3 s, SIGKILL after 3 s more.
constexpr int InterruptGraceMs = 3000;
constexpr int TerminateGraceMs = 3000;
constexpr int InactivityS = 2;

// One orchestrator run in its own folder: HOME, TMPDIR and the workspace are all private to it.
struct OrchestratorRun
{
    QString root;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 elapsedMs = -1;
    int exitCode = -1;
    QByteArray err;
    nlohmann::json result;

    QString workspace() const { return root + u"/workspace"_s; }
    QString tempDir() const { return root + u"/tmp"_s; }
    QString runId() const
    {
        if (result.is_object() && result.contains("run_id"))
            return QString::fromStdString(result["run_id"].get<std::string>());
        // No result on stdout: the only run folder, if there is one.
        const QStringList runs = QDir(workspace() + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return runs.size() == 1 ? runs.first() : QString();
    }
    nlohmann::json subtask(const QString &id) const
    {
        if (result.is_object() && result["subtask_results"].is_array())
            for (const nlohmann::json &s : result["subtask_results"])
                if (s.value("id", std::string()) == id.toStdString())
                    return s;
        return {};
    }
    QString transcript(int worker, int attempt) const
    {
        return QString::fromUtf8(orch::test::readFile(
            workspace() + u"/runs/%1/transcripts/worker_%2.attempt_%3.jsonl"_s.arg(runId()).arg(worker).arg(attempt)));
    }
    orch::test::AuditPolicy policy() const
    {
        orch::test::AuditPolicy policy;
        policy.tempDir = tempDir();
        return policy;
    }
};

QString textOf(const nlohmann::json &json, const char *key)
{
    return json.is_object() && json.contains(key) && json[key].is_string() ? QString::fromStdString(json[key].get<std::string>())
                                                                           : QString();
}

int intOf(const nlohmann::json &json, const char *key)
{
    return json.is_object() && json.contains(key) && json[key].is_number_integer() ? json[key].get<int>() : -1;
}

// A port on 127.0.0.1 nothing listens on: bound, read, released.
quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// One request to the mock on its own connection ("Connection: close"): everything the mock sent
// until it closed.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    socket.flush();
    QByteArray reply;
    // A reply cut short by the wait shows up as a failed check of its content.
    (void)QTest::qWaitFor([&] {
        reply += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, 10000);
    return reply + socket.readAll();
}

QByteArray messagesRequest(const QString &prompt)
{
    const QJsonArray system{QJsonObject{{"type"_L1, "text"_L1},
                                        {"text"_L1, u"# Environment\n - Primary working directory: /w\n"_s}}};
    const QJsonArray content{QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, prompt}}};
    const QJsonObject body{{"model"_L1, "claude-test"_L1}, {"stream"_L1, true}, {"system"_L1, system},
                           {"tools"_L1, QJsonArray{QJsonObject{{"name"_L1, "Write"_L1}}}},
                           {"messages"_L1, QJsonArray{QJsonObject{{"role"_L1, "user"_L1}, {"content"_L1, content}}}}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
           "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes;
}

int statusOf(const QByteArray &reply)
{
    return reply.startsWith("HTTP/1.1 ") ? reply.mid(9, 3).toInt() : 0;
}

} // namespace

class TestFaultsAgent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // The mock's two scenarios for this matrix, over raw HTTP.
    void mockRateLimitsEachPromptOnce();
    void mockCutsTheStreamInsideAnEvent();

    // The agent process itself (fake_claude where the fault needs one).
    void agentBinaryMissing_data();
    void agentBinaryMissing();
    void agentBinaryRemovedDuringTheRun();
    void agentCrashesMidStream();
    void agentHangsSilent();
    void agentIgnoresSigterm();
    void agentLeavesEscapedGrandchild();

    // The real CLI.
    void agentExitsAtOnce();
    // RunAudit itself: each kind of damage to a clean run is reported.
    void auditFindsDamage_data();
    void auditFindsDamage();
    void apiFaults_data();
    void apiFaults();
    void connectionRefused();

private:
    QProcessEnvironment environment(const OrchestratorRun &run, const QString &agent, const QStringList &extraEnv) const;
    std::unique_ptr<OrchestratorRun> start(const QString &name, const QString &agent, const QStringList &arguments,
                                           const QStringList &extraEnv = {},
                                           const std::function<void(const QString &root)> &prepare = {});
    bool finish(OrchestratorRun &run, int timeoutMs = 120000);
    std::unique_ptr<OrchestratorRun> runFake(const QString &name, const QStringList &arguments,
                                             const QStringList &extraEnv = {});
    bool needClaude();

    QTemporaryDir m_base;
    QString m_claude;
    orch::test::MockApi m_mock;
    // The real-CLI runs, started in initTestCase and awaited by their cases.
    std::unique_ptr<OrchestratorRun> m_apiRun;
    std::unique_ptr<OrchestratorRun> m_refusedRun;
    std::unique_ptr<OrchestratorRun> m_exitRun;
};

using orch::test::auditRun;

QProcessEnvironment TestFaultsAgent::environment(const OrchestratorRun &run, const QString &agent,
                                                 const QStringList &extraEnv) const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, run.root + u"/home"_s);
    env.insert(u"TMPDIR"_s, run.tempDir());
    env.insert(u"XDG_CONFIG_HOME"_s, run.root + u"/xdg"_s);
    env.insert(u"ANTHROPIC_BASE_URL"_s, m_mock.baseUrl());
    env.insert(u"ANTHROPIC_API_KEY"_s, u"faults-test-key"_s);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    // Every retry is the orchestrator's, so each attempt shows one fault.
    env.insert(u"CLAUDE_CODE_MAX_RETRIES"_s, u"0"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, agent);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"FAKE_CLAUDE_LOG"_s, run.root + u"/fake_claude.log"_s);
    env.insert(u"FAKE_CLAUDE_MAX_HANG_SECONDS"_s, u"60"_s);
    for (const QString &pair : extraEnv)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

std::unique_ptr<OrchestratorRun> TestFaultsAgent::start(const QString &name, const QString &agent,
                                                        const QStringList &arguments, const QStringList &extraEnv,
                                                        const std::function<void(const QString &root)> &prepare)
{
    auto run = std::make_unique<OrchestratorRun>();
    run->root = m_base.filePath(name);
    for (const QString &dir : {u"home"_s, u"tmp"_s})
        QDir().mkpath(run->root + u'/' + dir);
    if (prepare)
        prepare(run->root);
    run->process = std::make_unique<QProcess>();
    run->process->setProcessEnvironment(environment(*run, agent, extraEnv));
    run->process->setWorkingDirectory(run->root);
    run->process->setStandardInputFile(QProcess::nullDevice());
    // Files, not pipes: nothing has to drain them while the test waits for something else.
    run->process->setStandardOutputFile(run->root + u"/stdout.json"_s);
    run->process->setStandardErrorFile(run->root + u"/stderr.txt"_s);
    run->process->setChildProcessModifier(orch::test::diesWithParent);
    run->clock.start();
    run->process->start(QStringLiteral(ORCH_CLI_BIN),
                        QStringList{u"--json"_s, u"--set"_s, u"resources.max_cpu_percent=100"_s} + arguments);
    return run;
}

bool TestFaultsAgent::finish(OrchestratorRun &run, int timeoutMs)
{
    if (run.elapsedMs >= 0)
        return true;
    // With the event loop running: the mock's report lines must keep being read.
    if (!QTest::qWaitFor([&] { return run.process->state() == QProcess::NotRunning; }, timeoutMs)) {
        run.process->kill();
        run.process->waitForFinished();
        return false;
    }
    run.elapsedMs = run.clock.elapsed();
    run.exitCode = run.process->exitStatus() == QProcess::NormalExit ? run.process->exitCode() : -1;
    run.err = orch::test::readFile(run.root + u"/stderr.txt"_s);
    const QByteArray out = orch::test::readFile(run.root + u"/stdout.json"_s);
    run.result = nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
    return true;
}

std::unique_ptr<OrchestratorRun> TestFaultsAgent::runFake(const QString &name, const QStringList &arguments,
                                                          const QStringList &extraEnv)
{
    std::unique_ptr<OrchestratorRun> run = start(name, QStringLiteral(FAKE_CLAUDE_BIN), arguments, extraEnv);
    if (!finish(*run, 60000))
        qWarning("%s: the orchestrator did not end within 60 s", qPrintable(name));
    return run;
}

bool TestFaultsAgent::needClaude()
{
    return !m_claude.isEmpty();
}

void TestFaultsAgent::initTestCase()
{
    QVERIFY(m_base.isValid());
    QVERIFY2(m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH)), qPrintable(m_mock.error()));
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable()) {
        m_claude.clear();
        qWarning("ORCH_CLAUDE_BIN is not set to the Claude CLI: the real-CLI cases will be skipped");
        return;
    }
    // One start first, alone: a cold CLI (240 MB of JavaScript off the disk) can miss the
    // orchestrator's 10 s limit for `claude --version` when three runs start it at once.
    QProcess warm;
    warm.setStandardInputFile(QProcess::nullDevice());
    warm.start(m_claude, {u"--version"_s});
    QVERIFY2(warm.waitForFinished(60000) && warm.exitCode() == 0, "the Claude CLI does not answer --version");
    // The four API faults as the four subtasks of one run: each subtask meets its own fault.
    m_apiRun = start(u"api"_s, m_claude,
                     {u"--retries"_s, u"1"_s, u"--max-workers"_s, u"4"_s, u"--subtask"_s,
                      u"[[scenario:error500]] write a.txt"_s, u"--subtask"_s, u"[[scenario:error429once]] write b.txt"_s,
                      u"--subtask"_s, u"[[scenario:error401]] write c.txt"_s, u"--subtask"_s,
                      u"[[scenario:streamcut]] write d.txt"_s, u"api faults"_s});
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    m_refusedRun = start(u"refused"_s, m_claude, {u"--retries"_s, u"1"_s, u"--subtask"_s, u"write a.txt"_s, u"refused"_s},
                         {u"ANTHROPIC_BASE_URL=http://127.0.0.1:%1"_s.arg(port)});
    // An agent that stops at once: the real CLI refusing an option it does not know.
    m_exitRun = start(u"exit"_s, m_claude,
                      {u"--retries"_s, u"2"_s, u"--set"_s, u"agent.extra_args=--no-such-flag"_s, u"--subtask"_s,
                       u"write a.txt"_s, u"exits"_s});
}

void TestFaultsAgent::cleanupTestCase()
{
    for (auto *run : {m_apiRun.get(), m_refusedRun.get(), m_exitRun.get()}) {
        if (run && run->process->state() != QProcess::NotRunning) {
            run->process->kill();
            run->process->waitForFinished();
        }
    }
    m_mock.stop();
}

void TestFaultsAgent::mockRateLimitsEachPromptOnce()
{
    const QByteArray first = exchange(m_mock.port(), messagesRequest(u"[[scenario:error429once]] write once.txt"_s));
    QCOMPARE(statusOf(first), 429);
    QVERIFY2(first.toLower().contains("retry-after: 1\r\n"), first.constData());
    QVERIFY(first.contains("rate_limit_error"));
    // The same prompt again (a retry, on a new connection) gets through.
    const QByteArray second = exchange(m_mock.port(), messagesRequest(u"[[scenario:error429once]] write once.txt"_s));
    QCOMPARE(statusOf(second), 200);
    QVERIFY(second.contains("event: message_stop"));
    // Another prompt meets its own first refusal.
    const QByteArray other = exchange(m_mock.port(), messagesRequest(u"[[scenario:error429once]] write other.txt"_s));
    QCOMPARE(statusOf(other), 429);
}

void TestFaultsAgent::mockCutsTheStreamInsideAnEvent()
{
    const QByteArray reply = exchange(m_mock.port(), messagesRequest(u"[[scenario:streamcut]] write cut.txt"_s));
    QCOMPARE(statusOf(reply), 200);
    QVERIFY(reply.contains("text/event-stream"));
    QVERIFY(reply.contains("event: message_start"));
    QVERIFY(reply.contains("\"text_delta\""));
    // No end: no message_stop, no last chunk, and the stream stops inside an event.
    QVERIFY(!reply.contains("message_stop"));
    QVERIFY(!reply.endsWith("0\r\n\r\n"));
    const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
    const QByteArray chunk = body.mid(body.indexOf("\r\n") + 2).chopped(2);  // one chunk, then the cut
    QVERIFY2(!chunk.endsWith("\n\n"), chunk.right(80).constData());
    QVERIFY(chunk.mid(chunk.lastIndexOf("\n\n") + 2).startsWith("event: "));
}

void TestFaultsAgent::agentBinaryMissing_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("message");
    QTest::addRow("no such file") << u"/nonexistent/claude"_s << u"does not exist"_s;
    QTest::addRow("not executable") << u"NOEXEC"_s << u"is not an executable file"_s;
}

void TestFaultsAgent::agentBinaryMissing()
{
    QFETCH(QString, binary);
    QFETCH(QString, message);
    if (binary == u"NOEXEC") {
        binary = m_base.filePath(u"claude-not-executable"_s);
        QVERIFY(orch::test::writeFile(binary, "#!/bin/sh\nexit 0\n"));
    }
    const QString name = u"missing-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    std::unique_ptr<OrchestratorRun> run = start(name, binary, {u"--subtask"_s, u"write a.txt"_s, u"missing"_s});
    QVERIFY(finish(*run, 60000));
    // Refused before any run starts: exit 3 (not ready), the reason on stderr, no run recorded.
    QVERIFY2(run->exitCode == 3, run->err.constData());
    QVERIFY2(run->err.contains(message.toUtf8()), run->err.constData());
    QVERIFY2(QDir(run->workspace() + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
             "a run folder was created for a run that never started");
    QStringList problems;
    orch::test::audit::findTemporaries(run->root, u"-"_s, false, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentBinaryRemovedDuringTheRun()
{
    // The agent is there when the run is checked and starts, then vanishes: its first attempt
    // deletes it and crashes, so the retry finds no binary to start.
    const QString agent = m_base.filePath(u"vanishing-claude"_s);
    const QByteArray script = "#!/bin/sh\n"
                              "case \"$1\" in --version|-v) exec '" + QByteArrayLiteral(FAKE_CLAUDE_BIN) + "' \"$@\";; esac\n"
                              "rm -f \"$0\"\n"
                              "exec '" + QByteArrayLiteral(FAKE_CLAUDE_BIN) + "' \"$@\"\n";
    QVERIFY(orch::test::writeFile(agent, script));
    QVERIFY(QFile::setPermissions(agent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    std::unique_ptr<OrchestratorRun> run =
        start(u"vanishing"_s, agent, {u"--retries"_s, u"2"_s, u"--subtask"_s, u"[[fake:crash]] write a.txt"_s, u"vanish"_s});
    QVERIFY(finish(*run, 60000));
    QVERIFY2(run->exitCode == 1, run->err.constData());
    QVERIFY(!QFile::exists(agent));
    const nlohmann::json subtask = run->subtask(u"1"_s);
    QCOMPARE(textOf(subtask, "status"), u"failed"_s);
    // The crash is retried; a binary that cannot be started is not (it would not start again).
    QCOMPARE(intOf(subtask, "attempts"), 2);
    QVERIFY2(textOf(subtask, "error").contains(u"failed to start"_s), subtask.dump().c_str());
    const QStringList problems = auditRun(run->workspace(), run->runId(), run->policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentCrashesMidStream()
{
    std::unique_ptr<OrchestratorRun> run =
        runFake(u"crash"_s, {u"--retries"_s, u"1"_s, u"--subtask"_s, u"[[fake:crash:SEGV]] write a.txt"_s,
                             u"--subtask"_s, u"write b.txt"_s, u"crash"_s});
    QVERIFY2(run->exitCode == 1, run->err.constData());
    QCOMPARE(textOf(run->result, "status"), u"partial"_s);
    const nlohmann::json crashed = run->subtask(u"1"_s);
    QCOMPARE(textOf(crashed, "status"), u"failed"_s);
    QCOMPARE(intOf(crashed, "attempts"), 2);  // a crash is retried
    QVERIFY2(textOf(crashed, "error").contains(u"SIGSEGV"_s), crashed.dump().c_str());
    QCOMPARE(textOf(run->subtask(u"2"_s), "status"), u"success"_s);
    // What the agent said before it died is kept, attempt by attempt.
    for (int attempt = 1; attempt <= 2; ++attempt)
        QVERIFY2(run->transcript(1, attempt).contains(u"Now I will start the build."_s), qPrintable(run->transcript(1, attempt)));
    const QStringList problems = auditRun(run->workspace(), run->runId(), run->policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentHangsSilent()
{
    std::unique_ptr<OrchestratorRun> run =
        runFake(u"silent"_s, {u"--retries"_s, u"0"_s, u"--set"_s, u"orchestrator.inactivity_timeout=%1"_s.arg(InactivityS),
                              u"--subtask"_s, u"[[fake:silent_hang]] write a.txt"_s, u"silent"_s});
    QVERIFY2(run->exitCode == 1, run->err.constData());
    const nlohmann::json subtask = run->subtask(u"1"_s);
    QCOMPARE(textOf(subtask, "status"), u"timeout"_s);
    QCOMPARE(textOf(subtask, "error"), u"no output for %1 s"_s.arg(InactivityS));
    // Stopped by the first, polite stage: well before the overall timeout (120 s).
    QVERIFY2(run->elapsedMs < (InactivityS * 1000 + InterruptGraceMs + 5000), qPrintable(QString::number(run->elapsedMs)));
    const QStringList problems = auditRun(run->workspace(), run->runId(), run->policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentIgnoresSigterm()
{
    std::unique_ptr<OrchestratorRun> run =
        runFake(u"sigterm"_s, {u"--retries"_s, u"0"_s, u"--set"_s, u"orchestrator.inactivity_timeout=%1"_s.arg(InactivityS),
                               u"--subtask"_s, u"[[fake:ignore_sigterm]] write a.txt"_s, u"stubborn"_s});
    QVERIFY2(run->exitCode == 1, run->err.constData());
    const nlohmann::json subtask = run->subtask(u"1"_s);
    QCOMPARE(textOf(subtask, "status"), u"timeout"_s);
    QVERIFY2(textOf(subtask, "error").contains(u"no output"_s), subtask.dump().c_str());
    // SIGINT and SIGTERM are ignored, so it ends only by SIGKILL, on time: inactivity, then both graces.
    const qint64 stages = InactivityS * 1000 + InterruptGraceMs + TerminateGraceMs;
    const double duration = subtask.value("duration", 0.0) * 1000;
    QVERIFY2(duration >= stages - 500 && duration < stages + 4000, qPrintable(QString::number(duration)));
    // fake_claude logs its end on any exit it can run code for; SIGKILL leaves no line.
    QVERIFY2(!orch::test::readFile(run->root + u"/fake_claude.log"_s).contains("ignore_sigterm"),
             "the agent ended by itself, not by SIGKILL");
    const QStringList problems = auditRun(run->workspace(), run->runId(), run->policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentLeavesEscapedGrandchild()
{
    std::unique_ptr<OrchestratorRun> run =
        runFake(u"grandchild"_s, {u"--retries"_s, u"0"_s, u"--subtask"_s, u"[[fake:grandchild:600]] write a.txt"_s, u"escape"_s});
    QVERIFY2(run->exitCode == 0, run->err.constData());
    QCOMPARE(textOf(run->subtask(u"1"_s), "status"), u"success"_s);
    // The grandchild (its own session, 600 s of sleep) did exist, and is gone with the run.
    const QByteArray log = orch::test::readFile(run->root + u"/fake_claude.log"_s);
    const qsizetype at = log.indexOf("\"grandchild_pid\":");
    QVERIFY2(at >= 0, log.constData());
    const int pid = log.mid(at + 17).split('}').first().toInt();
    QVERIFY(pid > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(u"/proc/%1/environ"_s.arg(pid))
                                  || !orch::test::readFile(u"/proc/%1/environ"_s.arg(pid)).contains("ORCH_RUN_ID="),
                              "the escaped grandchild outlived the run", 2000);
    const QStringList problems = auditRun(run->workspace(), run->runId(), run->policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::agentExitsAtOnce()
{
    if (!needClaude())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    OrchestratorRun &run = *m_exitRun;
    QVERIFY2(finish(run, 150000), "the run did not end");
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const nlohmann::json subtask = run.subtask(u"1"_s);
    QCOMPARE(textOf(subtask, "status"), u"failed"_s);
    // A refusal of the command line is not retried (it would fail the same way).
    QCOMPARE(intOf(subtask, "attempts"), 1);
    QVERIFY2(textOf(subtask, "error").contains(u"--no-such-flag"_s), subtask.dump().c_str());
    const QStringList problems = auditRun(run.workspace(), run.runId(), run.policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::auditFindsDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("problem");
    QTest::addRow("none") << u"none"_s << QString();
    QTest::addRow("transcript deleted") << u"transcript"_s << u"lost: transcript"_s;
    QTest::addRow("subtask twice in result.json") << u"duplicate"_s << u"appears 2 times in result.json"_s;
    QTest::addRow("subtask missing from result.json") << u"missing"_s << u"appears 0 times in result.json"_s;
    QTest::addRow("non-final status") << u"running"_s << u"non-final status 'running'"_s;
    QTest::addRow("journal without run_finished") << u"unfinished"_s << u"journal's run_finished says ''"_s;
    QTest::addRow("journal line torn") << u"torn"_s << u"is not a whole event"_s;
    QTest::addRow("temporary file left") << u"temporary"_s << u"leaked: temporary file"_s;
    QTest::addRow("lock left") << u"lock"_s << u"still holds its lock file"_s;
    QTest::addRow("tagged process alive") << u"process"_s << u"leaked: process"_s;
    QTest::addRow("worktrees beyond the policy") << u"worktree"_s << u"worktree(s) of the run, the policy keeps 0"_s;
    QTest::addRow("worktrees the policy keeps") << u"worktree-kept"_s << QString();
}

void TestFaultsAgent::auditFindsDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, problem);
    const bool worktree = damage.startsWith(u"worktree");
    const auto makeRepository = [](const QString &root) {
        orch::test::writeFile(root + u"/README.md"_s, "audit\n");
        orch::test::git(root, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        orch::test::git(root, {u"add"_s, u"README.md"_s});
        orch::test::git(root, {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s, u"commit"_s,
                               u"-q"_s, u"-m"_s, u"start"_s});
    };
    QStringList arguments = {u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s, u"audit"_s};
    if (worktree)
        arguments = QStringList{u"--mode"_s, u"worktree"_s} + arguments;
    std::unique_ptr<OrchestratorRun> run =
        start(u"audit-"_s + damage, QStringLiteral(FAKE_CLAUDE_BIN), arguments, {u"GIT_CONFIG_NOSYSTEM=1"_s},
              worktree ? std::function<void(const QString &)>(makeRepository) : std::function<void(const QString &)>());
    QVERIFY(finish(*run, 60000));
    QVERIFY2(run->exitCode == 0, run->err.constData());
    const QString runId = run->runId();
    const QString dir = run->workspace() + u"/runs/"_s + runId;
    orch::test::AuditPolicy policy = run->policy();
    if (worktree) {
        policy.repository = run->root;
        policy.keptWorktrees = damage == u"worktree-kept" ? 2 : 0;
        policy.keptBranches = damage == u"worktree-kept" ? 2 : 0;
    }

    const auto editResult = [&](const std::function<void(nlohmann::json &)> &edit) {
        const QByteArray bytes = orch::test::readFile(dir + u"/result.json"_s);
        nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
        edit(json);
        QVERIFY(orch::test::writeFile(dir + u"/result.json"_s, QByteArray::fromStdString(json.dump(2))));
    };
    const auto editJournal = [&](const std::function<void(QList<QByteArray> &)> &edit) {
        QList<QByteArray> lines = orch::test::readFile(dir + u"/journal.jsonl"_s).split('\n');
        edit(lines);
        QVERIFY(orch::test::writeFile(dir + u"/journal.jsonl"_s, lines.join('\n')));
    };
    QProcess tagged;
    if (damage == u"transcript") {
        QVERIFY(QFile::remove(dir + u"/transcripts/worker_2.attempt_1.jsonl"_s));
    } else if (damage == u"duplicate") {
        editResult([](nlohmann::json &json) { json["subtask_results"].push_back(json["subtask_results"][0]); });
    } else if (damage == u"missing") {
        editResult([](nlohmann::json &json) { json["subtask_results"].erase(1); });
    } else if (damage == u"running") {
        editResult([](nlohmann::json &json) { json["subtask_results"][1]["status"] = "running"; });
    } else if (damage == u"unfinished") {
        editJournal([](QList<QByteArray> &lines) {
            lines.removeIf([](const QByteArray &line) { return line.contains("\"run_finished\""); });
        });
    } else if (damage == u"torn") {
        editJournal([](QList<QByteArray> &lines) { lines[1] = lines[1].left(lines[1].size() / 2); });
    } else if (damage == u"temporary") {
        QVERIFY(orch::test::writeFile(dir + u"/result.json.tmp-4242"_s, "{"));
    } else if (damage == u"lock") {
        QVERIFY(orch::test::writeFile(dir + u"/lock"_s, "1"));
    } else if (damage == u"process") {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ORCH_RUN_ID"_s, runId);
        tagged.setProcessEnvironment(env);
        tagged.start(u"sleep"_s, {u"30"_s});
        QVERIFY(tagged.waitForStarted());
    }
    policy.processGraceMs = 200;
    const QStringList problems = auditRun(run->workspace(), runId, policy);
    if (tagged.state() != QProcess::NotRunning) {
        tagged.kill();
        tagged.waitForFinished();
    }
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(problem); }),
                 qPrintable(u"expected '"_s + problem + u"' among:\n"_s + problems.join(u'\n')));
    }
}

void TestFaultsAgent::apiFaults_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("error");
    QTest::addRow("500 persistent") << u"1"_s << u"failed"_s << 2 << u"API error 500"_s;
    QTest::addRow("429 then success") << u"2"_s << u"success"_s << 2 << QString();
    QTest::addRow("401") << u"3"_s << u"failed"_s << 1 << u"authentication failed"_s;
    QTest::addRow("stream cut mid-event") << u"4"_s << u"failed"_s << 2 << u"Connection to the API was lost"_s;
}

void TestFaultsAgent::apiFaults()
{
    if (!needClaude())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(int, attempts);
    QFETCH(QString, error);
    OrchestratorRun &run = *m_apiRun;
    QVERIFY2(finish(run, 150000), "the run did not end");
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QCOMPARE(textOf(run.result, "status"), u"partial"_s);
    const nlohmann::json subtask = run.subtask(id);
    QCOMPARE(textOf(subtask, "status"), status);
    QCOMPARE(intOf(subtask, "attempts"), attempts);
    QVERIFY2(textOf(subtask, "error").contains(error), subtask.dump().c_str());
    if (status == u"success") {
        // The 429 paused the run; the retry wrote the file.
        QVERIFY2(run.err.contains("rate limited: no new worker starts until"), run.err.constData());
        QVERIFY(QFile::exists(run.workspace() + u"/worker_2/b.txt"_s));
    }
    const QStringList problems = auditRun(run.workspace(), run.runId(), run.policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFaultsAgent::connectionRefused()
{
    if (!needClaude())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    OrchestratorRun &run = *m_refusedRun;
    QVERIFY2(finish(run, 150000), "the run did not end");
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const nlohmann::json subtask = run.subtask(u"1"_s);
    QCOMPARE(textOf(subtask, "status"), u"failed"_s);
    QCOMPARE(intOf(subtask, "attempts"), 2);  // a connection error is retried
    QVERIFY2(textOf(subtask, "error").contains(u"Unable to connect"_s), subtask.dump().c_str());
    const QStringList problems = auditRun(run.workspace(), run.runId(), run.policy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFaultsAgent)
#include "tst_faults_agent.moc"
