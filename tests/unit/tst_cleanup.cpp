// Nothing left behind. Every way a run can end (normal end, cancel, timeout, agent crash, SIGKILL of
// the orchestrator executable followed by a new run or by --resume), in subprocess mode and in
// worktree mode with each cleanup policy; then RunJanitor's sweep and clean on hand-made runs. After
// each: no process tagged with the run is alive, git lists exactly the worktrees and branches the
// policy keeps, no stale .git/worktrees entry is left, and the (dirty) main checkout is as it was.
#include "config/ConfigLoader.h"
#include "isolation/WorktreeIsolation.h"
#include "process/ProcessRunner.h"
#include "run/Orchestrator.h"
#include "run/RunJanitor.h"
#include "run/RunStore.h"
#include "support/ProcessProbe.h"
#include "support/TestGit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>

using namespace orch;
using namespace Qt::StringLiterals;
using orch::test::git;
using orch::test::taggedProcesses;
using orch::test::writeFile;

namespace {

const QStringList identity = {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s};

// What the user sees of the main checkout.
struct Checkout
{
    QString status;
    QString head;
    QString branch;
    bool operator==(const Checkout &) const = default;
};

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// "subprocess", or the worktree cleanup policy.
bool isWorktree(const QString &mode)
{
    return mode != u"subprocess";
}

Config::WorktreeCleanup policyOf(const QString &mode)
{
    if (mode == u"remove-all")
        return Config::WorktreeCleanup::RemoveAll;
    return mode == u"remove-worktrees" ? Config::WorktreeCleanup::RemoveWorktrees : Config::WorktreeCleanup::Keep;
}

const QStringList modes = {u"subprocess"_s, u"keep"_s, u"remove-worktrees"_s, u"remove-all"_s};

} // namespace

class TestCleanup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runEnds_data();
    void runEnds();
    void killedOrchestrator_data();
    void killedOrchestrator();
    void sweepAppliesPolicy_data();
    void sweepAppliesPolicy();
    void cleanDeletesMergedKeepsUnmerged();
    void cleanRefusesRunningRun();
    void cleanRefusesUnknownRun_data();
    void cleanRefusesUnknownRun();
    void cleanAllSkipsRunningRuns();
    void damagedJournalIsRead();

private:
    Config config(const QString &mode) const;
    Checkout checkout() const;
    QStringList extraWorktrees() const;  // besides the main checkout, sorted
    QStringList branches() const;        // under orch/, sorted
    void verifyNoStaleEntries() const;
    QString folder(const QString &name) const { return m_workspace + u'/' + name; }
    QString branch(const QString &runId, int worker) const { return u"orch/%1/worker-%2"_s.arg(runId).arg(worker); }
    void startCli(QProcess &process, const QString &mode, const QStringList &arguments) const;
    QStringList runIds() const;
    // A run as the store records it, journal with its mode, left interrupted, finished or running.
    QString makeRun(const QString &name, RunStore::RunState state);
    QStringList makeWorktrees(const QString &runId, int workers);
    // A process tagged with the run that outlived its parent, like an agent's background helper.
    int spawnOrphan(const QString &runId);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;
    QString m_workspace;
    QStringList m_runIds;
    std::vector<std::unique_ptr<RunStore>> m_running;
};

void TestCleanup::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!GitRepository::gitProgram().isEmpty(), "these tests need git");
    orch::test::isolateGitEnvironment(m_home.path());
    qputenv("FAKE_CLAUDE_MAX_HANG_SECONDS", "60");  // a safety net should a check fail
}

void TestCleanup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString root = QDir(m_dir->path()).canonicalPath();
    m_repo = root + u"/repo"_s;
    m_workspace = root + u"/workspace"_s;
    QVERIFY(QDir().mkpath(m_repo));
    QCOMPARE(git(m_repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).exitCode, 0);
    QVERIFY(writeFile(m_repo + u"/README.md"_s, "committed\n"));
    QCOMPARE(git(m_repo, {u"add"_s, u"README.md"_s}).exitCode, 0);
    QCOMPARE(git(m_repo, identity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"start"_s}).exitCode, 0);
    // The user's work in progress, which nothing may touch.
    QVERIFY(writeFile(m_repo + u"/README.md"_s, "edited by the user\n"));
    QVERIFY(writeFile(m_repo + u"/notes.txt"_s, "untracked\n"));
    qputenv("FAKE_CLAUDE_STATE_DIR", root.toUtf8());
}

