// The doctor (`orchestrator --verify`) with each prerequisite missing: the right check fails with a
// fix, the checks that depend on it are skipped, readiness per mode follows, and the command line
// exits 3 unless the configured mode is ready. The Doctor class is driven directly for most cases;
// the executable runs for those that need another PATH or DOCKER_HOST, for the text table and
// --json, and for the exit code. The agent is fake_claude (FAKE_CLAUDE_SCENARIO picks how the
// authentication call ends).
#include "config/ConfigLoader.h"
#include "doctor/Doctor.h"
#include "isolation/DockerEngine.h"
#include "isolation/GitRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

using Mode = Config::Mode;
using Status = Doctor::Status;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The test's own git calls, bounded.
int git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(u"git"_s, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A repository with one commit, or empty.
QString makeRepository(const QString &path)
{
    const QStringList identity = {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s};
    if (!QDir().mkpath(path) || git(path, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}) != 0
        || !writeFile(path + u"/README.md"_s, "hello\n") || git(path, {u"add"_s, u"README.md"_s}) != 0
        || git(path, identity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s}) != 0)
        return {};
    return QDir(path).canonicalPath();
}

QString describe(const Doctor::Report &report)
{
    QString text;
    for (const Doctor::Check &check : report.checks)
        text += check.id + u": "_s + Doctor::statusName(check.status) + u": "_s + check.detail + u" | "_s + check.fix
              + u'\n';
    return text;
}

Status statusOf(const Doctor::Report &report, const QString &id)
{
    const Doctor::Check *check = report.find(id);
    return check ? check->status : Status::Skipped;
}

QJsonObject checkIn(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &value : root.value(u"checks"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestDoctor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // Readiness from statuses, without running anything.
    void readiness_data();
    void readiness();

    void everythingPresent();
    void agentMissing_data();
    void agentMissing();
    void authentication_data();
    void authentication();
    void authenticationCallIsBounded();
    void commandAgentSkipsAuthentication();
    void notARepository();
    void unknownBase();
    void dockerWorktreeNeedsGit();
    void imageMissing();
    void workspaceNotWritable_data();
    void workspaceNotWritable();
    void badConfig();

    // The executable.
    void cliReadyExits0WithAlignedTable();
    void cliWorktreeReadyInsideARepository();
    void cliNoGitOnPath();
    void cliDockerClientMissing();
    void cliDaemonDown();
    void cliAuthenticationFailure_data();
    void cliAuthenticationFailure();
    void cliBadConfig();

private:
    Config config() const;
    Doctor::Options options(const QString &scenario = {}) const;
    QProcessEnvironment cliEnvironment() const;
    // Runs `orchestrator --verify ARGUMENTS` in dir (default: the test folder); exit code, stdout.
    QPair<int, QString> verify(const QStringList &arguments, const QProcessEnvironment &environment,
                               const QString &dir = {}) const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDoctor::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!GitRepository::gitProgram().isEmpty(), "these tests need git");
    // The developer's git configuration stays out of the repositories made here.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "FAKE_CLAUDE_SCENARIO"})
        qunsetenv(name);
}

void TestDoctor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Config TestDoctor::config() const
{
    Config c;
    c.paths.workspace = m_dir->filePath(u"workspace"_s);
    c.paths.logs = c.paths.workspace + u"/logs"_s;
    c.paths.output = c.paths.workspace + u"/output"_s;
    c.agent.binary = QStringLiteral(FAKE_CLAUDE);
    c.worktree.repository = m_dir->path();  // not a repository unless a test makes it one
    c.docker.image = u"orchestrator-doctor-no-such-image:none"_s;
    return c;
}

Doctor::Options TestDoctor::options(const QString &scenario) const
{
    Doctor::Options o;
    o.environment = QProcessEnvironment::systemEnvironment();
    o.environment.insert(u"HOME"_s, m_home.path());
    if (!scenario.isEmpty())
        o.environment.insert(u"FAKE_CLAUDE_SCENARIO"_s, scenario);
    o.authTimeoutMs = 30000;
    return o;
}

