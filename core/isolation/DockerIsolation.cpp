#include "DockerIsolation.h"

#include "isolation/WorktreeIsolation.h"
#include "logging/Log.h"
#include "logging/Redactor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace orch {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

// nobody:nogroup on Debian, Alpine and busybox images alike.
constexpr uid_t UnprivilegedId = 65534;

bool runningAsRoot()
{
    return ::getuid() == 0;
}

// Changes the owner of folder and everything in it, without following symbolic links; false with
// the first failure's reason.
bool chownTree(const QString &folder, uid_t uid, gid_t gid, QString *problem)
{
    const auto change = [&](const QString &path) {
        if (::lchown(QFile::encodeName(path).constData(), uid, gid) == 0)
            return true;
        *problem = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (!change(folder))
        return false;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!change(it.next()))
            return false;
    }
    return true;
}

} // namespace

DockerIsolation::DockerIsolation(const Config &config, std::unique_ptr<Isolation> inner)
    : m_config(config)
    , m_inner(std::move(inner))
    , m_owner(DockerEngine::ownerLabel())
{
}

bool DockerIsolation::check(QString *errorMessage)
{
    if (!m_engine.ping(errorMessage))
        return false;
    const QString image = m_config.docker.image;
    if (!m_engine.imageExists(image)) {
        if (errorMessage)
            *errorMessage = tr("the docker image %1 does not exist; build it with: docker build -t %1 -f "
                               "packaging/docker/worker.Dockerfile packaging/docker")
                                .arg(image);
        return false;
    }
    m_engine.removeOrphanContainers();
    return m_inner->check(errorMessage);
}

void DockerIsolation::beginRun(const QString &runId)
{
    m_runId = runId;
    m_folders.clear();
    m_inner->beginRun(runId);
}

QString DockerIsolation::containerUser()
{
    if (runningAsRoot())
        return QStringLiteral("%1:%1").arg(UnprivilegedId);
    return QStringLiteral("%1:%2").arg(::getuid()).arg(::getgid());
}

void DockerIsolation::handOver(int workerId, bool toContainer)
{
    const QString folder = m_folders.value(workerId);
    if (!runningAsRoot() || folder.isEmpty() || !QFileInfo(folder).isDir())
        return;
    QString problem;
    const bool ok = toContainer ? chownTree(folder, UnprivilegedId, UnprivilegedId, &problem)
                                : chownTree(folder, ::getuid(), ::getgid(), &problem);
    if (!ok)
        Log::warning((toContainer ? tr("Cannot hand the folder of worker %1 to the container's user: %2")
                                  : tr("Cannot take the folder of worker %1 back from the container's user: %2"))
                         .arg(workerId)
                         .arg(problem),
                     {{"event", "docker_folder_owner"}, {"worker_id", workerId}});
}

QString DockerIsolation::containerName(int workerId) const
{
    // Docker names allow [a-zA-Z0-9_.-]; run ids are made of those already.
    return QStringLiteral("orch-%1-w%2").arg(m_runId).arg(workerId);
}

bool DockerIsolation::isSecretVariable(const QString &name)
{
    for (const char *known : Redactor::environmentVariables) {
        if (name == QLatin1String(known))
            return true;
    }
    static const QStringList words = {QStringLiteral("KEY"), QStringLiteral("TOKEN"), QStringLiteral("SECRET"),
                                      QStringLiteral("PASSWORD"), QStringLiteral("CREDENTIAL")};
    const QString upper = name.toUpper();
    return std::any_of(words.cbegin(), words.cend(), [&upper](const QString &word) { return upper.contains(word); });
}

QString DockerIsolation::secretReaderScript(const QStringList &names)
{
    // `read` takes a pipe byte by byte (POSIX), so it never swallows the prompt that follows.
    QStringList steps;
    for (const QString &name : names)
        steps << QStringLiteral("IFS= read -r %1").arg(name);
    steps << QStringLiteral("export ") + names.join(u' ') << QStringLiteral("exec \"$@\"");
    return steps.join(QLatin1String(" && "));
}

bool DockerIsolation::isPassedVariable(const QString &name)
{
    static const QStringList prefixes = {QStringLiteral("ANTHROPIC_"), QStringLiteral("CLAUDE_"),
                                         QStringLiteral("ORCH_"), QStringLiteral("DISABLE_")};
    static const QStringList names = {QStringLiteral("IS_SANDBOX"), QStringLiteral("HTTP_PROXY"),
                                      QStringLiteral("HTTPS_PROXY"), QStringLiteral("NO_PROXY")};
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return names.contains(name);
}

std::optional<QString> DockerIsolation::prepare(int workerId, QString *errorMessage)
{
    const std::optional<QString> folder = m_inner->prepare(workerId, errorMessage);
    if (!folder)
        return std::nullopt;
    // A container of an earlier attempt (or of this run before a crash) would hold the name.
    removeContainer(workerId);
    m_folders.insert(workerId, *folder);
    handOver(workerId, true);
    return folder;
}

