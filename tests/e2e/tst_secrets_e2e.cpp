// Secrets and privileges (issue 9): a full run of the orchestrator executable with the real Claude
// CLI against tests/fakes/mock_anthropic, with ANTHROPIC_API_KEY set to a unique marker, in each
// mode. Afterwards the marker (or its random tail alone) is in no file the run or the test's
// HOME holds (logs, journal, transcripts, results, output copies, profiles), not in the console
// output, not in --print-config; while the workers run it is in no argv: /proc/PID/cmdline of every
// process tagged with the run's id or descended from the orchestrator, `ps -eo pid,args`, and in
// docker mode not in `docker inspect` of the run's containers, which also run as a non-root user,
// with no-new-privileges and every capability dropped. The key still works: a relay between the
// CLI and the mock sees it as the x-api-key header of every request.
//
// Built twice: tst_secrets_e2e (subprocess and worktree modes) and, with ORCH_SECRETS_DOCKER,
// tst_secrets_docker_e2e (docker mode), so the first runs where there is no docker.
#include "support/MockApi.h"
#include "support/TestGit.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

// A byte relay on loopback between the CLI and the mock that notes the credentials each request
// carries (x-api-key and authorization headers), so the test knows the key arrived.
class KeyRelay final
{
public:
    KeyRelay() = default;
    KeyRelay(const KeyRelay &) = delete;
    KeyRelay &operator=(const KeyRelay &) = delete;

    bool listen(quint16 target)
    {
        m_target = target;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    // Every credential header value seen, in order.
    const QList<QByteArray> &credentials() const { return m_credentials; }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        auto lines = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, pending, lines] {
            const QByteArray data = client->readAll();
            sniff(*lines, data);
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                *pending += data;
        });
        QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    void sniff(QByteArray &lines, const QByteArray &data)
    {
        lines += data;
        qsizetype end = 0;
        while ((end = lines.indexOf('\n')) >= 0) {
            const QByteArray line = lines.left(end).trimmed();
            const QByteArray lower = line.toLower();
            for (const char *header : {"x-api-key:", "authorization:"}) {
                if (lower.startsWith(header))
                    m_credentials << line.mid(qsizetype(std::strlen(header))).trimmed();
            }
            lines.remove(0, end + 1);
        }
        if (lines.size() > 1024 * 1024)
            lines = lines.right(256);  // a long body line: only its end can begin a header
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    QList<QByteArray> m_credentials;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isPrivate(const QFileInfo &info)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (info.permissions() & others) == 0;
}

// The parent pid from /proc/PID/stat (after the command's closing parenthesis).
qint64 parentOf(qint64 pid)
{
    const QByteArray stat = readAll(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

struct Observed
{
    QSet<qint64> processes;     // tagged with the run or descended from the orchestrator
    int agentsSeen = 0;         // samples that saw an agent (claude, or docker run) of the run
    int psSamples = 0;
    QStringList leaks;          // where the marker was found
    QHash<QString, QJsonObject> containers;  // docker inspect, taken while running
    QList<QByteArray> dockerClientEnvironments;
};

} // namespace

class TestSecretsE2e final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void markerAppearsNowhere_data();
    void markerAppearsNowhere();
#ifndef ORCH_SECRETS_DOCKER
    void profileAndPrintConfigHoldNoKey();
#endif

private:
    QProcessEnvironment environment(const QString &root) const;
    void sample(const QString &root, qint64 orchestratorPid, bool docker, Observed *seen) const;
    QStringList scanFiles(const QString &root) const;

    QString m_claude;
    QString m_image;
    QString m_marker;
    QString m_tail;  // the marker's random part alone: a partial copy of the key is a leak too
    test::MockApi m_mock;
    KeyRelay m_relay;
};

