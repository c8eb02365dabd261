#pragma once

// Test helpers for real git in temporary repositories: the tests' own git calls (setting up
// repositories and looking at them afterwards), bounded like the production ones, and small file
// helpers.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace orch::test {

struct GitResult
{
    int exitCode = -1;  // -1: did not finish or crashed
    QString out;        // stdout, trimmed
    QString err;        // stderr, trimmed
};

inline GitResult git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    GitResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

// Keeps the developer's git configuration and identity out of the repositories a test makes: HOME
// points at home, no system configuration, no identity or repository from the environment.
inline void isolateGitEnvironment(const QString &home)
{
    qputenv("HOME", home.toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
                             "GIT_DIR", "GIT_WORK_TREE", "EMAIL"})
        qunsetenv(name);
}

// Writes content to path, creating its folder.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace orch::test
