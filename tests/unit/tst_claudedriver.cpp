// ClaudeDriver: finding the binary (fake executables, a controlled PATH/HOME/NVM_PATH), reading
// its version, the command line for every permission mode, the prompt on stdin, the environment,
// and classify() for every way a run ends (lines shaped like the real CLI's).
#include "agent/ClaudeBinaryLocator.h"
#include "agent/ClaudeClassifier.h"
#include "agent/ClaudeDriver.h"
#include "agent/ClaudeStreamParser.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orch::AgentOutcome;
using orch::ClaudeDriver;
using orch::Config;
using orch::ProcessRunner;
using Kind = orch::AgentOutcome::Kind;
using Mode = orch::Config::PermissionMode;
using State = orch::ProcessRunner::State;

namespace {

const QString FakeVersionScript = u"#!/bin/sh\n"
                                  "[ \"$CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC\" = 1 ] || exit 3\n"
                                  "while read -r _; do :; done\n" // stdin must be the null device, or this waits
                                  "echo '2.1.197 (Claude Code)'\n"_s;

bool writeFile(const QString &path, const QString &content, bool executable)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content.toUtf8()) < 0)
        return false;
    file.close();
    const auto mode = QFile::ReadOwner | QFile::WriteOwner;
    return file.setPermissions(executable ? mode | QFile::ExeOwner : mode);
}

ProcessRunner::Result exitResult(State state, int exitCode = 0, int signal = 0, const QString &message = {})
{
    ProcessRunner::Result result;
    result.state = state;
    result.exitCode = exitCode;
    result.signal = signal;
    result.message = message;
    return result;
}

orch::AgentTask sampleTask(const QString &prompt = u"Write hello.txt"_s)
{
    orch::AgentTask task;
    task.runId = u"run-42"_s;
    task.workerId = 7;
    task.title = u"hello"_s;
    task.prompt = prompt;
    task.overallTask = u"Build a small website with three pages"_s;
    task.workDir = u"/work/space/worker_7"_s;
    task.promptFile = u"/work/space/worker_7/.orchestrator-prompt.txt"_s;
    return task;
}

QString line(const char *json)
{
    return QString::fromUtf8(json);
}

} // namespace

class TestClaudeDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void discovery_data();
    void discovery();
    void missingBinary();
    void configuredPathIsNotSkipped_data();
    void configuredPathIsNotSkipped();
    void npmPrefix();
    void version_data();
    void version();
    void versionTimesOut();
    void arguments_data();
    void arguments();
    void systemPromptBounded();
    void promptOnStdin_data();
    void promptOnStdin();
    void validatePrompt_data();
    void validatePrompt();
    void environment();
    void notes();
    void classify_data();
    void classify();
    void retryAfter_data();
    void retryAfter();
    void runsWithProcessRunner();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QProcessEnvironment environment(const QStringList &pathFolders) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClaudeDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(u"home"_s);
}

QProcessEnvironment TestClaudeDriver::environment(const QStringList &pathFolders) const
{
    QProcessEnvironment env;
    QStringList folders;
    for (const QString &folder : pathFolders)
        folders << path(folder);
    env.insert(u"PATH"_s, folders.join(u':'));
    env.insert(u"HOME"_s, path(u"home"_s));
    return env;
}

void TestClaudeDriver::discovery_data()
{
    QTest::addColumn<QStringList>("executables"); // relative to the temp dir
    QTest::addColumn<QStringList>("plainFiles"); // not executable
    QTest::addColumn<QString>("configured"); // agent.binary, relative to the temp dir ("" none)
    QTest::addColumn<QString>("nvmConfig");
    QTest::addColumn<QString>("nvmEnv");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("nodeFolderInPath");

    const QStringList none;
    QTest::addRow("configured path") << QStringList {u"opt/claude-x"_s, u"bin1/claude"_s} << none << u"opt/claude-x"_s
                                     << QString() << QString() << u"opt/claude-x"_s << false;
    QTest::addRow("PATH, first folder wins") << QStringList {u"bin1/claude"_s, u"bin2/claude"_s} << none << QString()
                                             << QString() << QString() << u"bin1/claude"_s << false;
    QTest::addRow("PATH skips non-executable") << QStringList {u"bin2/claude"_s} << QStringList {u"bin1/claude"_s}
                                               << QString() << QString() << QString() << u"bin2/claude"_s << false;
    QTest::addRow("PATH before nvm") << QStringList {u"bin2/claude"_s, u"nvm/claude"_s} << none << QString()
                                     << QString() << u"nvm"_s << u"bin2/claude"_s << false;
    QTest::addRow("NVM_PATH") << QStringList {u"nvm/claude"_s, u"home/.claude/local/claude"_s} << none << QString()
                              << QString() << u"nvm"_s << u"nvm/claude"_s << true;
    QTest::addRow("agent.nvm_path over NVM_PATH") << QStringList {u"nvm/claude"_s, u"nvm2/claude"_s} << none
                                                  << QString() << u"nvm2"_s << u"nvm"_s << u"nvm2/claude"_s << true;
    QTest::addRow("nvm version root") << QStringList {u"nvm/v22/bin/claude"_s} << none << QString() << QString()
                                      << u"nvm/v22"_s << u"nvm/v22/bin/claude"_s << true;
    QTest::addRow("~/.claude/local") << QStringList {u"home/.claude/local/claude"_s, u"home/.npm-global/bin/claude"_s}
                                     << none << QString() << QString() << QString() << u"home/.claude/local/claude"_s
                                     << false;
    QTest::addRow("~/.npm-global") << QStringList {u"home/.npm-global/bin/claude"_s} << none << QString() << QString()
                                   << QString() << u"home/.npm-global/bin/claude"_s << false;
}

