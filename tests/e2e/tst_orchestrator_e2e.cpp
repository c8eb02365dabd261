// The orchestrator executable running the real Claude Code CLI (ORCH_CLAUDE_BIN) against
// tests/fakes/mock_anthropic on loopback: a three-subtask run writes its files, prompts arrive
// verbatim, the API key reaches no file, and auth errors, 500s, 429s and hangs end as they should.
#include "config/ConfigLoader.h"
#include "run/Orchestrator.h"
#include "support/MockApi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

// Not an Anthropic key's shape, so only value-based redaction can keep it out of files.
const QString apiKey = u"e2e-test-api-key-value-4f7a9c"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    nlohmann::json result;
};

} // namespace

class TestOrchestratorE2e final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void threeSubtasksWriteTheirFiles();
    void promptsArriveVerbatim();
    void megabytePromptThroughTheLibrary();
    void authFailureIsNotRetried();
    void serverErrorIsRetriedThenFails();
    void rateLimitPausesTheRun();
    void hangTimesOut();

private:
    Run runOrchestrator(const QStringList &arguments, const QStringList &extraEnv = {}, int timeoutMs = 180000);
    QProcess *startOrchestrator(const QStringList &arguments, const QStringList &extraEnv = {});
    QProcessEnvironment environment(const QStringList &extraEnv) const;
    QStringList promptsSeenByMock() const;

    QString m_claude;
    test::MockApi m_mock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOrchestratorE2e::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    QVERIFY2(m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH)), qPrintable(m_mock.error()));
}

void TestOrchestratorE2e::cleanupTestCase()
{
    m_mock.stop();
}

void TestOrchestratorE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestOrchestratorE2e::environment(const QStringList &extraEnv) const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"ANTHROPIC_BASE_URL"_s, m_mock.baseUrl());
    env.insert(u"ANTHROPIC_API_KEY"_s, apiKey);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_claude);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    for (const QString &pair : extraEnv)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

QProcess *TestOrchestratorE2e::startOrchestrator(const QStringList &arguments, const QStringList &extraEnv)
{
    QDir().mkpath(m_dir->filePath(u"home"_s));
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment(extraEnv));
    process->setWorkingDirectory(m_dir->path());
    process->setStandardInputFile(QProcess::nullDevice());
    process->setChildProcessModifier(test::diesWithParent);
    process->start(QStringLiteral(ORCH_CLI_BIN), arguments);
    return process;
}

Run TestOrchestratorE2e::runOrchestrator(const QStringList &arguments, const QStringList &extraEnv, int timeoutMs)
{
    std::unique_ptr<QProcess> process(startOrchestrator(QStringList{u"--json"_s} + arguments, extraEnv));
    Run run;
    // Wait with the event loop running: the mock's log lines must keep being read, or it blocks.
    if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished();
        return run;
    }
    run.exitCode = process->exitCode();
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    run.result = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    return run;
}

QStringList TestOrchestratorE2e::promptsSeenByMock() const
{
    QStringList prompts;
    for (const QString &line : m_mock.lines()) {
        const qsizetype at = line.indexOf(u" prompt64="_s);
        if (at >= 0)
            prompts << QString::fromUtf8(QByteArray::fromBase64(line.mid(at + 10).section(u' ', 0, 0).toLatin1()));
        const qsizetype sha = line.indexOf(u" prompt_sha256="_s);
        if (sha >= 0)
            prompts << u"sha256:"_s + line.mid(sha + 15).section(u' ', 0, 0);
    }
    return prompts;
}

