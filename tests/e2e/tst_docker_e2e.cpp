// Docker mode end to end: the orchestrator executable runs the real Claude Code CLI in containers
// of the test image (scripts/test.sh builds it by `docker import` of the npm-installed CLI), on the
// host network so the CLI reaches tests/fakes/mock_anthropic on loopback. Three containers write
// three files into their folders, with the configured memory limit, and none is left afterwards;
// with docker.worktree the folders are git worktrees and every worker's file lands on its branch.
#include "isolation/DockerEngine.h"
#include "isolation/DockerIsolation.h"
#include "support/MockApi.h"
#include "support/TestGit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString apiKey = u"docker-e2e-api-key-value-8c1d2e"_s;
constexpr int memoryMb = 512;

struct Seen
{
    double memory = 0;
    QString network;
    QString user;
    bool keyInArgv = false;
};

// The test's own git calls: stdout only.
QString git(const QString &dir, const QStringList &arguments)
{
    return orch::test::git(dir, QStringList{u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s}
                                    + arguments)
        .out;
}

} // namespace

class TestDockerE2e final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void threeContainersWriteThreeFiles();
    void worktreesInContainersCommitOnBranches();

private:
    // Runs the orchestrator with docker mode's settings and records every container it starts.
    int runOrchestrator(const QStringList &arguments, const QString &workDir, QHash<QString, Seen> *seen);

    QString m_claude;
    QString m_image;
    test::MockApi m_mock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDockerE2e::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    m_image = qEnvironmentVariable("ORCH_DOCKER_TEST_IMAGE");
    if (m_image.isEmpty())
        QSKIP("ORCH_DOCKER_TEST_IMAGE is not set: scripts/test.sh starts a docker engine and builds the image");
    QString why;
    if (!DockerEngine().ping(&why))
        QSKIP(qPrintable(u"no docker daemon: "_s + why));
    if (!DockerEngine().imageExists(m_image))
        QSKIP(qPrintable(u"the test image %1 is missing: scripts/test.sh builds it"_s.arg(m_image)));

    QVERIFY2(m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH)), qPrintable(m_mock.error()));
}

void TestDockerE2e::cleanupTestCase()
{
    m_mock.stop();
}

void TestDockerE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestDockerE2e::runOrchestrator(const QStringList &arguments, const QString &workDir, QHash<QString, Seen> *seen)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"ANTHROPIC_BASE_URL"_s, m_mock.baseUrl());
    env.insert(u"ANTHROPIC_API_KEY"_s, apiKey);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_claude);
    QDir().mkpath(env.value(u"HOME"_s));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setChildProcessModifier(test::diesWithParent);
    const QStringList common = {u"--mode"_s, u"docker"_s, u"--set"_s, u"docker.image="_s + m_image,
                                u"--set"_s, u"docker.network=host"_s, u"--set"_s,
                                u"resources.max_memory_per_worker=%1"_s.arg(memoryMb), u"--set"_s,
                                u"resources.max_cpu_percent=100"_s, u"--retries"_s, u"1"_s};
    process.start(QStringLiteral(ORCH_CLI_BIN), common + arguments);
    if (!process.waitForStarted())
        return -1;

    // While it runs, look at every container it owns (the owner label starts with its pid).
    DockerEngine engine;
    const QString owner = QString::number(process.processId()) + u':';
    const auto look = [&] {
        const DockerEngine::Result ps = engine.run(
            {u"ps"_s, u"--filter"_s, u"label=orch.owner"_s, u"--format"_s, u"{{.ID}} {{.Label \"orch.owner\"}}"_s});
        for (const QString &line : ps.output.split(u'\n', Qt::SkipEmptyParts)) {
            const QString id = line.section(u' ', 0, 0);
            if (!line.section(u' ', 1).startsWith(owner) || seen->contains(id))
                continue;
            const QJsonArray inspected =
                QJsonDocument::fromJson(engine.run({u"container"_s, u"inspect"_s, id}).output.toUtf8()).array();
            if (inspected.isEmpty())
                continue;  // already gone
            const QJsonObject container = inspected.first().toObject();
            const QJsonObject host = container.value(u"HostConfig"_s).toObject();
            Seen s;
            s.memory = host.value(u"Memory"_s).toDouble();
            s.network = host.value(u"NetworkMode"_s).toString();
            s.user = container.value(u"Config"_s).toObject().value(u"User"_s).toString();
            // Docker keeps the passed variables' values in the container's Env (that is how -e NAME
            // works); what must never hold it is a command line.
            const QByteArray argv = QJsonDocument(container.value(u"Args"_s).toArray()).toJson()
                                    + QJsonDocument(container.value(u"Config"_s).toObject().value(u"Cmd"_s).toArray()).toJson();
            s.keyInArgv = argv.contains(apiKey.toUtf8());
            seen->insert(id, s);
        }
    };
    const bool ended = QTest::qWaitFor(
        [&] {
            look();
            return process.state() == QProcess::NotRunning;
        },
        300000);
    if (!ended) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitCode();
}

