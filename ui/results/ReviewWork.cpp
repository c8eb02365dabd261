#include "ReviewWork.h"

#include "isolation/GitRepository.h"

namespace orch {

ReviewWork::Loaded ReviewWork::load(const LoadInput &input)
{
    Loaded loaded;
    const std::optional<QString> top = GitRepository::findTopLevel(input.startDirectory, &loaded.error);
    if (!top)
        return loaded;
    loaded.repository = *top;
    const GitRepository repository(*top);
    const WorktreeMerger merger(*top, input.config);

    // The same target mergeRun picks: the configured one, else the branch checked out.
    QString target = input.config.mergeTarget.trimmed();
    if (target.startsWith(u"refs/heads/"))
        target.remove(0, 11);
    if (target.isEmpty()) {
        if (const std::optional<QString> current = merger.currentBranch(&loaded.targetError))
            target = *current;
    }
    std::optional<QString> base;
    if (!target.isEmpty()) {
        base = repository.resolveCommit(QStringLiteral("refs/heads/") + target);
        if (base)
            loaded.target = target;
        else
            loaded.targetError = tr("the target branch %1 does not exist in %2").arg(target, *top);
    }
    if (!base)
        base = repository.resolveCommit(QStringLiteral("HEAD"));
    loaded.base = base.value_or(QString());

    // The same source mergeRun merges: cleanup remove-all deletes branches, their commits stay.
    QStringList mergeable;
    for (const SubtaskResult &subtask : input.result.subtaskResults) {
        if (subtask.branch.isEmpty())
            continue;
        const bool branchKept = repository.branchExists(subtask.branch);
        const QString source = branchKept || subtask.commit.isEmpty() ? subtask.branch : subtask.commit;
        loaded.sources.insert(subtask.id, source);
        if (subtask.status == SubtaskResult::Status::Success && repository.resolveCommit(source))
            mergeable << source;
    }
    if (const auto preview = merger.conflictPreview(mergeable, loaded.base, &loaded.previewError))
        loaded.preview = *preview;
    return loaded;
}

ReviewWork::DiffDone ReviewWork::diff(const QString &repository, const Config::Worktree &config,
                                      const QString &subtaskId, const QString &source, const QString &base)
{
    DiffDone done;
    done.subtaskId = subtaskId;
    done.diff = WorktreeMerger(repository, config).diff(source, base, &done.error);
    return done;
}

QString ReviewWork::mergeNote(const SubtaskResult &subtask, const QString &runId)
{
    // Not translated: it goes into the repository's history, like the engine's own notes.
    return QStringLiteral("Subtask %1: %2\nRun: %3").arg(subtask.id, subtask.task, runId);
}

MergeOutcome ReviewWork::merge(const QString &repository, const Config::Worktree &config, const QString &source,
                               const QString &target, const QString &note)
{
    return WorktreeMerger(repository, config).merge(source, target, note);
}

WorktreeMerger::RunMerge ReviewWork::mergeAll(const QString &repository, const Config::Worktree &config,
                                              const RunResult &result, const QString &target)
{
    return WorktreeMerger(repository, config).mergeRun(result, target);
}

} // namespace orch