void TestClaudeDriver::discovery()
{
    QFETCH(QStringList, executables);
    QFETCH(QStringList, plainFiles);
    QFETCH(QString, configured);
    QFETCH(QString, nvmConfig);
    QFETCH(QString, nvmEnv);
    QFETCH(QString, expected);
    QFETCH(bool, nodeFolderInPath);
    for (const QString &file : executables)
        QVERIFY(writeFile(path(file), FakeVersionScript, true));
    for (const QString &file : plainFiles)
        QVERIFY(writeFile(path(file), FakeVersionScript, false));

    Config config;
    if (!configured.isEmpty())
        config.agent.binary = path(configured);
    if (!nvmConfig.isEmpty())
        config.agent.nvmPath = path(nvmConfig);
    QProcessEnvironment env = environment({u"bin1"_s, u"bin2"_s});
    if (!nvmEnv.isEmpty())
        env.insert(u"NVM_PATH"_s, path(nvmEnv));

    ClaudeDriver driver(config, env);
    QString error;
    QVERIFY2(driver.prepare(&error), qPrintable(error));
    QCOMPARE(driver.binary(), path(expected));
    QCOMPARE(driver.version(), u"2.1.197"_s);

    const orch::AgentCommand command = driver.command(sampleTask());
    QCOMPARE(command.program, path(expected));
    // An nvm install's `claude` runs `node` from the same folder: that folder goes first in PATH.
    QCOMPARE(command.environment.contains(u"PATH"_s), nodeFolderInPath);
    if (nodeFolderInPath)
        QCOMPARE(command.environment.value(u"PATH"_s),
            QFileInfo(path(expected)).absolutePath() + u':' + env.value(u"PATH"_s));
}

void TestClaudeDriver::missingBinary()
{
    QVERIFY(writeFile(path(u"bin1/claude"_s), FakeVersionScript, false)); // not executable: not a find
    QProcessEnvironment env = environment({u"bin1"_s});
    env.insert(u"NVM_PATH"_s, path(u"nvm"_s));
    ClaudeDriver driver(Config {}, env);
    QString error;
    QVERIFY(!driver.prepare(&error));
    QVERIFY(driver.binary().isEmpty());
    QVERIFY2(error.contains(u"npm install -g @anthropic-ai/claude-code"_s), qPrintable(error));
    QVERIFY(error.contains(path(u"bin1"_s)));
    QVERIFY(error.contains(path(u"nvm"_s)));
    QVERIFY(error.contains(path(u"home/.claude/local/claude"_s)));
    QVERIFY(error.contains(path(u"home/.npm-global/bin/claude"_s)));
    QVERIFY(error.contains(u"npm"_s));
    QVERIFY(!error.contains(u'\n'));
}

void TestClaudeDriver::configuredPathIsNotSkipped_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<bool>("createPlain");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::addRow("missing") << u"opt/nothing"_s << false << u"does not exist"_s;
    QTest::addRow("not executable") << u"opt/plain"_s << true << u"not an executable file"_s;
    QTest::addRow("folder") << u"bin1"_s << false << u"not an executable file"_s;
    QTest::addRow("name not in PATH") << u"claude-nightly"_s << false << u"not a program in PATH"_s;
}

