#include <unistd.h>
// Config: defaults, YAML round trip, environment variables, precedence, validation wording,
// unknown-key suggestions and path resolution.
#include "config/Config.h"
#include "config/ConfigLoader.h"
#include "config/ConfigSchema.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(text);
}

QString textOf(const Config &config, const QString &key)
{
    const ConfigKey *k = ConfigSchema::find(key);
    return k ? k->toText(k->get(config)) : QStringLiteral("<no such key>");
}

ConfigLoader loadYaml(const QByteArray &yaml, const QString &dir, const QString &name = QStringLiteral("config.yaml"))
{
    ConfigLoader loader(dir);
    loader.applyYamlText(yaml, name, dir);
    loader.finish();
    return loader;
}

} // namespace

class TestConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void schemaIsConsistent();
    void yamlRoundTrip();
    void environmentVariables_data();
    void environmentVariables();
    void everyKeyHasAWorkingVariable();
    void precedenceEndToEnd();
    void validationErrors_data();
    void validationErrors();
    void environmentAndOptionErrorsNameTheirSource();
    void everyErrorIsReportedAtOnce();
    void unknownKeys_data();
    void unknownKeys();
    void unknownVariableIsAWarning();
    void emptyFileMeansDefaults_data();
    void emptyFileMeansDefaults();
    void relativePaths();
    void pathThatCannotBeCreated();
    void annotatedYamlNamesOrigins();
    void pythonStyleApi();
    void commandAgentNeedsTemplate();
    void documentationNamesEveryKey();
    void exampleFileHasEveryKeyAtItsDefault();

private:
    QTemporaryDir m_dir;
};

void TestConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfig::defaults()
{
    const Config c;
    QCOMPARE(c.orchestrator.maxWorkers, 10);
    QCOMPARE(c.orchestrator.mode, Config::Mode::Subprocess);
    QCOMPARE(c.orchestrator.timeout, 120);
    QCOMPARE(c.orchestrator.maxRetries, 2);
    QCOMPARE(c.orchestrator.retryDelay, 5);
    QCOMPARE(c.ai.model, QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(c.ai.temperature, 0.7);
    QCOMPARE(c.ai.maxTokens, 4000);
    QCOMPARE(c.monitoring.enabled, true);
    QCOMPARE(c.monitoring.interval, 5);
    QCOMPARE(c.monitoring.logLevel, LogLevel::Info);
    QCOMPARE(c.paths.workspace, QStringLiteral("./workspace"));
    QCOMPARE(c.paths.logs, QStringLiteral("./workspace/logs"));
    QCOMPARE(c.paths.output, QStringLiteral("./workspace/output"));
    QCOMPARE(c.resources.maxMemoryPerWorker, 2048);
    QCOMPARE(c.resources.maxCpuPercent, 80);
    QCOMPARE(c.agent.kind, Config::AgentKind::Claude);
    QCOMPARE(c.agent.permissionMode, Config::PermissionMode::AcceptEdits);
    QCOMPARE(c.worktree.cleanup, Config::WorktreeCleanup::Keep);

    // Resolved with nothing else given: the same values, paths made absolute against the working folder.
    ConfigLoader loader(m_dir.path());
    loader.finish();
    QVERIFY2(!loader.hasErrors(), qPrintable(loader.errorMessages().join(u'\n')));
    QCOMPARE(loader.config().orchestrator.maxWorkers, 10);
    QCOMPARE(loader.config().paths.workspace, m_dir.filePath(QStringLiteral("workspace")));
    QCOMPARE(loader.config().paths.logs, m_dir.filePath(QStringLiteral("workspace/logs")));
    QCOMPARE(loader.origin(QStringLiteral("orchestrator.timeout")).describe(), QStringLiteral("default"));
}

void TestConfig::schemaIsConsistent()
{
    QSet<QString> paths, variables;
    for (const ConfigKey &key : ConfigSchema::keys()) {
        QVERIFY2(!paths.contains(key.path()), qPrintable(key.path()));
        QVERIFY2(!variables.contains(key.envVar), qPrintable(key.envVar));
        paths.insert(key.path());
        variables.insert(key.envVar);
        QVERIFY(key.get && key.set);
        if (key.type == ConfigKey::Type::List) {
            const QStringList tricky = {QStringLiteral("a b"), QString(), QStringLiteral("say \"hi\""), QStringLiteral("x")};
            QCOMPARE(key.parseText(key.toText(tricky), nullptr)->toStringList(), tricky);
        }
        // The default of every key is itself valid.
        QString problem;
        const Config defaults;
        if (key.type != ConfigKey::Type::List)
            QVERIFY2(key.parseText(key.toText(key.get(defaults)), &problem), qPrintable(key.path() + problem));
    }
    QCOMPARE(ConfigSchema::sections(),
             QStringList({QStringLiteral("orchestrator"), QStringLiteral("ai"), QStringLiteral("monitoring"),
                          QStringLiteral("paths"), QStringLiteral("resources"), QStringLiteral("agent"),
                          QStringLiteral("docker"), QStringLiteral("worktree"), QStringLiteral("planning")}));
}

void TestConfig::yamlRoundTrip()
{
    Config c;
    c.orchestrator.maxWorkers = 7;
    c.orchestrator.mode = Config::Mode::Docker;
    c.orchestrator.timeout = 600;
    c.orchestrator.inactivityTimeout = 45;
    c.orchestrator.maxRetries = 0;
    c.orchestrator.retryDelay = 11;
    c.ai.model = QStringLiteral("claude-opus-4");
    c.ai.temperature = 0.15;
    c.ai.maxTokens = 123;
    c.monitoring.enabled = false;
    c.monitoring.interval = 9;
    c.monitoring.logLevel = LogLevel::Debug;
    c.paths.workspace = m_dir.filePath(QStringLiteral("ws dir/ü"));
    c.paths.logs = m_dir.filePath(QStringLiteral("l"));
    c.paths.output = m_dir.filePath(QStringLiteral("o"));
    c.resources.maxMemoryPerWorker = 64;
    c.resources.maxCpuPercent = 100;
    c.agent.kind = Config::AgentKind::Command;
    c.agent.binary = m_dir.filePath(QStringLiteral("bin/claude"));
    c.agent.command = QStringLiteral("python3 {prompt_file} --flag \"quoted\" # not a comment");
    c.agent.permissionMode = Config::PermissionMode::Skip;
    c.agent.maxTurns = 30;
    c.agent.extraArgs = {QStringLiteral("--allowedTools=Write,Read"), QStringLiteral("true"), QStringLiteral("10"),
                         QString(), QStringLiteral("a: b"), QStringLiteral("[x]")};
    c.agent.passEnv = {QStringLiteral("HTTP_PROXY"), QStringLiteral("NO_PROXY")};
    c.agent.wslDistribution = QStringLiteral("Ubuntu");
    c.agent.nvmPath = m_dir.filePath(QStringLiteral("nvm"));
    c.docker.image = QStringLiteral("my/worker:1.2");
    c.docker.network = QStringLiteral("none");
    c.docker.extraArgs = {QStringLiteral("--cpus=2")};
    c.worktree.repository = m_dir.filePath(QStringLiteral("repo"));
    c.worktree.base = QStringLiteral("main");
    c.worktree.branchPrefix = QStringLiteral("yes");
    c.worktree.cleanup = Config::WorktreeCleanup::RemoveAll;
    c.planning.decomposer = Config::Decomposer::None;
    c.planning.maxSubtasks = 3;
    c.planning.strict = true;

    const QString path = m_dir.filePath(QStringLiteral("roundtrip/config.yaml"));
    QString error;
    QVERIFY2(c.saveYaml(path, &error), qPrintable(error));
    Config back;
    try {
        back = Config::fromYaml(path);
    } catch (const ConfigError &e) {
        QFAIL(e.what());
    }
    QCOMPARE(back.toYaml(), c.toYaml());
    QVERIFY(back == c);
}

void TestConfig::environmentVariables_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addRow("mode") << "ORCHESTRATOR_MODE" << "worktree" << "orchestrator.mode" << "worktree";
    QTest::addRow("mode, any case") << "ORCHESTRATOR_MODE" << "DOCKER" << "orchestrator.mode" << "docker";
    QTest::addRow("workspace") << "ORCHESTRATOR_WORKSPACE" << "/tmp/ws" << "paths.workspace" << "/tmp/ws";
    QTest::addRow("timeout") << "ORCHESTRATOR_TIMEOUT" << "300" << "orchestrator.timeout" << "300";
    QTest::addRow("max workers") << "ORCHESTRATOR_MAX_WORKERS" << "8" << "orchestrator.max_workers" << "8";
    QTest::addRow("max retries") << "ORCHESTRATOR_MAX_RETRIES" << "3" << "orchestrator.max_retries" << "3";
    QTest::addRow("log level") << "ORCHESTRATOR_LOG_LEVEL" << "debug" << "monitoring.log_level" << "DEBUG";
    QTest::addRow("wsl") << "WSL_DISTRIBUTION" << "Ubuntu" << "agent.wsl_distribution" << "Ubuntu";
    QTest::addRow("nvm") << "NVM_PATH" << "/home/u/.nvm/v22/bin" << "agent.nvm_path" << "/home/u/.nvm/v22/bin";
    QTest::addRow("retry delay") << "ORCHESTRATOR_RETRY_DELAY" << "9" << "orchestrator.retry_delay" << "9";
    QTest::addRow("model") << "ORCHESTRATOR_AI_MODEL" << "claude-x" << "ai.model" << "claude-x";
    QTest::addRow("temperature") << "ORCHESTRATOR_AI_TEMPERATURE" << "0.25" << "ai.temperature" << "0.25";
    QTest::addRow("enabled") << "ORCHESTRATOR_MONITORING_ENABLED" << "no" << "monitoring.enabled" << "false";
    QTest::addRow("list") << "ORCHESTRATOR_AGENT_EXTRA_ARGS" << "--a 'b c'" << "agent.extra_args" << "--a 'b c'";
    QTest::addRow("claude path alias") << "WINDOWS_CLAUDE_PATH" << "/opt/claude" << "agent.binary" << "/opt/claude";
    QTest::addRow("cleanup") << "ORCHESTRATOR_WORKTREE_CLEANUP" << "remove-worktrees" << "worktree.cleanup"
                             << "remove-worktrees";
}

