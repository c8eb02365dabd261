#pragma once

#include "config/Config.h"
#include "isolation/GitRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace orch {

struct RunResult;

// What merging one branch into a target branch did.
struct MergeOutcome
{
    Q_GADGET

public:
    enum class Kind {
        FastForward,  // the target moved up to the branch
        MergeCommit,  // a merge commit with the target and the branch as parents
        UpToDate,     // the target already holds the branch: nothing changed
        Conflict,     // the branches change the same lines: nothing changed (files: the conflicting ones)
        Refused,      // the target's checkout is in the way: nothing changed (files: the ones in the way)
        Error,        // git failed or a name is unknown: nothing changed
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Error;
    QString branch;     // what was merged (a branch name, or a commit when the branch is gone)
    QString target;     // the branch merged into
    QString oldCommit;  // the target before
    QString newCommit;  // the target after (== oldCommit unless merged)
    QStringList files;
    QString message;    // one line for people: what happened, or why not and what to do

    bool ok() const { return kind == Kind::FastForward || kind == Kind::MergeCommit || kind == Kind::UpToDate; }
    static QString kindName(Kind kind);  // "fast-forward", "merge-commit", "up-to-date", "conflict", ...
    nlohmann::json toJson() const;
};

// Review and merge of worktree-mode worker branches in the user's repository: the diff of a
// branch, a preview of the files several branches change, and merges that never leave a half-done
// state. A merge is computed without touching any checkout (git merge-tree, commit-tree), and the
// target ref moves with a compare-and-swap (update-ref with the old value), so a conflict or an
// error leaves refs, index, working tree and the user's uncommitted changes exactly as they were.
// When the target is checked out somewhere, that checkout moves along only if none of the files
// the merge changes has local changes there. Blocking calls: run them off the GUI thread.
class WorktreeMerger final
{
    Q_DECLARE_TR_FUNCTIONS(WorktreeMerger)

public:
    struct FileStat
    {
        QString path;
        int insertions = 0;
        int deletions = 0;
        bool binary = false;
    };
    struct Diff
    {
        QString patch;  // unified diff, no colour
        QList<FileStat> files;
        int insertions = 0;
        int deletions = 0;
    };
    // A file that more than one branch changes: where merges may conflict.
    struct SharedFile
    {
        QString path;
        QStringList branches;
    };
    struct WorkerMerge
    {
        QString subtaskId;
        int workerId = 0;
        QString task;
        MergeOutcome outcome;
    };
    struct RunMerge
    {
        QString target;
        QList<SharedFile> preview;  // computed before the first merge
        QList<WorkerMerge> merges;  // plan order
        QString error;              // set when nothing could be tried (no target)

        bool ok() const;
        nlohmann::json toJson() const;
    };

    // repositoryPath: the top-level folder of the main checkout (GitRepository::findTopLevel).
    // config: author (merge commits' identity) and mergeTarget (mergeRun's default target).
    WorktreeMerger(const QString &repositoryPath, const Config::Worktree &config, int gitTimeoutMs = 60000);

    // What branch changed since it left base (the three-dot diff base...branch), so a target that
    // moved on since does not show up as the worker's deletions. Renames count as delete + add,
    // matching the file lists of the conflict preview.
    std::optional<Diff> diff(const QString &branch, const QString &base, QString *errorMessage) const;
    // Files that more than one of the branches changed since leaving base, sorted by path.
    std::optional<QList<SharedFile>> conflictPreview(const QStringList &branches, const QString &base,
                                                     QString *errorMessage) const;
    // Merges branch (or any commit) into the branch target (empty: the branch checked out in the
    // repository). note, when set, becomes the body of a merge commit.
    MergeOutcome merge(const QString &branch, const QString &target, const QString &note = {}) const;
    // Merges every successful worker of a finished worktree-mode run, in plan order, into target
    // (empty: config.mergeTarget, else the branch checked out). A worker whose branch was deleted
    // (cleanup remove-all) is merged from the commit the result recorded.
    RunMerge mergeRun(const RunResult &result, const QString &target = {}) const;

    // The branch checked out in the main checkout; nullopt with a message when HEAD is detached.
    std::optional<QString> currentBranch(QString *errorMessage) const;
    QString repositoryPath() const { return m_repository.path(); }

private:
    struct Checkout
    {
        QString path;
    };

    std::optional<QString> commitOf(const QString &branchOrRevision) const;
    std::optional<QStringList> changedFiles(const QString &base, const QString &commit, QString *errorMessage) const;
    // 0: ancestor, 1: not, -1: error.
    int isAncestor(const QString &ancestor, const QString &descendant) const;
    // The existing folder where target is checked out, if any; a message when the target cannot be
    // moved at all (being rebased, checked out twice).
    std::optional<Checkout> checkoutOf(const QString &target, QString *blocker) const;
    // Moves the checkout's index and files from oldCommit to newCommit, keeping local changes;
    // false (nothing touched) with the files in the way or a message.
    bool moveCheckout(const Checkout &checkout, const QString &oldCommit, const QString &newCommit,
                      MergeOutcome &outcome) const;

    GitRepository m_repository;
    Config::Worktree m_config;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::MergeOutcome)
