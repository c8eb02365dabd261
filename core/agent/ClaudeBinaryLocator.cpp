#include "ClaudeBinaryLocator.h"

#include "agent/ExecutableSearch.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

const QString BinaryName = u"claude"_s;
const QString InstallCommand = u"npm install -g @anthropic-ai/claude-code"_s;

// Runs program with arguments, stdin on the null device; stdout when it exits 0 in time.
std::optional<QByteArray> runQuick(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs, QString *problem)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        *problem = process.errorString();
        return std::nullopt;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        *problem = ClaudeBinaryLocator::tr("no answer within %1 s").arg(timeoutMs / 1000.0);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        *problem = process.exitStatus() != QProcess::NormalExit
            ? ClaudeBinaryLocator::tr("it crashed")
            : ClaudeBinaryLocator::tr("it exited with code %1").arg(process.exitCode());
        if (!errors.isEmpty())
            *problem += u": "_s + errors.section(u'\n', 0, 0);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

ClaudeBinaryLocator::ClaudeBinaryLocator(const Config::Agent &agent, const QProcessEnvironment &environment)
    : m_agent(agent)
    , m_environment(environment)
{ }

QString ClaudeBinaryLocator::home() const
{
    const QString fromEnvironment = m_environment.value(u"HOME"_s);
    return fromEnvironment.isEmpty() ? QDir::homePath() : fromEnvironment;
}

QString ClaudeBinaryLocator::npmGlobalBin() const
{
    const QString npm = ExecutableSearch::findInPath(u"npm"_s, m_environment);
    if (npm.isEmpty())
        return {};
    QString problem;
    const std::optional<QByteArray> output =
        runQuick(npm, {u"prefix"_s, u"-g"_s}, m_environment, NpmTimeoutMs, &problem);
    const QString prefix = output ? QString::fromUtf8(*output).trimmed().section(u'\n', 0, 0) : QString();
    if (prefix.isEmpty() || !QDir::isAbsolutePath(prefix))
        return {};
    return QDir(prefix).filePath(u"bin"_s);
}

std::optional<ClaudeBinaryLocator::Found> ClaudeBinaryLocator::locate(QString *errorMessage) const
{
    const QString configured = m_agent.binary.trimmed();
    if (!configured.isEmpty()) {
        if (!configured.contains(u'/')) {
            const QString inPath = ExecutableSearch::findInPath(configured, m_environment);
            if (!inPath.isEmpty())
                return Found {inPath, {}};
            *errorMessage = tr("agent.binary is \"%1\", which is not a program in PATH").arg(configured);
            return std::nullopt;
        }
        const QFileInfo info(configured);
        if (!info.exists()) {
            *errorMessage = tr("agent.binary %1 does not exist").arg(configured);
            return std::nullopt;
        }
        if (!ExecutableSearch::isExecutableFile(configured)) {
            *errorMessage = tr("agent.binary %1 is not an executable file").arg(configured);
            return std::nullopt;
        }
        return Found {info.absoluteFilePath(), {}};
    }

    QStringList looked;
    const QString inPath = ExecutableSearch::findInPath(BinaryName, m_environment);
    if (!inPath.isEmpty())
        return Found {inPath, {}};
    looked << tr("PATH (%1)").arg(m_environment.value(u"PATH"_s));

    QString nvm = m_agent.nvmPath.trimmed();
    if (nvm.isEmpty())
        nvm = m_environment.value(u"NVM_PATH"_s).trimmed();
    if (!nvm.isEmpty()) {
        // NVM_PATH names the folder holding node and the CLI; a version root has them in bin/.
        for (const QString &folder : {nvm, QDir(nvm).filePath(u"bin"_s)}) {
            const QString candidate = QDir(folder).absoluteFilePath(BinaryName);
            if (ExecutableSearch::isExecutableFile(candidate))
                return Found {QDir::cleanPath(candidate), QDir::cleanPath(QDir(folder).absolutePath())};
        }
        looked << tr("agent.nvm_path (%1)").arg(nvm);
    } else {
        looked << tr("agent.nvm_path / NVM_PATH (not set)");
    }

    const QString npmBin = npmGlobalBin();
    if (!npmBin.isEmpty()) {
        const QString candidate = QDir(npmBin).filePath(BinaryName);
        if (ExecutableSearch::isExecutableFile(candidate))
            return Found {candidate, {}};
        looked << tr("npm's global prefix (%1)").arg(npmBin);
    } else {
        looked << tr("npm's global prefix (npm not found or no answer)");
    }

    for (const QString &relative : {u".claude/local/claude"_s, u".npm-global/bin/claude"_s}) {
        const QString candidate = QDir(home()).filePath(relative);
        if (ExecutableSearch::isExecutableFile(candidate))
            return Found {candidate, {}};
        looked << candidate;
    }

    *errorMessage = tr("the Claude Code CLI (claude) was not found; looked in: %1. Install it with `%2`, "
                       "or set agent.binary to its path")
                        .arg(looked.join(u"; "_s), InstallCommand);
    return std::nullopt;
}

QString ClaudeBinaryLocator::readVersion(
    const QString &binary, const QProcessEnvironment &environment, QString *errorMessage, int timeoutMs)
{
    QProcessEnvironment quiet = environment;
    // Printing the version must not wait for, or talk to, anything.
    quiet.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    QString problem;
    const std::optional<QByteArray> output = runQuick(binary, {u"--version"_s}, quiet, timeoutMs, &problem);
    const QString version = output ? QString::fromUtf8(*output).simplified().section(u' ', 0, 0) : QString();
    if (version.isEmpty()) {
        *errorMessage = output ? tr("%1 --version printed nothing").arg(binary)
                               : tr("%1 --version failed: %2").arg(binary, problem);
        return {};
    }
    return version;
}

} // namespace orch