void TestCleanup::cleanup()
{
    m_running.clear();
    // Should a check have failed midway, nothing of this test outlives it.
    for (const QString &runId : std::as_const(m_runIds))
        ProcessRunner::killTagged(runId);
    m_runIds.clear();
}

Config TestCleanup::config(const QString &mode) const
{
    ConfigLoader loader(m_dir->path());
    loader.applyOverrides({{u"agent.binary"_s, QStringLiteral(FAKE_CLAUDE), u"--set"_s}});
    loader.finish();
    Config config = loader.config();
    config.orchestrator.mode = isWorktree(mode) ? Config::Mode::Worktree : Config::Mode::Subprocess;
    config.orchestrator.maxWorkers = 2;
    config.orchestrator.maxRetries = 0;
    config.orchestrator.retryDelay = 0;
    config.orchestrator.timeout = 60;
    config.resources.maxCpuPercent = 100;
    config.paths.workspace = m_workspace;
    config.paths.logs = m_workspace + u"/logs"_s;
    config.paths.output = m_workspace + u"/output"_s;
    config.worktree.repository = m_repo;
    config.worktree.cleanup = policyOf(mode);
    return config;
}

Checkout TestCleanup::checkout() const
{
    return {git(m_repo, {u"status"_s, u"--porcelain"_s}).out, git(m_repo, {u"rev-parse"_s, u"HEAD"_s}).out,
            git(m_repo, {u"branch"_s, u"--show-current"_s}).out};
}

QStringList TestCleanup::extraWorktrees() const
{
    QStringList paths;
    for (const QString &line : git(m_repo, {u"worktree"_s, u"list"_s, u"--porcelain"_s}).out.split(u'\n')) {
        if (line.startsWith(u"worktree "))
            paths << line.mid(9);
    }
    return sorted(paths.mid(1));
}

QStringList TestCleanup::branches() const
{
    return sorted(git(m_repo, {u"for-each-ref"_s, u"--format=%(refname:short)"_s, u"refs/heads/orch/"_s})
                      .out.split(u'\n', Qt::SkipEmptyParts));
}

void TestCleanup::verifyNoStaleEntries() const
{
    const orch::test::GitResult dryRun = git(m_repo, {u"worktree"_s, u"prune"_s, u"--dry-run"_s, u"--verbose"_s});
    QCOMPARE(dryRun.exitCode, 0);
    QCOMPARE(dryRun.out + dryRun.err, QString());
    const QStringList entries = QDir(m_repo + u"/.git/worktrees"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(entries.size(), extraWorktrees().size());
}

void TestCleanup::startCli(QProcess &process, const QString &mode, const QStringList &arguments) const
{
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "GIT_CONFIG_NOSYSTEM", "FAKE_CLAUDE_MAX_HANG_SECONDS",
                             "FAKE_CLAUDE_STATE_DIR"})
        env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    QStringList all = {u"--mode"_s, isWorktree(mode) ? u"worktree"_s : u"subprocess"_s, u"--set"_s,
                       u"worktree.repository="_s + m_repo, u"--set"_s,
                       u"worktree.cleanup="_s + (isWorktree(mode) ? mode : u"keep"_s), u"--set"_s,
                       u"orchestrator.max_retries=0"_s, u"--max-workers"_s, u"2"_s};
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());  // ./workspace is m_workspace
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), all + arguments);
    QVERIFY(process.waitForStarted());
}

