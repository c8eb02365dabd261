// AI task decomposition against fake_claude (which plans when given --json-schema, driven by
// markers in the task): a valid plan, every failure falling back to the heuristic plan with a
// warning that says why (or throwing when strict), the command line the agent gets, cancel, the
// Orchestrator's decomposers, phase context for dependent subtasks (subprocess and worktree mode),
// and --plan-only / --plan through the executable.
#include "agent/ClaudeDriver.h"
#include "config/ConfigLoader.h"
#include "errors/OrchestratorError.h"
#include "isolation/GitRepository.h"
#include "logging/Log.h"
#include "planning/AiTaskDecomposer.h"
#include "planning/HeuristicDecomposer.h"
#include "run/Orchestrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

// A marker that makes fake_claude answer with exactly this plan.
QString planMarker(const nlohmann::json &plan)
{
    return u"[[fake:plan:"_s + QString::fromLatin1(QByteArray::fromStdString(plan.dump()).toBase64()) + u"]]"_s;
}

nlohmann::json threeStepPlan()
{
    return nlohmann::json::parse(R"({"subtasks":[
        {"id":"a","title":"Write A","prompt":"write a.txt","depends_on":[]},
        {"id":"b","title":"Write B","prompt":"write b.txt","depends_on":[]},
        {"id":"c","title":"Summary","prompt":"write c.txt from what a and b did","depends_on":["a","b"]}]})");
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A custom decomposer, as a library user would plug in.
class FixedDecomposer final : public TaskDecomposer
{
public:
    QString name() const override { return u"fixed"_s; }
    Plan decompose(const QString &task) override
    {
        return Plan{task, {Subtask{u"only"_s, u"Only"_s, u"write only.txt"_s, {}}}};
    }
};

} // namespace

class TestAiDecomposer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void validPlan();
    void agentCommandLine();
    void failures_data();
    void failures();
    void cancelStopsPlanning();
    void orchestratorDecomposers();
    void phaseContextText();
    void phaseContextInSubprocessMode();
    void phaseContextInWorktreeMode();
    void planOnly();
    void planOnlyJsonThenPlanFile();
    void badPlanFile_data();
    void badPlanFile();
    void strictFailureExits4();

private:
    Config makeConfig() const;
    QList<nlohmann::json> invocations() const;
    QProcess *runCli(const QStringList &arguments, const QString &workDir = {});

    QTemporaryDir m_logDir;
    QString m_console;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_fakeLog;
};

void TestAiDecomposer::initTestCase()
{
    QVERIFY(m_logDir.isValid());
    // The console sink goes to a file, so the fallback warning can be read back.
    m_console = m_logDir.filePath(u"console.log"_s);
    LogOptions options;
    options.consoleFile = m_console;
    QString error;
    QVERIFY2(Log::init(options, &error), qPrintable(error));
    // Git in the worktree test: no user or system configuration.
    qputenv("HOME", m_logDir.path().toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

void TestAiDecomposer::cleanupTestCase()
{
    Log::shutdown();
}

void TestAiDecomposer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fakeLog = m_dir->filePath(u"fake.log"_s);
    qputenv("FAKE_CLAUDE_LOG", m_fakeLog.toUtf8());
}

void TestAiDecomposer::cleanup()
{
    qunsetenv("FAKE_CLAUDE_LOG");
}

Config TestAiDecomposer::makeConfig() const
{
    ConfigLoader loader(m_dir->path());
    loader.applyOverrides({{u"agent.binary"_s, QStringLiteral(FAKE_CLAUDE), u"--set"_s},
                           {u"paths.workspace"_s, m_dir->filePath(u"workspace"_s), u"--set"_s}});
    loader.finish();
    Config config = loader.config();
    config.planning.timeout = 20;
    config.orchestrator.maxRetries = 0;
    config.resources.maxCpuPercent = 100;  // no admission waits on a busy machine
    return config;
}

QList<nlohmann::json> TestAiDecomposer::invocations() const
{
    // "PID START END EXIT {json}" per fake_claude run (tests/fakes/fake_claude/Lifecycle.h).
    QList<nlohmann::json> result;
    const QStringList lines = readAll(m_fakeLog).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        nlohmann::json json = nlohmann::json::parse(line.section(u' ', 4).toStdString(), nullptr, false);
        json["exit"] = line.section(u' ', 3, 3).toInt();
        result << json;
    }
    return result;
}