void TestConfig::environmentVariables()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    env.insert(variable, value);
    ConfigLoader loader(m_dir.path());
    loader.applyEnvironment(env);
    loader.finish();
    QVERIFY2(!loader.hasErrors(), qPrintable(loader.errorMessages().join(u'\n')));
    QCOMPARE(textOf(loader.config(), key), expected);
    QCOMPARE(loader.origin(key).describe(), QStringLiteral("environment ") + variable);
}

void TestConfig::everyKeyHasAWorkingVariable()
{
    // Setting each key's variable to the key's own default text must be accepted and recorded.
    for (const ConfigKey &key : ConfigSchema::keys()) {
        const Config defaults;
        QString text = key.toText(key.get(defaults));
        if (text.isEmpty() && key.type != ConfigKey::Type::List)
            text = key.type == ConfigKey::Type::Path ? m_dir.path() : QStringLiteral("x");
        if (key.type == ConfigKey::Type::List)
            text = QStringLiteral("one two");
        QProcessEnvironment env;
        env.insert(key.envVar, text);
        if (key.path() == u"agent.kind")
            env.insert(QStringLiteral("ORCHESTRATOR_AGENT_COMMAND"), QStringLiteral("true"));
        ConfigLoader loader(m_dir.path());
        loader.applyEnvironment(env);
        loader.finish();
        QVERIFY2(!loader.hasErrors(), qPrintable(key.envVar + u' ' + loader.errorMessages().join(u'\n')));
        QCOMPARE(loader.origin(key.path()).kind, ConfigOrigin::Kind::Environment);
    }
}

