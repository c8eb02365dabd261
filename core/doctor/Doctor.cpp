#include "Doctor.h"

#include "agent/ClaudeBinaryLocator.h"
#include "agent/CommandDriver.h"
#include "agent/ExecutableSearch.h"
#include "config/ConfigLoader.h"
#include "doctor/AuthProbe.h"
#include "isolation/DockerEngine.h"
#include "isolation/GitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

Doctor::Check makeCheck(const QString &id, const QString &title, const QList<Config::Mode> &modes)
{
    Doctor::Check check;
    check.id = id;
    check.title = title;
    check.modes = modes;
    return check;
}

void fail(Doctor::Check &check, const QString &detail, const QString &fix)
{
    check.status = Doctor::Status::Failed;
    check.detail = detail;
    check.fix = fix;
}

void pass(Doctor::Check &check, const QString &detail)
{
    check.status = Doctor::Status::Ok;
    check.detail = detail;
}

// Skipped because an earlier check of the same chain failed: that one carries the fix.
void skip(Doctor::Check &check, const QString &why)
{
    check.status = Doctor::Status::Skipped;
    check.detail = why;
}

// Whether a file can be created in `path`, or in the folder that will hold it once created;
// nothing is left behind. Empty when it can, else the problem.
QString writableProblem(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return Doctor::tr("no part of %1 exists").arg(path);
        info = QFileInfo(parent);
    }
    if (!info.isDir())
        return Doctor::tr("%1 is not a folder").arg(info.absoluteFilePath());
    // Creating a file is the only reliable test (root, ACLs, read-only mounts).
    QTemporaryFile probe(QDir(info.absoluteFilePath()).filePath(u".orch-doctor-XXXXXX"_s));
    if (!probe.open())
        return Doctor::tr("cannot create a file in %1: %2").arg(info.absoluteFilePath(), probe.errorString());
    return {};
}

} // namespace

bool Doctor::Report::ready(Config::Mode mode) const
{
    return std::all_of(checks.cbegin(), checks.cend(),
                       [mode](const Check &check) { return !check.concerns(mode) || check.passed(); });
}

const Doctor::Check *Doctor::Report::find(const QString &id) const
{
    for (const Check &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

Doctor::Doctor(const Config &config, const QList<ConfigDiagnostic> &diagnostics, const Options &options)
    : m_config(config)
    , m_diagnostics(diagnostics)
    , m_options(options)
{
}

Doctor::Doctor(const ConfigLoader &loader, const Options &options)
    : Doctor(loader.config(), loader.diagnostics(), options)
{
    m_configFile = loader.configFile();
}

QString Doctor::modeName(Config::Mode mode)
{
    switch (mode) {
    case Config::Mode::Subprocess:
        return u"subprocess"_s;
    case Config::Mode::Worktree:
        return u"worktree"_s;
    case Config::Mode::Docker:
        return u"docker"_s;
    }
    return {};
}

QList<Config::Mode> Doctor::allModes()
{
    return {Config::Mode::Subprocess, Config::Mode::Worktree, Config::Mode::Docker};
}

QString Doctor::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Warning:
        return u"warning"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Skipped:
        return u"skipped"_s;
    }
    return {};
}

Doctor::Report Doctor::run() const
{
    Report report;
    report.checks << checkConfig() << checkWorkspace();
    report.checks << checkAgent();
    report.checks << checkGit();
    report.checks << checkDocker();
    return report;
}

Doctor::Check Doctor::checkConfig() const
{
    Check check = makeCheck(u"config"_s, tr("Configuration"), allModes());
    QStringList errors;
    QStringList warnings;
    for (const ConfigDiagnostic &diagnostic : m_diagnostics)
        (diagnostic.severity == ConfigDiagnostic::Severity::Error ? errors : warnings) << diagnostic.toString();
    if (!errors.isEmpty()) {
        fail(check, errors.join(u'\n'),
             tr("correct the value(s) named above; --print-config shows where each value comes from"));
        return check;
    }
    if (!warnings.isEmpty()) {
        check.status = Status::Warning;
        check.detail = warnings.join(u'\n');
        check.fix = tr("a run goes ahead anyway; correct the value(s) named above to silence this");
        return check;
    }
    pass(check, m_configFile.isEmpty() ? tr("defaults, environment and options (no configuration file)")
                                       : m_configFile);
    return check;
}