QProcess *TestAiDecomposer::runCli(const QStringList &arguments, const QString &workDir)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    env.insert(u"FAKE_CLAUDE_LOG"_s, m_fakeLog);
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(workDir.isEmpty() ? m_dir->path() : workDir);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(QStringLiteral(ORCH_CLI_BIN), arguments);
    process->waitForFinished(60000);
    return process;
}

void TestAiDecomposer::validPlan()
{
    const QString task = u"Build it in three steps "_s + planMarker(threeStepPlan());
    AiTaskDecomposer decomposer(makeConfig());
    const Plan plan = decomposer.decompose(task);
    QCOMPARE(plan.task, task);
    QCOMPARE(plan.subtasks.size(), 3);
    QCOMPARE(plan.subtasks.at(0), (Subtask{u"a"_s, u"Write A"_s, u"write a.txt"_s, {}}));
    QCOMPARE(plan.subtasks.at(2).dependsOn, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(plan.subtasks.at(2).prompt, u"write c.txt from what a and b did"_s);
    QVERIFY(decomposer.fallbackReason().isEmpty());
    QCOMPARE(invocations().size(), 1);
}

void TestAiDecomposer::agentCommandLine()
{
    // fake_claude's own plan has one subtask per line of the task, so the task reached it (on stdin).
    Config config = makeConfig();
    config.ai.model = u"claude-test-model"_s;
    AiTaskDecomposer decomposer(config);
    const QString folder = m_dir->filePath(u"project"_s);
    QVERIFY(QDir().mkpath(folder));
    decomposer.setWorkingDirectory(folder);
    const Plan plan = decomposer.decompose(u"make the parser\n\n  test the parser  \n"_s);
    QCOMPARE(plan.subtasks.size(), 2);
    QCOMPARE(plan.subtasks.at(1).prompt, u"test the parser"_s);

    const QList<nlohmann::json> runs = invocations();
    QCOMPARE(runs.size(), 1);
    QStringList argv;
    for (const auto &arg : runs.first()["argv"])
        argv << QString::fromStdString(arg.get<std::string>());
    const QStringList expected = {u"-p"_s,         u"--output-format"_s,
                                  u"json"_s,       u"--json-schema"_s,
                                  QString::fromUtf8(AiTaskDecomposer::schema()),
                                  u"--model"_s,    u"claude-test-model"_s,
                                  u"--tools=Read,Glob,Grep"_s,
                                  u"--no-session-persistence"_s};
    QCOMPARE(argv.mid(1), expected);
    QCOMPARE(QString::fromStdString(runs.first()["cwd"]), QDir(folder).canonicalPath());
    // The schema is JSON asking for the plan's shape; the prompt says how many subtasks at most.
    const nlohmann::json schema = nlohmann::json::parse(AiTaskDecomposer::schema().toStdString());
    QCOMPARE(schema["properties"]["subtasks"]["items"]["required"].size(), 4u);
    QVERIFY(AiTaskDecomposer::prompt(u"x"_s, 7).contains(u"between 1 and 7 subtasks"_s));
    QVERIFY(AiTaskDecomposer::prompt(u"the task"_s, 7).endsWith(u"<task>\nthe task\n</task>\n"_s));
}

void TestAiDecomposer::failures_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("reason");
    QTest::addRow("invalid JSON") << u"[[fake:plan_not_json]]"_s << u"the agent's answer is not a JSON result"_s;
    QTest::addRow("malformed plan") << u"[[fake:plan_bad_shape]]"_s
                                    << u"the agent's plan is malformed: The plan's \"subtasks\" must be a list."_s;
    QTest::addRow("cycle") << u"[[fake:plan_cycle]]"_s
                           << u"Subtasks depend on each other in a cycle: a -> b -> a."_s;
    QTest::addRow("too many subtasks") << u"[[fake:plan_many:5]]"_s
                                       << u"The plan has 5 subtasks, more than the limit of 3."_s;
    QTest::addRow("no structured output") << u"[[fake:plan_none]]"_s
                                          << u"the agent's answer has no structured plan"_s;
    QTest::addRow("error result") << u"[[fake:auth_error]]"_s
                                  << u"the agent reported an error: Invalid API key \u00b7 Please run /login"_s;
    QTest::addRow("crash") << u"[[fake:crash]]"_s << u"the agent gave no answer (exited with code 1)"_s;
    QTest::addRow("timeout") << u"[[fake:hang]]"_s
                             << u"the agent did not answer within 1 second(s) (planning.timeout)"_s;
    QTest::addRow("agent missing") << u"[[missing]]"_s << u"missing/claude"_s;
    QTest::addRow("command agent") << u"[[command]]"_s << u"agent.kind is not claude"_s;
}