void TestDoctor::readiness_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("subprocessReady");
    QTest::addColumn<bool>("worktreeReady");

    // A failing worktree-only check blocks worktree mode and nothing else; other statuses block nothing.
    QTest::addRow("ok") << Status::Ok << true << true;
    QTest::addRow("warning") << Status::Warning << true << true;
    QTest::addRow("skipped") << Status::Skipped << true << true;
    QTest::addRow("failed") << Status::Failed << true << false;
}

void TestDoctor::readiness()
{
    QFETCH(Status, status);
    QFETCH(bool, subprocessReady);
    QFETCH(bool, worktreeReady);

    Doctor::Report report;
    Doctor::Check all;
    all.id = u"agent"_s;
    all.modes = Doctor::allModes();
    all.status = Status::Ok;
    Doctor::Check git;
    git.id = u"git"_s;
    git.modes = {Mode::Worktree};
    git.status = status;
    report.checks = {all, git};
    QCOMPARE(report.ready(Mode::Subprocess), subprocessReady);
    QCOMPARE(report.ready(Mode::Worktree), worktreeReady);
    QCOMPARE(report.ready(Mode::Docker), true);
    QVERIFY(report.find(u"git"_s));
    QCOMPARE(report.find(u"nothing"_s), nullptr);

    // A failure of a check every mode needs blocks every mode.
    report.checks[0].status = Status::Failed;
    for (const Mode mode : Doctor::allModes())
        QVERIFY(!report.ready(mode));
}

void TestDoctor::everythingPresent()
{
    Config c = config();
    c.worktree.repository = makeRepository(m_dir->filePath(u"repo"_s));
    QVERIFY(!c.worktree.repository.isEmpty());
    const Doctor::Report report = Doctor(c, {}, options()).run();

    for (const QString &id : {u"config"_s, u"workspace"_s, u"agent"_s, u"authentication"_s, u"git"_s,
                              u"repository"_s, u"base"_s})
        QVERIFY2(statusOf(report, id) == Status::Ok, qPrintable(id + u"\n"_s + describe(report)));
    QVERIFY(report.ready(Mode::Subprocess));
    QVERIFY(report.ready(Mode::Worktree));
    QCOMPARE(report.find(u"agent"_s)->detail, u"claude 2.1.197 at %1"_s.arg(QStringLiteral(FAKE_CLAUDE)));
    QCOMPARE(report.find(u"repository"_s)->detail, c.worktree.repository);
    QVERIFY(report.find(u"base"_s)->detail.startsWith(u"HEAD = "_s));
    QVERIFY(report.find(u"git"_s)->detail.startsWith(u"git version"_s));
    // Checking writes nothing: the workspace is still to be created by the first run.
    QVERIFY(!QFileInfo::exists(c.paths.workspace));
    QVERIFY(report.find(u"workspace"_s)->detail.contains(c.paths.workspace));
    for (const Doctor::Check &check : report.checks) {
        QVERIFY(!check.title.isEmpty());
        QVERIFY(!check.modes.isEmpty());
        if (check.passed() && check.status == Status::Ok)
            QVERIFY2(check.fix.isEmpty(), qPrintable(check.id));
        else
            QVERIFY2(!check.fix.isEmpty() || check.status == Status::Skipped, qPrintable(check.id));
    }
}

void TestDoctor::agentMissing_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("detailPart");

    QTest::addRow("configured path missing") << u"missing/claude"_s << u"does not exist"_s;
    QTest::addRow("nowhere to be found") << QString() << u"was not found"_s;
    QTest::addRow("does not run") << u"broken"_s << u"does not run"_s;
}

