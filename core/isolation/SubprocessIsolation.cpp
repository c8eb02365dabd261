#include "SubprocessIsolation.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace orch {

SubprocessIsolation::SubprocessIsolation(const QString &workspace)
    : m_workspace(workspace)
{
}

QString SubprocessIsolation::folderFor(int workerId) const
{
    return QDir(m_workspace).filePath(QStringLiteral("worker_%1").arg(workerId));
}

bool SubprocessIsolation::check(QString *errorMessage)
{
    // Creating and removing a file is the only reliable test of a writable folder.
    if (!QDir().mkpath(m_workspace)) {
        if (errorMessage)
            *errorMessage = tr("cannot create the workspace %1").arg(m_workspace);
        return false;
    }
    QTemporaryFile probe(QDir(m_workspace).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        if (errorMessage)
            *errorMessage = tr("the workspace %1 is not writable: %2").arg(m_workspace, probe.errorString());
        return false;
    }
    return true;
}

std::optional<QString> SubprocessIsolation::prepare(int workerId, QString *errorMessage)
{
    const QString folder = folderFor(workerId);
    if (!QDir().mkpath(folder)) {
        if (errorMessage)
            *errorMessage = tr("cannot create the worker folder %1").arg(folder);
        return std::nullopt;
    }
    return QFileInfo(folder).absoluteFilePath();
}

} // namespace orch
