// Docker mode against the real engine: the container as docker inspect reports it (memory, cpus,
// labels, user, mounts, capabilities, network), the monitor seeing the container's processes,
// nothing left after a normal end, a cancel, a timeout and a SIGKILL of the orchestrator followed by
// a restart, orphans of dead orchestrators removed, and the daemon-down and image-missing errors.
//
// The image is the one scripts/test.sh builds by `docker import` (ORCH_DOCKER_TEST_IMAGE: the
// Claude CLI, its libraries and a static busybox). The agent is `agent.kind: command` running
// `sh`, which reads its subtask's prompt from stdin as a script. Without a daemon or that image the
// engine tests skip visibly; the argument checks run everywhere.
#include "config/ConfigLoader.h"
#include "isolation/DockerEngine.h"
#include "isolation/DockerIsolation.h"
#include "isolation/SubprocessIsolation.h"
#include "monitor/ResourceSampler.h"
#include "run/Orchestrator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int memoryMb = 300;
const QString secretValue = u"sk-ant-docker-test-secret-0123456789"_s;

QString testImage()
{
    return qEnvironmentVariable("ORCH_DOCKER_TEST_IMAGE");
}

QJsonObject inspect(const QString &container)
{
    const DockerEngine::Result result = DockerEngine().run({u"container"_s, u"inspect"_s, container});
    const QJsonArray array = QJsonDocument::fromJson(result.output.toUtf8()).array();
    return array.isEmpty() ? QJsonObject() : array.first().toObject();
}

} // namespace

class TestDocker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runArgumentsCarryEverything();
    void dockerfilePinsTheTestedCli();
    void daemonDownIsAClearError();
    void missingImageNamesTheDockerfile();
    void containerAsConfigured();
    void normalEndWritesAsTheUser();
    void timeoutLeavesNoContainer();
    void crashedAgentLeavesNoContainer();
    void orphansOfDeadOrchestratorsRemoved();
    void killedOrchestratorLeavesNothingAfterRestart();

private:
    bool engineReady();
    Config config(const QString &workspace) const;

    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_containersToRemove;
};

void TestDocker::initTestCase()
{
    // SKIP reasons, decided once: tests that need the engine name it.
    QString why;
    if (testImage().isEmpty())
        m_skipReason = u"ORCH_DOCKER_TEST_IMAGE is not set: run through scripts/test.sh, which builds the test image"_s;
    else if (!DockerEngine().ping(&why))
        m_skipReason = u"no docker daemon: "_s + why;
    else if (!DockerEngine().imageExists(testImage()))
        m_skipReason = u"the test image %1 is missing: scripts/test.sh builds it"_s.arg(testImage());
    if (!m_skipReason.isEmpty())
        qWarning("docker engine tests will SKIP: %s", qPrintable(m_skipReason));
}

void TestDocker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocker::cleanup()
{
    DockerEngine().removeContainers(m_containersToRemove);
    m_containersToRemove.clear();
}

bool TestDocker::engineReady()
{
    return m_skipReason.isEmpty();
}

Config TestDocker::config(const QString &workspace) const
{
    ConfigLoader loader(workspace);
    loader.applyOverrides({{u"orchestrator.mode"_s, u"docker"_s, u"--set"_s},
                           {u"agent.kind"_s, u"command"_s, u"--set"_s},
                           {u"agent.command"_s, u"sh"_s, u"--set"_s},
                           {u"docker.image"_s, testImage().isEmpty() ? u"none:none"_s : testImage(), u"--set"_s},
                           {u"docker.network"_s, u"none"_s, u"--set"_s}});
    loader.finish();
    Config c = loader.config();
    c.paths.workspace = workspace;
    c.paths.logs = workspace + u"/logs"_s;
    c.paths.output = workspace + u"/output"_s;
    c.resources.maxMemoryPerWorker = memoryMb;
    c.resources.maxCpuPercent = 50;
    c.orchestrator.maxRetries = 0;
    c.orchestrator.retryDelay = 0;
    return c;
}