void TestDoctor::agentMissing()
{
    QFETCH(QString, binary);
    QFETCH(QString, detailPart);

    Config c = config();
    c.agent.binary = binary.isEmpty() ? QString() : m_dir->filePath(binary);
    if (binary == u"broken"_s) {
        QVERIFY(writeFile(c.agent.binary, "#!/bin/sh\nexit 1\n"));
        QVERIFY(QFile::setPermissions(c.agent.binary, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    Doctor::Options o = options();
    // Nothing to find in PATH, npm, nvm or HOME.
    const QString empty = m_dir->filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    o.environment.insert(u"PATH"_s, empty);
    o.environment.insert(u"HOME"_s, empty);
    o.environment.remove(u"NVM_PATH"_s);

    const Doctor::Report report = Doctor(c, {}, o).run();
    const Doctor::Check *agent = report.find(u"agent"_s);
    QVERIFY(agent);
    QCOMPARE(agent->status, Status::Failed);
    QVERIFY2(agent->detail.contains(detailPart), qPrintable(agent->detail));
    QVERIFY2(agent->fix.contains(u"npm install -g @anthropic-ai/claude-code"_s), qPrintable(agent->fix));
    QCOMPARE(statusOf(report, u"authentication"_s), Status::Skipped);
    for (const Mode mode : Doctor::allModes())
        QVERIFY(!report.ready(mode));
}

void TestDoctor::authentication_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<Status>("expected");
    QTest::addColumn<QString>("fixPart");

    QTest::addRow("answers") << u"success"_s << false << Status::Ok << QString();
    QTest::addRow("turn limit: the key works") << u"max_turns"_s << false << Status::Ok << QString();
    QTest::addRow("invalid API key") << u"auth_error"_s << false << Status::Failed << u"ANTHROPIC_API_KEY"_s;
    QTest::addRow("not logged in") << u"not_logged_in"_s << false << Status::Failed << u"/login"_s;
    QTest::addRow("usage limit") << u"rate_limit"_s << false << Status::Warning << u"usage limit"_s;
    QTest::addRow("offline skips the call") << u"auth_error"_s << true << Status::Skipped << QString();
}

void TestDoctor::authentication()
{
    QFETCH(QString, scenario);
    QFETCH(bool, offline);
    QFETCH(Status, expected);
    QFETCH(QString, fixPart);

    Doctor::Options o = options(scenario);
    o.offline = offline;
    const QString log = m_dir->filePath(u"fake.log"_s);
    o.environment.insert(u"FAKE_CLAUDE_LOG"_s, log);
    const Doctor::Report report = Doctor(config(), {}, o).run();
    const Doctor::Check *auth = report.find(u"authentication"_s);
    QVERIFY(auth);
    QVERIFY2(auth->status == expected, qPrintable(describe(report)));
    QVERIFY2(auth->fix.contains(fixPart), qPrintable(auth->fix));
    QCOMPARE(report.ready(Mode::Subprocess), expected != Status::Failed);

    // The call itself: one turn, JSON out, the model of the configuration, the prompt on stdin.
    QFile file(log);
    if (offline) {
        QVERIFY(!file.exists());
        return;
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readAll().trimmed();
    QCOMPARE(line.count('\n'), 0);  // exactly one call
    const QJsonObject call = QJsonDocument::fromJson(line.mid(line.indexOf('{'))).object();
    QStringList argv;
    for (const QJsonValue &value : call.value(u"argv"_s).toArray())
        argv << value.toString();
    QCOMPARE(argv.mid(1), (QStringList{u"-p"_s, u"--max-turns"_s, u"1"_s, u"--output-format"_s, u"json"_s,
                                       u"--model"_s, Config().ai.model}));
    // In a folder of its own, never the user's.
    QVERIFY(!call.value(u"cwd"_s).toString().startsWith(m_dir->path()));
}

void TestDoctor::authenticationCallIsBounded()
{
    Doctor::Options o = options(u"silent_hang"_s);
    o.authTimeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const Doctor::Report report = Doctor(config(), {}, o).run();
    const Doctor::Check *auth = report.find(u"authentication"_s);
    QVERIFY(auth);
    QCOMPARE(auth->status, Status::Failed);
    QVERIFY2(auth->detail.contains(u"no answer within 1.5 s"_s), qPrintable(auth->detail));
    QVERIFY2(auth->fix.contains(u"--offline"_s), qPrintable(auth->fix));
    // The timeout, the staged stop and every other check, with plenty of room for a busy machine.
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
}

void TestDoctor::commandAgentSkipsAuthentication()
{
    Config c = config();
    c.agent.kind = Config::AgentKind::Command;
    c.agent.command = u"sh -c {prompt}"_s;
    Doctor::Report report = Doctor(c, {}, options()).run();
    QCOMPARE(statusOf(report, u"agent"_s), Status::Ok);
    QVERIFY2(report.find(u"agent"_s)->detail.endsWith(u"/sh"_s), qPrintable(report.find(u"agent"_s)->detail));
    QCOMPARE(statusOf(report, u"authentication"_s), Status::Skipped);

    c.agent.command = u"no-such-agent-program {prompt}"_s;
    report = Doctor(c, {}, options()).run();
    QCOMPARE(statusOf(report, u"agent"_s), Status::Failed);
    QVERIFY(report.find(u"agent"_s)->detail.contains(u"no-such-agent-program"_s));
    QVERIFY(report.find(u"agent"_s)->fix.contains(u"agent.command"_s));
}

void TestDoctor::notARepository()
{
    Doctor::Options o = options();
    o.offline = true;
    const Doctor::Report report = Doctor(config(), {}, o).run();
    QCOMPARE(statusOf(report, u"git"_s), Status::Ok);
    const Doctor::Check *repository = report.find(u"repository"_s);
    QVERIFY(repository);
    QCOMPARE(repository->status, Status::Failed);
    QVERIFY2(repository->detail.contains(u"not in a git repository"_s), qPrintable(repository->detail));
    QVERIFY(repository->fix.contains(u"worktree.repository"_s));
    QCOMPARE(statusOf(report, u"base"_s), Status::Skipped);
    QVERIFY(!report.ready(Mode::Worktree));
    QVERIFY(report.ready(Mode::Subprocess));
}

void TestDoctor::unknownBase()
{
    Config c = config();
    c.worktree.repository = makeRepository(m_dir->filePath(u"repo"_s));
    QVERIFY(!c.worktree.repository.isEmpty());
    c.worktree.base = u"no-such-branch"_s;
    Doctor::Options o = options();
    o.offline = true;
    const Doctor::Report report = Doctor(c, {}, o).run();
    QCOMPARE(statusOf(report, u"repository"_s), Status::Ok);
    const Doctor::Check *base = report.find(u"base"_s);
    QVERIFY(base);
    QCOMPARE(base->status, Status::Failed);
    QVERIFY2(base->detail.contains(u"no-such-branch"_s), qPrintable(base->detail));
    QVERIFY(base->fix.contains(u"worktree.base"_s));
    QVERIFY(!report.ready(Mode::Worktree));
    QVERIFY(report.ready(Mode::Subprocess));
}

void TestDoctor::dockerWorktreeNeedsGit()
{
    Config c = config();
    Doctor::Options o = options();
    o.offline = true;
    QCOMPARE(Doctor(c, {}, o).run().find(u"repository"_s)->modes, QList<Mode>{Mode::Worktree});
    c.docker.worktree = true;
    const Doctor::Report report = Doctor(c, {}, o).run();
    QCOMPARE(report.find(u"repository"_s)->modes, (QList<Mode>{Mode::Worktree, Mode::Docker}));
    QVERIFY(!report.ready(Mode::Docker));  // the repository is missing, whatever the daemon says
}

void TestDoctor::imageMissing()
{
    QString why;
    if (!DockerEngine().ping(&why))
        QSKIP(qPrintable(u"needs a docker daemon that answers: "_s + why));
    Doctor::Options o = options();
    o.offline = true;
    const Doctor::Report report = Doctor(config(), {}, o).run();
    QCOMPARE(statusOf(report, u"docker_client"_s), Status::Ok);
    QCOMPARE(statusOf(report, u"docker_daemon"_s), Status::Ok);
    const Doctor::Check *image = report.find(u"docker_image"_s);
    QVERIFY(image);
    QCOMPARE(image->status, Status::Failed);
    QVERIFY(image->detail.contains(u"orchestrator-doctor-no-such-image:none"_s));
    QVERIFY2(image->fix.contains(u"docker build -t orchestrator-doctor-no-such-image:none"_s)
                 && image->fix.contains(u"packaging/docker/worker.Dockerfile"_s),
             qPrintable(image->fix));
    QVERIFY(!report.ready(Mode::Docker));
    QVERIFY(report.ready(Mode::Subprocess));
}

void TestDoctor::workspaceNotWritable_data()
{
    QTest::addColumn<QString>("key");
    // Root may write anywhere, so "not writable" is made of a file standing where a folder must be.
    QTest::addRow("workspace") << u"workspace"_s;
    QTest::addRow("logs") << u"logs"_s;
}

void TestDoctor::workspaceNotWritable()
{
    QFETCH(QString, key);
    const QString file = m_dir->filePath(u"a-file"_s);
    QVERIFY(writeFile(file, "not a folder\n"));
    Config c = config();
    if (key == u"workspace"_s)
        c.paths.workspace = file + u"/workspace"_s;
    else
        c.paths.logs = file + u"/logs"_s;
    Doctor::Options o = options();
    o.offline = true;
    const Doctor::Report report = Doctor(c, {}, o).run();
    const Doctor::Check *workspace = report.find(u"workspace"_s);
    QVERIFY(workspace);
    QCOMPARE(workspace->status, Status::Failed);
    QVERIFY2(workspace->detail.contains(file + u" is not a folder"_s), qPrintable(workspace->detail));
    QVERIFY(workspace->fix.contains(u"--workspace"_s));
    for (const Mode mode : Doctor::allModes())
        QVERIFY(!report.ready(mode));
    QVERIFY(QFileInfo(file).isFile());  // left as it was
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestDoctor::badConfig()
{
    const QString path = m_dir->filePath(u"config.yaml"_s);
    QVERIFY(writeFile(path, "orchestrator:\n  max_workers: 0\n"));
    ConfigLoader loader(m_dir->path());
    loader.applyYamlFile(path, u"config.yaml"_s);
    loader.finish();
    QVERIFY(loader.hasErrors());
    Doctor::Options o = options();
    o.offline = true;
    const Doctor::Report report = Doctor(loader, o).run();
    const Doctor::Check *check = report.find(u"config"_s);
    QVERIFY(check);
    QCOMPARE(check->status, Status::Failed);
    QVERIFY2(check->detail.contains(u"config.yaml:2:"_s) && check->detail.contains(u"orchestrator.max_workers"_s),
             qPrintable(check->detail));
    QVERIFY(check->fix.contains(u"--print-config"_s));
    for (const Mode mode : Doctor::allModes())
        QVERIFY(!report.ready(mode));

    // Warnings alone let a run go ahead.
    ConfigDiagnostic warning;
    warning.severity = ConfigDiagnostic::Severity::Warning;
    warning.key = u"ai.temperature"_s;
    warning.message = u"ignored"_s;
    const Doctor::Report warned = Doctor(config(), {warning}, o).run();
    QCOMPARE(statusOf(warned, u"config"_s), Status::Warning);
    QVERIFY(warned.ready(Mode::Subprocess));
}

QProcessEnvironment TestDoctor::cliEnvironment() const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    if (qEnvironmentVariableIsSet("DOCKER_HOST"))
        env.insert(u"DOCKER_HOST"_s, qEnvironmentVariable("DOCKER_HOST"));
    return env;
}

QPair<int, QString> TestDoctor::verify(const QStringList &arguments, const QProcessEnvironment &environment,
                                       const QString &dir) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dir.isEmpty() ? m_dir->path() : dir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), QStringList{u"--verify"_s} + arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, u"did not finish"_s};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            err.isEmpty() ? out : out + u"\n[stderr]\n"_s + err};
}

