#include "WorkspaceLock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace orch {

WorkspaceLock::~WorkspaceLock()
{
    release();
}

bool WorkspaceLock::acquire(const QString &workspace, const QString &runId, QString *errorMessage)
{
    if (m_fd >= 0)
        return true;
    const QString path = QDir(workspace).filePath(QStringLiteral(".orchestrator.lock"));
    // Close-on-exec: an agent (or a helper that escaped it) must never hold the workspace.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errorMessage)
            *errorMessage = tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[128] = {};
        const ssize_t got = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        const QStringList fields = QString::fromUtf8(holder, got > 0 ? int(got) : 0).split(u' ', Qt::SkipEmptyParts);
        if (errorMessage)
            *errorMessage = tr("the workspace %1 is in use by run %2 of another orchestrator (process %3), whose "
                               "workers use the same folders; wait for it to end, or give this run another workspace")
                                .arg(workspace, fields.value(1, tr("(unknown)")), fields.value(0, tr("(unknown)")));
        return false;
    }
    const QByteArray owner = QByteArray::number(qint64(::getpid())) + ' ' + runId.toUtf8() + '\n';
    // Without the note the lock still holds; a refused run then names no holder.
    [[maybe_unused]] const bool noted =
        ::ftruncate(fd, 0) == 0 && ::pwrite(fd, owner.constData(), size_t(owner.size()), 0) == owner.size();
    m_fd = fd;
    return true;
}

void WorkspaceLock::release()
{
    if (m_fd < 0)
        return;
    [[maybe_unused]] const int emptied = ::ftruncate(m_fd, 0);  // the note named a run that is over
    ::close(m_fd);  // releases the flock; the empty file stays for the next run
    m_fd = -1;
}

} // namespace orch