void TestDocker::runArgumentsCarryEverything()
{
    Config c = config(m_dir->path());
    c.agent.passEnv = {u"MY_TOKEN"_s};
    DockerIsolation isolation(c, std::make_unique<SubprocessIsolation>(m_dir->path()));
    isolation.beginRun(u"20260101-000000-abcd"_s);
    ProcessSpec spec;
    spec.program = u"/opt/somewhere/bin/claude"_s;
    spec.arguments = {u"-p"_s, u"--verbose"_s, u"--file"_s, m_dir->filePath(u"prompt.txt"_s)};
    spec.workingDirectory = m_dir->path();
    spec.environment.insert(u"ANTHROPIC_API_KEY"_s, secretValue);
    spec.environment.insert(u"MY_TOKEN"_s, secretValue);
    spec.environment.insert(u"UNRELATED_SECRET"_s, secretValue);
    spec.environment.insert(u"PATH"_s, u"/usr/bin"_s);
    spec.environment.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:9"_s);
    spec.stdinData = QByteArray("the prompt\n");
    isolation.wrap(spec, 3);

    QCOMPARE(spec.program, u"docker"_s);
    const QStringList a = spec.arguments;
    const auto follows = [&a](const QString &option, const QString &value) {
        for (qsizetype i = 0; i + 1 < a.size(); ++i) {
            if (a.at(i) == option && a.at(i + 1) == value)
                return true;
        }
        return false;
    };
    QCOMPARE(a.first(), u"run"_s);
    QVERIFY(a.contains(u"--init"_s) && a.contains(u"--rm"_s) && a.contains(u"--interactive"_s));
    QVERIFY(follows(u"--name"_s, u"orch-20260101-000000-abcd-w3"_s));
    QVERIFY(follows(u"--label"_s, u"orch.run=20260101-000000-abcd"_s));
    QVERIFY(follows(u"--label"_s, u"orch.worker=3"_s));
    QVERIFY(follows(u"--label"_s, u"orch.owner="_s + DockerEngine::ownerLabel()));
    QVERIFY(follows(u"--memory"_s, u"%1m"_s.arg(memoryMb)));
    QVERIFY(follows(u"--cpus"_s, QString::number(QThread::idealThreadCount() * 0.5, 'f', 2)));
    QVERIFY(follows(u"--security-opt"_s, u"no-new-privileges"_s));
    QVERIFY(follows(u"--cap-drop"_s, u"ALL"_s));
    QVERIFY(follows(u"--network"_s, u"none"_s));
    QVERIFY(follows(u"--user"_s, DockerIsolation::containerUser()));
    // Never root inside, even when the orchestrator runs as root.
    QVERIFY(!DockerIsolation::containerUser().startsWith(u"0:"_s));
    if (::getuid() != 0)
        QCOMPARE(DockerIsolation::containerUser(), u"%1:%2"_s.arg(::getuid()).arg(::getgid()));
    QVERIFY(follows(u"--mount"_s, u"type=bind,source=%1,target=/workspace"_s.arg(m_dir->path())));
    QVERIFY(follows(u"--workdir"_s, u"/workspace"_s));
    // Plain variables by name; a variable nobody asked for is not handed over at all.
    QVERIFY(follows(u"--env"_s, u"ANTHROPIC_BASE_URL"_s));
    QVERIFY(follows(u"--env"_s, u"ORCH_RUN_ID"_s));
    QVERIFY(!a.contains(u"UNRELATED_SECRET"_s) && !a.contains(u"PATH"_s));
    // Secrets not even by name (docker would copy the value into the container's configuration),
    // and never by value anywhere on the command line.
    QVERIFY(!follows(u"--env"_s, u"ANTHROPIC_API_KEY"_s) && !follows(u"--env"_s, u"MY_TOKEN"_s));
    for (const QString &argument : a)
        QVERIFY2(!argument.contains(secretValue), qPrintable(argument));
    // They go first on stdin, one line each in the order the script reads them, before the prompt,
    // and leave the docker client's environment.
    QCOMPARE(spec.stdinData.value_or(QByteArray()), (secretValue + u'\n' + secretValue + u"\nthe prompt\n"_s).toUtf8());
    QVERIFY(!spec.environment.contains(u"ANTHROPIC_API_KEY"_s) && !spec.environment.contains(u"MY_TOKEN"_s));
    QVERIFY(spec.environment.contains(u"ANTHROPIC_BASE_URL"_s));
    // The image, then the reader of the secrets, then the agent by the name it has inside the image
    // and its arguments.
    const qsizetype image = a.indexOf(c.docker.image);
    QVERIFY(image > 0);
    QCOMPARE(a.mid(image + 1),
             (QStringList{u"/bin/sh"_s, u"-c"_s, DockerIsolation::secretReaderScript({u"ANTHROPIC_API_KEY"_s, u"MY_TOKEN"_s}),
                          u"orch-secrets"_s, u"claude"_s, u"-p"_s, u"--verbose"_s, u"--file"_s,
                          u"/workspace/prompt.txt"_s}));
    QCOMPARE(DockerIsolation::secretReaderScript({u"ANTHROPIC_API_KEY"_s, u"MY_TOKEN"_s}),
             u"IFS= read -r ANTHROPIC_API_KEY && IFS= read -r MY_TOKEN && export ANTHROPIC_API_KEY MY_TOKEN && exec \"$@\""_s);

    // Without a secret the agent starts directly and stdin stays as it was.
    ProcessSpec plain;
    plain.program = u"claude"_s;
    plain.workingDirectory = m_dir->path();
    plain.environment.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:9"_s);
    isolation.wrap(plain, 4);
    QCOMPARE(plain.arguments.mid(plain.arguments.indexOf(c.docker.image) + 1), QStringList{u"claude"_s});
    QVERIFY(!plain.stdinData.has_value());
}

