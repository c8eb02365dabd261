#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace orch {

bool makePrivatePath(const QString &path)
{
    if (path.isEmpty())
        return false;
    // The missing folders, deepest first, up to the first that exists.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(current).exists()) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        // Another process may create it at the same moment: that is fine as long as it exists.
        if (!QDir().mkdir(folder, privateFolderPermissions) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

} // namespace orch