void TestClaudeDriver::configuredPathIsNotSkipped()
{
    QFETCH(QString, configured);
    QFETCH(bool, createPlain);
    QFETCH(QString, expectedInMessage);
    // A working claude in PATH must not be used instead of what the user configured.
    QVERIFY(writeFile(path(u"bin1/claude"_s), FakeVersionScript, true));
    if (createPlain)
        QVERIFY(writeFile(path(configured), FakeVersionScript, false));
    Config config;
    config.agent.binary = configured == u"claude-nightly"_s ? configured : path(configured);
    ClaudeDriver driver(config, environment({u"bin1"_s}));
    QString error;
    QVERIFY(!driver.prepare(&error));
    QVERIFY2(error.contains(config.agent.binary), qPrintable(error));
    QVERIFY2(error.contains(expectedInMessage), qPrintable(error));
}

void TestClaudeDriver::npmPrefix()
{
    // `npm prefix -g` names the prefix; the CLI is in its bin folder.
    QVERIFY(writeFile(path(u"tools/npm"_s),
        u"#!/bin/sh\n[ \"$1 $2\" = 'prefix -g' ] || exit 2\necho '%1'\n"_s.arg(path(u"npm-prefix"_s)), true));
    QVERIFY(writeFile(path(u"npm-prefix/bin/claude"_s), FakeVersionScript, true));
    QVERIFY(writeFile(path(u"home/.claude/local/claude"_s), FakeVersionScript, true)); // later in the order
    ClaudeDriver driver(Config {}, environment({u"tools"_s}));
    QString error;
    QVERIFY2(driver.prepare(&error), qPrintable(error));
    QCOMPARE(driver.binary(), path(u"npm-prefix/bin/claude"_s));

    // An npm that fails is passed over.
    QVERIFY(writeFile(path(u"tools/npm"_s), u"#!/bin/sh\nexit 1\n"_s, true));
    ClaudeDriver second(Config {}, environment({u"tools"_s}));
    QVERIFY2(second.prepare(&error), qPrintable(error));
    QCOMPARE(second.binary(), path(u"home/.claude/local/claude"_s));
}

void TestClaudeDriver::version_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("real format") << FakeVersionScript << u"2.1.197"_s << QString();
    QTest::addRow("leading blank") << u"#!/bin/sh\nprintf '\\n  3.0.0-beta\\n'\n"_s << u"3.0.0-beta"_s << QString();
    QTest::addRow("fails") << u"#!/bin/sh\necho 'boom' >&2\nexit 4\n"_s << QString() << u"exited with code 4: boom"_s;
    QTest::addRow("prints nothing") << u"#!/bin/sh\nexit 0\n"_s << QString() << u"printed nothing"_s;
    QTest::addRow("crashes") << u"#!/bin/sh\nkill -SEGV $$\n"_s << QString() << u"crashed"_s;
}

void TestClaudeDriver::version()
{
    QFETCH(QString, script);
    QFETCH(QString, version);
    QFETCH(QString, errorPart);
    QVERIFY(writeFile(path(u"bin1/claude"_s), script, true));
    ClaudeDriver driver(Config {}, environment({u"bin1"_s}));
    QString error;
    QCOMPARE(driver.prepare(&error), !version.isEmpty());
    QCOMPARE(driver.version(), version);
    if (!errorPart.isEmpty()) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.contains(path(u"bin1/claude"_s)));
    }
}