void TestSecretsE2e::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
#ifdef ORCH_SECRETS_DOCKER
    m_image = qEnvironmentVariable("ORCH_DOCKER_TEST_IMAGE");
    if (m_image.isEmpty())
        QSKIP("ORCH_DOCKER_TEST_IMAGE is not set: scripts/test.sh starts a docker engine and builds the image");
    QProcess info;
    info.start(u"docker"_s, {u"image"_s, u"inspect"_s, m_image});
    if (!info.waitForFinished(30000) || info.exitStatus() != QProcess::NormalExit || info.exitCode() != 0)
        QSKIP(qPrintable(u"no docker daemon or no image %1: scripts/test.sh provides both"_s.arg(m_image)));
#endif
    // Not shaped like an Anthropic key on purpose: the log redactor's pattern would hide a leak of
    // one; this marker is caught only if the product handles the value itself as a secret.
    m_tail = QUuid::createUuid().toString(QUuid::Id128);
    m_marker = u"orch-secret-marker-"_s + m_tail;
    QVERIFY2(m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH)), qPrintable(m_mock.error()));
    QVERIFY(m_relay.listen(m_mock.port()));
}

void TestSecretsE2e::cleanupTestCase()
{
    m_mock.stop();
}

QProcessEnvironment TestSecretsE2e::environment(const QString &root) const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_relay.port()));
    env.insert(u"ANTHROPIC_API_KEY"_s, m_marker);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_claude);
    QDir().mkpath(root + u"/home"_s);
    return env;
}

void TestSecretsE2e::sample(const QString &root, qint64 orchestratorPid, bool docker, Observed *seen) const
{
    const QByteArray marker = m_marker.toUtf8();
    const QByteArray tail = m_tail.toUtf8();
    const auto leaks = [&](const QByteArray &bytes) { return bytes.contains(marker) || bytes.contains(tail); };
    // The run id, once its folder exists: processes carry it as ORCH_RUN_ID.
    const QStringList runs = QDir(root + u"/ws/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QByteArray tag = runs.isEmpty() ? QByteArray() : "ORCH_RUN_ID=" + runs.first().toUtf8();

    bool agent = false;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        bool ours = pid == orchestratorPid;
        for (qint64 up = parentOf(pid); !ours && up > 1; up = parentOf(up))
            ours = up == orchestratorPid;
        const QByteArray environ = readAll(u"/proc/%1/environ"_s.arg(pid));
        if (!tag.isEmpty())
            ours = ours || environ.split('\0').contains(tag);
        if (!ours)
            continue;
        const QByteArray cmdline = readAll(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.isEmpty())
            continue;  // gone, or a kernel thread
        seen->processes.insert(pid);
        if (leaks(cmdline))
            seen->leaks << u"argv of pid %1: %2"_s.arg(pid).arg(QString::fromUtf8(cmdline).replace(u'\0', u' '));
        const QByteArray program = cmdline.left(cmdline.indexOf('\0'));
        if (docker && program.endsWith("docker") && cmdline.contains(QByteArray("\0run\0", 5))) {
            agent = true;
            seen->dockerClientEnvironments << environ;
        }
        if (!docker && cmdline.contains("claude") && pid != orchestratorPid)
            agent = true;
    }
    seen->agentsSeen += agent ? 1 : 0;

    QProcess ps;
    ps.start(u"ps"_s, {u"-eo"_s, u"pid,args"_s});
    if (ps.waitForFinished(10000)) {
        ++seen->psSamples;
        const QByteArray out = ps.readAllStandardOutput();
        if (leaks(out))
            seen->leaks << u"ps -eo pid,args"_s;
    }

    if (docker && !runs.isEmpty()) {
        QProcess list;
        list.start(u"docker"_s, {u"ps"_s, u"-q"_s, u"--filter"_s, u"label=orch.run="_s + runs.first()});
        list.waitForFinished(20000);
        for (const QByteArray &id : list.readAllStandardOutput().split('\n')) {
            if (id.trimmed().isEmpty() || seen->containers.contains(QString::fromLatin1(id.trimmed())))
                continue;
            QProcess inspect;
            inspect.start(u"docker"_s, {u"container"_s, u"inspect"_s, QString::fromLatin1(id.trimmed())});
            inspect.waitForFinished(20000);
            const QByteArray json = inspect.readAllStandardOutput();
            const QJsonArray array = QJsonDocument::fromJson(json).array();
            if (array.isEmpty())
                continue;  // already gone
            if (leaks(json))
                seen->leaks << u"docker inspect %1"_s.arg(QString::fromLatin1(id.trimmed()));
            seen->containers.insert(QString::fromLatin1(id.trimmed()), array.first().toObject());
        }
    }
}

