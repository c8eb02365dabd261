#include "RunJanitor.h"

#include "isolation/DockerEngine.h"
#include "isolation/WorktreeIsolation.h"
#include "logging/Log.h"
#include "process/ProcessRunner.h"
#include "util/JsonAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace orch {

namespace {

// Written into a run's folder once the sweep has dealt with it: the journal's size at that time.
// A resumed run appends to its journal, so it is swept again if it is interrupted again.
const QString sweptFile = QStringLiteral("swept");

std::string text(const QString &s)
{
    return s.toStdString();
}


// Run ids name folders under runs/: nothing that could step out of it.
bool isPlainRunId(const QString &runId)
{
    return !runId.isEmpty() && !runId.startsWith(u'.') && !runId.contains(u'/') && !runId.contains(u'\\');
}

void appendUnique(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list << item;
    }
}

} // namespace

bool RunJanitor::Report::isEmpty() const
{
    return processesKilled == 0 && containersRemoved.isEmpty() && worktreesRemoved.isEmpty()
           && branchesDeleted.isEmpty() && branchesKept.isEmpty() && errors.isEmpty();
}

void RunJanitor::Report::add(const Report &other)
{
    processesKilled += other.processesKilled;
    containersRemoved << other.containersRemoved;
    worktreesRemoved << other.worktreesRemoved;
    branchesDeleted << other.branchesDeleted;
    branchesKept << other.branchesKept;
    appendUnique(runsCleaned, other.runsCleaned);
    appendUnique(runsSkipped, other.runsSkipped);
    errors << other.errors;
}

RunJanitor::RunJanitor(const Config &config)
    : m_config(config)
    , m_store(config.paths.workspace)
{
}

RunJanitor::~RunJanitor() = default;

RunJanitor::Report RunJanitor::sweepOrphans(const QString &resumingRunId)
{
    Report report;
    const QStringList ids =
        QDir(m_store.runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &runId : ids) {
        if (m_store.state(runId) != RunStore::RunState::Interrupted)
            continue;
        const bool resuming = runId == resumingRunId;
        if (!resuming && alreadySwept(runId))
            continue;

        Report run;
        const QString mode = modeOf(runId);
        killProcesses(runId, run);
        removeContainers(runId, mode, run);
        if (!resuming && m_config.worktree.cleanup != Config::WorktreeCleanup::Keep
            && mode != QStringLiteral("subprocess")) {
            QString why;
            if (GitRepository *git = repository(&why)) {
                // Checked again just before git changes anything: a run that started meanwhile is not ours.
                const QList<Tree> trees = worktreesOf(runId, *git);
                if (!trees.isEmpty() && m_store.state(runId) == RunStore::RunState::Interrupted) {
                    for (const Tree &tree : trees) {
                        if (commitLeftovers(tree, runId, *git, run))
                            removeWorktree(tree, runId, *git, run);
                    }
                }
                // Before the branches: a stale entry still counts as having its branch checked out.
                prune(*git, run);
                if (m_config.worktree.cleanup == Config::WorktreeCleanup::RemoveAll
                    && m_store.state(runId) == RunStore::RunState::Interrupted) {
                    for (const QString &branch : branchesOf(runId, *git))
                        deleteBranch(branch, runId, *git, run);
                }
            } else if (mode == QStringLiteral("worktree")) {
                run.errors << tr("cannot clean up the worktrees of run %1: %2").arg(runId, why);
            }
        }
        if (!run.isEmpty())
            run.runsCleaned << runId;
        if (!resuming && run.errors.isEmpty())
            markSwept(runId);
        report.add(run);
    }
    for (const QString &error : std::as_const(report.errors))
        Log::warning(error, {{"event", "janitor_failed"}});
    return report;
}