void TestDocker::dockerfilePinsTheTestedCli()
{
    QFile dockerfile(QStringLiteral(ORCH_SOURCE_DIR "/packaging/docker/worker.Dockerfile"));
    QFile installer(QStringLiteral(ORCH_SOURCE_DIR "/scripts/lib/claude-cli.sh"));
    QVERIFY(dockerfile.open(QIODevice::ReadOnly) && installer.open(QIODevice::ReadOnly));
    const QString file = QString::fromUtf8(dockerfile.readAll());
    const QString script = QString::fromUtf8(installer.readAll());
    const QString pinned =
        QRegularExpression(u"ARG CLAUDE_CODE_VERSION=([0-9.]+)"_s).match(file).captured(1);
    const QString tested = QRegularExpression(u"CLAUDE_VERSION=\"([0-9.]+)\""_s).match(script).captured(1);
    QVERIFY(!pinned.isEmpty() && !tested.isEmpty());
    QCOMPARE(pinned, tested);
    QVERIFY(file.contains(u"WORKDIR /workspace"_s));
    QVERIFY(file.contains(u"USER orchestrator"_s));
}

void TestDocker::daemonDownIsAClearError()
{
    if (DockerEngine::program().isEmpty())
        QSKIP("no docker client on PATH");
    const QByteArray saved = qgetenv("DOCKER_HOST");
    qputenv("DOCKER_HOST", "unix://" + m_dir->filePath(u"no-daemon.sock"_s).toUtf8());
    DockerIsolation isolation(config(m_dir->path()), std::make_unique<SubprocessIsolation>(m_dir->path()));
    QString error;
    const bool ok = isolation.check(&error);
    if (saved.isNull())
        qunsetenv("DOCKER_HOST");
    else
        qputenv("DOCKER_HOST", saved);
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"daemon does not answer"_s) && error.contains(u"start it"_s), qPrintable(error));
}

void TestDocker::missingImageNamesTheDockerfile()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    Config c = config(m_dir->path());
    c.docker.image = u"orchestrator-no-such-image:none"_s;
    DockerIsolation isolation(c, std::make_unique<SubprocessIsolation>(m_dir->path()));
    QString error;
    QVERIFY(!isolation.check(&error));
    QVERIFY2(error.contains(u"orchestrator-no-such-image:none"_s) && error.contains(u"worker.Dockerfile"_s),
             qPrintable(error));
}