QStringList TestSecretsE2e::scanFiles(const QString &root) const
{
    const QByteArray marker = m_marker.toUtf8();
    const QByteArray tail = m_tail.toUtf8();
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        if (bytes.contains(marker) || bytes.contains(tail))
            found << path;
    }
    return found;
}

void TestSecretsE2e::markerAppearsNowhere_data()
{
    QTest::addColumn<QString>("mode");
#ifdef ORCH_SECRETS_DOCKER
    QTest::addRow("docker") << u"docker"_s;
#else
    QTest::addRow("subprocess") << u"subprocess"_s;
    QTest::addRow("worktree") << u"worktree"_s;
#endif
}

void TestSecretsE2e::markerAppearsNowhere()
{
    QFETCH(QString, mode);
    const bool docker = mode == u"docker"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    const QProcessEnvironment env = environment(root);
    const qsizetype credentialsBefore = m_relay.credentials().size();

    QString workDir = root;
    if (mode == u"worktree"_s) {
        workDir = root + u"/repo"_s;
        QVERIFY(QDir().mkpath(workDir));
        QCOMPARE(test::git(workDir, {u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s}).exitCode, 0);
        QVERIFY(test::writeFile(workDir + u"/README"_s, "base\n"));
        QCOMPARE(test::git(workDir, {u"add"_s, u"README"_s}).exitCode, 0);
        QCOMPARE(test::git(workDir, {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.com"_s, u"commit"_s,
                                     u"--quiet"_s, u"-m"_s, u"base"_s})
                     .exitCode,
                 0);
    }
    QStringList arguments = {u"--mode"_s, mode, u"--workspace"_s, root + u"/ws"_s, u"--set"_s,
                             u"resources.max_cpu_percent=100"_s, u"--retries"_s, u"0"_s};
    if (docker)
        arguments << u"--set"_s << u"docker.image="_s + m_image << u"--set"_s << u"docker.network=host"_s;
    arguments << u"--subtask"_s << u"write a.txt"_s << u"--subtask"_s << u"write b.txt"_s << u"two files"_s;

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier(test::diesWithParent);
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    QVERIFY(process.waitForStarted());
    Observed seen;
    QElapsedTimer since;
    since.start();
    qint64 last = -1000;
    const bool ended = QTest::qWaitFor(
        [&] {
            if (since.elapsed() - last >= 200) {
                sample(root, process.processId(), docker, &seen);
                last = since.elapsed();
            }
            return process.state() == QProcess::NotRunning;
        },
        300000);
    if (!ended) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(ended, "the run did not end in 5 minutes");
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.right(2000).constData());
    QVERIFY2(!out.contains(m_marker.toUtf8()) && !err.contains(m_marker.toUtf8()), "the console output holds the key");

    // The key worked: every request the CLI made carried it, and there were requests.
    const QList<QByteArray> credentials = m_relay.credentials().mid(credentialsBefore);
    QVERIFY2(credentials.size() >= 2, "the mock saw no request with a key");
    for (const QByteArray &credential : credentials)
        QVERIFY2(credential == m_marker.toUtf8() || credential == "Bearer " + m_marker.toUtf8(), credential.constData());

    // While the workers ran: looked at, and no argv or container held the key.
    QVERIFY2(seen.agentsSeen > 0, "no agent process of the run was ever seen running");
    QVERIFY(seen.psSamples > 0);
    qInfo("%s: %d process(es) of the run, %d sample(s) with an agent, %d ps sample(s), %d container(s), %d credential(s)",
          qPrintable(mode), int(seen.processes.size()), seen.agentsSeen, seen.psSamples, int(seen.containers.size()),
          int(credentials.size()));
    QVERIFY2(seen.leaks.isEmpty(), qPrintable(seen.leaks.join(u'\n')));

    if (docker) {
        QVERIFY2(!seen.containers.isEmpty(), "no container of the run was seen running");
        for (auto it = seen.containers.cbegin(); it != seen.containers.cend(); ++it) {
            const QJsonObject config = it.value().value(u"Config"_s).toObject();
            const QJsonObject host = it.value().value(u"HostConfig"_s).toObject();
            const QString user = config.value(u"User"_s).toString();
            QVERIFY2(!user.isEmpty() && user != u"0"_s && !user.startsWith(u"0:"_s) && user != u"root"_s
                         && !user.startsWith(u"root:"_s),
                     qPrintable(u"container %1 runs as '%2'"_s.arg(it.key(), user)));
            QVERIFY2(host.value(u"SecurityOpt"_s).toArray().contains(u"no-new-privileges"_s),
                     QJsonDocument(host.value(u"SecurityOpt"_s).toArray()).toJson().constData());
            QVERIFY2(host.value(u"CapDrop"_s).toArray().contains(u"ALL"_s),
                     QJsonDocument(host.value(u"CapDrop"_s).toArray()).toJson().constData());
            QVERIFY(host.value(u"CapAdd"_s).toArray().isEmpty());
            QVERIFY(!host.value(u"Privileged"_s).toBool());
            for (const QJsonValue &variable : config.value(u"Env"_s).toArray())
                QVERIFY2(!variable.toString().startsWith(u"ANTHROPIC_API_KEY"_s), qPrintable(variable.toString()));
        }
        // The docker client does not need the key either: it is handed over on stdin.
        for (const QByteArray &environ : std::as_const(seen.dockerClientEnvironments))
            QVERIFY(!environ.contains(m_marker.toUtf8()));
    }

    // Afterwards no file holds it: the run's folder (plan, journal, result, transcripts), the JSONL
    // log, output copies, the worker folders, the test's HOME and configuration folder.
    const QStringList found = scanFiles(root);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // What the run wrote is private to the user: its folders 0700, the files in them 0600.
    const QStringList runs = QDir(root + u"/ws/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(runs.size(), 1);
    const QString runDir = root + u"/ws/runs/"_s + runs.first();
    for (const QString &folder : QStringList{runDir, root + u"/ws/logs"_s, root + u"/ws/output/"_s + runs.first()})
        QVERIFY2(isPrivate(QFileInfo(folder)), qPrintable(folder));
    int checked = 0;
    for (const QString &folder : QStringList{runDir, root + u"/ws/logs"_s}) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            ++checked;
            QVERIFY2(isPrivate(files.fileInfo()),
                     qPrintable(u"%1 is %2"_s.arg(files.filePath()).arg(int(files.fileInfo().permissions()), 0, 16)));
        }
    }
    QVERIFY(checked >= 6);  // plan, journal, result, two transcripts, the log
}

#ifndef ORCH_SECRETS_DOCKER
void TestSecretsE2e::profileAndPrintConfigHoldNoKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    const QProcessEnvironment env = environment(root);
    const auto run = [&](const QStringList &arguments, QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(root);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({u"--workspace"_s, root + u"/ws"_s, u"--save-profile"_s, u"secrets-e2e"_s}, &output), 0);
    QVERIFY(!output.contains(m_marker.toUtf8()));
    QDirIterator profiles(root + u"/config"_s, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(profiles.hasNext(), "--save-profile wrote no profile under XDG_CONFIG_HOME");
    QCOMPARE(run({u"--profile"_s, u"secrets-e2e"_s, u"--print-config"_s}, &output), 0);
    QVERIFY2(output.contains("workspace"), output.left(500).constData());
    QVERIFY2(!output.contains(m_marker.toUtf8()) && !output.contains(m_tail.toUtf8()), output.constData());
    const QStringList found = scanFiles(root);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}
#endif

QTEST_GUILESS_MAIN(TestSecretsE2e)
#include "tst_secrets_e2e.moc"