QStringList TestCleanup::runIds() const
{
    return QDir(m_workspace + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void TestCleanup::runEnds_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("end");
    for (const QString &mode : modes) {
        for (const char *end : {"normal", "cancel", "timeout", "crash"})
            QTest::addRow("%s, %s", qPrintable(mode), end) << mode << QString::fromLatin1(end);
    }
}

void TestCleanup::runEnds()
{
    QFETCH(QString, mode);
    QFETCH(QString, end);
    Config setup = config(mode);
    QStringList prompts;
    RunResult::Status expected = RunResult::Status::Failed;
    if (end == u"normal") {
        // The first agent leaves a helper running in a session of its own.
        prompts = {u"[[fake:grandchild:60]] write a.txt"_s, u"write b.txt"_s};
        expected = RunResult::Status::Success;
    } else if (end == u"cancel") {
        prompts = {u"[[fake:hang]] write a.txt"_s, u"[[fake:ignore_sigterm]] write b.txt"_s};
        expected = RunResult::Status::Cancelled;
    } else if (end == u"timeout") {
        prompts = {u"[[fake:hang]] write a.txt"_s, u"[[fake:silent_hang]] write b.txt"_s};
        setup.orchestrator.timeout = 1;
    } else {
        prompts = {u"[[fake:crash:SEGV]] write a.txt"_s, u"[[fake:crash]] write b.txt"_s};
    }
    Plan plan;
    plan.task = end;
    for (int i = 0; i < prompts.size(); ++i)
        plan.subtasks << Subtask{QString::number(i + 1), u"Part %1"_s.arg(i + 1), prompts.at(i), {}};

    const Checkout before = checkout();
    Orchestrator orchestrator(setup);
    orchestrator.setStopGrace(200, 200);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY2(orchestrator.start(plan), qPrintable(orchestrator.lastError()));
    const QString runId = orchestrator.runId();
    m_runIds << runId;
    if (end == u"cancel") {
        QTRY_VERIFY_WITH_TIMEOUT(taggedProcesses(runId).size() >= 2, 20000);
        // Work in progress when the user cancels: committed on the branch, never lost.
        if (isWorktree(mode))
            QVERIFY(writeFile(folder(u"worktree_worker_1/wip.txt"_s), "half done\n"));
        orchestrator.cancel();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().value<RunResult>().status, expected);

    QTRY_COMPARE_WITH_TIMEOUT(taggedProcesses(runId), QList<int>(), 5000);
    const bool keep = mode == u"keep";
    const bool branchesKept = keep || mode == u"remove-worktrees";
    const QStringList trees = {folder(u"worktree_worker_1"_s), folder(u"worktree_worker_2"_s)};
    const QStringList runBranches = {branch(runId, 1), branch(runId, 2)};
    QCOMPARE(extraWorktrees(), keep ? trees : QStringList());
    QCOMPARE(branches(), branchesKept ? runBranches : QStringList());
    verifyNoStaleEntries();
    if (end == u"cancel" && branchesKept)
        QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, branch(runId, 1) + u":wip.txt"_s}).exitCode, 0);
    QCOMPARE(checkout(), before);
}

void TestCleanup::killedOrchestrator_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("resume");
    for (const QString &mode : modes) {
        QTest::addRow("%s, new run", qPrintable(mode)) << mode << false;
        QTest::addRow("%s, resume", qPrintable(mode)) << mode << true;
    }
}

void TestCleanup::killedOrchestrator()
{
    QFETCH(QString, mode);
    QFETCH(bool, resume);
    const Checkout before = checkout();
    // Agents that start a daemon (own session, tagged environment) and hang.
    QProcess first;
    startCli(first, mode,
             {u"--set"_s, u"agent.kind=command"_s, u"--set"_s,
              u"agent.command="_s + QStringLiteral(PROC_CHILD) + u" daemon hang"_s, u"--subtask"_s, u"write a.txt"_s,
              u"--subtask"_s, u"write b.txt"_s, u"demo"_s});
    QTRY_VERIFY_WITH_TIMEOUT(runIds().size() == 1 && taggedProcesses(runIds().first()).size() >= 4, 20000);
    const QString killed = runIds().first();
    m_runIds << killed;
    if (isWorktree(mode))
        QVERIFY(writeFile(folder(u"worktree_worker_1/wip.txt"_s), "half done\n"));
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    // The agents die with it (PR_SET_PDEATHSIG); their daemons do not: the janitor's part.
    QTRY_COMPARE_WITH_TIMEOUT(taggedProcesses(killed).size(), 2, 10000);
    QCOMPARE(RunStore(m_workspace).state(killed), RunStore::RunState::Interrupted);

    QProcess second;
    startCli(second, mode, resume ? QStringList{u"--resume"_s, killed} : QStringList{u"--subtask"_s, u"write z.txt"_s, u"again"_s});
    QVERIFY(second.waitForFinished(60000));
    QVERIFY2(second.exitCode() == 0, QByteArray(second.readAllStandardOutput() + second.readAllStandardError()).constData());
    QCOMPARE(taggedProcesses(killed), QList<int>());
    QCOMPARE(runIds().size(), resume ? 1 : 2);
    const QString next = resume ? killed : runIds().at(runIds().first() == killed ? 1 : 0);
    m_runIds << next;
    QCOMPARE(taggedProcesses(next), QList<int>());
    QCOMPARE(RunStore(m_workspace).state(killed), resume ? RunStore::RunState::Finished : RunStore::RunState::Interrupted);

    QStringList trees;
    QStringList kept;
    if (mode == u"keep" || mode == u"remove-worktrees") {
        kept = {branch(killed, 1), branch(killed, 2)};
        if (!resume)
            kept << branch(next, 1);
    }
    if (mode == u"keep") {
        trees = {folder(u"worktree_worker_1"_s), folder(u"worktree_worker_2"_s)};
        // The new run found worker 1's folder taken by the kept worktree.
        if (!resume)
            trees << folder(u"worktree_worker_1-2"_s);
    }
    QCOMPARE(extraWorktrees(), sorted(trees));
    QCOMPARE(branches(), sorted(kept));
    verifyNoStaleEntries();
    if (mode == u"keep" && !resume) {
        // Kept as it was: the policy keeps worktrees for review.
        QCOMPARE(git(folder(u"worktree_worker_1"_s), {u"status"_s, u"--porcelain"_s}).out, u"?? wip.txt"_s);
    } else if (!kept.isEmpty()) {
        // Committed before the worktree went (sweep) or when the resumed worker settled.
        QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, branch(killed, 1) + u":wip.txt"_s}).exitCode, 0);
        if (resume)
            QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, branch(killed, 1) + u":a.txt"_s}).exitCode, 0);
    }
    QCOMPARE(checkout(), before);
}