std::optional<RunJanitor::Report> RunJanitor::clean(const QString &runId, QString *errorMessage)
{
    const auto failWith = [errorMessage](const QString &message) -> std::optional<Report> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (!isPlainRunId(runId) || !QFileInfo(m_store.runDirectory(runId)).isDir())
        return failWith(tr("no run %1 in %2").arg(runId, m_store.runsDirectory()));
    if (m_store.state(runId) == RunStore::RunState::Running)
        return failWith(tr("run %1 is still running; stop it before cleaning it up").arg(runId));

    Report report;
    const QString mode = modeOf(runId);
    killProcesses(runId, report);
    removeContainers(runId, mode, report);
    if (mode != QStringLiteral("subprocess")) {
        QString why;
        if (GitRepository *git = repository(&why)) {
            for (const Tree &tree : worktreesOf(runId, *git)) {
                if (commitLeftovers(tree, runId, *git, report))
                    removeWorktree(tree, runId, *git, report);
            }
            // After the worktrees and their stale entries: a branch still checked out cannot be deleted.
            prune(*git, report);
            for (const QString &branch : branchesOf(runId, *git)) {
                if (isMerged(branch, *git)) {
                    deleteBranch(branch, runId, *git, report);
                } else {
                    report.branchesKept << branch;
                    Log::info(tr("Kept branch %1 of run %2: it is not merged").arg(branch, runId),
                              {{"event", "janitor_branch_kept"}, {"run_id", text(runId)}, {"branch", text(branch)}});
                }
            }
        } else if (mode == QStringLiteral("worktree")) {
            report.errors << tr("cannot clean up the worktrees of run %1: %2").arg(runId, why);
        }
    }
    report.runsCleaned << runId;
    if (report.errors.isEmpty())
        markSwept(runId);
    for (const QString &error : std::as_const(report.errors))
        Log::warning(error, {{"event", "janitor_failed"}, {"run_id", text(runId)}});
    return report;
}

std::optional<RunJanitor::Report> RunJanitor::cleanAll(QString *errorMessage)
{
    Report report;
    const QDir runs(m_store.runsDirectory());
    if (!runs.exists())
        return report;  // no run yet: nothing to clean
    const QStringList ids = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &runId : ids) {
        if (m_store.state(runId) == RunStore::RunState::Running) {
            report.runsSkipped << runId;
            continue;
        }
        QString error;
        if (const std::optional<Report> one = clean(runId, &error))
            report.add(*one);
        else
            report.errors << error;
    }
    if (errorMessage && !report.errors.isEmpty())
        *errorMessage = report.errors.join(u'\n');
    return report;
}

QString RunJanitor::modeOf(const QString &runId) const
{
    // The journal's run_started (and run_resumed) lines say which isolation the run used;
    // result.json's debug_info says it for finished runs.
    QString mode;
    for (const nlohmann::json &line : m_store.readJournal(runId)) {
        const std::string event = jsonString(line, "event");
        if ((event == "run_started" || event == "run_resumed") && line.contains("mode") && line["mode"].is_string())
            mode = QString::fromStdString(line["mode"].get<std::string>());
    }
    if (mode.isEmpty()) {
        if (const std::optional<RunResult> result = m_store.loadResult(runId)) {
            if (result->debugInfo.is_object() && result->debugInfo.contains("mode")
                && result->debugInfo["mode"].is_string())
                mode = QString::fromStdString(result->debugInfo["mode"].get<std::string>());
        }
    }
    return mode;
}

void RunJanitor::killProcesses(const QString &runId, Report &report) const
{
    const int killed = ProcessRunner::killTagged(runId);
    if (killed == 0)
        return;
    report.processesKilled += killed;
    Log::info(tr("Stopped %n leftover process(es) of run %1", nullptr, killed).arg(runId),
              {{"event", "janitor_processes_killed"}, {"run_id", text(runId)}, {"count", killed}});
}

void RunJanitor::removeContainers(const QString &runId, const QString &mode, Report &report) const
{
    // Only for runs that used docker, and only where a docker client exists at all.
    if (mode != QStringLiteral("docker") || DockerEngine::program().isEmpty())
        return;
    const DockerEngine docker;
    const QStringList before = docker.containersOfRun(runId);
    if (before.isEmpty())
        return;
    docker.removeContainers(before);
    const QStringList left = docker.containersOfRun(runId);
    for (const QString &name : before) {
        if (left.contains(name)) {
            report.errors << tr("cannot remove the container %1 of run %2").arg(name, runId);
            continue;
        }
        report.containersRemoved << name;
        Log::info(tr("Removed container %1 of run %2").arg(name, runId),
                  {{"event", "janitor_container_removed"}, {"run_id", text(runId)}, {"container", text(name)}});
    }
}