void TestConfig::precedenceEndToEnd()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("config.yaml")),
              "orchestrator:\n"
              "  max_workers: 3\n"
              "  mode: worktree\n"
              "  timeout: 10\n"
              "  max_retries: 4\n"
              "ai:\n"
              "  model: from-file\n");
    writeFile(dir.filePath(QStringLiteral(".env")),
              "# comment\n"
              "ORCHESTRATOR_TIMEOUT=20\n"
              "export ORCHESTRATOR_MAX_WORKERS=\"4\"\n"
              "ORCHESTRATOR_AI_MODEL=from-dotenv\n");
    ConfigSources sources;
    sources.workingDirectory = dir.path();
    sources.environment = QProcessEnvironment();
    sources.environment.insert(QStringLiteral("ORCHESTRATOR_TIMEOUT"), QStringLiteral("30"));
    sources.environment.insert(QStringLiteral("ORCHESTRATOR_AI_MODEL"), QStringLiteral("from-env"));
    sources.overrides = {{QStringLiteral("orchestrator.timeout"), QStringLiteral("40"), QStringLiteral("--timeout")}};

    const ConfigLoader loader = ConfigLoader::resolve(sources);
    QVERIFY2(!loader.hasErrors(), qPrintable(loader.errorMessages().join(u'\n')));
    const Config &c = loader.config();
    QCOMPARE(c.orchestrator.timeout, 40);                   // option beats environment
    QCOMPARE(c.ai.model, QStringLiteral("from-env"));       // environment beats .env
    QCOMPARE(c.orchestrator.maxWorkers, 4);                 // .env beats the file
    QCOMPARE(c.orchestrator.mode, Config::Mode::Worktree);  // the file beats defaults
    QCOMPARE(c.orchestrator.maxRetries, 4);
    QCOMPARE(c.orchestrator.retryDelay, 5);                 // default
    QCOMPARE(loader.origin(QStringLiteral("orchestrator.timeout")).describe(), QStringLiteral("option --timeout"));
    QCOMPARE(loader.origin(QStringLiteral("ai.model")).describe(), QStringLiteral("environment ORCHESTRATOR_AI_MODEL"));
    QCOMPARE(loader.origin(QStringLiteral("orchestrator.max_workers")).describe(), QStringLiteral(".env:3"));
    QCOMPARE(loader.origin(QStringLiteral("orchestrator.mode")).describe(),
             dir.filePath(QStringLiteral("config.yaml")) + QStringLiteral(":3"));
    QCOMPARE(loader.origin(QStringLiteral("orchestrator.retry_delay")).describe(), QStringLiteral("default"));
}