// A journal edited by hand, with members of other types than the orchestrator writes, is read
// as far as it makes sense: listing and cleaning the run neither throw nor count those lines.
void TestCleanup::damagedJournalIsRead()
{
    const QString runId = makeRun(u"damaged"_s, RunStore::RunState::Interrupted);
    {
        QFile journal(RunStore(m_workspace).journalPath(runId));
        QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Append));
        journal.write(R"({"event":5,"mode":"docker"})" "\n"
                      R"({"event":"subtask_settled","result":7})" "\n"
                      R"({"event":"subtask_settled","result":{"status":["success"]}})" "\n"
                      R"({"event":{"run_started":1},"mode":"docker"})" "\n");
    }
    const QList<RunStore::RunInfo> runs = RunStore(m_workspace).listRuns();
    const auto it = std::find_if(runs.cbegin(), runs.cend(), [&](const RunStore::RunInfo &run) { return run.runId == runId; });
    QVERIFY(it != runs.cend());
    QCOMPARE(it->completedTasks, 0);
    QString error;
    const std::optional<RunJanitor::Report> report = RunJanitor(config(u"keep"_s)).clean(runId, &error);
    QVERIFY2(report, qPrintable(error));
}

QString TestCleanup::makeRun(const QString &name, RunStore::RunState state)
{
    // Unique per test process: killTagged() must never reach another test's processes.
    const QString runId = u"t%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(name);
    m_runIds << runId;
    auto store = std::make_unique<RunStore>(m_workspace);
    Plan plan;
    plan.task = name;
    plan.subtasks << Subtask{u"1"_s, u"First of "_s + name, u"write a.txt"_s, {}};
    QString error;
    if (!store->create(runId, plan, &error))
        qWarning() << error;
    store->journal("run_started", {{"run_id", runId.toStdString()}, {"mode", "worktree"}});
    if (state == RunStore::RunState::Finished) {
        RunResult result;
        result.runId = runId;
        store->writeResult(result, &error);
    }
    if (state == RunStore::RunState::Running)
        m_running.push_back(std::move(store));  // this process holds the lock
    return runId;
}

QStringList TestCleanup::makeWorktrees(const QString &runId, int workers)
{
    WorktreeIsolation isolation(m_workspace, config(u"keep"_s).worktree);
    QString error;
    QStringList folders;
    if (!isolation.check(&error))
        return folders;
    isolation.beginRun(runId);
    for (int worker = 1; worker <= workers; ++worker)
        folders << isolation.prepare(worker, &error).value_or(QString());
    return folders;
}

