// AI task decomposition with the real Claude Code CLI (ORCH_CLAUDE_BIN) against
// tests/fakes/mock_anthropic on loopback: the CLI's --json-schema request gets a plan through its
// StructuredOutput tool, --plan-only prints it, a run executes it in phases (the dependent
// subtask's prompt carries its prerequisites' results), and an answer without a plan falls back to
// the heuristic decomposer (or exits 4 when strict).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString phasedTask = u"write alpha.txt and write beta.txt, then write summary.md"_s;

void diesWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDecomposeE2e final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void planOnlyJson();
    void numberedListPlansOneSubtaskPerItem();
    void runInPhases();
    void noPlanFallsBackOrExits4();

private:
    Run runOrchestrator(const QStringList &arguments);
    QStringList promptsSeenByMock() const;

    QString m_claude;
    QProcess m_mock;
    QStringList m_mockLines;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDecomposeE2e::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    m_mock.setChildProcessModifier(diesWithParent);
    connect(&m_mock, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_mock.canReadLine())
            m_mockLines << QString::fromUtf8(m_mock.readLine()).trimmed();
    });
    m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH), {u"--max-seconds"_s, u"600"_s});
    QVERIFY(m_mock.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!m_mockLines.isEmpty(), 10000);
    QVERIFY(m_mockLines.first().startsWith(u"PORT "_s));
    m_port = m_mockLines.first().mid(5).toUShort();
    QVERIFY(m_port != 0);
}

void TestDecomposeE2e::cleanupTestCase()
{
    if (m_mock.state() != QProcess::NotRunning) {
        m_mock.closeWriteChannel();
        if (!m_mock.waitForFinished(5000))
            m_mock.kill();
    }
}

void TestDecomposeE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
    m_mockLines = m_mockLines.mid(0, 1);
}

Run TestDecomposeE2e::runOrchestrator(const QStringList &arguments)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_port));
    env.insert(u"ANTHROPIC_API_KEY"_s, u"e2e-decompose-key-5c1e"_s);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_claude);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier(diesWithParent);
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    Run run;
    // The event loop must run meanwhile: the mock's lines are read from it, or the mock blocks.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 240000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestDecomposeE2e::promptsSeenByMock() const
{
    QStringList prompts;
    for (const QString &line : m_mockLines) {
        const qsizetype at = line.indexOf(u" prompt64="_s);
        if (at >= 0)
            prompts << QString::fromUtf8(QByteArray::fromBase64(line.mid(at + 10).section(u' ', 0, 0).toLatin1()));
    }
    return prompts;
}

void TestDecomposeE2e::planOnlyJson()
{
    const Run run = runOrchestrator({u"--plan-only"_s, u"--json"_s, phasedTask});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const nlohmann::json plan = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(plan.is_object(), qPrintable(run.out));
    QCOMPARE(plan["task"], phasedTask.toStdString());
    const nlohmann::json &subtasks = plan["subtasks"];
    QCOMPARE(subtasks.size(), 3u);
    QCOMPARE(subtasks[0]["prompt"], "write alpha.txt");
    QCOMPARE(subtasks[2]["title"], "Write summary.md");
    QCOMPARE(subtasks[2]["depends_on"], nlohmann::json::array({"1", "2"}));
    // One planning request, with the task in it; nothing ran.
    const QStringList prompts = promptsSeenByMock();
    QCOMPARE(prompts.size(), 1);
    QVERIFY(prompts.first().contains(u"<task>\n"_s + phasedTask + u"\n</task>"_s));
    QVERIFY(!QDir(m_dir->filePath(u"workspace/worker_1"_s)).exists());
    QVERIFY(!run.err.contains(u"heuristic"_s));
}

void TestDecomposeE2e::numberedListPlansOneSubtaskPerItem()
{
    // The issue's own example, planned by the real CLI against the mock's model stand-in.
    const Run run = runOrchestrator({u"--plan-only"_s, u"--json"_s, u"Create: 1) a todo app 2) a calculator 3) a notes app"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const nlohmann::json plan = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(plan.is_object(), qPrintable(run.out));
    const nlohmann::json &subtasks = plan["subtasks"];
    QCOMPARE(subtasks.size(), 3u);
    QCOMPARE(subtasks[0]["title"], "Create a todo app");
    QCOMPARE(subtasks[1]["prompt"], "Create a calculator");
    QCOMPARE(subtasks[2]["title"], "Create a notes app");
    QVERIFY(!run.err.contains(u"heuristic"_s));
}

void TestDecomposeE2e::runInPhases()
{
    const Run run = runOrchestrator({u"--json"_s, phasedTask});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const nlohmann::json result = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    QCOMPARE(result["completed_tasks"], 3);
    QCOMPARE(result["debug_info"]["decomposer"], "ai");
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_1/alpha.txt"_s)));
    QVERIFY(QFile::exists(m_dir->filePath(u"workspace/worker_2/beta.txt"_s)));

    // The mock writes the prompt it received into the file: the summary's holds both results.
    QFile summary(m_dir->filePath(u"workspace/worker_3/summary.md"_s));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(summary.readAll());
    QVERIFY2(written.contains(u"write summary.md\n\n---\n"_s), qPrintable(written));
    QVERIFY(written.contains(u"## Subtask 1: Write alpha.txt\n"_s));
    QVERIFY(written.contains(u"Its final report:\nDone: wrote alpha.txt"_s));
    QVERIFY(written.contains(u"Its final report:\nDone: wrote beta.txt"_s));
    QVERIFY(written.contains(m_dir->filePath(u"workspace/worker_1"_s)));
}

void TestDecomposeE2e::noPlanFallsBackOrExits4()
{
    // The text scenario never calls the StructuredOutput tool: the CLI then answers without a plan.
    const QString task = u"[[scenario:text]] Create: 1) write a.txt 2) write b.txt"_s;
    const Run run = runOrchestrator({u"--plan-only"_s, task});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString all = run.out + run.err;
    QVERIFY2(all.contains(u"AI task decomposition failed, using the heuristic decomposer instead: the agent's answer has no "
                               "structured plan"_s),
             qPrintable(all));
    QVERIFY(all.contains(u"Plan: 2 subtask(s)"_s));

    const Run strict = runOrchestrator({u"--set"_s, u"planning.strict=true"_s, task});
    QCOMPARE(strict.exitCode, 4);
    QVERIFY(QString(strict.out + strict.err).contains(u"cannot plan the task"_s));
    QVERIFY(!QDir(m_dir->filePath(u"workspace/worker_1"_s)).exists());
}

QTEST_GUILESS_MAIN(TestDecomposeE2e)
#include "tst_decompose_e2e.moc"