Doctor::Check Doctor::checkWorkspace() const
{
    Check check = makeCheck(u"workspace"_s, tr("Workspace"), allModes());
    const QString workspace = m_config.paths.workspace;
    // A run writes into all three; logs and output usually sit inside the workspace.
    for (const QString &path : {workspace, m_config.paths.logs, m_config.paths.output}) {
        if (const QString problem = writableProblem(path); !problem.isEmpty()) {
            fail(check, tr("%1 is not writable: %2").arg(path, problem),
                 tr("choose a folder you may write to with --workspace PATH (paths.workspace, or paths.logs "
                    "and paths.output when those are set apart)"));
            return check;
        }
    }
    pass(check, QFileInfo(workspace).isDir() ? tr("%1 (writable)").arg(workspace)
                                             : tr("%1 (writable; created by the first run)").arg(workspace));
    return check;
}

QList<Doctor::Check> Doctor::checkAgent() const
{
    Check agent = makeCheck(u"agent"_s, tr("Agent"), allModes());
    Check auth = makeCheck(u"authentication"_s, tr("Authentication"), allModes());

    if (m_config.agent.kind == Config::AgentKind::Command) {
        CommandDriver driver(m_config, m_options.environment);
        QString problem;
        if (driver.prepare(&problem)) {
            const QString program = driver.words().value(0);
            const QString found = program.contains(u'/') ? QFileInfo(program).absoluteFilePath()
                                                         : ExecutableSearch::findInPath(program, m_options.environment);
            pass(agent, tr("command %1").arg(found.isEmpty() ? program : found));
        } else {
            fail(agent, problem, tr("set agent.command to a template whose program is installed (--command TEMPLATE)"));
        }
        skip(auth, tr("not checked for agent.kind command"));
        return {agent, auth};
    }

    const ClaudeBinaryLocator locator(m_config.agent, m_options.environment);
    QString problem;
    const std::optional<ClaudeBinaryLocator::Found> found = locator.locate(&problem);
    if (!found) {
        fail(agent, problem,
             tr("install it with `npm install -g @anthropic-ai/claude-code`, or set agent.binary to its path"));
        skip(auth, tr("needs the agent"));
        return {agent, auth};
    }
    // An nvm install's `claude` is a node script: node comes from the same folder, as in a run.
    QProcessEnvironment environment = m_options.environment;
    if (!found->nodeFolder.isEmpty())
        environment.insert(u"PATH"_s, found->nodeFolder + QDir::listSeparator() + environment.value(u"PATH"_s));
    const QString version =
        ClaudeBinaryLocator::readVersion(found->path, environment, &problem, m_options.toolTimeoutMs);
    if (version.isEmpty()) {
        fail(agent, tr("found %1, but it does not run: %2").arg(found->path, problem),
             tr("reinstall it with `npm install -g @anthropic-ai/claude-code`, or point agent.binary at one that "
                "runs"));
        skip(auth, tr("needs the agent"));
        return {agent, auth};
    }
    pass(agent, tr("claude %1 at %2").arg(version, found->path));

    if (m_options.offline) {
        skip(auth, tr("skipped (--offline)"));
        return {agent, auth};
    }
    const Check probed = AuthProbe(found->path, environment, m_config.ai.model, m_options.authTimeoutMs).run();
    auth.status = probed.status;
    auth.detail = probed.detail;
    auth.fix = probed.fix;
    return {agent, auth};
}