void TestAiDecomposer::failures()
{
    QFETCH(QString, marker);
    QFETCH(QString, reason);
    Config config = makeConfig();
    config.planning.maxSubtasks = 3;
    config.planning.timeout = 1;
    if (marker == u"[[missing]]")
        config.agent.binary = m_dir->filePath(u"missing/claude"_s);
    if (marker == u"[[command]]")
        config.agent.kind = Config::AgentKind::Command;
    const QString task = marker + u" Create: 1) the parser 2) the printer"_s;

    // Without planning.strict: the heuristic plan, and a warning that says why.
    AiTaskDecomposer decomposer(config);
    decomposer.setStopGrace(300, 300);
    QElapsedTimer clock;
    clock.start();
    const Plan plan = decomposer.decompose(task);
    // Bounded: the timeout plus the staged stop, with room for a busy machine.
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(plan, HeuristicDecomposer().decompose(task));
    QCOMPARE(plan.subtasks.size(), 2);
    QVERIFY2(decomposer.fallbackReason().contains(reason), qPrintable(decomposer.fallbackReason()));
    Log::flush();
    const QString warning =
        u"AI task decomposition failed, using the heuristic decomposer instead: "_s + decomposer.fallbackReason();
    QVERIFY2(readAll(m_console).contains(warning), qPrintable(readAll(m_console)));

    // With it: TaskDecompositionError with the same reason.
    config.planning.strict = true;
    AiTaskDecomposer strict(config);
    strict.setStopGrace(300, 300);
    try {
        strict.decompose(task);
        QFAIL("a strict decomposition did not throw");
    } catch (const TaskDecompositionError &e) {
        QVERIFY2(e.message().startsWith(u"AI task decomposition failed: "_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
    // Every planning agent that started has ended (a hang ends by the staged stop).
    for (const nlohmann::json &run : invocations())
        QVERIFY(run["scenario"] != "reading_stdin");
}

void TestAiDecomposer::cancelStopsPlanning()
{
    AiTaskDecomposer decomposer(makeConfig());
    decomposer.setStopGrace(300, 300);
    QTimer::singleShot(300, this, [&decomposer] { decomposer.cancel(); });
    QElapsedTimer clock;
    clock.start();
    // Never a fallback after a cancel, strict or not.
    QVERIFY_THROWS_EXCEPTION(TaskDecompositionError, decomposer.decompose(u"[[fake:hang]] Create: 1) a 2) b"_s));
    QVERIFY(clock.elapsed() < 10000);
    QTRY_COMPARE(invocations().size(), 1);
    QCOMPARE(invocations().first()["scenario"], "hang");

    // From another thread, as the GUI plans off its own: the agent still stops.
    QFuture<QString> planning = QtConcurrent::run([&decomposer] {
        try {
            decomposer.decompose(u"[[fake:hang]] x"_s);
        } catch (const TaskDecompositionError &e) {
            return e.message();
        }
        return QString();
    });
    // cancel() must reach a running agent: wait for it (its tag names this process).
    const QByteArray tag = "ORCH_RUN_ID=plan-" + QByteArray::number(QCoreApplication::applicationPid()) + '-';
    const auto planningAgents = [&tag] {
        int count = 0;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            QFile environ(u"/proc/%1/environ"_s.arg(entry));
            if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(tag))
                ++count;
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(planningAgents(), 1, 10000);
    decomposer.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(planning.isFinished(), 10000);
    QCOMPARE(planning.result(), u"planning was cancelled"_s);
    QCOMPARE(planningAgents(), 0);
    QTRY_COMPARE(invocations().size(), 2);
}

void TestAiDecomposer::orchestratorDecomposers()
{
    const Config config = makeConfig();
    {
        Orchestrator orchestrator(config);
        QCOMPARE(orchestrator.decomposer()->name(), u"ai"_s);
        const Plan plan = orchestrator.decompose(planMarker(threeStepPlan()));
        QCOMPARE(plan.subtasks.size(), 3);
    }
    {
        // The worker environment is the planning agent's too: FAKE_CLAUDE_LOG only there.
        qunsetenv("FAKE_CLAUDE_LOG");
        Orchestrator orchestrator(config);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FAKE_CLAUDE_LOG"_s, m_dir->filePath(u"env.log"_s));
        orchestrator.setWorkerEnvironment(env);
        orchestrator.decompose(u"one line"_s);
        QVERIFY(readAll(m_dir->filePath(u"env.log"_s)).contains(u"--json-schema"_s));
    }
    {
        Orchestrator orchestrator(config, std::make_unique<FixedDecomposer>());
        QCOMPARE(orchestrator.decomposer()->name(), u"fixed"_s);
        QCOMPARE(orchestrator.decompose(u"anything"_s).subtasks.first().id, u"only"_s);
    }
    {
        Config heuristic = config;
        heuristic.planning.decomposer = Config::Decomposer::Heuristic;
        QCOMPARE(Orchestrator(heuristic).decomposer()->name(), u"heuristic"_s);
    }
}

void TestAiDecomposer::phaseContextText()
{
    QCOMPARE(ClaudeDriver::phaseContext({}), QString());
    PrerequisiteResult worktree{u"1"_s, u"Parser"_s, u"  Wrote parser.c  "_s, {}, u"orch/r/worker-1"_s, u"abc123"_s};
    PrerequisiteResult folder{u"2"_s, u"Printer"_s, QString(10000, u'x'), u"/ws/worker_2"_s, {}, {}};
    const QString text = ClaudeDriver::phaseContext({worktree, folder});
    QVERIFY(text.contains(u"## Subtask 1: Parser\n"_s));
    QVERIFY(text.contains(u"git branch orch/r/worker-1 (commit abc123; `git show abc123` shows it)"_s));
    QVERIFY(text.contains(u"Its final report:\nWrote parser.c\n"_s));
    QVERIFY(text.contains(u"Its files are in the folder /ws/worker_2"_s));
    // A long output is cut to its share.
    QVERIFY(text.contains(QString(ClaudeDriver::MaxPrerequisiteOutputChars - 1, u'x') + u"\u2026"_s));
    QVERIFY(!text.contains(QString(ClaudeDriver::MaxPrerequisiteOutputChars, u'x')));

    // It follows the prompt on stdin; a task without prerequisites gets its prompt alone.
    AgentTask task;
    task.prompt = u"/summarise"_s;
    QCOMPARE(ClaudeDriver::promptText(task), u" /summarise"_s);
    task.prerequisites = {worktree};
    QCOMPARE(ClaudeDriver::promptText(task), u" /summarise"_s + ClaudeDriver::phaseContext({worktree}));
}

void TestAiDecomposer::phaseContextInSubprocessMode()
{
    Orchestrator orchestrator(makeConfig());
    orchestrator.setStopGrace(200, 200);
    Plan plan = Plan::fromJson(threeStepPlan()).value();
    plan.task = u"three steps"_s;
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.status, RunResult::Status::Success);
    // fake_claude writes its whole prompt into the file it creates.
    const SubtaskResult &a = result.subtaskResults.at(0);
    const QString written = readAll(result.subtaskResults.at(2).workdir + u"/c.txt"_s);
    QVERIFY2(written.contains(u"write c.txt from what a and b did\n\n---\n"_s), qPrintable(written));
    QVERIFY(written.contains(u"## Subtask a: Write A\nIts files are in the folder "_s + a.workdir));
    QVERIFY(written.contains(u"Its final report:\n"_s + a.output));
    QVERIFY(written.contains(u"## Subtask b: Write B\n"_s));
    // Independent subtasks get their prompt alone.
    QVERIFY(!readAll(a.workdir + u"/a.txt"_s).contains(u"## Subtask"_s));
}

void TestAiDecomposer::phaseContextInWorktreeMode()
{
    if (GitRepository::gitProgram().isEmpty())
        QSKIP("git is not installed");
    const QString repo = m_dir->filePath(u"repo"_s);
    QVERIFY(QDir().mkpath(repo));
    const auto git = [&repo](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(repo);
        process.start(u"git"_s, QStringList{u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.com"_s}
                                   + arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    };
    QFile readme(repo + u"/README"_s);
    QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write("base\n") == 5);
    readme.close();
    QVERIFY(git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}) && git({u"add"_s, u"README"_s})
            && git({u"commit"_s, u"-q"_s, u"-m"_s, u"base"_s}));

    Config config = makeConfig();
    config.orchestrator.mode = Config::Mode::Worktree;
    config.worktree.repository = repo;
    config.worktree.author = u"Test <test@example.com>"_s;
    Orchestrator orchestrator(config);
    orchestrator.setStopGrace(200, 200);
    Plan plan = Plan::fromJson(threeStepPlan()).value();
    plan.task = u"three steps"_s;
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.status, RunResult::Status::Success);
    const SubtaskResult &a = result.subtaskResults.at(0);
    QVERIFY(!a.branch.isEmpty() && !a.commit.isEmpty());
    const QString written = readAll(result.subtaskResults.at(2).workdir + u"/c.txt"_s);
    QVERIFY2(written.contains(u"Its work is committed on the git branch %1 (commit %2;"_s.arg(a.branch, a.commit)),
             qPrintable(written));
    QVERIFY(!written.contains(u"Its files are in the folder"_s));
}

