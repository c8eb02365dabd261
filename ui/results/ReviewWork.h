#pragma once

#include "config/Config.h"
#include "isolation/WorktreeMerger.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace orch {

// The blocking git work behind RunResultsView, run on the thread pool: thin calls into
// WorktreeMerger (the engine owns every git detail) with plain values in and out, so nothing on
// the pool ever touches a widget.
class ReviewWork
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWork)

public:
    struct LoadInput
    {
        QString startDirectory;  // where to look for the repository (worktree.repository, else the current folder)
        Config::Worktree config;
        RunResult result;
    };
    struct Loaded
    {
        QString error;        // no repository: nothing can be shown
        QString repository;   // top-level folder
        QString target;       // the branch merges go into; empty when targetError is set
        QString targetError;  // why nothing can be merged (detached HEAD, unknown branch)
        // The target's commit when the results were loaded (HEAD's without a target). Diffs are
        // taken against it rather than the moving branch, so a merged worker keeps showing its changes.
        QString base;
        QHash<QString, QString> sources;  // subtask id -> the branch, or its commit when the branch is gone
        QList<WorktreeMerger::SharedFile> preview;  // among the workers Merge All would merge
        QString previewError;
    };
    struct DiffDone
    {
        QString subtaskId;
        std::optional<WorktreeMerger::Diff> diff;
        QString error;
    };

    static Loaded load(const LoadInput &input);
    static DiffDone diff(const QString &repository, const Config::Worktree &config, const QString &subtaskId,
                         const QString &source, const QString &base);
    // The body of the merge commit, as WorktreeMerger::mergeRun writes it for each worker.
    static QString mergeNote(const SubtaskResult &subtask, const QString &runId);
    static MergeOutcome merge(const QString &repository, const Config::Worktree &config, const QString &source,
                              const QString &target, const QString &note);
    static WorktreeMerger::RunMerge mergeAll(const QString &repository, const Config::Worktree &config,
                                             const RunResult &result, const QString &target);
};

} // namespace orch
