#include "AtomicWrite.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace orch {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *problem)
{
    const QString temporary = path + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    QFile file(temporary);
    QString why;
    // Created for the user only; setPermissions also covers a stale temporary file left by a crash.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, privateFilePermissions)
        || !file.setPermissions(privateFilePermissions) || file.write(bytes) != bytes.size() || !file.flush())
        why = file.errorString();
    file.close();
    if (why.isEmpty()
        && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        why = QString::fromLocal8Bit(std::strerror(errno));
    if (why.isEmpty())
        return true;
    QFile::remove(temporary);
    if (problem)
        *problem = why;
    return false;
}

} // namespace orch