void TestClaudeDriver::versionTimesOut()
{
    const QString sleep = QStandardPaths::findExecutable(u"sleep"_s);
    QVERIFY(!sleep.isEmpty());
    QVERIFY(writeFile(path(u"bin1/claude"_s), u"#!/bin/sh\nexec %1 30\n"_s.arg(sleep), true));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QString version =
        orch::ClaudeBinaryLocator::readVersion(path(u"bin1/claude"_s), environment({}), &error, 300);
    QVERIFY(version.isEmpty());
    QVERIFY2(error.contains(u"no answer"_s), qPrintable(error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestClaudeDriver::arguments_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("root");
    QTest::addColumn<QStringList>("permission");
    QTest::addColumn<bool>("sandbox");
    const QString flag = u"--permission-mode"_s;
    const struct
    {
        const char *name;
        Mode mode;
        QString value;
    } modes[] = {{"default", Mode::Default, u"default"_s}, {"acceptEdits", Mode::AcceptEdits, u"acceptEdits"_s},
        {"auto", Mode::Auto, u"auto"_s}, {"bypassPermissions", Mode::BypassPermissions, u"bypassPermissions"_s},
        {"dontAsk", Mode::DontAsk, u"dontAsk"_s}, {"plan", Mode::Plan, u"plan"_s}};
    for (const auto &entry : modes) {
        for (const bool root : {false, true}) {
            QTest::addRow("%s %s", entry.name, root ? "root" : "user")
                << entry.mode << root << QStringList {flag, entry.value}
                << (root && entry.mode == Mode::BypassPermissions);
        }
    }
    QTest::addRow("skip user") << Mode::Skip << false << QStringList {u"--dangerously-skip-permissions"_s} << false;
    QTest::addRow("skip root") << Mode::Skip << true << QStringList {u"--dangerously-skip-permissions"_s} << true;
}

void TestClaudeDriver::arguments()
{
    QFETCH(Mode, mode);
    QFETCH(bool, root);
    QFETCH(QStringList, permission);
    QFETCH(bool, sandbox);
    Config config;
    config.agent.permissionMode = mode;
    config.agent.maxTurns = 12;
    config.agent.extraArgs = {u"--allowedTools"_s, u"Read,Write"_s};
    config.ai.model = u"claude-opus-4"_s;
    ClaudeDriver driver(config, environment({}));
    driver.setRunningAsRoot(root);
    const orch::AgentTask task = sampleTask();
    const orch::AgentCommand command = driver.command(task);

    QCOMPARE(command.program, u"claude"_s); // not prepared: looked up in PATH when started
    const QStringList expected =
        QStringList {u"-p"_s, u"--output-format"_s, u"stream-json"_s, u"--verbose"_s, u"--model"_s, u"claude-opus-4"_s}
        + permission
        + QStringList {u"--max-turns"_s, u"12"_s, u"--append-system-prompt"_s, ClaudeDriver::systemPrompt(task),
            u"--allowedTools"_s, u"Read,Write"_s};
    QCOMPARE(command.arguments, expected);
    QCOMPARE(command.environment.value(u"IS_SANDBOX"_s), sandbox ? u"1"_s : QString());
    QCOMPARE(command.environment.contains(u"IS_SANDBOX"_s), sandbox);

    // Without model and turns, their flags are left out.
    config.ai.model.clear();
    config.agent.maxTurns = 0;
    config.agent.extraArgs.clear();
    const QStringList plain = ClaudeDriver(config, environment({})).command(task).arguments;
    QVERIFY(!plain.contains(u"--model"_s));
    QVERIFY(!plain.contains(u"--max-turns"_s));
    QCOMPARE(plain.last(), ClaudeDriver::systemPrompt(task));
}

void TestClaudeDriver::systemPromptBounded()
{
    orch::AgentTask task = sampleTask();
    const QString text = ClaudeDriver::systemPrompt(task);
    QVERIFY(text.contains(u"worker 7"_s));
    QVERIFY(text.contains(u"run-42"_s));
    QVERIFY(text.contains(u"/work/space/worker_7"_s));
    QVERIFY(text.contains(u"Build a small website with three pages"_s));
    QVERIFY(!text.contains(task.prompt));

    // A huge overall task cannot push the argument past what exec accepts.
    task.overallTask = QString(1000000, u'é');
    const QString bounded = ClaudeDriver::systemPrompt(task);
    QVERIFY(bounded.toUtf8().size() < 64 * 1024);
    QVERIFY(bounded.contains(u'…'));
}

void TestClaudeDriver::promptOnStdin_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("sent");
    const QString hostile = u"--help \"quoted\" 'single' $HOME `id` \\n é 日本 🎉\n\n  trailing  \n"_s;
    QTest::addRow("plain") << u"Write hello.txt"_s << u"Write hello.txt"_s;
    QTest::addRow("leading dash and quotes") << hostile << hostile;
    QTest::addRow("leading slash") << u"/help"_s << u" /help"_s;
    QTest::addRow("slash in the middle") << u"see /help"_s << u"see /help"_s;
    QTest::addRow("leading space slash") << u" /help"_s << u" /help"_s;
    QTest::addRow("newlines only") << u"\n\n"_s << u"\n\n"_s;
    QTest::addRow("one megabyte") << QString(1024 * 1024, u'x') << QString(1024 * 1024, u'x');
}

void TestClaudeDriver::promptOnStdin()
{
    QFETCH(QString, prompt);
    QFETCH(QString, sent);
    ClaudeDriver driver(Config {}, environment({}));
    const orch::AgentCommand command = driver.command(sampleTask(prompt));
    QVERIFY(command.stdinData.has_value());
    QCOMPARE(*command.stdinData, sent.toUtf8());
    QCOMPARE(ClaudeDriver::stdinText(prompt), sent);
    for (const QString &argument : command.arguments)
        QVERIFY(!argument.contains(prompt));
    QVERIFY(command.files.isEmpty());
}

void TestClaudeDriver::validatePrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("valid");
    const qsizetype limit = ClaudeDriver::MaxPromptChars;
    QTest::addRow("normal") << u"do it"_s << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("blank") << u" \n\t"_s << false;
    QTest::addRow("at the limit") << QString(limit, u'a') << true;
    QTest::addRow("one over") << QString(limit + 1, u'a') << false;
    // Counted in UTF-16 units, as the CLI counts: 6 MB of two-byte characters pass.
    QTest::addRow("two-byte characters") << QString(6 * 1000 * 1000, u'é') << true;
    QTest::addRow("slash at the limit") << (u'/' + QString(limit - 1, u'a')) << false; // the guard adds one
}

