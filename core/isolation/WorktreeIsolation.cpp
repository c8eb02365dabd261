#include "WorktreeIsolation.h"

#include "logging/Log.h"
#include "run/RunResult.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QRegularExpression>

namespace orch {

namespace {

// A commit message's length cap: 4000 characters are at most 16 KB of UTF-8.
constexpr qsizetype MaxCommitMessageChars = 4000;

std::string text(const QString &s)
{
    return s.toStdString();
}


bool isNonEmptyDir(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    return !info.isDir() || !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

WorktreeIsolation::WorktreeIsolation(const QString &workspace, const Config::Worktree &config, int gitTimeoutMs)
    : m_workspace(QDir(workspace).absolutePath())
    , m_config(config)
    , m_gitTimeoutMs(gitTimeoutMs)
{
}

QString WorktreeIsolation::repositoryPath() const
{
    return m_repository ? m_repository->path() : QString();
}

bool WorktreeIsolation::check(QString *errorMessage)
{
    // A malformed author would otherwise surface only when the first worker commits.
    if (!m_config.author.trimmed().isEmpty() && !parseAuthor(m_config.author)) {
        if (errorMessage)
            *errorMessage = tr("worktree.author must look like 'Name <email>', not '%1'").arg(m_config.author);
        return false;
    }
    const QString start = m_config.repository.isEmpty() ? QDir::currentPath() : m_config.repository;
    const std::optional<QString> top = GitRepository::findTopLevel(start, errorMessage, m_gitTimeoutMs);
    if (!top)
        return false;
    m_repository = std::make_unique<GitRepository>(*top, m_gitTimeoutMs);
    const QString base = m_config.base.isEmpty() ? QStringLiteral("HEAD") : m_config.base;
    const std::optional<QString> commit = m_repository->resolveCommit(base);
    if (!commit) {
        if (errorMessage)
            *errorMessage = tr("worktree.base %1 is not a commit of the repository %2").arg(base, *top);
        return false;
    }
    // Resolved once, so every worker starts from the same commit even if the checkout moves on.
    m_baseCommit = *commit;
    if (!QDir().mkpath(m_workspace)) {
        if (errorMessage)
            *errorMessage = tr("cannot create the workspace %1").arg(m_workspace);
        return false;
    }
    ignoreWorkspaceInRepository();
    return true;
}

void WorktreeIsolation::ignoreWorkspaceInRepository() const
{
    // The default workspace (./workspace) often sits inside the repository: its worktrees, logs and
    // runs would show as untracked there. A .gitignore of "*" inside the workspace hides it all
    // without touching any file of the user's.
    const QString top = GitRepository::comparablePath(m_repository->path()) + u'/';
    const QString workspace = GitRepository::comparablePath(m_workspace) + u'/';
    if (!workspace.startsWith(top) || workspace == top)
        return;
    const QString ignore = QDir(m_workspace).filePath(QStringLiteral(".gitignore"));
    if (QFileInfo::exists(ignore))
        return;
    QSaveFile file(ignore);
    if (!file.open(QIODevice::WriteOnly) || file.write("# Written by the orchestrator: the workspace is not part of the project.\n*\n") < 0
        || !file.commit())
        Log::warning(tr("Cannot write %1: the workspace will show as untracked in git status").arg(ignore),
                     {{"event", "workspace_ignore_failed"}});
}

void WorktreeIsolation::beginRun(const QString &runId)
{
    m_runId = runId;
    m_workers.clear();
    prune(tr("start of run %1").arg(runId));
}

void WorktreeIsolation::prune(const QString &why)
{
    if (!m_repository)
        return;
    const GitRepository::Result result =
        m_repository->run({QStringLiteral("worktree"), QStringLiteral("prune"), QStringLiteral("--verbose")});
    if (!result.ok)
        Log::warning(tr("git worktree prune failed: %1").arg(result.error), {{"event", "worktree_prune_failed"}});
    const QString pruned = QString(result.output + u'\n' + result.error).trimmed();
    if (result.ok && !pruned.isEmpty())
        Log::info(tr("Pruned stale git worktree entries (%1): %2").arg(why, pruned),
                  {{"event", "worktree_pruned"}, {"run_id", text(m_runId)}});
}

QList<WorktreeIsolation::ListedTree> WorktreeIsolation::listWorktrees() const
{
    QList<ListedTree> trees;
    const GitRepository::Result result =
        m_repository->run({QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")});
    if (!result.ok)
        return trees;
    for (const QString &line : result.output.split(u'\n')) {
        if (line.startsWith(u"worktree ")) {
            trees.append({GitRepository::comparablePath(line.mid(9)), {}, false});
        } else if (!trees.isEmpty() && line.startsWith(u"branch ")) {
            QString branch = line.mid(7);
            if (branch.startsWith(u"refs/heads/"))
                branch.remove(0, 11);
            trees.last().branch = branch;
        } else if (!trees.isEmpty() && (line == u"locked" || line.startsWith(u"locked "))) {
            trees.last().locked = true;
        }
    }
    return trees;
}

std::optional<QString> WorktreeIsolation::prepare(int workerId, QString *errorMessage)
{
    if (!m_repository && !check(errorMessage))
        return std::nullopt;
    if (m_runId.isEmpty())
        m_runId = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));

    // A retry of the same worker continues in its worktree.
    const auto known = m_workers.constFind(workerId);
    if (known != m_workers.cend() && QFileInfo(known->folder + QStringLiteral("/.git")).exists())
        return known->folder;
    return addWorktree(workerId, errorMessage);
}

std::optional<QString> WorktreeIsolation::addWorktree(int workerId, QString *errorMessage)
{
    const LogFields fields = {{"event", "worktree_recovered"}, {"worker_id", workerId}, {"run_id", text(m_runId)}};
    const bool known = m_workers.contains(workerId);
    QString folder = known ? m_workers.value(workerId).folder
                           : QDir(m_workspace).filePath(QStringLiteral("worktree_worker_%1").arg(workerId));
    QString branch = known ? m_workers.value(workerId).branch
                           : m_config.branchPrefix + m_runId + QStringLiteral("/worker-") + QString::number(workerId);

    // Leftovers of a crashed run: entries whose folder is gone (locked ones survive a prune).
    bool stale = false;
    for (const ListedTree &tree : listWorktrees()) {
        if (QFileInfo::exists(tree.path))
            continue;
        if (tree.path == GitRepository::comparablePath(folder) || tree.branch == branch) {
            if (tree.locked) {
                m_repository->run({QStringLiteral("worktree"), QStringLiteral("unlock"), tree.path});
                Log::info(tr("Unlocked the stale worktree entry of %1 (its folder is gone)").arg(tree.path), fields);
            }
            stale = true;
        }
    }
    if (stale)
        prune(tr("stale worktree of worker %1").arg(workerId));

    // A resumed run finds its own worktree, on its own branch: the worker continues there.
    for (const ListedTree &tree : listWorktrees()) {
        if (tree.path == GitRepository::comparablePath(folder) && tree.branch == branch && QFileInfo(folder).isDir()) {
            const QString absolute = GitRepository::comparablePath(folder);
            m_workers.insert(workerId, {absolute, branch});
            Log::info(tr("Worker %1 continues in its existing worktree %2").arg(workerId).arg(absolute), fields);
            return absolute;
        }
    }

    // A folder still in use (another run's worktree, files) is left alone: this worker takes a new name.
    if (isNonEmptyDir(folder)) {
        const QString wanted = folder;
        for (int n = 2; isNonEmptyDir(folder); ++n)
            folder = wanted + u'-' + QString::number(n);
        Log::warning(tr("Worker %1: %2 already exists (left by an earlier run?); using %3")
                         .arg(workerId)
                         .arg(wanted, folder),
                     fields);
    }

    // The run's own branch exists when a run resumes (or after the cleanup policy removed the
    // worktree): check it out again unless another worktree still holds it.
    QStringList arguments = {QStringLiteral("worktree"), QStringLiteral("add")};
    bool reuse = false;
    if (m_repository->branchExists(branch)) {
        bool checkedOut = false;
        for (const ListedTree &tree : listWorktrees())
            checkedOut = checkedOut || tree.branch == branch;
        if (!checkedOut) {
            reuse = true;
            Log::info(tr("Worker %1 continues on its existing branch %2").arg(workerId).arg(branch), fields);
        } else {
            const QString wanted = branch;
            for (int n = 2; m_repository->branchExists(branch); ++n)
                branch = wanted + u'-' + QString::number(n);
            Log::warning(tr("Worker %1: branch %2 is already checked out elsewhere; using %3")
                             .arg(workerId)
                             .arg(wanted, branch),
                         fields);
        }
    }
    if (reuse)
        arguments << folder << branch;
    else
        arguments << QStringLiteral("-b") << branch << folder << m_baseCommit;

    const GitRepository::Result result = m_repository->run(arguments);
    if (!result.ok) {
        if (errorMessage)
            *errorMessage = tr("cannot create the git worktree %1 on branch %2: %3").arg(folder, branch, result.error);
        return std::nullopt;
    }
    const QString absolute = GitRepository::comparablePath(folder);
    m_workers.insert(workerId, {absolute, branch});
    Log::info(tr("Worker %1 works in the git worktree %2 on branch %3").arg(workerId).arg(absolute, branch),
              {{"event", "worktree_added"}, {"worker_id", workerId}, {"branch", text(branch)},
               {"run_id", text(m_runId)}});
    return absolute;
}

std::optional<WorktreeIsolation::Identity> WorktreeIsolation::parseAuthor(const QString &author)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([^<>\\n]*[^<>\\s])\\s*<([^<>\\s]+)>\\s*$"));
    const QRegularExpressionMatch match = shape.match(author);
    if (!match.hasMatch())
        return std::nullopt;
    return Identity{match.captured(1), match.captured(2)};
}

QStringList WorktreeIsolation::identityOptions(const GitRepository &repository, const QString &author,
                                               const QString &workDir)
{
    const auto options = [](const QString &name, const QString &email) {
        return QStringList{QStringLiteral("-c"), QStringLiteral("user.name=") + name, QStringLiteral("-c"),
                           QStringLiteral("user.email=") + email};
    };
    if (const std::optional<Identity> identity = parseAuthor(author))
        return options(identity->name, identity->email);
    const auto configured = [&](const QString &key) {
        const GitRepository::Result value = repository.run({QStringLiteral("config"), QStringLiteral("--get"), key},
                                                           workDir);
        return value.ok && !value.output.trimmed().isEmpty();
    };
    if (configured(QStringLiteral("user.name")) && configured(QStringLiteral("user.email")))
        return {};
    // Machines without a git identity (CI, fresh containers) still get a commit.
    return options(fallbackName(), fallbackEmail());
}

std::optional<WorktreeIsolation::Changes> WorktreeIsolation::commitWorker(int workerId, const QString &title,
                                                                          QString *errorMessage)
{
    const auto failWith = [errorMessage](const QString &message) -> std::optional<Changes> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (!m_repository || !m_workers.contains(workerId))
        return failWith(tr("worker %1 has no git worktree").arg(workerId));
    const WorkerTree tree = m_workers.value(workerId);
    if (!QFileInfo(tree.folder).isDir())
        return failWith(tr("the worktree %1 of worker %2 is gone").arg(tree.folder).arg(workerId));

    // Neither the orchestrator's copy of the final text nor the prompt file a command agent reads
    // ({prompt_file}) is the agent's work: committed, every two workers' branches would conflict.
    const GitRepository::Result added =
        m_repository->run({QStringLiteral("add"), QStringLiteral("--all"), QStringLiteral("--"), QStringLiteral("."),
                           QStringLiteral(":(exclude)") + outputFileName(),
                           QStringLiteral(":(exclude).orchestrator-prompt.txt")},
                          tree.folder);
    if (!added.ok)
        return failWith(tr("git add failed in %1: %2").arg(tree.folder, added.error));
    const GitRepository::Result staged =
        m_repository->run({QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--quiet")}, tree.folder);
    if (staged.exitCode == 1) {
        // The title is any text, but git takes the message as an argument, which holds no NUL and
        // at most 128 KiB: without NULs, and cut to a length any message can have.
        QString message = title.trimmed().remove(QChar(u'\0'));
        if (message.size() > MaxCommitMessageChars)
            message = message.left(MaxCommitMessageChars) + QChar(0x2026);
        if (message.isEmpty())
            message = tr("Worker %1").arg(workerId);
        // No hooks and no signing: nobody is there to answer a prompt, and the agent's work must land.
        QStringList arguments = identityOptions(*m_repository, m_config.author, tree.folder);
        arguments << QStringLiteral("-c") << QStringLiteral("commit.gpgsign=false") << QStringLiteral("commit")
                  << QStringLiteral("--no-verify") << QStringLiteral("--quiet") << QStringLiteral("-m") << message
                  << QStringLiteral("-m")
                  << QStringLiteral("Run: %1\nWorker: %2").arg(m_runId).arg(workerId);
        const GitRepository::Result committed = m_repository->run(arguments, tree.folder);
        if (!committed.ok)
            return failWith(tr("git commit failed in %1: %2").arg(tree.folder, committed.error));
    } else if (staged.exitCode != 0) {
        return failWith(tr("git diff failed in %1: %2").arg(tree.folder, staged.error));
    }
    return changesOf(tree, errorMessage);
}

std::optional<WorktreeIsolation::Changes> WorktreeIsolation::changesOf(const WorkerTree &tree,
                                                                       QString *errorMessage) const
{
    Changes changes;
    changes.branch = tree.branch;
    const std::optional<QString> head = m_repository->resolveCommit(QStringLiteral("refs/heads/") + tree.branch);
    if (!head) {
        if (errorMessage)
            *errorMessage = tr("branch %1 has no commit").arg(tree.branch);
        return std::nullopt;
    }
    changes.commit = *head;
    const GitRepository::Result stat = m_repository->run(
        {QStringLiteral("diff"), QStringLiteral("--numstat"), QStringLiteral("--no-renames"), m_baseCommit, *head});
    if (!stat.ok) {
        if (errorMessage)
            *errorMessage = tr("git diff failed: %1").arg(stat.error);
        return std::nullopt;
    }
    // "insertions<TAB>deletions<TAB>path"; binary files show "-" for both.
    for (const QString &line : stat.output.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3)
            continue;
        changes.insertions += parts.at(0).toInt();
        changes.deletions += parts.at(1).toInt();
        changes.files << parts.mid(2).join(u'\t');
    }
    changes.filesChanged = int(changes.files.size());
    return changes;
}

std::optional<QString> WorktreeIsolation::diff(int workerId, QString *errorMessage) const
{
    if (!m_repository || !m_workers.contains(workerId)) {
        if (errorMessage)
            *errorMessage = tr("worker %1 has no git worktree").arg(workerId);
        return std::nullopt;
    }
    const GitRepository::Result result =
        m_repository->run({QStringLiteral("diff"), QStringLiteral("--no-color"), m_baseCommit,
                           QStringLiteral("refs/heads/") + m_workers.value(workerId).branch});
    if (!result.ok) {
        if (errorMessage)
            *errorMessage = tr("git diff failed: %1").arg(result.error);
        return std::nullopt;
    }
    return result.output;
}

bool WorktreeIsolation::applyCleanup(int workerId)
{
    if (m_config.cleanup == Config::WorktreeCleanup::Keep || !m_workers.contains(workerId))
        return true;
    const WorkerTree tree = m_workers.value(workerId);
    // --force: the worktree holds output.txt, which is never committed.
    const GitRepository::Result removed = m_repository->run(
        {QStringLiteral("worktree"), QStringLiteral("remove"), QStringLiteral("--force"), tree.folder});
    bool ok = removed.ok;
    if (ok && m_config.cleanup == Config::WorktreeCleanup::RemoveAll)
        ok = m_repository->run({QStringLiteral("branch"), QStringLiteral("-D"), tree.branch}).ok;
    if (!ok)
        Log::warning(tr("Cannot clean up the worktree of worker %1: %2").arg(workerId).arg(removed.error),
                     {{"event", "worktree_cleanup_failed"}, {"worker_id", workerId}});
    return ok;
}

void WorktreeIsolation::release(int workerId)
{
    QString error;
    if (m_workers.contains(workerId) && !commitWorker(workerId, tr("Worker %1").arg(workerId), &error))
        Log::error(error, {{"event", "worktree_commit_failed"}, {"worker_id", workerId}});
    applyCleanup(workerId);
}

void WorktreeIsolation::settle(int workerId, SubtaskResult &result)
{
    if (!m_workers.contains(workerId))
        return;  // never prepared (a skipped subtask)
    QString error;
    const std::optional<Changes> changes = commitWorker(workerId, result.task, &error);
    if (!changes) {
        Log::error(error, {{"event", "worktree_commit_failed"}, {"worker_id", workerId}, {"run_id", text(m_runId)}});
        if (result.error.isEmpty() && result.status != SubtaskResult::Status::Success)
            result.error = error;
    } else {
        result.branch = changes->branch;
        result.commit = changes->commit;
        result.filesChanged = changes->filesChanged;
        result.insertions = changes->insertions;
        result.deletions = changes->deletions;
        result.files = changes->files;
        Log::info(tr("Worker %1 committed on %2: %n file(s) changed", nullptr, changes->filesChanged)
                      .arg(workerId)
                      .arg(changes->branch),
                  {{"event", "worktree_committed"}, {"worker_id", workerId}, {"branch", text(changes->branch)},
                   {"commit", text(changes->commit)}, {"insertions", changes->insertions},
                   {"deletions", changes->deletions}, {"run_id", text(m_runId)}});
    }
    applyCleanup(workerId);
}

} // namespace orch