void TestDoctor::cliReadyExits0WithAlignedTable()
{
    const auto [code, out] = verify({}, cliEnvironment());
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"The configured mode, subprocess, is ready."_s), qPrintable(out));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"workspace"_s)));  // verifying runs nothing

    // Aligned: every cell of a column starts where its header does; "-" where a check does not apply.
    const QStringList lines = out.split(u'\n');
    const QString header = lines.value(0);
    QVERIFY2(header.startsWith(u"Check"_s), qPrintable(out));
    const QStringList columns = {u"subprocess"_s, u"worktree"_s, u"docker"_s, u"Detail"_s};
    int rows = 0;
    for (qsizetype i = 1; i < lines.size() && !lines.at(i).isEmpty(); ++i, ++rows) {
        for (const QString &column : columns) {
            const qsizetype at = header.indexOf(column);
            QVERIFY(at > 0);
            if (lines.at(i).size() <= at)
                continue;  // the Ready row has no detail
            QVERIFY2(lines.at(i).at(at - 1) == u' ' && lines.at(i).at(at) != u' ',
                     qPrintable(column + u" in: "_s + lines.at(i)));
        }
    }
    QCOMPARE(rows, 11);  // ten checks and the Ready row
    QVERIFY2(out.contains(QRegularExpression(u"\\nGit +- +ok +- +git version"_s)), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\nAuthentication +ok +ok +ok +the API answered"_s)), qPrintable(out));
    // Problems of other modes are listed with their fix, without changing the exit code.
    QVERIFY2(out.contains(u"Repository (worktree): FAILED"_s) && out.contains(u"fix: run from inside a git"_s),
             qPrintable(out));
}

