#include "WorktreeMerger.h"

#include "isolation/WorktreeIsolation.h"
#include "run/RunResult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace orch {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

QString shortCommit(const QString &commit)
{
    return commit.left(10);
}

// Output of a `-z` git command, split at the NULs, without the empty tail.
QStringList nulSeparated(const QString &output)
{
    QStringList parts = output.split(QChar(u'\0'));
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

QString MergeOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::FastForward: return QStringLiteral("fast-forward");
    case Kind::MergeCommit: return QStringLiteral("merge-commit");
    case Kind::UpToDate: return QStringLiteral("up-to-date");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::Error: break;
    }
    return QStringLiteral("error");
}

nlohmann::json MergeOutcome::toJson() const
{
    nlohmann::json files = nlohmann::json::array();
    for (const QString &file : this->files)
        files.push_back(text(file));
    return {{"branch", text(branch)},       {"target", text(target)},         {"outcome", text(kindName(kind))},
            {"old_commit", text(oldCommit)}, {"new_commit", text(newCommit)}, {"files", files},
            {"message", text(message)}};
}

bool WorktreeMerger::RunMerge::ok() const
{
    return error.isEmpty()
           && std::all_of(merges.cbegin(), merges.cend(), [](const WorkerMerge &merge) { return merge.outcome.ok(); });
}

nlohmann::json WorktreeMerger::RunMerge::toJson() const
{
    nlohmann::json shared = nlohmann::json::array();
    for (const SharedFile &file : preview) {
        nlohmann::json branches = nlohmann::json::array();
        for (const QString &branch : file.branches)
            branches.push_back(text(branch));
        shared.push_back({{"path", text(file.path)}, {"branches", branches}});
    }
    nlohmann::json merged = nlohmann::json::array();
    for (const WorkerMerge &merge : merges) {
        nlohmann::json entry = merge.outcome.toJson();
        entry["subtask_id"] = text(merge.subtaskId);
        entry["worker_id"] = merge.workerId;
        entry["task"] = text(merge.task);
        merged.push_back(entry);
    }
    nlohmann::json json = {{"target", text(target)}, {"ok", ok()}, {"preview", shared}, {"merges", merged}};
    if (!error.isEmpty())
        json["error"] = text(error);
    return json;
}

WorktreeMerger::WorktreeMerger(const QString &repositoryPath, const Config::Worktree &config, int gitTimeoutMs)
    : m_repository(repositoryPath, gitTimeoutMs)
    , m_config(config)
{
}

std::optional<QString> WorktreeMerger::commitOf(const QString &branchOrRevision) const
{
    // A leading dash would read as an option of rev-parse.
    if (branchOrRevision.isEmpty() || branchOrRevision.startsWith(u'-'))
        return std::nullopt;
    // A branch wins over a tag or file of the same name.
    if (!branchOrRevision.startsWith(u"refs/")) {
        if (auto commit = m_repository.resolveCommit(QStringLiteral("refs/heads/") + branchOrRevision))
            return commit;
    }
    return m_repository.resolveCommit(branchOrRevision);
}

std::optional<QString> WorktreeMerger::currentBranch(QString *errorMessage) const
{
    const GitRepository::Result head =
        m_repository.run({QStringLiteral("symbolic-ref"), QStringLiteral("--quiet"), QStringLiteral("--short"),
                          QStringLiteral("HEAD")});
    if (head.ok && !head.output.isEmpty())
        return head.output;
    if (errorMessage)
        *errorMessage = tr("HEAD of %1 is detached: name the branch to merge into (worktree.merge_target)")
                            .arg(m_repository.path());
    return std::nullopt;
}

int WorktreeMerger::isAncestor(const QString &ancestor, const QString &descendant) const
{
    const GitRepository::Result result =
        m_repository.run({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), ancestor, descendant});
    return result.exitCode == 0 ? 0 : result.exitCode == 1 ? 1 : -1;
}

std::optional<QStringList> WorktreeMerger::changedFiles(const QString &base, const QString &commit,
                                                        QString *errorMessage) const
{
    const GitRepository::Result result =
        m_repository.run({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"),
                          QStringLiteral("--no-renames"), base + QStringLiteral("...") + commit});
    if (!result.ok) {
        if (errorMessage)
            *errorMessage = tr("git diff failed: %1").arg(result.error);
        return std::nullopt;
    }
    return nulSeparated(result.output);
}