GitRepository *RunJanitor::repository(QString *why)
{
    if (!m_repositorySearched) {
        m_repositorySearched = true;
        const QString start = m_config.worktree.repository.isEmpty() ? QDir::currentPath() : m_config.worktree.repository;
        if (const std::optional<QString> top = GitRepository::findTopLevel(start, &m_repositoryError, 30000))
            m_repository = std::make_unique<GitRepository>(*top, 30000);
    }
    if (!m_repository && why)
        *why = m_repositoryError;
    return m_repository.get();
}

QList<RunJanitor::Tree> RunJanitor::worktreesOf(const QString &runId, GitRepository &git) const
{
    const QString prefix = m_config.worktree.branchPrefix + runId + u'/';
    QList<Tree> all;
    const GitRepository::Result listed =
        git.run({QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")});
    if (!listed.ok)
        return {};
    for (const QString &line : listed.output.split(u'\n')) {
        if (line.startsWith(u"worktree ")) {
            all.append({GitRepository::comparablePath(line.mid(9)), {}, false});
        } else if (!all.isEmpty() && line.startsWith(u"branch refs/heads/")) {
            all.last().branch = line.mid(18);
        } else if (!all.isEmpty() && (line == u"locked" || line.startsWith(u"locked "))) {
            all.last().locked = true;
        }
    }
    QList<Tree> trees;
    // The first entry is the main checkout: never ours, whatever branch the user checked out there.
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (all.at(i).branch.startsWith(prefix))
            trees << all.at(i);
    }
    return trees;
}

QStringList RunJanitor::branchesOf(const QString &runId, GitRepository &git) const
{
    const QString prefix = m_config.worktree.branchPrefix + runId + u'/';
    const GitRepository::Result listed = git.run(
        {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:short)"), QStringLiteral("refs/heads/") + prefix});
    if (!listed.ok)
        return {};
    return listed.output.split(u'\n', Qt::SkipEmptyParts);
}

QString RunJanitor::workerTitle(const QString &runId, const QString &branch) const
{
    static const QRegularExpression worker(QStringLiteral("/worker-(\\d+)(?:-\\d+)?$"));
    const QRegularExpressionMatch match = worker.match(branch);
    if (!match.hasMatch())
        return {};
    const int index = match.captured(1).toInt() - 1;
    const std::optional<Plan> plan = m_store.loadPlan(runId, nullptr);
    if (!plan || index < 0 || index >= plan->subtasks.size())
        return {};
    return plan->subtasks.at(index).title;
}

bool RunJanitor::commitLeftovers(const Tree &tree, const QString &runId, GitRepository &git, Report &report) const
{
    if (!QFileInfo(tree.path).isDir())
        return true;  // a stale entry: nothing to commit, prune takes it
    const GitRepository::Result added = git.run({QStringLiteral("add"), QStringLiteral("--all"), QStringLiteral("--"),
                                                 QStringLiteral("."),
                                                 QStringLiteral(":(exclude)") + WorktreeIsolation::outputFileName()},
                                                tree.path);
    if (!added.ok) {
        report.errors << tr("git add failed in %1: %2").arg(tree.path, added.error);
        return false;
    }
    const GitRepository::Result staged =
        git.run({QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--quiet")}, tree.path);
    if (staged.exitCode == 0)
        return true;
    if (staged.exitCode != 1) {
        report.errors << tr("git diff failed in %1: %2").arg(tree.path, staged.error);
        return false;
    }

    // The same identity the workers' commits get: worktree.author, else git's, else a fallback.
    QStringList arguments;
    static const QRegularExpression nameEmail(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$"));
    const QRegularExpressionMatch author = nameEmail.match(m_config.worktree.author);
    const auto configured = [&](const QString &key) {
        const GitRepository::Result value =
            git.run({QStringLiteral("config"), QStringLiteral("--get"), key}, tree.path);
        return value.ok && !value.output.trimmed().isEmpty();
    };
    if (author.hasMatch()) {
        arguments << QStringLiteral("-c") << QStringLiteral("user.name=") + author.captured(1) << QStringLiteral("-c")
                  << QStringLiteral("user.email=") + author.captured(2);
    } else if (!configured(QStringLiteral("user.name")) || !configured(QStringLiteral("user.email"))) {
        arguments << QStringLiteral("-c") << QStringLiteral("user.name=") + WorktreeIsolation::fallbackName()
                  << QStringLiteral("-c") << QStringLiteral("user.email=") + WorktreeIsolation::fallbackEmail();
    }
    const QString title = workerTitle(runId, tree.branch);
    arguments << QStringLiteral("-c") << QStringLiteral("commit.gpgsign=false") << QStringLiteral("commit")
              << QStringLiteral("--no-verify") << QStringLiteral("--quiet") << QStringLiteral("-m")
              << (title.isEmpty() ? tree.branch : title) << QStringLiteral("-m")
              << QStringLiteral("Run: %1\nLeft uncommitted when the run stopped; committed by the cleanup.").arg(runId);
    const GitRepository::Result committed = git.run(arguments, tree.path);
    if (!committed.ok) {
        report.errors << tr("git commit failed in %1: %2").arg(tree.path, committed.error);
        return false;
    }
    Log::info(tr("Committed what run %1 left in %2 on branch %3").arg(runId, tree.path, tree.branch),
              {{"event", "janitor_committed"}, {"run_id", text(runId)}, {"branch", text(tree.branch)}});
    return true;
}

bool RunJanitor::removeWorktree(const Tree &tree, const QString &runId, GitRepository &git, Report &report) const
{
    // --force: output.txt is never committed; twice: a locked worktree goes too.
    QStringList arguments = {QStringLiteral("worktree"), QStringLiteral("remove"), QStringLiteral("--force")};
    if (tree.locked)
        arguments << QStringLiteral("--force");
    arguments << tree.path;
    const GitRepository::Result removed = git.run(arguments);
    if (!removed.ok && QFileInfo::exists(tree.path)) {
        report.errors << tr("cannot remove the worktree %1: %2").arg(tree.path, removed.error);
        return false;
    }
    report.worktreesRemoved << tree.path;
    Log::info(tr("Removed worktree %1 of run %2").arg(tree.path, runId),
              {{"event", "janitor_worktree_removed"}, {"run_id", text(runId)}, {"path", text(tree.path)}});
    return true;
}

bool RunJanitor::deleteBranch(const QString &branch, const QString &runId, GitRepository &git, Report &report) const
{
    const GitRepository::Result deleted = git.run({QStringLiteral("branch"), QStringLiteral("-D"), branch});
    if (!deleted.ok) {
        report.errors << tr("cannot delete the branch %1: %2").arg(branch, deleted.error);
        return false;
    }
    report.branchesDeleted << branch;
    Log::info(tr("Deleted branch %1 of run %2").arg(branch, runId),
              {{"event", "janitor_branch_deleted"}, {"run_id", text(runId)}, {"branch", text(branch)}});
    return true;
}

bool RunJanitor::isMerged(const QString &branch, GitRepository &git) const
{
    QStringList targets = {QStringLiteral("HEAD")};
    if (!m_config.worktree.mergeTarget.isEmpty())
        targets << m_config.worktree.mergeTarget;
    if (!m_config.worktree.base.isEmpty())
        targets << m_config.worktree.base;
    for (const QString &target : std::as_const(targets)) {
        if (!git.resolveCommit(target))
            continue;
        const GitRepository::Result merged =
            git.run({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"),
                     QStringLiteral("refs/heads/") + branch, target});
        if (merged.exitCode == 0)
            return true;
    }
    return false;
}

void RunJanitor::prune(GitRepository &git, Report &report) const
{
    const GitRepository::Result pruned =
        git.run({QStringLiteral("worktree"), QStringLiteral("prune"), QStringLiteral("--verbose")});
    if (!pruned.ok) {
        report.errors << tr("git worktree prune failed: %1").arg(pruned.error);
        return;
    }
    const QString what = QString(pruned.output + u'\n' + pruned.error).trimmed();
    if (!what.isEmpty())
        Log::info(tr("Pruned stale git worktree entries: %1").arg(what), {{"event", "janitor_pruned"}});
}

bool RunJanitor::alreadySwept(const QString &runId) const
{
    QFile marker(QDir(m_store.runDirectory(runId)).filePath(sweptFile));
    if (!marker.open(QIODevice::ReadOnly))
        return false;
    bool ok = false;
    const qint64 size = marker.readAll().trimmed().toLongLong(&ok);
    return ok && size == QFileInfo(m_store.journalPath(runId)).size();
}

void RunJanitor::markSwept(const QString &runId) const
{
    const QDir dir(m_store.runDirectory(runId));
    QFile marker(dir.filePath(sweptFile));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(QByteArray::number(QFileInfo(m_store.journalPath(runId)).size()));
}

} // namespace orch