void TestDoctor::cliWorktreeReadyInsideARepository()
{
    const QString repo = makeRepository(m_dir->filePath(u"repo"_s));
    QVERIFY(!repo.isEmpty());
    const auto [code, out] = verify({u"--mode"_s, u"worktree"_s, u"--json"_s}, cliEnvironment(), repo);
    QVERIFY2(code == 0, qPrintable(out));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY2(!root.isEmpty(), qPrintable(out));
    QCOMPARE(root.value(u"configured_mode"_s).toString(), u"worktree"_s);
    QCOMPARE(root.value(u"ready"_s).toBool(), true);
    QCOMPARE(root.value(u"exit_code"_s).toInt(), 0);
    QCOMPARE(root.value(u"modes"_s).toObject().value(u"worktree"_s).toBool(), true);
    QCOMPARE(checkIn(root, u"repository"_s).value(u"detail"_s).toString(), repo);
    QCOMPARE(checkIn(root, u"repository"_s).value(u"modes"_s).toArray(), QJsonArray{u"worktree"_s});
    QCOMPARE(root.value(u"checks"_s).toArray().size(), 10);
}

void TestDoctor::cliNoGitOnPath()
{
    // A PATH with neither git nor docker in it; the fake agent is named by its full path.
    QProcessEnvironment env = cliEnvironment();
    const QString empty = m_dir->filePath(u"empty-bin"_s);
    QVERIFY(QDir().mkpath(empty));
    env.insert(u"PATH"_s, empty);
    const auto [code, out] = verify({u"--mode"_s, u"worktree"_s, u"--json"_s}, env);
    QVERIFY2(code == 3, qPrintable(out));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(u"ready"_s).toBool(), false);
    QCOMPARE(root.value(u"exit_code"_s).toInt(), 3);
    QCOMPARE(checkIn(root, u"git"_s).value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(checkIn(root, u"git"_s).value(u"fix"_s).toString().contains(u"install git"_s));
    QCOMPARE(checkIn(root, u"repository"_s).value(u"status"_s).toString(), u"skipped"_s);
    // Subprocess mode needs no git.
    QCOMPARE(root.value(u"modes"_s).toObject().value(u"subprocess"_s).toBool(), true);
}