void TestClaudeDriver::validatePrompt()
{
    QFETCH(QString, prompt);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(ClaudeDriver::validatePrompt(prompt, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
    const ClaudeDriver driver(Config {}, environment({}));
    QString taskWhy;
    QCOMPARE(driver.validate(sampleTask(prompt), &taskWhy), valid);
    QCOMPARE(taskWhy, why);
    QVERIFY(ClaudeDriver::validatePrompt(prompt, nullptr) == valid);
    // command() still returns for any prompt.
    QVERIFY(driver.command(sampleTask(prompt)).stdinData.has_value());
}

void TestClaudeDriver::environment()
{
    Config config;
    config.ai.maxTokens = 8192;
    config.agent.passEnv = {u"SECRET_TOKEN"_s};
    QProcessEnvironment parent = environment({});
    parent.insert(u"SECRET_TOKEN"_s, u"s3cr3t"_s);
    const orch::AgentCommand command = ClaudeDriver(config, parent).command(sampleTask());
    QCOMPARE(command.environment.value(u"ORCH_RUN_ID"_s), u"run-42"_s);
    QCOMPARE(command.environment.value(u"ORCH_WORKER_ID"_s), u"7"_s);
    QCOMPARE(command.environment.value(u"CLAUDE_CODE_MAX_OUTPUT_TOKENS"_s), u"8192"_s);
    QVERIFY(!command.environment.contains(u"SECRET_TOKEN"_s)); // pass_env is the Worker's business
    QVERIFY(!command.environment.contains(u"PATH"_s));
    for (const QString &argument : command.arguments)
        QVERIFY(!argument.contains(u"s3cr3t"_s));

    config.ai.maxTokens = 0;
    QVERIFY(
        !ClaudeDriver(config, parent).command(sampleTask()).environment.contains(u"CLAUDE_CODE_MAX_OUTPUT_TOKENS"_s));
}

void TestClaudeDriver::notes()
{
    Config config;
    config.ai.temperature = 0.3;
    config.agent.permissionMode = Mode::Skip;
    ClaudeDriver driver(config, environment({}));
    driver.setRunningAsRoot(false);
    QStringList notes = driver.notes();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(u"ai.temperature (0.3)"_s));
    driver.setRunningAsRoot(true);
    notes = driver.notes();
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes.last().contains(u"IS_SANDBOX=1"_s));
    QCOMPARE(driver.name(), u"claude"_s);
}

