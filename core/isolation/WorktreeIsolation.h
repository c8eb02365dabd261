#pragma once

#include "config/Config.h"
#include "isolation/GitRepository.h"
#include "isolation/Isolation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

namespace orch {

// Worktree mode: worker N works in <workspace>/worktree_worker_N, a git worktree of the user's
// repository on its own branch <prefix><run-id>/worker-N, started from the run's base commit. The
// main checkout is never touched. When the subtask settles, everything the agent changed is
// committed on that branch and the result records branch, commit and diff stat.
class WorktreeIsolation final : public Isolation
{
    Q_DECLARE_TR_FUNCTIONS(WorktreeIsolation)

public:
    // What one worker's branch holds compared with the run's base.
    struct Changes
    {
        QString branch;
        QString commit;
        int filesChanged = 0;
        int insertions = 0;
        int deletions = 0;
        QStringList files;
    };

    // A commit identity, as worktree.author gives it ("Name <email>").
    struct Identity
    {
        QString name;
        QString email;
    };

    WorktreeIsolation(const QString &workspace, const Config::Worktree &config, int gitTimeoutMs = 60000);

    QString name() const override { return QStringLiteral("worktree"); }
    bool check(QString *errorMessage) override;
    void beginRun(const QString &runId) override;
    std::optional<QString> prepare(int workerId, QString *errorMessage) override;
    void release(int workerId) override;
    void settle(int workerId, SubtaskResult &result) override;

    // Commits what the worker changed (message: title and run id) and reports the branch's changes;
    // nullopt with a message when the worker has no worktree or git fails.
    std::optional<Changes> commitWorker(int workerId, const QString &title, QString *errorMessage);
    // The unified diff of a worker's branch against the run's base.
    std::optional<QString> diff(int workerId, QString *errorMessage) const;

    // Valid after check().
    QString repositoryPath() const;
    QString baseCommit() const { return m_baseCommit; }
    QString runId() const { return m_runId; }
    QString folderFor(int workerId) const { return m_workers.value(workerId).folder; }
    QString branchFor(int workerId) const { return m_workers.value(workerId).branch; }

    // The file the orchestrator writes into every worker folder; never committed.
    static QString outputFileName() { return QStringLiteral("output.txt"); }
    static QString fallbackName() { return QStringLiteral("Parallel AI Orchestrator"); }
    static QString fallbackEmail() { return QStringLiteral("orchestrator@localhost"); }

    // "Name <email>" split in two; nullopt when it does not have that shape (or either part is empty).
    static std::optional<Identity> parseAuthor(const QString &author);
    // The `-c user.name=... -c user.email=...` options a commit made in workDir needs: the parsed
    // author when set, none when git has an identity there, else the fallback identity. Git's own
    // GIT_AUTHOR_* / GIT_COMMITTER_* environment variables still take precedence, as they do in git.
    static QStringList identityOptions(const GitRepository &repository, const QString &author,
                                       const QString &workDir = {});

private:
    struct WorkerTree
    {
        QString folder;
        QString branch;
    };
    struct ListedTree
    {
        QString path;
        QString branch;  // short name; empty when detached
        bool locked = false;
    };

    void ignoreWorkspaceInRepository() const;
    QList<ListedTree> listWorktrees() const;
    void prune(const QString &why);
    std::optional<QString> addWorktree(int workerId, QString *errorMessage);
    bool applyCleanup(int workerId);
    std::optional<Changes> changesOf(const WorkerTree &tree, QString *errorMessage) const;

    QString m_workspace;
    Config::Worktree m_config;
    int m_gitTimeoutMs;
    std::unique_ptr<GitRepository> m_repository;
    QString m_baseCommit;
    QString m_runId;
    QHash<int, WorkerTree> m_workers;
};

} // namespace orch