std::optional<WorktreeMerger::Diff> WorktreeMerger::diff(const QString &branch, const QString &base,
                                                         QString *errorMessage) const
{
    const auto failWith = [errorMessage](const QString &message) -> std::optional<Diff> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    const std::optional<QString> commit = commitOf(branch);
    if (!commit)
        return failWith(tr("%1 is neither a branch nor a commit of %2").arg(branch, m_repository.path()));
    const QString baseName = base.isEmpty() ? QStringLiteral("HEAD") : base;
    const std::optional<QString> baseCommit = commitOf(baseName);
    if (!baseCommit)
        return failWith(tr("%1 is neither a branch nor a commit of %2").arg(baseName, m_repository.path()));

    const QString range = *baseCommit + QStringLiteral("...") + *commit;
    const GitRepository::Result patch =
        m_repository.run({QStringLiteral("diff"), QStringLiteral("--no-color"), QStringLiteral("--no-ext-diff"),
                          QStringLiteral("--no-renames"), range});
    const GitRepository::Result stat = m_repository.run(
        {QStringLiteral("diff"), QStringLiteral("--numstat"), QStringLiteral("-z"), QStringLiteral("--no-renames"), range});
    if (!patch.ok || !stat.ok)
        return failWith(tr("git diff failed: %1").arg(patch.ok ? stat.error : patch.error));

    Diff diff;
    diff.patch = patch.output;
    // Each record is "insertions<TAB>deletions<TAB>path"; binary files have "-" for both counts.
    for (const QString &record : nulSeparated(stat.output)) {
        const QStringList parts = record.split(u'\t');
        if (parts.size() < 3)
            continue;
        FileStat file;
        file.path = parts.mid(2).join(u'\t');
        file.binary = parts.at(0) == u"-";
        file.insertions = parts.at(0).toInt();
        file.deletions = parts.at(1).toInt();
        diff.insertions += file.insertions;
        diff.deletions += file.deletions;
        diff.files << file;
    }
    return diff;
}

std::optional<QList<WorktreeMerger::SharedFile>> WorktreeMerger::conflictPreview(const QStringList &branches,
                                                                                 const QString &base,
                                                                                 QString *errorMessage) const
{
    const QString baseName = base.isEmpty() ? QStringLiteral("HEAD") : base;
    const std::optional<QString> baseCommit = commitOf(baseName);
    if (!baseCommit) {
        if (errorMessage)
            *errorMessage = tr("%1 is neither a branch nor a commit of %2").arg(baseName, m_repository.path());
        return std::nullopt;
    }
    QMap<QString, QStringList> touchedBy;  // sorted by path
    QSet<QString> seen;
    for (const QString &branch : branches) {
        if (seen.contains(branch))
            continue;
        seen.insert(branch);
        const std::optional<QString> commit = commitOf(branch);
        if (!commit) {
            if (errorMessage)
                *errorMessage = tr("%1 is neither a branch nor a commit of %2").arg(branch, m_repository.path());
            return std::nullopt;
        }
        const std::optional<QStringList> files = changedFiles(*baseCommit, *commit, errorMessage);
        if (!files)
            return std::nullopt;
        for (const QString &file : *files)
            touchedBy[file] << branch;
    }
    QList<SharedFile> shared;
    for (auto it = touchedBy.cbegin(); it != touchedBy.cend(); ++it) {
        if (it.value().size() > 1)
            shared.append({it.key(), it.value()});
    }
    return shared;
}