void TestConfig::validationErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("malformed") << QByteArray("orchestrator:\n  max_workers: [1, 2\n")
                               << "bad.yaml:3:1: malformed YAML: end of sequence flow not found";
    QTest::addRow("wrong type") << QByteArray("orchestrator:\n  max_workers: [1, 2]\n")
                                << "bad.yaml:2:16: orchestrator.max_workers: expected a whole number from 1 to 256, got a list";
    QTest::addRow("not a number") << QByteArray("orchestrator:\n  timeout: soon\n")
                                  << "bad.yaml:2:12: orchestrator.timeout: invalid value 'soon' (allowed: a whole number "
                                     "from 1 to 604800)";
    QTest::addRow("unknown mode") << QByteArray("orchestrator:\n  mode: dokcer\n")
                                  << "bad.yaml:2:9: orchestrator.mode: invalid value 'dokcer' (allowed: one of "
                                     "subprocess, worktree, docker)";
    QTest::addRow("workers 0") << QByteArray("orchestrator:\n  max_workers: 0\n")
                               << "bad.yaml:2:16: orchestrator.max_workers: invalid value '0' (allowed: a whole number "
                                  "from 1 to 256)";
    QTest::addRow("workers 257") << QByteArray("orchestrator:\n  max_workers: 257\n")
                                 << "orchestrator.max_workers: invalid value '257' (allowed: a whole number from 1 to 256)";
    QTest::addRow("timeout 0") << QByteArray("orchestrator:\n  timeout: 0\n")
                               << "orchestrator.timeout: invalid value '0' (allowed: a whole number from 1 to 604800)";
    QTest::addRow("timeout negative") << QByteArray("orchestrator:\n  timeout: -5\n")
                                      << "orchestrator.timeout: invalid value '-5'";
    QTest::addRow("retries negative") << QByteArray("orchestrator:\n  max_retries: -1\n")
                                      << "orchestrator.max_retries: invalid value '-1' (allowed: a whole number from 0 "
                                         "to 100)";
    QTest::addRow("interval 0") << QByteArray("monitoring:\n  interval: 0\n")
                                << "monitoring.interval: invalid value '0' (allowed: a whole number from 1 to 3600)";
    QTest::addRow("memory 63") << QByteArray("resources:\n  max_memory_per_worker: 63\n")
                               << "resources.max_memory_per_worker: invalid value '63' (allowed: a whole number from 64";
    QTest::addRow("cpu 0") << QByteArray("resources:\n  max_cpu_percent: 0\n")
                           << "resources.max_cpu_percent: invalid value '0' (allowed: a whole number from 1 to 100)";
    QTest::addRow("cpu 101") << QByteArray("resources:\n  max_cpu_percent: 101\n")
                             << "resources.max_cpu_percent: invalid value '101'";
    QTest::addRow("temperature") << QByteArray("ai:\n  temperature: 1.5\n")
                                 << "ai.temperature: invalid value '1.5' (allowed: a number from 0 to 1)";
    QTest::addRow("log level") << QByteArray("monitoring:\n  log_level: LOUD\n")
                               << "monitoring.log_level: invalid value 'LOUD' (allowed: one of DEBUG, INFO, WARNING, ERROR)";
    QTest::addRow("bool") << QByteArray("monitoring:\n  enabled: maybe\n")
                          << "monitoring.enabled: invalid value 'maybe' (allowed: true or false)";
    QTest::addRow("missing value") << QByteArray("orchestrator:\n  timeout:\n")
                                   << "orchestrator.timeout: missing value (allowed: a whole number";
    QTest::addRow("section not a map") << QByteArray("orchestrator: 5\n")
                                       << "bad.yaml:1:15: orchestrator: expected a mapping of keys, got a single value";
    QTest::addRow("top level list") << QByteArray("- a\n- b\n")
                                    << "expected a mapping of sections (orchestrator, ai, ...), got a list";
    QTest::addRow("empty model") << QByteArray("ai:\n  model: \"\"\n")
                                 << "ai.model: invalid value '' (allowed: a non-empty text)";
}

void TestConfig::validationErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const ConfigLoader loader = loadYaml(yaml, m_dir.path(), QStringLiteral("bad.yaml"));
    QVERIFY(loader.hasErrors());
    const QString messages = loader.errorMessages().join(u'\n');
    QVERIFY2(messages.contains(expected), qPrintable(u"got: " + messages));
}