void TestDockerE2e::threeContainersWriteThreeFiles()
{
    QHash<QString, Seen> seen;
    const int exitCode = runOrchestrator({u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s,
                                          u"--subtask"_s, u"write c.txt"_s, u"three files"_s},
                                         m_dir->path(), &seen);
    QCOMPARE(exitCode, 0);
    for (const QString &file : {u"worker_1/a.txt"_s, u"worker_2/b.txt"_s, u"worker_3/c.txt"_s})
        QVERIFY2(QFile::exists(m_dir->filePath(u"workspace/"_s + file)), qPrintable(file));
    // Each CLI takes seconds to start in its container, long enough to be seen at least once.
    QVERIFY2(!seen.isEmpty(), "no container of the run was ever seen running");
    for (const Seen &s : std::as_const(seen)) {
        QCOMPARE(s.memory, double(memoryMb) * 1024 * 1024);
        QCOMPARE(s.network, u"host"_s);
        QCOMPARE(s.user, DockerIsolation::containerUser());
        QVERIFY2(!s.keyInArgv, "the API key's value is in the container's configuration");
    }
    const DockerEngine::Result left =
        DockerEngine().run({u"ps"_s, u"--all"_s, u"--filter"_s, u"label=orch.owner"_s, u"--format"_s, u"{{.Names}}"_s});
    QVERIFY(left.ok);
    QCOMPARE(left.output, QString());
}

void TestDockerE2e::worktreesInContainersCommitOnBranches()
{
    const QString repo = m_dir->filePath(u"repo"_s);
    QVERIFY(QDir().mkpath(repo));
    git(repo, {u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s});
    QFile readme(repo + u"/README"_s);
    QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write("base\n") > 0);
    readme.close();
    git(repo, {u"add"_s, u"README"_s});
    git(repo, {u"commit"_s, u"--quiet"_s, u"-m"_s, u"base"_s});
    const QString base = git(repo, {u"rev-parse"_s, u"HEAD"_s});

    QHash<QString, Seen> seen;
    const int exitCode = runOrchestrator({u"--set"_s, u"docker.worktree=true"_s, u"--workspace"_s,
                                          m_dir->filePath(u"ws"_s), u"--subtask"_s, u"write x.txt"_s,
                                          u"--subtask"_s, u"write y.txt"_s, u"two files"_s},
                                         repo, &seen);
    QCOMPARE(exitCode, 0);
    const QStringList branches =
        git(repo, {u"for-each-ref"_s, u"--format=%(refname:short)"_s, u"refs/heads/orch/"_s}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(branches.size(), 2);
    QStringList files;
    for (const QString &branch : branches) {
        QCOMPARE(git(repo, {u"rev-list"_s, u"--count"_s, base + u".."_s + branch}), u"1"_s);
        files << git(repo, {u"diff"_s, u"--name-only"_s, base, branch}).split(u'\n', Qt::SkipEmptyParts);
    }
    files.sort();
    QCOMPARE(files, (QStringList{u"x.txt"_s, u"y.txt"_s}));
    // The main checkout is as it was.
    QCOMPARE(git(repo, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(repo, {u"rev-parse"_s, u"HEAD"_s}), base);
}

QTEST_GUILESS_MAIN(TestDockerE2e)
#include "tst_docker_e2e.moc"