void TestDocker::containerAsConfigured()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    Orchestrator orchestrator(config(m_dir->path()));
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    Plan plan;
    plan.task = u"inspect"_s;
    plan.subtasks << Subtask{u"1"_s, u"sleeper"_s, u"echo started; sleep 60"_s, {}};
    QVERIFY2(orchestrator.start(plan), qPrintable(orchestrator.lastError()));
    const QString runId = orchestrator.runId();
    const QString name = u"orch-%1-w1"_s.arg(runId);
    m_containersToRemove << name;
    DockerEngine engine;
    QTRY_VERIFY_WITH_TIMEOUT(inspect(name).value(u"State"_s).toObject().value(u"Running"_s).toBool(), 30000);

    const QJsonObject container = inspect(name);
    const QJsonObject host = container.value(u"HostConfig"_s).toObject();
    const QJsonObject labels = container.value(u"Config"_s).toObject().value(u"Labels"_s).toObject();
    QCOMPARE(host.value(u"Memory"_s).toDouble(), double(memoryMb) * 1024 * 1024);
    QCOMPARE(host.value(u"NanoCpus"_s).toDouble(), QThread::idealThreadCount() * 0.5 * 1e9);
    QCOMPARE(host.value(u"NetworkMode"_s).toString(), u"none"_s);
    QVERIFY(host.value(u"CapDrop"_s).toArray().contains(u"ALL"_s));
    QVERIFY(host.value(u"SecurityOpt"_s).toArray().contains(u"no-new-privileges"_s));
    QVERIFY(host.value(u"Init"_s).toBool());
    QCOMPARE(labels.value(u"orch.run"_s).toString(), runId);
    QCOMPARE(labels.value(u"orch.worker"_s).toString(), u"1"_s);
    QCOMPARE(labels.value(u"orch.owner"_s).toString(), DockerEngine::ownerLabel());
    QCOMPARE(container.value(u"Config"_s).toObject().value(u"User"_s).toString(), DockerIsolation::containerUser());
    const QJsonArray mounts = container.value(u"Mounts"_s).toArray();
    QCOMPARE(mounts.size(), 1);
    QCOMPARE(mounts.first().toObject().value(u"Type"_s).toString(), u"bind"_s);
    QCOMPARE(mounts.first().toObject().value(u"Destination"_s).toString(), u"/workspace"_s);
    QCOMPARE(QFileInfo(mounts.first().toObject().value(u"Source"_s).toString()).canonicalFilePath(),
             QFileInfo(m_dir->filePath(u"worker_1"_s)).canonicalFilePath());

    // The monitor's figures include the container's processes (init, sh, sleep), not only the
    // docker client: they carry the worker's tag, passed into the container by name.
    ResourceSampler sampler;
    QTRY_VERIFY_WITH_TIMEOUT(sampler.sampleRun(runId).value(u"1"_s).processes >= 4, 10000);
    QVERIFY(sampler.sampleRun(runId).value(u"1"_s).residentBytes > 0);

    orchestrator.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(engine.containersOfRun(runId), QStringList());
}

void TestDocker::normalEndWritesAsTheUser()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    Orchestrator orchestrator(config(m_dir->path()));
    Plan plan;
    plan.task = u"write"_s;
    plan.subtasks << Subtask{u"1"_s, u"a"_s, u"echo alpha > a.txt; id -u > uid.txt"_s, {}}
                  << Subtask{u"2"_s, u"b"_s, u"echo beta > b.txt"_s, {}};
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.completedTasks(), 2);
    const QString a = m_dir->filePath(u"worker_1/a.txt"_s);
    QVERIFY(QFileInfo::exists(a) && QFileInfo::exists(m_dir->filePath(u"worker_2/b.txt"_s)));
    QCOMPARE(QFileInfo(a).ownerId(), uint(::getuid()));
    QFile uid(m_dir->filePath(u"worker_1/uid.txt"_s));
    QVERIFY(uid.open(QIODevice::ReadOnly));
    // The agent ran as the container's user; what it wrote is the orchestrator's user's afterwards.
    QCOMPARE(uid.readAll().trimmed(), DockerIsolation::containerUser().section(u':', 0, 0).toUtf8());
    QCOMPARE(DockerEngine().containersOfRun(result.runId), QStringList());
}

void TestDocker::timeoutLeavesNoContainer()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    Config c = config(m_dir->path());
    c.orchestrator.timeout = 3;
    Orchestrator orchestrator(c);
    orchestrator.setStopGrace(500, 500);
    Plan plan;
    plan.task = u"hang"_s;
    // A process that ignores the polite signals: only docker kill ends it.
    plan.subtasks << Subtask{u"1"_s, u"hang"_s, u"trap '' INT TERM; sleep 120"_s, {}};
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.failedTasks(), 1);
    QVERIFY2(result.subtaskResults.first().error.contains(u"timed out"_s),
             qPrintable(result.subtaskResults.first().error));
    m_containersToRemove << u"orch-%1-w1"_s.arg(result.runId);
    QCOMPARE(DockerEngine().containersOfRun(result.runId), QStringList());
}