void TestAiDecomposer::planOnly()
{
    std::unique_ptr<QProcess> cli(runCli({u"--plan-only"_s, u"three steps "_s + planMarker(threeStepPlan())}));
    const QString out = QString::fromUtf8(cli->readAllStandardOutput());
    QCOMPARE(cli->exitCode(), 0);
    QVERIFY2(out.contains(u"Plan: 3 subtask(s)\n\na. Write A\n    write a.txt\n"_s), qPrintable(out));
    QVERIFY(out.contains(u"c. Summary (after a, b)\n    write c.txt from what a and b did\n"_s));
    // Nothing ran: one planning call, no run folder.
    QCOMPARE(invocations().size(), 1);
    QVERIFY(!QDir(m_dir->filePath(u"workspace/runs"_s)).exists()
            || QDir(m_dir->filePath(u"workspace/runs"_s)).isEmpty());

    // A failed decomposition falls back on the command line too, and says why.
    std::unique_ptr<QProcess> fallback(runCli({u"--plan-only"_s, u"[[fake:plan_none]] Create: 1) a 2) b"_s}));
    const QString all = QString::fromUtf8(fallback->readAllStandardOutput() + fallback->readAllStandardError());
    QCOMPARE(fallback->exitCode(), 0);
    QVERIFY2(all.contains(u"AI task decomposition failed, using the heuristic decomposer instead: the agent's answer has no "
                               "structured plan"_s),
             qPrintable(all));
    QVERIFY(all.contains(u"Plan: 2 subtask(s)"_s));
}