void DockerIsolation::wrap(ProcessSpec &spec, int workerId) const
{
    QStringList arguments = {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--interactive"),
                             QStringLiteral("--init")};
    arguments << QStringLiteral("--name") << containerName(workerId);
    arguments << QStringLiteral("--label") << DockerEngine::runLabel() + u'=' + m_runId;
    arguments << QStringLiteral("--label") << DockerEngine::workerLabel() + u'=' + QString::number(workerId);
    arguments << QStringLiteral("--label") << DockerEngine::ownerLabelName() + u'=' + m_owner;

    const Config::Resources &resources = m_config.resources;
    arguments << QStringLiteral("--memory") << QString::number(resources.maxMemoryPerWorker) + u'm';
    // The run's CPU budget (a share of all cores) is also the most one container may take.
    const double cpus = qMax(0.1, QThread::idealThreadCount() * resources.maxCpuPercent / 100.0);
    arguments << QStringLiteral("--cpus") << QString::number(cpus, 'f', 2);

    // The agent edits files and talks HTTP: it needs no capability and may never gain one.
    arguments << QStringLiteral("--security-opt") << QStringLiteral("no-new-privileges") << QStringLiteral("--cap-drop")
              << QStringLiteral("ALL");
    if (!m_config.docker.network.isEmpty())
        arguments << QStringLiteral("--network") << m_config.docker.network;
    // Never root inside: the user's own ids, or nobody's when the orchestrator runs as root.
    arguments << QStringLiteral("--user") << containerUser();

    const QString folder = m_folders.value(workerId, spec.workingDirectory);
    arguments << QStringLiteral("--mount")
              << QStringLiteral("type=bind,source=%1,target=%2").arg(folder, containerWorkDir());
    arguments << QStringLiteral("--workdir") << containerWorkDir();
    // A worktree's .git is a file naming the main repository's .git: mount that at the same path.
    if (const auto *worktree = dynamic_cast<const WorktreeIsolation *>(m_inner.get())) {
        const QString gitDir = QDir(worktree->repositoryPath()).filePath(QStringLiteral(".git"));
        if (QFileInfo(gitDir).isDir())
            arguments << QStringLiteral("--mount") << QStringLiteral("type=bind,source=%1,target=%1").arg(gitDir);
    }

    // Other variables go by name only: docker copies the value from its own environment, which is
    // the agent's, so no value is ever on a command line. Secrets are read from stdin (below).
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList passed;
    QStringList secrets;
    for (const QString &name : spec.environment.keys()) {
        if (!isPassedVariable(name) && !m_config.agent.passEnv.contains(name))
            continue;
        if (!isSecretVariable(name)) {
            passed << name;
        } else if (!shellName.match(name).hasMatch() || spec.environment.value(name).contains(u'\n')) {
            // Cannot be one line read into a shell variable: left out rather than put in the config.
            Log::warning(tr("The variable %1 is not passed to the container: its name or value cannot be "
                            "handed over safely").arg(name),
                         {{"event", "docker_secret_skipped"}, {"worker_id", workerId}});
        } else {
            secrets << name;
        }
    }
    passed << QString(ProcessTag::runIdVariable) << QString(ProcessTag::workerIdVariable);
    passed.removeDuplicates();
    passed.sort();
    for (const QString &name : std::as_const(passed))
        arguments << QStringLiteral("--env") << name;
    // A home the user can write whatever uid the image knows; the agent keeps its settings there.
    arguments << QStringLiteral("--env") << QStringLiteral("HOME=/tmp");

    arguments << m_config.docker.extraArgs;
    arguments << m_config.docker.image;
    if (!secrets.isEmpty()) {
        // The secrets' values go first on the container's stdin, one line each, and leave the
        // docker client's environment: they are in no argv and no container configuration.
        secrets.sort();
        arguments << QStringLiteral("/bin/sh") << QStringLiteral("-c") << secretReaderScript(secrets)
                  << QStringLiteral("orch-secrets");
        QByteArray lines;
        for (const QString &name : std::as_const(secrets)) {
            lines += spec.environment.value(name).toUtf8() + '\n';
            spec.environment.remove(name);
        }
        spec.stdinData = lines + spec.stdinData.value_or(QByteArray());
    }
    // The agent is the image's own: its host path means nothing inside the container. Arguments
    // naming the worker's folder ({workdir}, {prompt_file}) name the mount instead.
    arguments << QFileInfo(spec.program).fileName();
    for (const QString &argument : std::as_const(spec.arguments))
        arguments << (folder.isEmpty() ? argument : QString(argument).replace(folder, containerWorkDir()));

    spec.program = QStringLiteral("docker");
    spec.arguments = arguments;
}

void DockerIsolation::removeContainer(int workerId)
{
    const QString name = containerName(workerId);
    if (!m_engine.containersOfRun(m_runId).contains(name))
        return;  // --rm took it when the agent ended
    if (m_engine.removeContainers({name}) > 0)
        Log::info(tr("Removed the container %1").arg(name),
                  {{"event", "container_removed"}, {"worker_id", workerId}, {"run_id", text(m_runId)}});
}

void DockerIsolation::release(int workerId)
{
    removeContainer(workerId);
    handOver(workerId, false);
    m_inner->release(workerId);
}

void DockerIsolation::settle(int workerId, SubtaskResult &result)
{
    removeContainer(workerId);
    handOver(workerId, false);
    m_inner->settle(workerId, result);
}

} // namespace orch