void TestDoctor::cliDockerClientMissing()
{
    QProcessEnvironment env = cliEnvironment();
    const QString empty = m_dir->filePath(u"empty-bin"_s);
    QVERIFY(QDir().mkpath(empty));
    env.insert(u"PATH"_s, empty);
    const auto [code, out] = verify({u"--mode"_s, u"docker"_s}, env);
    QVERIFY2(code == 3, qPrintable(out));
    QVERIFY2(out.contains(u"The configured mode, docker, is NOT ready."_s), qPrintable(out));
    QVERIFY2(out.contains(u"Docker client (docker): FAILED"_s) && out.contains(u"no docker on PATH"_s)
                 && out.contains(u"fix: install docker (Debian: apt-get install docker.io)"_s),
             qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\nDocker daemon +- +- +skipped +needs the docker client"_s)),
             qPrintable(out));
}

void TestDoctor::cliDaemonDown()
{
    if (DockerEngine::program().isEmpty())
        QSKIP("no docker client on PATH");
    QProcessEnvironment env = cliEnvironment();
    const QString socket = m_dir->filePath(u"no-daemon.sock"_s);
    env.insert(u"DOCKER_HOST"_s, u"unix://"_s + socket);
    const auto [code, out] = verify({u"--mode"_s, u"docker"_s, u"--json"_s}, env);
    QVERIFY2(code == 3, qPrintable(out));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonObject daemon = checkIn(root, u"docker_daemon"_s);
    QCOMPARE(daemon.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY2(daemon.value(u"detail"_s).toString().contains(u"does not answer"_s), qPrintable(out));
    QVERIFY2(daemon.value(u"fix"_s).toString().contains(u"DOCKER_HOST"_s)
                 && daemon.value(u"fix"_s).toString().contains(socket),
             qPrintable(out));
    QCOMPARE(checkIn(root, u"docker_client"_s).value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(checkIn(root, u"docker_image"_s).value(u"status"_s).toString(), u"skipped"_s);
    QCOMPARE(root.value(u"modes"_s).toObject().value(u"subprocess"_s).toBool(), true);
}

void TestDoctor::cliAuthenticationFailure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("detailPart");
    QTest::addRow("invalid API key") << u"auth_error"_s << u"authentication failed"_s;
    QTest::addRow("not logged in") << u"not_logged_in"_s << u"not logged in"_s;
}

void TestDoctor::cliAuthenticationFailure()
{
    QFETCH(QString, scenario);
    QFETCH(QString, detailPart);
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"FAKE_CLAUDE_SCENARIO"_s, scenario);

    const auto [code, out] = verify({}, env);
    QVERIFY2(code == 3, qPrintable(out));
    QVERIFY2(out.contains(u"Authentication (subprocess, worktree, docker): FAILED"_s), qPrintable(out));
    QVERIFY2(out.contains(detailPart), qPrintable(out));
    QVERIFY2(out.contains(u"fix: set ANTHROPIC_API_KEY, or run `claude` once and log in with /login"_s),
             qPrintable(out));

    // --offline does not make the call, so the same environment is ready.
    const auto [offlineCode, offlineOut] = verify({u"--offline"_s}, env);
    QVERIFY2(offlineCode == 0, qPrintable(offlineOut));
    QVERIFY2(offlineOut.contains(QRegularExpression(u"\\nAuthentication +skipped +skipped +skipped +skipped \\(--offline\\)"_s)),
             qPrintable(offlineOut));
}

void TestDoctor::cliBadConfig()
{
    QVERIFY(writeFile(m_dir->filePath(u"config.yaml"_s), "orchestrator:\n  timeout: soon\n"));
    const auto [code, out] = verify({u"--offline"_s}, cliEnvironment());
    QVERIFY2(code == 3, qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\nConfiguration +FAILED +FAILED +FAILED +\\S*config.yaml:2:"_s)),
             qPrintable(out));
    QVERIFY2(out.contains(u"orchestrator.timeout"_s) && out.contains(u"fix: correct the value(s)"_s), qPrintable(out));
    // The other checks still ran: one run of --verify shows every problem.
    QVERIFY2(out.contains(QRegularExpression(u"\\nAgent +ok +ok +ok +claude 2.1.197"_s)), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