void TestAiDecomposer::planOnlyJsonThenPlanFile()
{
    std::unique_ptr<QProcess> plan(runCli({u"--plan-only"_s, u"--json"_s, u"three steps "_s + planMarker(threeStepPlan())}));
    QCOMPARE(plan->exitCode(), 0);
    const QByteArray json = plan->readAllStandardOutput();
    const nlohmann::json printed = nlohmann::json::parse(json.toStdString(), nullptr, false);
    QVERIFY2(printed.is_object(), json.constData());
    QCOMPARE(printed["subtasks"], threeStepPlan()["subtasks"]);

    // Saved, edited, and run as it is: no planning call this time.
    nlohmann::json edited = printed;
    edited["subtasks"][1]["prompt"] = "write b2.txt";
    const QString file = m_dir->filePath(u"plan.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(edited.dump(2)));
    out.close();
    QFile::remove(m_fakeLog);
    std::unique_ptr<QProcess> run(runCli({u"--plan"_s, file, u"--json"_s}));
    QCOMPARE(run->exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(run->readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(result["total_tasks"], 3);
    QCOMPARE(result["completed_tasks"], 3);
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_2/b2.txt"_s)));
    QCOMPARE(invocations().size(), 3);
    for (const nlohmann::json &invocation : invocations())
        QVERIFY(invocation["argv"].dump().find("--json-schema") == std::string::npos);
}

void TestAiDecomposer::badPlanFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing") << QByteArray() << QStringList() << u"cannot read the plan file"_s;
    QTest::addRow("not JSON") << QByteArray("{\"subtasks\": [") << QStringList() << u"is not JSON"_s;
    QTest::addRow("not a plan") << QByteArray("{\"steps\": []}") << QStringList()
                                << u"is not a plan: The plan has no \"subtasks\" list."_s;
    QTest::addRow("cycle") << QByteArray(R"({"subtasks":[{"id":"1","prompt":"p","depends_on":["1"]}]})")
                           << QStringList() << u"is not valid: Subtask \"1\" depends on itself."_s;
    QTest::addRow("with a task") << QByteArray(R"({"subtasks":[{"id":"1","prompt":"p"}]})")
                                 << QStringList{u"a task"_s} << u"--plan runs the plan in the file"_s;
}

void TestAiDecomposer::badPlanFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(u"plan.json"_s);
    if (!content.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(content) == content.size());
    }
    std::unique_ptr<QProcess> cli(runCli(QStringList{u"--plan"_s, file} + extra));
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(extra.isEmpty() ? err.contains(file) : true);
    QVERIFY(!QFile::exists(m_fakeLog));
}

void TestAiDecomposer::strictFailureExits4()
{
    std::unique_ptr<QProcess> cli(
        runCli({u"--set"_s, u"planning.strict=true"_s, u"[[fake:plan_cycle]] Create: 1) a 2) b"_s}));
    const QString all = QString::fromUtf8(cli->readAllStandardOutput() + cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 4);
    QVERIFY2(all.contains(u"cannot plan the task: AI task decomposition failed: the agent's plan is not valid"_s),
             qPrintable(all));
    // No worker ran: the planning call is the only one.
    QCOMPARE(invocations().size(), 1);
}

QTEST_GUILESS_MAIN(TestAiDecomposer)
#include "tst_aidecomposer.moc"