void TestClaudeDriver::classify_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<ProcessRunner::Result>("exit");
    QTest::addColumn<QString>("stderrTail");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("rateLimited");
    QTest::addColumn<int>("apiStatus");
    QTest::addColumn<QString>("message");

    const QString init = line(R"j({"type":"system","subtype":"init","cwd":"/w","session_id":"s","model":"m"})j");
    const QString success = line(
        R"j({"type":"result","subtype":"success","is_error":false,"api_error_status":null,"num_turns":3,"result":"Done","total_cost_usd":0.1})j");
    const QString retry429 = line(
        R"j({"type":"system","subtype":"api_retry","attempt":2,"max_retries":2,"retry_delay_ms":2000,"error_status":429,"error":"rate_limit"})j");
    const QString result429 = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":429,"num_turns":1,"result":"API Error: Request rejected (429) · Rate limited (mock_anthropic)"})j");
    const QString retry500 = line(
        R"j({"type":"system","subtype":"api_retry","attempt":1,"max_retries":2,"retry_delay_ms":537.59,"error_status":500,"error":"server_error"})j");
    const QString result500 = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":500,"num_turns":1,"result":"API Error: 500 Internal server error (mock_anthropic). This is a server-side issue, usually temporary — try again in a moment."})j");
    const QString connection = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":null,"num_turns":1,"result":"API Error: Unable to connect to API (ConnectionRefused)"})j");
    const QString retryNull = line(
        R"j({"type":"system","subtype":"api_retry","attempt":1,"max_retries":1,"retry_delay_ms":510.8,"error_status":null,"error":"unknown"})j");
    const QString invalidKey = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":401,"num_turns":1,"result":"Invalid API key · Fix external API key"})j");
    const QString notLoggedIn = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":null,"num_turns":1,"result":"Not logged in · Please run /login"})j");
    const QString credit = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":400,"result":"API Error: 400 Your credit balance is too low"})j");
    const QString overloaded = line(
        R"j({"type":"result","subtype":"success","is_error":true,"api_error_status":529,"result":"API Error: 529 Overloaded"})j");
    const QString maxTurns = line(
        R"j({"type":"result","subtype":"error_max_turns","is_error":true,"num_turns":2,"errors":["Reached maximum number of turns (1)"]})j");
    const QString budget = line(
        R"j({"type":"result","subtype":"error_max_budget_usd","is_error":true,"num_turns":1,"total_cost_usd":0.087015,"errors":[]})j");
    const QString aborted = line(
        R"j({"type":"result","subtype":"error_during_execution","is_error":true,"num_turns":1,"errors":["Interrupted by user"]})j");
    const QString oddSubtype =
        line(R"j({"type":"result","subtype":"error_quantum","is_error":true,"errors":["flux"]})j");
    const ProcessRunner::Result ok = exitResult(State::Finished, 0);
    const ProcessRunner::Result one = exitResult(State::Finished, 1);
    const QStringList noLines;

    QTest::addRow("success") << QStringList {init, success} << ok << QString() << Kind::Success << false << 0
                             << u"succeeded in 3 turn(s)"_s;
    QTest::addRow("success, odd exit code")
        << QStringList {success} << one << QString() << Kind::Success << false << 0 << u"succeeded"_s;
    QTest::addRow("429")
        << QStringList {init, retry429, retry429, result429} << one << QString() << Kind::ApiError << true << 429
        << u"API error 429 (after 2 retries): Request rejected (429) · Rate limited (mock_anthropic)"_s;
    QTest::addRow("500") << QStringList {retry500, retry500, result500} << one << QString() << Kind::ApiError << false
                         << 500 << u"API error 500 (after 2 retries): Internal server error (mock_anthropic)"_s;
    QTest::addRow("529") << QStringList {overloaded} << one << QString() << Kind::ApiError << false << 529
                         << u"API error 529: Overloaded"_s;
    QTest::addRow("connection") << QStringList {retryNull, connection} << one << QString() << Kind::ApiError << false
                                << 0 << u"API connection error (after 1 retry): Unable to connect to API"_s;
    QTest::addRow("invalid key") << QStringList {invalidKey} << one << QString() << Kind::AgentError << false << 401
                                 << u"authentication failed (Invalid API key"_s;
    QTest::addRow("not logged in") << QStringList {notLoggedIn} << one << QString() << Kind::AgentError << false << 0
                                   << u"not logged in: set ANTHROPIC_API_KEY or run claude /login"_s;
    QTest::addRow("400") << QStringList {credit} << one << QString() << Kind::AgentError << false << 400
                         << u"API error 400: Your credit balance is too low"_s;
    QTest::addRow("max turns") << QStringList {maxTurns} << one << QString() << Kind::LimitReached << false << 0
                               << u"maximum number of turns (2 turns): Reached maximum number of turns (1)"_s;
    QTest::addRow("budget") << QStringList {budget} << one << QString() << Kind::LimitReached << false << 0
                            << u"budget limit ($0.0870 spent)"_s;
    QTest::addRow("during execution") << QStringList {aborted} << one << QString() << Kind::Crashed << false << 0
                                      << u"aborted during execution: Interrupted by user"_s;
    QTest::addRow("unknown error subtype") << QStringList {oddSubtype} << one << QString() << Kind::Crashed << false
                                           << 0 << u"ended with error_quantum: flux"_s;
    QTest::addRow("no result, exit 0") << QStringList {init} << ok << QString() << Kind::Crashed << false << 0
                                       << u"exited with code 0 without reporting a result"_s;
    QTest::addRow("no result, SIGKILL") << QStringList {init} << exitResult(State::Crashed, -1, SIGKILL)
                                        << u"partial\n"_s << Kind::Crashed << false << 0
                                        << u"killed by SIGKILL before reporting a result: partial"_s;
    QTest::addRow("no result, SIGTERM exit 143") << QStringList {init} << exitResult(State::Finished, 143) << QString()
                                                 << Kind::Crashed << false << 0 << u"exited with code 143"_s;
    QTest::addRow("bad flag") << noLines << one << u"error: unknown option '--bogus'\n"_s << Kind::AgentError << false
                              << 0 << u"the Claude CLI refused to run: error: unknown option '--bogus'"_s;
    QTest::addRow("no --verbose") << noLines << one
                                  << u"Error: When using --print, --output-format=stream-json requires --verbose\n"_s
                                  << Kind::AgentError << false << 0 << u"requires --verbose"_s;
    QTest::addRow("root") << noLines << one
                          << u"--dangerously-skip-permissions cannot be used with root/sudo privileges for security "
                             "reasons\n"_s
                          << Kind::AgentError << false << 0 << u"cannot be used with root/sudo"_s;
    QTest::addRow("prompt too big") << noLines << one
                                    << u"Error: piped stdin input exceeds 10MB. Pass large content as a file path in "
                                       "your prompt instead.\n"_s
                                    << Kind::AgentError << false << 0 << u"exceeds 10MB"_s;
    QTest::addRow("exit 1 after output") << QStringList {init} << one << u"error: socket hang up\n"_s << Kind::Crashed
                                         << false << 0 << u"exited with code 1 without reporting a result"_s;
    QTest::addRow("exit 1, silent") << noLines << one << QString() << Kind::Crashed << false << 0
                                    << u"exited with code 1"_s;
    QTest::addRow("timed out") << QStringList {init}
                               << exitResult(State::TimedOut, -1, SIGTERM, u"timed out after 120 s"_s) << QString()
                               << Kind::TimedOut << false << 0 << u"timed out after 120 s"_s;
    QTest::addRow("timed out after success") << QStringList {success} << exitResult(State::TimedOut, -1, SIGKILL)
                                             << QString() << Kind::Success << false << 0 << u"succeeded"_s;
    QTest::addRow("timed out after an error")
        << QStringList {result500} << exitResult(State::TimedOut, -1, SIGKILL, u"timed out"_s) << QString()
        << Kind::TimedOut << false << 0 << u"timed out"_s;
    QTest::addRow("cancelled") << QStringList {success} << exitResult(State::Cancelled, -1, SIGINT, u"cancelled"_s)
                               << QString() << Kind::Cancelled << false << 0 << u"cancelled"_s;
    QTest::addRow("failed to start") << noLines
                                     << exitResult(State::FailedToStart, -1, 0, u"failed to start: No such file"_s)
                                     << QString() << Kind::FailedToStart << false << 0 << u"No such file"_s;
}