void TestConfig::environmentAndOptionErrorsNameTheirSource()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ORCHESTRATOR_MAX_WORKERS"), QStringLiteral("0"));
    ConfigLoader loader(m_dir.path());
    loader.applyEnvironment(env);
    loader.applyOverrides({{QStringLiteral("orchestrator.mode"), QStringLiteral("vm"), QStringLiteral("--mode")},
                           {QStringLiteral("orchestrator.max_worker"), QStringLiteral("2"), QStringLiteral("--set")}});
    loader.finish();
    QCOMPARE(loader.errorMessages(),
             QStringList({QStringLiteral("environment variable ORCHESTRATOR_MAX_WORKERS: orchestrator.max_workers: "
                                         "invalid value '0' (allowed: a whole number from 1 to 256)"),
                          QStringLiteral("option --mode: orchestrator.mode: invalid value 'vm' (allowed: one of "
                                         "subprocess, worktree, docker)"),
                          QStringLiteral("option --set: orchestrator.max_worker: unknown key; did you mean "
                                         "orchestrator.max_workers?")}));
    // A rejected value leaves the previous one in place.
    QCOMPARE(loader.config().orchestrator.maxWorkers, 10);
}

void TestConfig::everyErrorIsReportedAtOnce()
{
    const ConfigLoader loader = loadYaml("orchestrator:\n  max_workers: 0\n  timeout: 0\nresources:\n  max_cpu_percent: 0\n",
                                         m_dir.path());
    QCOMPARE(loader.errorMessages().size(), 3);
}

void TestConfig::unknownKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("typo in key") << QByteArray("orchestrator:\n  max_worker: 3\n")
                                 << "config.yaml:2:3: warning: orchestrator.max_worker: unknown key, ignored; did you "
                                    "mean max_workers?";
    QTest::addRow("typo in section") << QByteArray("orchestrater:\n  max_workers: 3\n")
                                     << "config.yaml:1:1: warning: orchestrater: unknown section, ignored; did you "
                                        "mean orchestrator?";
    QTest::addRow("wrong section") << QByteArray("ai:\n  max_retries: 3\n")
                                   << "warning: ai.max_retries: unknown key, ignored; did you mean "
                                      "orchestrator.max_retries?";
    QTest::addRow("nothing close") << QByteArray("ai:\n  zzzzzzzzzz: 3\n")
                                   << "warning: ai.zzzzzzzzzz: unknown key, ignored";
}

void TestConfig::unknownKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const ConfigLoader loader = loadYaml(yaml, m_dir.path());
    QVERIFY2(!loader.hasErrors(), qPrintable(loader.errorMessages().join(u'\n')));
    const QStringList warnings = loader.warningMessages();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
    QCOMPARE(loader.config().orchestrator.maxWorkers, 10);  // ignored means ignored
}

void TestConfig::unknownVariableIsAWarning()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ORCHESTRATOR_MAX_WORKER"), QStringLiteral("3"));
    env.insert(QStringLiteral("ORCH_RUN_ID"), QStringLiteral("not ours to judge"));
    ConfigLoader loader(m_dir.path());
    loader.applyEnvironment(env);
    loader.finish();
    QVERIFY(!loader.hasErrors());
    QCOMPARE(loader.warningMessages(),
             QStringList(QStringLiteral("environment variable ORCHESTRATOR_MAX_WORKER: warning: unknown variable "
                                        "ORCHESTRATOR_MAX_WORKER, ignored; did you mean ORCHESTRATOR_MAX_WORKERS?")));
}

void TestConfig::emptyFileMeansDefaults_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("only comments") << QByteArray("# nothing here\n\n# at all\n");
    QTest::addRow("empty sections") << QByteArray("orchestrator:\nai:\n");
}

void TestConfig::emptyFileMeansDefaults()
{
    QFETCH(QByteArray, yaml);
    const ConfigLoader loader = loadYaml(yaml, m_dir.path());
    QVERIFY(loader.diagnostics().isEmpty());
    ConfigLoader plain(m_dir.path());
    plain.finish();
    QVERIFY(loader.config() == plain.config());
}