int TestCleanup::spawnOrphan(const QString &runId)
{
    QProcess parent;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ORCH_RUN_ID"_s, runId);
    parent.setProcessEnvironment(env);
    parent.start(QStringLiteral(PROC_CHILD), {u"daemon"_s, u"hang"_s});
    QByteArray line;
    while (!line.endsWith('\n') && parent.waitForReadyRead(10000))
        line += parent.readAllStandardOutput();
    parent.kill();
    parent.waitForFinished();
    return line.startsWith("daemon ") ? line.mid(7).trimmed().toInt() : 0;
}

void TestCleanup::sweepAppliesPolicy_data()
{
    QTest::addColumn<QString>("mode");
    for (const QString &mode : modes.mid(1))
        QTest::newRow(qPrintable(mode)) << mode;
}

void TestCleanup::sweepAppliesPolicy()
{
    QFETCH(QString, mode);
    const QString dead = makeRun(u"dead"_s, RunStore::RunState::Interrupted);
    const QStringList deadTrees = makeWorktrees(dead, 2);
    QCOMPARE(deadTrees.size(), 2);
    QVERIFY(writeFile(deadTrees.first() + u"/wip.txt"_s, "half done\n"));
    const QString live = makeRun(u"live"_s, RunStore::RunState::Running);
    const QString done = makeRun(u"done"_s, RunStore::RunState::Finished);
    const QString back = makeRun(u"back"_s, RunStore::RunState::Interrupted);  // about to be resumed
    const QStringList others = makeWorktrees(live, 1) + makeWorktrees(done, 1) + makeWorktrees(back, 1);
    QVERIFY(writeFile(others.last() + u"/half.txt"_s, "half done\n"));
    QVERIFY(spawnOrphan(dead) > 0);
    const int livePid = spawnOrphan(live);
    QVERIFY(livePid > 0);
    QVERIFY(spawnOrphan(back) > 0);
    const Checkout before = checkout();

    const RunJanitor::Report report = RunJanitor(config(mode)).sweepOrphans(back);
    QCOMPARE(report.errors, QStringList());
    QCOMPARE(report.processesKilled, 2);
    QCOMPARE(sorted(report.runsCleaned), sorted(QStringList{dead, back}));
    QCOMPARE(taggedProcesses(dead), QList<int>());
    QCOMPARE(taggedProcesses(back), QList<int>());
    QCOMPARE(taggedProcesses(live), QList<int>{livePid});

    const bool keep = mode == u"keep";
    QCOMPARE(sorted(report.worktreesRemoved), keep ? QStringList() : deadTrees);
    QCOMPARE(extraWorktrees(), sorted(keep ? deadTrees + others : others));
    QStringList branchesLeft = {branch(live, 1), branch(done, 1), branch(back, 1)};
    if (mode != u"remove-all")
        branchesLeft << branch(dead, 1) << branch(dead, 2);
    QCOMPARE(branches(), sorted(branchesLeft));
    const QStringList deadBranches = {branch(dead, 1), branch(dead, 2)};
    QCOMPARE(report.branchesDeleted, mode == u"remove-all" ? deadBranches : QStringList());
    if (keep)
        QCOMPARE(git(deadTrees.first(), {u"status"_s, u"--porcelain"_s}).out, u"?? wip.txt"_s);
    else if (mode == u"remove-worktrees")
        QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, branch(dead, 1) + u":wip.txt"_s}).exitCode, 0);
    // The run being resumed keeps its worktree as it was, for its worker to continue in.
    QCOMPARE(git(others.last(), {u"status"_s, u"--porcelain"_s}).out, u"?? half.txt"_s);
    verifyNoStaleEntries();
    QCOMPARE(checkout(), before);

    // Swept once, a run is not swept again, until its journal grows (resumed, then interrupted).
    QVERIFY(spawnOrphan(dead) > 0);
    QVERIFY(RunJanitor(config(mode)).sweepOrphans(back).isEmpty());
    QCOMPARE(taggedProcesses(dead).size(), 1);
    RunStore store(m_workspace);
    QVERIFY(store.reopen(dead, nullptr));
    store.journal("run_resumed", {{"mode", "worktree"}});
    store.close();
    QCOMPARE(RunJanitor(config(mode)).sweepOrphans(back).processesKilled, 1);
    QCOMPARE(taggedProcesses(dead), QList<int>());
}

