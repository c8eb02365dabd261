#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace orch {

// Looking up programs the way execvp would, but against an explicit environment instead of this
// process's own, so drivers (and their tests) decide which PATH counts.
class ExecutableSearch
{
public:
    // A regular file (after following links) that this process may execute.
    static bool isExecutableFile(const QString &path);
    // The absolute path of `name` in the PATH of `environment`, or empty. Empty PATH entries
    // mean the current folder, as in POSIX.
    static QString findInPath(const QString &name, const QProcessEnvironment &environment);
    // The folders of the environment's PATH, in order (for messages).
    static QStringList pathFolders(const QProcessEnvironment &environment);
};

} // namespace orch
