#include "ExecutableSearch.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace orch {

bool ExecutableSearch::isExecutableFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QStringList ExecutableSearch::pathFolders(const QProcessEnvironment &environment)
{
    return environment.value(u"PATH"_s).split(QDir::listSeparator());
}

QString ExecutableSearch::findInPath(const QString &name, const QProcessEnvironment &environment)
{
    if (name.isEmpty() || name.contains(u'/'))
        return {};
    if (!environment.contains(u"PATH"_s))
        return {};
    const QStringList folders = pathFolders(environment);
    for (const QString &folder : folders) {
        const QString candidate = QDir(folder.isEmpty() ? QDir::currentPath() : folder).absoluteFilePath(name);
        if (isExecutableFile(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace orch
