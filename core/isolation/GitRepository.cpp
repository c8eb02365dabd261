#include "GitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace orch {

GitRepository::GitRepository(const QString &path, int timeoutMs)
    : m_path(path)
    , m_timeoutMs(timeoutMs)
{
}

QString GitRepository::gitProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

GitRepository::Result GitRepository::runIn(const QString &workDir, const QStringList &arguments, int timeoutMs)
{
    Result result;
    const QString program = gitProgram();
    if (program.isEmpty()) {
        result.error = tr("git is not installed (no git on PATH)");
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // English messages for recognisable errors; no credential or editor prompt may ever block us.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
    // An inherited GIT_DIR (git hooks, scripts) would point every call at another repository.
    for (const QString &name : {QStringLiteral("GIT_DIR"), QStringLiteral("GIT_WORK_TREE"),
                                QStringLiteral("GIT_INDEX_FILE"), QStringLiteral("GIT_COMMON_DIR")})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.error = tr("cannot run git: %1").arg(process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = tr("git %1 did not finish within %2 s")
                           .arg(arguments.value(0))
                           .arg(timeoutMs / 1000.0);
        return result;
    }
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    while (result.output.endsWith(u'\n'))
        result.output.chop(1);
    result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.ok = result.exitCode == 0;
    if (process.exitStatus() != QProcess::NormalExit && result.error.isEmpty())
        result.error = tr("git %1 crashed").arg(arguments.value(0));
    return result;
}

GitRepository::Result GitRepository::run(const QStringList &arguments, const QString &workDir) const
{
    return runIn(workDir.isEmpty() ? m_path : workDir, arguments, m_timeoutMs);
}

std::optional<QString> GitRepository::resolveCommit(const QString &revision) const
{
    const Result result = run({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                               revision + QStringLiteral("^{commit}")});
    if (!result.ok || result.output.isEmpty())
        return std::nullopt;
    return result.output;
}

bool GitRepository::branchExists(const QString &branch) const
{
    return run({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                QStringLiteral("refs/heads/") + branch})
        .ok;
}

std::optional<QString> GitRepository::findTopLevel(const QString &dir, QString *errorMessage, int timeoutMs)
{
    const auto failWith = [errorMessage](const QString &message) -> std::optional<QString> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (gitProgram().isEmpty())
        return failWith(tr("worktree mode needs git, and git is not installed (no git on PATH)"));
    if (!QFileInfo(dir).isDir())
        return failWith(tr("the repository folder %1 does not exist").arg(dir));

    const Result bare = runIn(dir, {QStringLiteral("rev-parse"), QStringLiteral("--is-bare-repository")}, timeoutMs);
    if (!bare.ok)
        return failWith(tr("%1 is not in a git repository (set worktree.repository): %2").arg(dir, bare.error));
    if (bare.output == u"true")
        return failWith(tr("%1 is a bare git repository; worktree mode needs one with a working tree").arg(dir));

    const Result top = runIn(dir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, timeoutMs);
    if (!top.ok || top.output.isEmpty())
        return failWith(tr("%1 is not inside the working tree of a git repository: %2").arg(dir, top.error));

    const Result head = runIn(top.output, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                           QStringLiteral("--quiet"), QStringLiteral("HEAD^{commit}")},
                              timeoutMs);
    if (!head.ok)
        return failWith(tr("the git repository %1 has no commit yet; commit something first").arg(top.output));
    return QDir::cleanPath(top.output);
}

QString GitRepository::comparablePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

} // namespace orch