std::optional<WorktreeMerger::Checkout> WorktreeMerger::checkoutOf(const QString &target, QString *blocker) const
{
    const GitRepository::Result list =
        m_repository.run({QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")});
    if (!list.ok) {
        *blocker = tr("git worktree list failed: %1").arg(list.error);
        return std::nullopt;
    }
    const QString ref = QStringLiteral("refs/heads/") + target;
    const auto gitDirOf = [this](const QString &path) {
        const GitRepository::Result dir =
            m_repository.run({QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")}, path);
        return dir.ok ? dir.output : QString();
    };
    const auto fileHolds = [](const QString &path, const QString &value) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).trimmed() == value;
    };

    struct Entry
    {
        QString path;
        QString branch;
        bool detached = false;
        bool bare = false;
    };
    QList<Entry> entries;
    for (const QString &line : list.output.split(u'\n')) {
        if (line.startsWith(u"worktree "))
            entries.append({line.mid(9), {}, false, false});
        else if (!entries.isEmpty() && line.startsWith(u"branch "))
            entries.last().branch = line.mid(7);
        else if (!entries.isEmpty() && line == u"detached")
            entries.last().detached = true;
        else if (!entries.isEmpty() && line == u"bare")
            entries.last().bare = true;
    }

    QStringList holders;
    for (const Entry &entry : std::as_const(entries)) {
        // A worktree whose folder is gone has no files to keep in step (git worktree prune drops it).
        if (entry.bare || !QFileInfo(entry.path).isDir())
            continue;
        if (entry.branch == ref) {
            holders << entry.path;
        } else if (entry.detached) {
            // A rebase of the target detaches HEAD and moves the branch when it ends: moving it
            // now would lose either the merge or the rebase.
            const QString gitDir = gitDirOf(entry.path);
            if (!gitDir.isEmpty()
                && (fileHolds(gitDir + QStringLiteral("/rebase-merge/head-name"), ref)
                    || fileHolds(gitDir + QStringLiteral("/rebase-apply/head-name"), ref))) {
                *blocker = tr("%1 is being rebased in %2: finish or abort the rebase, then merge again")
                               .arg(target, entry.path);
                return std::nullopt;
            }
        }
    }
    if (holders.isEmpty())
        return std::nullopt;
    if (holders.size() > 1) {
        *blocker = tr("%1 is checked out in more than one worktree (%2): check it out in one only, then merge again")
                       .arg(target, holders.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // Whatever is half done in that checkout is the user's: a merge on top would mix into it.
    const QString gitDir = gitDirOf(holders.first());
    const QList<std::pair<QString, QString>> operations = {
        {QStringLiteral("MERGE_HEAD"), tr("a merge")},
        {QStringLiteral("CHERRY_PICK_HEAD"), tr("a cherry-pick")},
        {QStringLiteral("REVERT_HEAD"), tr("a revert")},
        {QStringLiteral("rebase-merge"), tr("a rebase")},
        {QStringLiteral("rebase-apply"), tr("a rebase or git am")},
    };
    for (const auto &[file, operation] : operations) {
        if (!gitDir.isEmpty() && QFileInfo::exists(gitDir + u'/' + file)) {
            *blocker = tr("%1 is in progress in %2: finish or abort it, then merge again").arg(operation, holders.first());
            return std::nullopt;
        }
    }
    return Checkout{holders.first()};
}

bool WorktreeMerger::moveCheckout(const Checkout &checkout, const QString &oldCommit, const QString &newCommit,
                                  MergeOutcome &outcome) const
{
    const auto refuse = [&outcome](const QString &message, const QStringList &files = {}) {
        outcome.kind = MergeOutcome::Kind::Refused;
        outcome.files = files;
        outcome.message = message;
        return false;
    };
    const GitRepository::Result changes = m_repository.run(
        {QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("-z"), QStringLiteral("--no-renames"),
         oldCommit, newCommit});
    // --no-optional-locks: a plain status would refresh and rewrite the index, and a refused
    // merge must leave even the index file's bytes alone.
    const GitRepository::Result status = m_repository.run(
        {QStringLiteral("--no-optional-locks"), QStringLiteral("status"), QStringLiteral("--porcelain=v1"),
         QStringLiteral("-z"), QStringLiteral("--untracked-files=no")},
        checkout.path);
    if (!changes.ok || !status.ok)
        return refuse(tr("cannot read the state of %1: %2").arg(checkout.path, changes.ok ? status.error : changes.error));

    QSet<QString> dirty;
    const QStringList records = nulSeparated(status.output);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString &record = records.at(i);
        if (record.size() < 4)
            continue;
        const QString code = record.left(2);
        if (code.contains(u'U') || code == u"AA" || code == u"DD")
            return refuse(tr("%1 has unresolved conflicts: resolve them, then merge again").arg(checkout.path));
        dirty.insert(record.mid(3));
        if (code.at(0) == u'R' || code.at(0) == u'C')
            dirty.insert(records.value(++i));  // the original path follows
    }

    // The files the merge changes must be unmodified there; a file it adds must not already exist
    // (an untracked or ignored file in the way would be overwritten).
    QStringList inTheWay;
    const QStringList changed = nulSeparated(changes.output);
    for (qsizetype i = 0; i + 1 < changed.size(); i += 2) {
        const QString &path = changed.at(i + 1);
        const QFileInfo onDisk(QDir(checkout.path).filePath(path));
        if (dirty.contains(path) || (changed.at(i) == u"A" && (onDisk.exists() || onDisk.isSymLink())))
            inTheWay << path;
    }
    if (!inTheWay.isEmpty()) {
        return refuse(tr("%1 is checked out in %2 with local changes to %n file(s) the merge changes (%3): "
                         "commit or stash them, then merge again; nothing was changed",
                         nullptr, int(inTheWay.size()))
                          .arg(outcome.target, checkout.path, inTheWay.join(QStringLiteral(", "))),
                      inTheWay);
    }

    // Stale stat data would make read-tree see changes that are not there. The refresh rewrites
    // only the index's cached file stats, as any `git status` does.
    m_repository.run({QStringLiteral("update-index"), QStringLiteral("-q"), QStringLiteral("--refresh")},
                     checkout.path);
    // A two-tree read-tree moves index and files from old to new and keeps every local change to
    // other files; it checks everything before writing anything and refuses to overwrite.
    const GitRepository::Result moved = m_repository.run(
        {QStringLiteral("read-tree"), QStringLiteral("-m"), QStringLiteral("-u"), oldCommit, newCommit}, checkout.path);
    if (!moved.ok)
        return refuse(tr("cannot update the checkout %1: %2; nothing was changed").arg(checkout.path, moved.error));
    return true;
}

MergeOutcome WorktreeMerger::merge(const QString &branch, const QString &target, const QString &note) const
{
    MergeOutcome outcome;
    outcome.branch = branch;
    const auto finish = [&outcome](MergeOutcome::Kind kind, const QString &message) {
        outcome.kind = kind;
        outcome.message = message;
        return outcome;
    };

    QString targetName = target.trimmed();
    if (targetName.startsWith(u"refs/heads/"))
        targetName.remove(0, 11);
    QString error;
    if (targetName.isEmpty()) {
        const std::optional<QString> current = currentBranch(&error);
        if (!current)
            return finish(MergeOutcome::Kind::Error, error);
        targetName = *current;
    }
    outcome.target = targetName;
    // Merging into a branch that does not exist yet would need a start point we would have to guess.
    const std::optional<QString> old =
        targetName.startsWith(u'-') ? std::nullopt : m_repository.resolveCommit(QStringLiteral("refs/heads/") + targetName);
    if (!old)
        return finish(MergeOutcome::Kind::Error,
                      tr("the target branch %1 does not exist in %2").arg(targetName, m_repository.path()));
    outcome.oldCommit = outcome.newCommit = *old;
    const std::optional<QString> source = commitOf(branch);
    if (!source)
        return finish(MergeOutcome::Kind::Error,
                      tr("%1 is neither a branch nor a commit of %2").arg(branch, m_repository.path()));

    const int contained = isAncestor(*source, *old);
    if (contained < 0)
        return finish(MergeOutcome::Kind::Error, tr("git merge-base failed for %1 and %2").arg(branch, targetName));
    if (contained == 0)
        return finish(MergeOutcome::Kind::UpToDate, tr("%1 already contains %2: nothing to merge").arg(targetName, branch));

    MergeOutcome::Kind kind = MergeOutcome::Kind::FastForward;
    QString next = *source;
    if (isAncestor(*old, *source) != 0) {
        // The merge is computed in the object database only: no checkout, index or MERGE_HEAD is
        // involved, so a conflict leaves nothing behind but unreachable objects for git gc.
        const GitRepository::Result tree = m_repository.run(
            {QStringLiteral("merge-tree"), QStringLiteral("--write-tree"), QStringLiteral("--name-only"),
             QStringLiteral("-z"), QStringLiteral("--no-messages"), *old, *source});
        const QStringList parts = nulSeparated(tree.output);
        if (tree.exitCode == 1 && !parts.isEmpty()) {
            outcome.files = parts.mid(1);
            outcome.files.removeDuplicates();
            return finish(MergeOutcome::Kind::Conflict,
                          tr("%1 conflicts with %2 in %n file(s) (%3); %2 was left as it was", nullptr,
                             int(outcome.files.size()))
                              .arg(branch, targetName, outcome.files.join(QStringLiteral(", "))));
        }
        if (!tree.ok || parts.isEmpty())
            return finish(MergeOutcome::Kind::Error, tr("git merge-tree failed: %1").arg(tree.error));

        if (!m_config.author.trimmed().isEmpty() && !WorktreeIsolation::parseAuthor(m_config.author))
            return finish(MergeOutcome::Kind::Error,
                          tr("worktree.author must look like 'Name <email>', not '%1'").arg(m_config.author));
        // git's own wording, untranslated like git's: tools and people grep history for it.
        QStringList arguments = WorktreeIsolation::identityOptions(m_repository, m_config.author);
        arguments << QStringLiteral("commit-tree") << QStringLiteral("--no-gpg-sign") << parts.first()
                  << QStringLiteral("-p") << *old << QStringLiteral("-p") << *source << QStringLiteral("-m")
                  << QStringLiteral("Merge branch '%1' into %2").arg(branch, targetName);
        if (!note.trimmed().isEmpty())
            arguments << QStringLiteral("-m") << note.trimmed();
        const GitRepository::Result commit = m_repository.run(arguments);
        if (!commit.ok || commit.output.isEmpty())
            return finish(MergeOutcome::Kind::Error, tr("git commit-tree failed: %1").arg(commit.error));
        next = commit.output.trimmed();
        kind = MergeOutcome::Kind::MergeCommit;
    }

    const GitRepository::Result files = m_repository.run(
        {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"), QStringLiteral("--no-renames"), *old, next});
    outcome.files = nulSeparated(files.output);

    QString blocker;
    const std::optional<Checkout> checkout = checkoutOf(targetName, &blocker);
    if (!blocker.isEmpty()) {
        outcome.files.clear();
        return finish(MergeOutcome::Kind::Refused, blocker);
    }
    if (checkout && !moveCheckout(*checkout, *old, next, outcome))
        return outcome;

    // Compare-and-swap: if anyone moved the target since we read it, nothing is overwritten.
    const QString reflog = kind == MergeOutcome::Kind::FastForward
                               ? QStringLiteral("orchestrator: merge %1: Fast-forward").arg(branch)
                               : QStringLiteral("orchestrator: merge %1: Merge made by merge-tree").arg(branch);
    const GitRepository::Result moved =
        m_repository.run({QStringLiteral("update-ref"), QStringLiteral("-m"), reflog,
                          QStringLiteral("refs/heads/") + targetName, next, *old});
    if (!moved.ok) {
        if (checkout) {
            m_repository.run({QStringLiteral("read-tree"), QStringLiteral("-m"), QStringLiteral("-u"), next, *old},
                             checkout->path);
        }
        outcome.files.clear();
        return finish(MergeOutcome::Kind::Error,
                      tr("%1 changed while merging, so it was left alone: %2").arg(targetName, moved.error));
    }
    outcome.newCommit = next;
    return finish(kind, kind == MergeOutcome::Kind::FastForward
                            ? tr("fast-forwarded %1 to %2").arg(targetName, shortCommit(next))
                            : tr("merged into %1 with the merge commit %2").arg(targetName, shortCommit(next)));
}

WorktreeMerger::RunMerge WorktreeMerger::mergeRun(const RunResult &result, const QString &target) const
{
    RunMerge run;
    run.target = target.trimmed().isEmpty() ? m_config.mergeTarget.trimmed() : target.trimmed();
    if (run.target.startsWith(u"refs/heads/"))
        run.target.remove(0, 11);
    if (run.target.isEmpty()) {
        const std::optional<QString> current = currentBranch(&run.error);
        if (!current)
            return run;
        run.target = *current;
    }

    QStringList sources;
    QList<const SubtaskResult *> workers;
    for (const SubtaskResult &subtask : result.subtaskResults) {
        if (subtask.status != SubtaskResult::Status::Success || subtask.branch.isEmpty())
            continue;
        // cleanup remove-all deletes the branch at the end of the run; its commit is still there.
        const bool branchKept = m_repository.branchExists(subtask.branch);
        sources << (branchKept || subtask.commit.isEmpty() ? subtask.branch : subtask.commit);
        workers << &subtask;
    }
    QStringList resolvable;
    for (const QString &source : std::as_const(sources)) {
        if (commitOf(source))
            resolvable << source;  // the others fail below, each with its own message
    }
    if (const auto preview = conflictPreview(resolvable, run.target, &run.error))
        run.preview = *preview;
    else
        return run;

    for (qsizetype i = 0; i < workers.size(); ++i) {
        const SubtaskResult &subtask = *workers.at(i);
        const QString note = QStringLiteral("Subtask %1: %2\nRun: %3").arg(subtask.id, subtask.task, result.runId);
        run.merges.append({subtask.id, subtask.workerId, subtask.task, merge(sources.at(i), run.target, note)});
    }
    return run;
}

} // namespace orch
