#pragma once

#include "config/Config.h"
#include "isolation/GitRepository.h"
#include "run/RunStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace orch {

// Removes what runs left behind: processes, containers and worktrees of runs that no live
// orchestrator owns (at start), or everything of one run on request (`--clean`).
//
// A run's worktrees are found by their branch, <worktree.branch_prefix><run-id>/worker-N, in
// `git worktree list`; what an agent left uncommitted in one is committed on its branch before the
// worktree goes, so removing a worktree never loses work (a resumed run checks the branch out again).
class RunJanitor final
{
    Q_DECLARE_TR_FUNCTIONS(RunJanitor)

public:
    struct Report
    {
        int processesKilled = 0;
        QStringList containersRemoved;
        QStringList worktreesRemoved;
        QStringList branchesDeleted;
        QStringList branchesKept;  // not merged anywhere: deleting them would lose work
        QStringList runsCleaned;   // runs looked at and cleaned (sweep: orphans found)
        QStringList runsSkipped;   // cleanAll(): runs still running, left alone
        QStringList errors;

        // Nothing was removed, kept or failed.
        bool isEmpty() const;
        void add(const Report &other);
    };

    explicit RunJanitor(const Config &config);
    ~RunJanitor();

    // Leftovers of interrupted runs, as far as the cleanup policy does not keep them: their tagged
    // processes, their containers (docker mode), their worktrees (remove-worktrees) and branches
    // (remove-all). Running and finished runs are not touched; a run swept once is not swept again
    // until its journal grows (it was resumed). resumingRunId: the run about to be resumed, whose
    // processes and containers go but whose worktrees stay for its workers to continue in.
    Report sweepOrphans(const QString &resumingRunId = {});
    // Everything run runId left: processes, containers, all its worktrees, and its branches that
    // are merged into the checked-out branch, worktree.merge_target or worktree.base (the others are
    // kept and listed). nullopt with a message when the run is unknown or still running.
    std::optional<Report> clean(const QString &runId, QString *errorMessage);
    // clean() for every run that is not running (those are listed in runsSkipped).
    std::optional<Report> cleanAll(QString *errorMessage);

private:
    struct Tree
    {
        QString path;
        QString branch;
        bool locked = false;
    };

    QString modeOf(const QString &runId) const;
    void killProcesses(const QString &runId, Report &report) const;
    void removeContainers(const QString &runId, const QString &mode, Report &report) const;
    // The configured repository, looked up once; nullptr when there is none (why: in *why).
    GitRepository *repository(QString *why);
    QList<Tree> worktreesOf(const QString &runId, GitRepository &git) const;
    QStringList branchesOf(const QString &runId, GitRepository &git) const;
    bool commitLeftovers(const Tree &tree, const QString &runId, GitRepository &git, Report &report) const;
    bool removeWorktree(const Tree &tree, const QString &runId, GitRepository &git, Report &report) const;
    bool deleteBranch(const QString &branch, const QString &runId, GitRepository &git, Report &report) const;
    bool isMerged(const QString &branch, GitRepository &git) const;
    void prune(GitRepository &git, Report &report) const;
    QString workerTitle(const QString &runId, const QString &branch) const;
    bool alreadySwept(const QString &runId) const;
    void markSwept(const QString &runId) const;

    Config m_config;
    RunStore m_store;
    bool m_repositorySearched = false;
    std::unique_ptr<GitRepository> m_repository;
    QString m_repositoryError;
};

} // namespace orch