void TestDocker::crashedAgentLeavesNoContainer()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    Orchestrator orchestrator(config(m_dir->path()));
    Plan plan;
    plan.task = u"crash"_s;
    // The agent dies by a signal, leaving a child behind in the container.
    plan.subtasks << Subtask{u"1"_s, u"crash"_s, u"sleep 120 & kill -KILL $$"_s, {}};
    const RunResult result = orchestrator.execute(plan);
    QCOMPARE(result.failedTasks(), 1);
    m_containersToRemove << u"orch-%1-w1"_s.arg(result.runId);
    QCOMPARE(DockerEngine().containersOfRun(result.runId), QStringList());
}

void TestDocker::orphansOfDeadOrchestratorsRemoved()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    DockerEngine engine;
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString orphan = u"orch-test-orphan-"_s + suffix;
    const QString owned = u"orch-test-owned-"_s + suffix;
    m_containersToRemove << orphan << owned;
    // No process has this pid: the owner is gone.
    const auto start = [&](const QString &name, const QString &owner) {
        return engine.run({u"run"_s, u"--detach"_s, u"--network"_s, u"none"_s, u"--name"_s, name, u"--label"_s,
                           u"orch.run=orphan-test"_s, u"--label"_s, u"orch.owner="_s + owner, testImage(), u"sleep"_s,
                           u"300"_s});
    };
    QVERIFY(start(orphan, u"999999999:1"_s).ok);
    QVERIFY(start(owned, DockerEngine::ownerLabel()).ok);
    QVERIFY(engine.removeOrphanContainers() >= 1);
    const QStringList left = engine.containersOfRun(u"orphan-test"_s);
    QVERIFY(!left.contains(orphan));
    QVERIFY2(left.contains(owned), "a container of a live orchestrator was removed");
}

void TestDocker::killedOrchestratorLeavesNothingAfterRestart()
{
    if (!engineReady())
        QSKIP(qPrintable(m_skipReason));
    const QString workspace = m_dir->filePath(u"ws"_s);
    const QStringList common = {u"--mode"_s, u"docker"_s, u"--workspace"_s, workspace,
                                u"--set"_s, u"agent.kind=command"_s, u"--set"_s, u"agent.command=sh"_s,
                                u"--set"_s, u"docker.image="_s + testImage(), u"--set"_s, u"docker.network=none"_s,
                                u"--set"_s, u"resources.max_cpu_percent=100"_s, u"--retries"_s, u"0"_s};
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(ORCH_CLI_BIN), common + QStringList{u"--subtask"_s, u"sleep 300"_s, u"sleepers"_s});
    QVERIFY(first.waitForStarted());
    DockerEngine engine;
    QString container;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            // The owner label is "pid:start-time": match its pid part.
            const DockerEngine::Result all =
                engine.run({u"ps"_s, u"--format"_s, u"{{.Names}} {{.Label \"orch.owner\"}}"_s});
            for (const QString &line : all.output.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.section(u' ', 1).startsWith(u"%1:"_s.arg(first.processId())))
                    container = line.section(u' ', 0, 0);
            }
            return !container.isEmpty();
        }(),
        60000);
    m_containersToRemove << container;
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    // Killing the client side leaves the container running: somebody has to remove it.
    QTest::qWait(500);
    const bool stillThere = engine.run({u"container"_s, u"inspect"_s, container}).ok;

    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(QStringLiteral(ORCH_CLI_BIN), common + QStringList{u"--subtask"_s, u"true"_s, u"restart"_s});
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(!engine.run({u"container"_s, u"inspect"_s, container}).ok,
             qPrintable(u"%1 is still there after the restart (it was %2 before)"_s.arg(
                 container, stillThere ? u"running"_s : u"gone"_s)));
}

QTEST_GUILESS_MAIN(TestDocker)
#include "tst_docker.moc"
