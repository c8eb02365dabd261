#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// A small, blocking wrapper around the `git` command line for one repository. Every call is an
// argument list (never a shell string), bounded by a timeout, with messages in English (LC_ALL=C)
// so callers can recognise them, and never prompts for anything.
class GitRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    struct Result
    {
        bool ok = false;      // started, finished in time, exit code 0
        int exitCode = -1;
        QString output;       // stdout, trailing newline removed
        QString error;        // stderr, or why git did not run
    };

    // path: the repository's top-level folder (see findTopLevel()).
    explicit GitRepository(const QString &path, int timeoutMs = 60000);

    QString path() const { return m_path; }
    int timeoutMs() const { return m_timeoutMs; }

    // Runs `git <arguments>` in workDir (default: the repository).
    Result run(const QStringList &arguments, const QString &workDir = {}) const;
    // The commit a revision names, or nullopt.
    std::optional<QString> resolveCommit(const QString &revision) const;
    bool branchExists(const QString &branch) const;

    // The git executable on PATH, or empty.
    static QString gitProgram();
    // A path as git's worktree list prints it, for comparing: canonical when it exists, else clean
    // and absolute.
    static QString comparablePath(const QString &path);
    // The top-level folder of the non-bare repository with at least one commit that holds dir,
    // or nullopt with a clear message (no git, no repository, bare, no commit yet).
    static std::optional<QString> findTopLevel(const QString &dir, QString *errorMessage, int timeoutMs = 60000);

private:
    static Result runIn(const QString &workDir, const QStringList &arguments, int timeoutMs);

    QString m_path;
    int m_timeoutMs;
};

} // namespace orch