void TestClaudeDriver::classify()
{
    QFETCH(QStringList, lines);
    QFETCH(ProcessRunner::Result, exit);
    QFETCH(QString, stderrTail);
    QFETCH(Kind, kind);
    QFETCH(bool, rateLimited);
    QFETCH(int, apiStatus);
    QFETCH(QString, message);
    ClaudeDriver driver(Config {}, environment({}));
    std::unique_ptr<orch::AgentOutputParser> parser = driver.createParser();
    parser->parse(orch::LineBatch::fromStrings(lines));
    const AgentOutcome outcome = driver.classify(*parser, exit, stderrTail);
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.rateLimited, rateLimited);
    QCOMPARE(outcome.apiStatus, apiStatus);
    QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(u'\n'));
    QCOMPARE(outcome.isRetryable(), kind == Kind::ApiError || kind == Kind::Crashed || kind == Kind::TimedOut);
    if (rateLimited) {
        // The last retry waited what retry-after said (2 s): the best guess for when to come back.
        QVERIFY(outcome.retryAfter.isValid());
        const qint64 ahead = QDateTime::currentDateTimeUtc().msecsTo(outcome.retryAfter);
        QVERIFY2(ahead > 0 && ahead <= 2000, qPrintable(QString::number(ahead)));
    } else {
        QVERIFY(!outcome.retryAfter.isValid());
    }
}

void TestClaudeDriver::retryAfter_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("stderrTail");
    QTest::addColumn<qint64>("expectedSecs"); // from `now`; -1: not known
    const auto result = [](const QString &text) -> QString {
        return u"{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":true,\"api_error_status\":429,\"result\":\""_s
            + text + u"\"}"_s;
    };
    const QDateTime now(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    const qint64 epoch = now.toSecsSinceEpoch() + 3600;
    QTest::addRow("usage limit epoch") << QStringList {result(u"Claude AI usage limit reached|%1"_s.arg(epoch))}
                                       << QString() << qint64(3600);
    QTest::addRow("retry after seconds") << QStringList {result(u"Rate limited, retry after 30 seconds"_s)} << QString()
                                         << qint64(30);
    QTest::addRow("retry-after header on stderr")
        << QStringList {result(u"API Error: 429"_s)} << u"retry-after: 12\n"_s << qint64(12);
    QTest::addRow("try again in minutes")
        << QStringList {result(u"Please try again in 5 minutes."_s)} << QString() << qint64(300);
    QTest::addRow("resets in hours") << QStringList {result(u"limit hit, resets in 2h"_s)} << QString() << qint64(7200);
    QTest::addRow("resets at a clock time, UTC")
        << QStringList {result(u"You've hit your limit · resets 3pm (UTC)"_s)} << QString() << qint64(5 * 3600);
    QTest::addRow("resets tomorrow") << QStringList {result(u"You've hit your limit · resets 9am (UTC)"_s)} << QString()
                                     << qint64(23 * 3600);
    QTest::addRow("resets, named zone") << QStringList {result(u"You've hit your limit · resets 3pm (Europe/Berlin)"_s)}
                                        << QString() << qint64(4 * 3600); // UTC+1 in January
    QTest::addRow("rate_limit_event")
        << QStringList {u"{\"type\":\"rate_limit_event\",\"rate_limit_info\":{\"status\":\"rejected\",\"resetsAt\":%1}}"_s
                            .arg(epoch + 60),
               result(u"API Error: Request rejected (429)"_s)}
        << QString() << qint64(3660);
    QTest::addRow("epoch in the past") << QStringList {result(u"usage limit reached|1000000000"_s)} << QString()
                                       << qint64(-1);
    QTest::addRow("absurdly far") << QStringList {result(u"retry after 99999999 seconds"_s)} << QString() << qint64(-1);
    QTest::addRow("nothing said") << QStringList {result(u"API Error: Request rejected (429)"_s)} << QString()
                                  << qint64(-1);
}

