// Issue 9's fault matrix, docker mode: the daemon killed mid-run, an image that does not exist and
// a container killed by its memory limit. Every case runs against a private docker daemon of
// this test's own (support/PrivateDocker.h) with a static busybox image, never against the
// machine's shared daemon, which others use. The agent is a plain command (busybox `sleep`,
// `tail`) run in the container, so no API and no agent image are needed.
#include "support/PrivateDocker.h"
#include "support/ProcessProbe.h"
#include "support/RunAudit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using orch::test::auditRun;
using orch::test::AuditPolicy;
using orch::test::PrivateDocker;
using orch::test::taggedProcesses;

namespace {

const QString image = u"orch-faults-busybox:1"_s;

} // namespace

class TestFaultsEnvDocker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void daemonKilledMidRun();
    void imageMissing();
    void containerOomKilled();

private:
    QProcessEnvironment environment() const;
    void start(QProcess &process, const QStringList &arguments) const;
    nlohmann::json finish(QProcess &process, int expectedExit) const;
    QStringList runIds() const;
    QString workspace() const { return m_dir->filePath(u"ws"_s); }
    void audit(const QString &runId) const;

    std::unique_ptr<PrivateDocker> m_docker;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFaultsEnvDocker::initTestCase()
{
    m_docker = std::make_unique<PrivateDocker>();
    QString why;
    if (!m_docker->start(&why))
        QSKIP(qPrintable(u"no private docker daemon beside the shared one: "_s + why));
    QVERIFY2(m_docker->importBusybox(image, &why), qPrintable(why));
    // RunAudit asks `docker` for the run's containers: this daemon's, not the shared one's.
    qputenv("DOCKER_HOST", m_docker->host().toUtf8());
}

void TestFaultsEnvDocker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)) && QDir().mkpath(m_dir->filePath(u"tmp"_s)));
    // A case that failed after killing the daemon must not take the next ones down with it.
    QString why;
    if (m_docker->pid() == 0)
        QVERIFY2(m_docker->start(&why), qPrintable(why));
}

void TestFaultsEnvDocker::cleanupTestCase()
{
    m_docker.reset();
    qunsetenv("DOCKER_HOST");
}

QProcessEnvironment TestFaultsEnvDocker::environment() const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"TMPDIR"_s, m_dir->filePath(u"tmp"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"DOCKER_HOST"_s, m_docker->host());
    env.insert(u"ORCHESTRATOR_WORKSPACE"_s, workspace());
    env.insert(u"ORCHESTRATOR_MODE"_s, u"docker"_s);
    env.insert(u"ORCHESTRATOR_DOCKER_IMAGE"_s, image);
    env.insert(u"ORCHESTRATOR_DOCKER_NETWORK"_s, u"none"_s);
    env.insert(u"ORCHESTRATOR_AGENT_KIND"_s, u"command"_s);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    return env;
}

void TestFaultsEnvDocker::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir->path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    QVERIFY(process.waitForStarted());
}

nlohmann::json TestFaultsEnvDocker::finish(QProcess &process, int expectedExit) const
{
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != expectedExit)
        qWarning("exit %d, expected %d; stderr:\n%s", process.exitCode(), expectedExit, err.constData());
    return process.exitCode() == expectedExit ? nlohmann::json::parse(out.toStdString(), nullptr, false)
                                              : nlohmann::json();
}