void TestConfig::relativePaths()
{
    QTemporaryDir cwd;
    const QString fileDir = cwd.filePath(QStringLiteral("conf"));
    QVERIFY(QDir().mkpath(fileDir));
    writeFile(fileDir + QStringLiteral("/config.yaml"), "paths:\n  workspace: ws\n  output: ../out\n");

    ConfigLoader loader(cwd.path());
    loader.applyYamlFile(fileDir + QStringLiteral("/config.yaml"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("NVM_PATH"), QStringLiteral("nvm/bin"));
    loader.applyEnvironment(env);
    loader.applyOverrides({{QStringLiteral("agent.binary"), QStringLiteral("~/bin/claude"), QStringLiteral("--set")}});
    loader.finish();
    QVERIFY2(!loader.hasErrors(), qPrintable(loader.errorMessages().join(u'\n')));
    const Config &c = loader.config();
    QCOMPARE(c.paths.workspace, fileDir + QStringLiteral("/ws"));    // against the file's folder
    QCOMPARE(c.paths.output, cwd.filePath(QStringLiteral("out")));  // .. resolved too
    QCOMPARE(c.paths.logs, fileDir + QStringLiteral("/ws/logs"));   // follows the workspace when not set
    QCOMPARE(loader.origin(QStringLiteral("paths.logs")).describe(), QStringLiteral("default, from paths.workspace"));
    QCOMPARE(c.agent.nvmPath, cwd.filePath(QStringLiteral("nvm/bin")));  // elsewhere: against the working folder
    QCOMPARE(c.agent.binary, QDir::homePath() + QStringLiteral("/bin/claude"));
}

void TestConfig::pathThatCannotBeCreated()
{
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    const ConfigLoader loader = loadYaml("paths:\n  workspace: a-file/sub\n", m_dir.path());
    QVERIFY(loader.hasErrors());
    const QString message = loader.errorMessages().first();
    QVERIFY2(message.startsWith(QStringLiteral("config.yaml:2:14: paths.workspace: cannot create '") + file +
                                QStringLiteral("/sub': '") + file + QStringLiteral("' is not a folder")),
             qPrintable(message));
    if (::geteuid() != 0) {  // root may write anywhere, so only an ordinary user can see this refusal
        const ConfigLoader denied = loadYaml("paths:\n  logs: /proc/orch-test/logs\n", m_dir.path());
        QVERIFY(denied.hasErrors());
    }
}

void TestConfig::annotatedYamlNamesOrigins()
{
    ConfigLoader loader(m_dir.path());
    loader.applyYamlText("orchestrator:\n  max_workers: 3\n", QStringLiteral("c.yaml"), m_dir.path());
    QProcessEnvironment env;
    env.insert(QStringLiteral("ORCHESTRATOR_MODE"), QStringLiteral("docker"));
    loader.applyEnvironment(env);
    loader.applyOverrides({{QStringLiteral("orchestrator.timeout"), QStringLiteral("40"), QStringLiteral("--timeout")}});
    loader.finish();
    const QString yaml = loader.annotatedYaml();
    QVERIFY2(yaml.contains(QStringLiteral("  max_workers: 3  # c.yaml:2\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QStringLiteral("  mode: docker  # environment ORCHESTRATOR_MODE\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QStringLiteral("  timeout: 40  # option --timeout\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QStringLiteral("  max_retries: 2  # default\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QStringLiteral("  temperature: 0.7  # default\n")), qPrintable(yaml));
    // What it prints is itself a valid configuration that gives the same values.
    const ConfigLoader again = loadYaml(yaml.toUtf8(), m_dir.path());
    QVERIFY2(!again.hasErrors(), qPrintable(again.errorMessages().join(u'\n')));
    QVERIFY(again.config() == loader.config());
}

void TestConfig::pythonStyleApi()
{
    const QString path = m_dir.filePath(QStringLiteral("api.yaml"));
    writeFile(path, "orchestrator:\n  max_workers: 5\n  mode: worktree\n");
    Config c = Config::fromYaml(path);
    QCOMPARE(c.orchestrator.maxWorkers, 5);
    QCOMPARE(c.orchestrator.mode, Config::Mode::Worktree);

    qputenv("ORCHESTRATOR_TIMEOUT", "300");
    c.updateFromEnv();
    QCOMPARE(c.orchestrator.timeout, 300);
    QCOMPARE(c.orchestrator.maxWorkers, 5);  // the YAML values stay
    QCOMPARE(Config::fromEnv().orchestrator.timeout, 300);

    qputenv("ORCHESTRATOR_TIMEOUT", "0");
    QVERIFY_THROWS_EXCEPTION(ConfigError, c.updateFromEnv());
    qunsetenv("ORCHESTRATOR_TIMEOUT");

    writeFile(path, "orchestrator:\n  max_workers: 0\n");
    try {
        Config::fromYaml(path);
        QFAIL("no exception");
    } catch (const ConfigError &e) {
        QCOMPARE(e.diagnostics().size(), 1);
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("orchestrator.max_workers: invalid value '0'")));
    }
    QVERIFY_THROWS_EXCEPTION(ConfigError, Config::fromYaml(m_dir.filePath(QStringLiteral("missing.yaml"))));
}

void TestConfig::commandAgentNeedsTemplate()
{
    const ConfigLoader loader = loadYaml("agent:\n  kind: command\n", m_dir.path());
    QCOMPARE(loader.errorMessages(),
             QStringList(QStringLiteral("config.yaml:2:9: agent.command: must be set when agent.kind is command (a "
                                        "template such as 'python3 {prompt_file}')")));
    const ConfigLoader ok = loadYaml("agent:\n  kind: command\n  command: echo {prompt}\n", m_dir.path());
    QVERIFY(!ok.hasErrors());
}

void TestConfig::documentationNamesEveryKey()
{
    // docs/configuration.md is the user's reference: it must name every key and its variable.
    QFile file(QStringLiteral(ORCH_SOURCE_DIR "/docs/configuration.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    for (const ConfigKey &key : ConfigSchema::keys()) {
        const QString row = QStringLiteral("| `") + key.path() + QStringLiteral("` | ");
        const qsizetype at = doc.indexOf(row);
        QVERIFY2(at >= 0, qPrintable(key.path()));
        const QString line = doc.mid(at, doc.indexOf(u'\n', at) - at);
        QVERIFY2(line.contains(u'`' + key.envVar + u'`'), qPrintable(line));
        for (const QString &alias : key.envAliases)
            QVERIFY2(line.contains(u'`' + alias + u'`'), qPrintable(line));
    }
}

void TestConfig::exampleFileHasEveryKeyAtItsDefault()
{
    // docs/config.example.yaml is what users copy: it must load cleanly, set every key, and each
    // value must be the default (its comments say so). Loaded from a copy so that its relative
    // paths and the defaults' resolve against the same folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("config.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(ORCH_SOURCE_DIR "/docs/config.example.yaml"), copy));

    ConfigLoader example(dir.path());
    example.applyYamlFile(copy);
    example.finish();
    QVERIFY2(example.diagnostics().isEmpty(),
             qPrintable((example.errorMessages() + example.warningMessages()).join(u'\n')));
    QCOMPARE(example.schemaVersion(), ConfigLoader::CurrentSchemaVersion);

    ConfigLoader defaults(dir.path());
    defaults.finish();
    QVERIFY(!defaults.hasErrors());
    for (const ConfigKey &key : ConfigSchema::keys()) {
        QVERIFY2(example.origin(key.path()).kind == ConfigOrigin::Kind::File, qPrintable(key.path()));
        QVERIFY2(key.get(example.config()) == key.get(defaults.config()),
                 qPrintable(key.path() + QStringLiteral(": ") + key.toText(key.get(example.config()))));
    }
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
