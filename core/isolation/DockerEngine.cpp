#include "DockerEngine.h"

#include "logging/Log.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>

namespace orch {

namespace {

// The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat): with the
// pid it names one process for good, even after the pid is reused.
QString processStartTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

DockerEngine::DockerEngine(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QString DockerEngine::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("docker"));
}

QString DockerEngine::ownerLabel()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QString::number(pid) + u':' + processStartTicks(pid);
}

bool DockerEngine::ownerAlive(const QString &owner)
{
    const qsizetype colon = owner.indexOf(u':');
    bool ok = false;
    const qint64 pid = owner.left(colon).toLongLong(&ok);
    if (!ok || pid <= 0 || colon < 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    // Another machine's pid (a shared daemon) cannot be checked; a pid alive here with a different
    // start time is somebody else.
    return processStartTicks(pid) == owner.mid(colon + 1);
}

DockerEngine::Result DockerEngine::run(const QStringList &arguments, int timeoutMs) const
{
    Result result;
    const QString docker = program();
    if (docker.isEmpty()) {
        result.error = tr("docker is not installed (no docker on PATH)");
        return result;
    }
    const int limit = timeoutMs > 0 ? timeoutMs : m_timeoutMs;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(docker, arguments);
    if (!process.waitForStarted(limit)) {
        result.error = tr("cannot run docker: %1").arg(process.errorString());
        return result;
    }
    if (!process.waitForFinished(limit)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = tr("docker %1 did not finish within %2 s").arg(arguments.value(0)).arg(limit / 1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    if (result.output.endsWith(u'\n'))
        result.output.chop(1);
    result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    result.ok = result.exitCode == 0;
    return result;
}

bool DockerEngine::ping(QString *errorMessage) const
{
    if (program().isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("docker mode needs the docker client: install docker (Debian: apt-get install docker.io)");
        return false;
    }
    const Result version = run({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    if (!version.ok || version.output.trimmed().isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("the docker daemon does not answer (%1); start it (systemctl start docker, or dockerd) "
                               "and check that this user may use it")
                                .arg(version.error.isEmpty() ? tr("no answer") : version.error.section(u'\n', 0, 0));
        return false;
    }
    return true;
}

bool DockerEngine::imageExists(const QString &image) const
{
    return run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"),
                image})
        .ok;
}

QStringList DockerEngine::listContainers(const QString &filter, const QString &format) const
{
    const Result listed = run({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--no-trunc"),
                               QStringLiteral("--filter"), filter, QStringLiteral("--format"), format});
    return listed.ok ? listed.output.split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

QStringList DockerEngine::containersOfRun(const QString &runId) const
{
    if (runId.isEmpty())
        return {};
    return listContainers(QStringLiteral("label=") + runLabel() + u'=' + runId, QStringLiteral("{{.Names}}"));
}

int DockerEngine::removeContainers(const QStringList &names) const
{
    if (names.isEmpty())
        return 0;
    // kill first: rm -f of a container whose init ignores signals can take the stop timeout.
    run(QStringList{QStringLiteral("kill")} + names);
    const Result removed = run(QStringList{QStringLiteral("rm"), QStringLiteral("--force")} + names);
    int gone = 0;
    for (const QString &name : names) {
        const Result inspected = run({QStringLiteral("container"), QStringLiteral("inspect"),
                                      QStringLiteral("--format"), QStringLiteral("{{.Id}}"), name});
        if (!inspected.ok)
            ++gone;
        else
            Log::warning(tr("Container %1 is still there after docker rm: %2").arg(name, removed.error),
                         {{"event", "container_remove_failed"}, {"container", name.toStdString()}});
    }
    return gone;
}

int DockerEngine::removeRunContainers(const QString &runId) const
{
    return removeContainers(containersOfRun(runId));
}

int DockerEngine::removeOrphanContainers() const
{
    // "name owner" per container this application started.
    const QStringList lines = listContainers(QStringLiteral("label=") + ownerLabelName(),
                                             QStringLiteral("{{.Names}} {{.Label \"") + ownerLabelName()
                                                 + QStringLiteral("\"}}"));
    QStringList orphans;
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0);
        const QString owner = line.section(u' ', 1);
        if (!name.isEmpty() && !ownerAlive(owner))
            orphans << name;
    }
    const int removed = removeContainers(orphans);
    if (removed > 0)
        Log::warning(tr("Removed %n container(s) left by orchestrators that are gone: %1", nullptr, removed)
                         .arg(orphans.join(QStringLiteral(", "))),
                     {{"event", "orphan_containers_removed"}, {"count", removed}});
    return removed;
}

} // namespace orch