void TestCleanup::cleanDeletesMergedKeepsUnmerged()
{
    const QString runId = makeRun(u"clean"_s, RunStore::RunState::Interrupted);
    const QStringList trees = makeWorktrees(runId, 4);
    QCOMPARE(trees.size(), 4);
    // 1: no change (at the base). 2: committed and merged into main. 3: committed, not merged,
    // locked. 4: left uncommitted, its folder deleted by hand (a stale entry).
    QVERIFY(writeFile(trees.at(1) + u"/two.txt"_s, "two\n"));
    QCOMPARE(git(trees.at(1), {u"add"_s, u"two.txt"_s}).exitCode, 0);
    QCOMPARE(git(trees.at(1), identity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"two"_s}).exitCode, 0);
    QCOMPARE(git(m_repo, {u"merge"_s, u"-q"_s, u"--ff-only"_s, branch(runId, 2)}).exitCode, 0);
    QVERIFY(writeFile(trees.at(2) + u"/three.txt"_s, "three\n"));
    QCOMPARE(git(m_repo, {u"worktree"_s, u"lock"_s, trees.at(2)}).exitCode, 0);
    QVERIFY(QDir(trees.at(3)).removeRecursively());
    const Checkout before = checkout();

    QString error;
    const std::optional<RunJanitor::Report> report = RunJanitor(config(u"keep"_s)).clean(runId, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->errors, QStringList());
    QCOMPARE(sorted(report->worktreesRemoved), trees);
    QCOMPARE(sorted(report->branchesDeleted), QStringList({branch(runId, 1), branch(runId, 2), branch(runId, 4)}));
    QCOMPARE(report->branchesKept, QStringList{branch(runId, 3)});
    // What worker 3 left is on its branch: the CLI can tell the user to merge or delete it.
    QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, branch(runId, 3) + u":three.txt"_s}).exitCode, 0);
    QCOMPARE(extraWorktrees(), QStringList());
    QCOMPARE(branches(), QStringList{branch(runId, 3)});
    verifyNoStaleEntries();
    QCOMPARE(checkout(), before);
}

void TestCleanup::cleanRefusesRunningRun()
{
    const QString runId = makeRun(u"live"_s, RunStore::RunState::Running);
    const QStringList trees = makeWorktrees(runId, 1);
    QString error;
    QVERIFY(!RunJanitor(config(u"remove-all"_s)).clean(runId, &error));
    QVERIFY2(error.contains(u"still running"_s), qPrintable(error));
    QCOMPARE(extraWorktrees(), trees);
    QCOMPARE(branches(), QStringList{branch(runId, 1)});
}

void TestCleanup::cleanRefusesUnknownRun_data()
{
    QTest::addColumn<QString>("runId");
    QTest::newRow("unknown") << u"20200101-000000-dead"_s;
    QTest::newRow("outside the runs folder") << u"../runs"_s;
    QTest::newRow("empty") << QString();
}

void TestCleanup::cleanRefusesUnknownRun()
{
    QFETCH(QString, runId);
    makeRun(u"other"_s, RunStore::RunState::Interrupted);
    QString error;
    QVERIFY(!RunJanitor(config(u"keep"_s)).clean(runId, &error));
    QVERIFY2(error.contains(u"no run"_s), qPrintable(error));
}

void TestCleanup::cleanAllSkipsRunningRuns()
{
    const QString interrupted = makeRun(u"a"_s, RunStore::RunState::Interrupted);
    const QString finished = makeRun(u"b"_s, RunStore::RunState::Finished);
    const QString running = makeRun(u"c"_s, RunStore::RunState::Running);
    QVERIFY(writeFile(makeWorktrees(interrupted, 1).value(0) + u"/work.txt"_s, "unmerged work\n"));
    makeWorktrees(finished, 1);
    const QStringList runningTrees = makeWorktrees(running, 1);

    QString error;
    const std::optional<RunJanitor::Report> report = RunJanitor(config(u"keep"_s)).cleanAll(&error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->errors, QStringList());
    QCOMPARE(report->runsCleaned, QStringList({interrupted, finished}));
    QCOMPARE(report->runsSkipped, QStringList{running});
    QCOMPARE(report->worktreesRemoved.size(), 2);
    QCOMPARE(report->branchesDeleted, QStringList{branch(finished, 1)});
    QCOMPARE(report->branchesKept, QStringList{branch(interrupted, 1)});
    QCOMPARE(extraWorktrees(), runningTrees);
    QCOMPARE(branches(), sorted(QStringList{branch(interrupted, 1), branch(running, 1)}));
    verifyNoStaleEntries();
}

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