QStringList TestFaultsEnvDocker::runIds() const
{
    return QDir(workspace() + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void TestFaultsEnvDocker::audit(const QString &runId) const
{
    AuditPolicy policy;
    policy.tempDir = m_dir->filePath(u"tmp"_s);
    const QStringList problems = auditRun(workspace(), runId, policy);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Two containers run `sleep 300` when the daemon is SIGKILLed. Each `docker run` client loses
// its daemon; the subtasks fail with the reason (no hang until the timeout), the run ends
// complete, and the container processes that outlived the daemon in their shims are ended by the
// run's sweep (they carry the run's tag). Once the daemon is back, no container of the run is left.
void TestFaultsEnvDocker::daemonKilledMidRun()
{
    QProcess process;
    start(process, {u"--command"_s, u"sleep 300"_s, u"--retries"_s, u"1"_s, u"--timeout"_s, u"60"_s, u"--subtask"_s,
                    u"one"_s, u"--subtask"_s, u"two"_s, u"--json"_s, u"demo"_s});
    QString runId;
    // Both containers up: their `sleep` runs (and carries the run's tag) inside them.
    QTRY_VERIFY_WITH_TIMEOUT(!(runId = runIds().value(0)).isEmpty()
                                 && m_docker->docker({u"ps"_s, u"-q"_s, u"--filter"_s, u"label=orch.run="_s + runId})
                                            .out.split(u'\n', Qt::SkipEmptyParts)
                                            .size()
                                        == 2,
                             40000);
    m_docker->kill();
    const nlohmann::json result = finish(process, 1);
    QVERIFY(result.is_object());
    QCOMPARE(result["status"], "failed");
    for (const nlohmann::json &subtask : result["subtask_results"]) {
        QCOMPARE(subtask["status"], "failed");
        const QString error = QString::fromStdString(subtask["error"].get<std::string>());
        // docker's own words: "error waiting for container: unexpected EOF" (the client lost the
        // daemon) or "Cannot connect to the Docker daemon" (a retry, once it is gone).
        QVERIFY2(error.contains(u"container"_s) || error.contains(u"daemon"_s), qPrintable(error));
    }
    QCOMPARE(taggedProcesses(runId), QList<int>());

    // Back up on the same data root: the run's containers (--rm, their process gone) are gone too.
    QString why;
    QVERIFY2(m_docker->start(&why), qPrintable(why));
    audit(runId);
}

// A tag that exists nowhere (and there is no registry to pull from): an environment error before
// any worker starts, naming the image and how to build it.
void TestFaultsEnvDocker::imageMissing()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(u"ORCHESTRATOR_DOCKER_IMAGE"_s, u"orch-faults-missing:nowhere"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ORCH_CLI_BIN), {u"--command"_s, u"sleep 1"_s, u"--subtask"_s, u"one"_s, u"demo"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 3);
    const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(out.contains(u"the docker image orch-faults-missing:nowhere does not exist"_s), qPrintable(out));
    QVERIFY(runIds().isEmpty());
    QCOMPARE(m_docker->docker({u"ps"_s, u"-aq"_s}).out, QString());
}

// resources.max_memory_per_worker is the container's memory limit (docker run --memory): busybox
// `tail` keeping a line that never ends (/dev/zero has no newline) grows past it and is killed.
// The subtask fails (not retried, not waiting for the timeout); nothing of it is left.
void TestFaultsEnvDocker::containerOomKilled()
{
    QProcess process;
    start(process, {u"--command"_s, u"tail -n 1 /dev/zero"_s, u"--set"_s, u"resources.max_memory_per_worker=64"_s,
                    u"--retries"_s, u"0"_s, u"--timeout"_s, u"60"_s, u"--subtask"_s, u"grow"_s, u"--json"_s, u"demo"_s});
    const nlohmann::json result = finish(process, 1);
    QVERIFY(result.is_object());
    const nlohmann::json &subtask = result["subtask_results"][0];
    QCOMPARE(subtask["status"], "failed");
    const QString error = QString::fromStdString(subtask["error"].get<std::string>());
    // Whichever is first: the kernel's OOM kill in the container's cgroup (docker run exits 137:
    // the message does not yet say it was memory, see docs/reliability.md) or the orchestrator's
    // own check of the worker's memory ("memory limit exceeded (... MB > 64 MB)").
    QVERIFY2(error.contains(u"memory limit exceeded"_s) || error.contains(u"exited with code 137"_s), qPrintable(error));
    QVERIFY2(subtask["duration"].get<double>() < 50, "killed by the limit, not by the timeout");
    audit(QString::fromStdString(result["run_id"].get<std::string>()));
}

QTEST_GUILESS_MAIN(TestFaultsEnvDocker)
#include "tst_faults_env_docker.moc"