QList<Doctor::Check> Doctor::checkGit() const
{
    // docker.worktree mounts git worktrees into the containers: docker mode needs git then, too.
    QList<Config::Mode> modes = {Config::Mode::Worktree};
    if (m_config.docker.worktree)
        modes << Config::Mode::Docker;
    Check git = makeCheck(u"git"_s, tr("Git"), modes);
    Check repository = makeCheck(u"repository"_s, tr("Repository"), modes);
    Check base = makeCheck(u"base"_s, tr("Worktree base"), modes);

    if (GitRepository::gitProgram().isEmpty()) {
        fail(git, tr("no git on PATH"), tr("install git (Debian: apt-get install git)"));
        skip(repository, tr("needs git"));
        skip(base, tr("needs git"));
        return {git, repository, base};
    }
    const GitRepository::Result version =
        GitRepository(QDir::currentPath(), m_options.toolTimeoutMs).run({u"--version"_s});
    if (!version.ok) {
        fail(git, tr("%1 does not run: %2").arg(GitRepository::gitProgram(), version.error),
             tr("reinstall git (Debian: apt-get install --reinstall git)"));
        skip(repository, tr("needs git"));
        skip(base, tr("needs git"));
        return {git, repository, base};
    }
    pass(git, tr("%1 at %2").arg(version.output.trimmed(), GitRepository::gitProgram()));

    const QString start = m_config.worktree.repository.isEmpty() ? QDir::currentPath() : m_config.worktree.repository;
    QString problem;
    const std::optional<QString> top = GitRepository::findTopLevel(start, &problem, m_options.toolTimeoutMs);
    if (!top) {
        fail(repository, problem,
             tr("run from inside a git repository that has a commit, or set worktree.repository to one"));
        skip(base, tr("needs the repository"));
        return {git, repository, base};
    }
    pass(repository, *top);

    const QString revision = m_config.worktree.base.isEmpty() ? u"HEAD"_s : m_config.worktree.base;
    const std::optional<QString> commit = GitRepository(*top, m_options.toolTimeoutMs).resolveCommit(revision);
    if (!commit) {
        fail(base, tr("worktree.base %1 is not a commit of %2").arg(revision, *top),
             tr("set worktree.base to a branch, tag or commit of the repository (git branch --all lists them)"));
        return {git, repository, base};
    }
    pass(base, tr("%1 = %2").arg(revision, commit->left(12)));
    return {git, repository, base};
}

QList<Doctor::Check> Doctor::checkDocker() const
{
    const QList<Config::Mode> modes = {Config::Mode::Docker};
    Check client = makeCheck(u"docker_client"_s, tr("Docker client"), modes);
    Check daemon = makeCheck(u"docker_daemon"_s, tr("Docker daemon"), modes);
    Check image = makeCheck(u"docker_image"_s, tr("Worker image"), modes);

    const QString program = DockerEngine::program();
    if (program.isEmpty()) {
        fail(client, tr("no docker on PATH"), tr("install docker (Debian: apt-get install docker.io)"));
        skip(daemon, tr("needs the docker client"));
        skip(image, tr("needs the docker client"));
        return {client, daemon, image};
    }
    pass(client, program);

    const DockerEngine engine(m_options.toolTimeoutMs);
    const DockerEngine::Result server =
        engine.run({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s});
    if (!server.ok || server.output.trimmed().isEmpty()) {
        const QString host = qEnvironmentVariable("DOCKER_HOST");
        const QString why = server.error.isEmpty() ? tr("no answer") : server.error.section(u'\n', 0, 0);
        fail(daemon, tr("the docker daemon does not answer: %1").arg(why),
             host.isEmpty() ? tr("start it (systemctl start docker, or dockerd) and check that this user may use it "
                                 "(docker info)")
                            : tr("start the daemon DOCKER_HOST names (%1), or unset DOCKER_HOST to use the local one")
                                  .arg(host));
        skip(image, tr("needs the docker daemon"));
        return {client, daemon, image};
    }
    pass(daemon, tr("docker engine %1").arg(server.output.trimmed()));

    const QString name = m_config.docker.image;
    if (!engine.imageExists(name)) {
        fail(image, tr("the image %1 does not exist").arg(name),
             tr("build it: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker").arg(name));
        return {client, daemon, image};
    }
    pass(image, name);
    return {client, daemon, image};
}

} // namespace orch