void TestOrchestratorE2e::threeSubtasksWriteTheirFiles()
{
    const Run run = runOrchestrator({u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s,
                                     u"--subtask"_s, u"write c.txt"_s, u"demo"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.result.is_object());
    QCOMPARE(run.result["status"], "success");
    QCOMPARE(run.result["completed_tasks"], 3);
    for (int i = 1; i <= 3; ++i) {
        const QString name = QString(QChar(u'a' + i - 1)) + u".txt"_s;
        QVERIFY2(QFile::exists(m_dir->filePath(u"workspace/worker_%1/"_s.arg(i) + name)), qPrintable(name));
        QCOMPARE(run.result["subtask_results"][i - 1]["status"], "success");
        QVERIFY(run.result["subtask_results"][i - 1]["turns"].get<int>() >= 2);
    }
    QVERIFY(!run.result["debug_info"]["agent_version"].get<std::string>().empty());
    const QString runDir = m_dir->filePath(u"workspace/runs/"_s + QString::fromStdString(run.result["run_id"]));
    QVERIFY(QFile::exists(runDir + u"/result.json"_s));

    // The API key is in the workers' environment only: no file of the run holds it.
    QDirIterator files(m_dir->filePath(u"workspace"_s), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(apiKey.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 10);
    QVERIFY(!run.out.contains(apiKey.toUtf8()) && !run.err.contains(apiKey.toUtf8()));
}

void TestOrchestratorE2e::promptsArriveVerbatim()
{
    const QStringList prompts = {u"--version write d.txt"_s, u"/help write e.txt"_s,
                                 u"say \"hi\" 'there' `x` $HOME\nsecond line\ttab write f.txt"_s,
                                 u"\u00fcnic\u00f6de \u05e9\u05dc\u05d5\u05dd \U0001F600 write g.txt"_s};
    QStringList arguments;
    for (const QString &prompt : prompts)
        arguments << u"--subtask"_s << prompt;
    // The longest prompt one argument of the command line can carry; the driver hands it on by stdin.
    const QString longPrompt = u"write h.txt "_s + QString(120 * 1024, u'y');
    arguments << u"--subtask"_s << longPrompt << u"prompts"_s;
    m_mock.clearLines();
    const Run run = runOrchestrator(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList seen = promptsSeenByMock();
    for (const QString &prompt : prompts) {
        // A leading slash would run as a slash command; the driver may shield it with leading
        // white space, which the model reads as the same text.
        const bool arrived = std::any_of(seen.cbegin(), seen.cend(), [&](const QString &s) {
            return s == prompt || (prompt.startsWith(u'/') && s.trimmed() == prompt);
        });
        QVERIFY2(arrived, qPrintable(u"not seen verbatim: "_s + prompt));
    }
    QVERIFY2(seen.contains(longPrompt), "the 120 KB prompt did not arrive intact");
}

void TestOrchestratorE2e::megabytePromptThroughTheLibrary()
{
    // 1 MB is more than one argument of any command line can hold, so this goes through the API.
    ConfigLoader loader(m_dir->path());
    loader.applyOverrides({{u"agent.binary"_s, m_claude, u"--set"_s}});
    loader.finish();
    QVERIFY(!loader.hasErrors());
    Orchestrator orchestrator(loader.config());
    QProcessEnvironment env = environment({});
    QDir().mkpath(env.value(u"HOME"_s));
    orchestrator.setWorkerEnvironment(env);
    const QString big = u"write i.txt "_s + QString(1024 * 1024, u'z');
    Plan plan;
    plan.task = u"big prompt"_s;
    plan.subtasks << Subtask{u"1"_s, u"big"_s, big, {}};
    m_mock.clearLines();
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.status, RunResult::Status::Success);
    const QString bigHash =
        QString::fromLatin1(QCryptographicHash::hash(big.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY2(promptsSeenByMock().contains(u"sha256:"_s + bigHash), "the 1 MB prompt did not arrive intact");
}

void TestOrchestratorE2e::authFailureIsNotRetried()
{
    const Run run = runOrchestrator({u"--retries"_s, u"2"_s, u"--subtask"_s, u"[[scenario:error401]] write a.txt"_s,
                                     u"auth"_s});
    QCOMPARE(run.exitCode, 1);
    const nlohmann::json &subtask = run.result["subtask_results"][0];
    QCOMPARE(subtask["status"], "failed");
    QCOMPARE(subtask["attempts"], 1);
    QVERIFY2(QString::fromStdString(subtask["error"]).contains(u"API key"_s, Qt::CaseInsensitive),
             subtask["error"].get<std::string>().c_str());
}

void TestOrchestratorE2e::serverErrorIsRetriedThenFails()
{
    const Run run = runOrchestrator({u"--retries"_s, u"1"_s, u"--subtask"_s, u"[[scenario:error500]] write a.txt"_s,
                                     u"server error"_s},
                                    {u"CLAUDE_CODE_MAX_RETRIES=0"_s});
    QCOMPARE(run.exitCode, 1);
    const nlohmann::json &subtask = run.result["subtask_results"][0];
    QCOMPARE(subtask["status"], "failed");
    QCOMPARE(subtask["attempts"], 2);
    QVERIFY2(QString::fromStdString(subtask["error"]).contains(u"500"_s), subtask["error"].get<std::string>().c_str());
}

void TestOrchestratorE2e::rateLimitPausesTheRun()
{
    std::unique_ptr<QProcess> process(startOrchestrator(
        {u"--subtask"_s, u"[[scenario:error429]] write a.txt"_s, u"limited"_s}, {u"CLAUDE_CODE_MAX_RETRIES=0"_s}));
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] {
        out += process->readAllStandardOutput();
        return out.contains("[PAUSED] rate limited: no new worker starts until");
    }, 60000));
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(process->exitCode(), 130);
}

void TestOrchestratorE2e::hangTimesOut()
{
    const Run run = runOrchestrator({u"--timeout"_s, u"8"_s, u"--retries"_s, u"0"_s, u"--subtask"_s,
                                     u"[[scenario:hang]] write a.txt"_s, u"hang"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.result["subtask_results"][0]["status"], "timeout");
}

QTEST_GUILESS_MAIN(TestOrchestratorE2e)
#include "tst_orchestrator_e2e.moc"