void TestClaudeDriver::retryAfter()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, stderrTail);
    QFETCH(qint64, expectedSecs);
    const QDateTime now(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    orch::ClaudeStreamParser parser;
    parser.parse(orch::LineBatch::fromStrings(lines));
    const AgentOutcome outcome =
        orch::ClaudeClassifier::classify(parser, exitResult(State::Finished, 1), stderrTail, now);
    QCOMPARE(outcome.kind, Kind::ApiError);
    QVERIFY(outcome.rateLimited);
    if (expectedSecs < 0) {
        QVERIFY2(!outcome.retryAfter.isValid(), qPrintable(outcome.retryAfter.toString(Qt::ISODate)));
    } else {
        QCOMPARE(outcome.retryAfter.timeSpec(), Qt::UTC);
        QCOMPARE(now.secsTo(outcome.retryAfter), expectedSecs);
    }
}

void TestClaudeDriver::runsWithProcessRunner()
{
    // A fake claude that keeps its stdin and arguments and prints a success line: the command
    // works as the Worker will run it (stdin written, then closed).
    const QString script =
        u"#!/bin/sh\n"
        "cat > \"$ORCH_TEST_DIR/stdin.txt\"\n"
        "printf '%s\\n' \"$@\" > \"$ORCH_TEST_DIR/args.txt\"\n"
        "echo '{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"s1\"}'\n"
        "echo '{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"result\":\"ok\"}'\n"_s;
    QVERIFY(writeFile(path(u"bin1/claude"_s), script, true));
    Config config;
    config.agent.binary = path(u"bin1/claude"_s);
    ClaudeDriver driver(config, environment({}));
    driver.setRunningAsRoot(false);
    // The version check would fail on this script: prepare() is not needed for command().
    const QString prompt = u"/review -x \"all\" of it\nsecond line é 🎉"_s;
    const orch::AgentCommand command = driver.command(sampleTask(prompt));

    orch::ProcessSpec spec;
    spec.program = path(u"bin1/claude"_s);
    spec.arguments = command.arguments;
    spec.environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : command.environment.keys())
        spec.environment.insert(key, command.environment.value(key));
    spec.environment.insert(u"ORCH_TEST_DIR"_s, m_dir->path());
    spec.stdinData = command.stdinData;
    spec.timeoutMs = 20000;
    spec.tag = {u"tst-claudedriver-%1"_s.arg(QCoreApplication::applicationPid()), u"7"_s};

    ProcessRunner runner;
    std::unique_ptr<orch::AgentOutputParser> parser = driver.createParser();
    QList<orch::AgentEvent> events;
    connect(
        &runner, &ProcessRunner::stdoutLines, this, [&](const orch::LineBatch &lines) { events += parser->parse(lines); });
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start(spec));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    const AgentOutcome outcome = driver.classify(*parser, runner.result(), runner.stderrTail());
    QCOMPARE(outcome.kind, Kind::Success);
    QCOMPARE(parser->finalText(), u"ok"_s);
    QCOMPARE(events.size(), 2);
    QFile stdinFile(path(u"stdin.txt"_s));
    QVERIFY(stdinFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(stdinFile.readAll()), u' ' + prompt);
    QFile argsFile(path(u"args.txt"_s));
    QVERIFY(argsFile.open(QIODevice::ReadOnly));
    const QString args = QString::fromUtf8(argsFile.readAll());
    QVERIFY(args.startsWith(u"-p\n--output-format\nstream-json\n--verbose\n"_s));
    QVERIFY(!args.contains(u"/review"_s));
}

QTEST_GUILESS_MAIN(TestClaudeDriver)
#include "tst_claudedriver.moc"
