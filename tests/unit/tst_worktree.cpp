// Worktree mode with real git in temporary repositories: missing prerequisites, a worktree and
// branch per worker from the base, the main checkout left alone, recovery from a crashed run's
// leftovers, the commit and diff stat at release, the cleanup policy, one run end to end on
// fake_claude, and exit 3 from the CLI outside a repository. HOME and GIT_CONFIG_NOSYSTEM keep the
// developer's git configuration out.
#include "config/ConfigLoader.h"
#include "isolation/GitRepository.h"
#include "isolation/WorktreeIsolation.h"
#include "run/Orchestrator.h"
#include "run/RunStore.h"
#include "support/TestGit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;
using orch::test::git;
using orch::test::readFile;
using orch::test::writeFile;

namespace {

const QStringList testIdentity = {QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                  QStringLiteral("user.email=test@example.com")};

} // namespace

class TestWorktree final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checkRefusesMissingPrerequisites_data();
    void checkRefusesMissingPrerequisites();
    void checkRefusesWithoutGitOnPath();
    void prepareCreatesWorktreeFromBase();
    void prepareStartsFromConfiguredBase();
    void dirtyMainCheckoutUntouched();
    void recoversLeftoversOfACrashedRun();
    void resumedRunContinuesInItsWorktree();
    void settleCommitsWithStat_data();
    void settleCommitsWithStat();
    void settleWithoutChangesRecordsBase();
    void cleanupPolicy_data();
    void cleanupPolicy();
    void resultJsonHasBranchOnlyWhenSet();
    void orchestratorRunsInWorktrees();
    void cliExitsWith3OutsideARepository();

private:
    QString makeRepository();  // README.md in two commits; empty on failure
    Config::Worktree worktreeConfig() const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;
    QString m_workspace;
};

void TestWorktree::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!GitRepository::gitProgram().isEmpty(), "these tests need git");
    orch::test::isolateGitEnvironment(m_home.path());
}

void TestWorktree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = makeRepository();
    QVERIFY(!m_repo.isEmpty());
    m_workspace = m_dir->filePath(QStringLiteral("workspace"));
}

QString TestWorktree::makeRepository()
{
    const QString repo = m_dir->filePath(QStringLiteral("repo"));
    if (!QDir().mkpath(repo) || git(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                                           QStringLiteral("main")})
                                        .exitCode != 0)
        return {};
    for (const QByteArray &content : {QByteArray("first\n"), QByteArray("first\nsecond\n")}) {
        if (!writeFile(repo + QStringLiteral("/README.md"), content)
            || git(repo, {QStringLiteral("add"), QStringLiteral("README.md")}).exitCode != 0
            || git(repo, testIdentity + QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                                    QStringLiteral("commit")})
                       .exitCode != 0)
            return {};
    }
    return QDir(repo).canonicalPath();
}

Config::Worktree TestWorktree::worktreeConfig() const
{
    Config::Worktree config;
    config.repository = m_repo;
    return config;
}

void TestWorktree::checkRefusesMissingPrerequisites_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no repository") << u"plain"_s << u"is not in a git repository"_s;
    QTest::newRow("bare repository") << u"bare"_s << u"bare git repository"_s;
    QTest::newRow("no commit yet") << u"empty"_s << u"has no commit yet"_s;
    QTest::newRow("missing folder") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("unknown base") << u"badbase"_s << u"is not a commit"_s;
}

void TestWorktree::checkRefusesMissingPrerequisites()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString dir = m_dir->filePath(kind);
    Config::Worktree config = worktreeConfig();
    config.repository = dir;
    if (kind == u"plain") {
        QVERIFY(QDir().mkpath(dir));
    } else if (kind == u"bare") {
        QCOMPARE(git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), dir})
                     .exitCode,
                 0);
    } else if (kind == u"empty") {
        QCOMPARE(git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), dir}).exitCode, 0);
    } else if (kind == u"badbase") {
        config.repository = m_repo;
        config.base = QStringLiteral("no-such-branch");
    }
    WorktreeIsolation isolation(m_workspace, config);
    QString error;
    QVERIFY(!isolation.check(&error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral("/worktree_worker_1")));
}

void TestWorktree::checkRefusesWithoutGitOnPath()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    const bool ok = isolation.check(&error);
    qputenv("PATH", path);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("git is not installed")), qPrintable(error));
}

void TestWorktree::prepareCreatesWorktreeFromBase()
{
    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    QCOMPARE(isolation.repositoryPath(), m_repo);
    isolation.beginRun(QStringLiteral("run1"));
    for (int worker = 1; worker <= 2; ++worker) {
        const std::optional<QString> folder = isolation.prepare(worker, &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(*folder, QDir(m_workspace).canonicalPath() + QStringLiteral("/worktree_worker_%1").arg(worker));
        const QString branch = QStringLiteral("orch/run1/worker-%1").arg(worker);
        QCOMPARE(isolation.branchFor(worker), branch);
        QCOMPARE(git(*folder, {QStringLiteral("branch"), QStringLiteral("--show-current")}).out, branch);
        QCOMPARE(git(*folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out, isolation.baseCommit());
        QCOMPARE(readFile(*folder + QStringLiteral("/README.md")), QByteArray("first\nsecond\n"));
        // A retry of the same worker gets the same folder.
        QCOMPARE(isolation.prepare(worker, &error), folder);
    }
    QCOMPARE(isolation.baseCommit(), git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
}

void TestWorktree::prepareStartsFromConfiguredBase()
{
    Config::Worktree config = worktreeConfig();
    config.base = QStringLiteral("HEAD~1");
    config.branchPrefix = QStringLiteral("ai/");
    WorktreeIsolation isolation(m_workspace, config);
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("r"));
    const std::optional<QString> folder = isolation.prepare(1, &error);
    QVERIFY2(folder, qPrintable(error));
    QCOMPARE(isolation.branchFor(1), QStringLiteral("ai/r/worker-1"));
    QCOMPARE(readFile(*folder + QStringLiteral("/README.md")), QByteArray("first\n"));
}

void TestWorktree::dirtyMainCheckoutUntouched()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/README.md"), "edited by the user\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/notes.txt"), "untracked\n"));
    QCOMPARE(git(m_repo, {QStringLiteral("add"), QStringLiteral("notes.txt")}).exitCode, 0);
    QVERIFY(writeFile(m_repo + QStringLiteral("/scratch.txt"), "untracked too\n"));
    const QString statusBefore = git(m_repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out;
    const QString headBefore = git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;

    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("dirty"));
    const std::optional<QString> folder = isolation.prepare(1, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(writeFile(*folder + QStringLiteral("/new.txt"), "agent\n"));
    SubtaskResult result;
    result.task = QStringLiteral("Agent work");
    isolation.settle(1, result);
    QCOMPARE(result.files, QStringList{QStringLiteral("new.txt")});

    // The worker saw the committed README, not the user's edit, and nothing of the user's changed.
    QCOMPARE(git(*folder, {QStringLiteral("show"), QStringLiteral("HEAD:README.md")}).out, u"first\nsecond"_s);
    QVERIFY(!QFileInfo::exists(*folder + QStringLiteral("/notes.txt")));
    QCOMPARE(git(m_repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, statusBefore);
    QCOMPARE(git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out, headBefore);
    QCOMPARE(readFile(m_repo + QStringLiteral("/README.md")), QByteArray("edited by the user\n"));
    QCOMPARE(git(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}).out, u"main"_s);
}

void TestWorktree::recoversLeftoversOfACrashedRun()
{
    const QString ws = QDir(m_workspace).absolutePath();
    QVERIFY(QDir().mkpath(ws));
    // Worker 1 of a crashed run: locked, its folder deleted (a stale .git/worktrees entry prune keeps).
    const QString stale = ws + QStringLiteral("/worktree_worker_1");
    QCOMPARE(git(m_repo, {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"), QStringLiteral("-b"),
                          QStringLiteral("orch/old/worker-1"), stale})
                 .exitCode,
             0);
    QCOMPARE(git(m_repo, {QStringLiteral("worktree"), QStringLiteral("lock"), stale}).exitCode, 0);
    QVERIFY(QDir(stale).removeRecursively());
    // Worker 2 of the crashed run: its folder still there (maybe with work in it); never deleted.
    const QString kept = ws + QStringLiteral("/worktree_worker_2");
    QCOMPARE(git(m_repo, {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"), QStringLiteral("-b"),
                          QStringLiteral("orch/old/worker-2"), kept})
                 .exitCode,
             0);
    QVERIFY(writeFile(kept + QStringLiteral("/unsaved.txt"), "work of the crashed run\n"));
    // The branch worker 3 will want is already checked out somewhere else.
    QCOMPARE(git(m_repo, {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"), QStringLiteral("-b"),
                          QStringLiteral("orch/new/worker-3"), m_dir->filePath(QStringLiteral("elsewhere"))})
                 .exitCode,
             0);

    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("new"));

    const std::optional<QString> first = isolation.prepare(1, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(*first, QDir(stale).absolutePath());
    QVERIFY(QFileInfo::exists(*first + QStringLiteral("/README.md")));
    const QString list = git(m_repo, {QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")}).out;
    QVERIFY2(!list.contains(QStringLiteral("orch/old/worker-1")), qPrintable(list));

    const std::optional<QString> second = isolation.prepare(2, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, kept + QStringLiteral("-2"));
    QCOMPARE(readFile(kept + QStringLiteral("/unsaved.txt")), QByteArray("work of the crashed run\n"));
    QCOMPARE(isolation.branchFor(2), QStringLiteral("orch/new/worker-2"));

    const std::optional<QString> third = isolation.prepare(3, &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(isolation.branchFor(3), QStringLiteral("orch/new/worker-3-2"));
    QCOMPARE(git(*third, {QStringLiteral("branch"), QStringLiteral("--show-current")}).out, isolation.branchFor(3));
}

void TestWorktree::resumedRunContinuesInItsWorktree()
{
    QString error;
    QString folder;
    {
        WorktreeIsolation crashed(m_workspace, worktreeConfig());
        QVERIFY2(crashed.check(&error), qPrintable(error));
        crashed.beginRun(QStringLiteral("again"));
        const std::optional<QString> first = crashed.prepare(1, &error);
        QVERIFY2(first, qPrintable(error));
        folder = *first;
        QVERIFY(writeFile(folder + QStringLiteral("/half.txt"), "half done\n"));
    }
    WorktreeIsolation resumed(m_workspace, worktreeConfig());
    QVERIFY2(resumed.check(&error), qPrintable(error));
    resumed.beginRun(QStringLiteral("again"));
    QCOMPARE(resumed.prepare(1, &error), std::optional<QString>(folder));
    QCOMPARE(resumed.branchFor(1), QStringLiteral("orch/again/worker-1"));
    QCOMPARE(readFile(folder + QStringLiteral("/half.txt")), QByteArray("half done\n"));
}

void TestWorktree::settleCommitsWithStat_data()
{
    QTest::addColumn<bool>("identityConfigured");
    QTest::newRow("fallback identity") << false;
    QTest::newRow("identity from git config") << true;
}

void TestWorktree::settleCommitsWithStat()
{
    QFETCH(bool, identityConfigured);
    if (identityConfigured) {
        QCOMPARE(git(m_repo, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Dev Eloper")}).exitCode, 0);
        QCOMPARE(git(m_repo, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("dev@example.com")})
                     .exitCode,
                 0);
    }
    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("stat"));
    const std::optional<QString> folder = isolation.prepare(1, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(writeFile(*folder + QStringLiteral("/README.md"), "first\nchanged\n"));  // +1 -1
    QVERIFY(QDir(*folder).mkpath(QStringLiteral("src")));
    QVERIFY(writeFile(*folder + QStringLiteral("/src/a.txt"), "one\ntwo\n"));  // +2
    QVERIFY(writeFile(*folder + QStringLiteral("/output.txt"), "the orchestrator's copy of the output\n"));

    SubtaskResult result;
    result.task = QStringLiteral("Add a.txt");
    result.status = SubtaskResult::Status::Success;
    isolation.settle(1, result);
    QCOMPARE(result.branch, QStringLiteral("orch/stat/worker-1"));
    QCOMPARE(result.commit, git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("orch/stat/worker-1")}).out);
    QVERIFY(result.commit != isolation.baseCommit());
    QCOMPARE(result.filesChanged, 2);
    QCOMPARE(result.insertions, 3);
    QCOMPARE(result.deletions, 1);
    QCOMPARE(result.files, (QStringList{QStringLiteral("README.md"), QStringLiteral("src/a.txt")}));

    const orch::test::GitResult log = git(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>%n%B"),
                                 result.branch});
    const QString author = identityConfigured ? QStringLiteral("Dev Eloper <dev@example.com>")
                                              : QStringLiteral("Parallel AI Orchestrator <orchestrator@localhost>");
    QVERIFY2(log.out.startsWith(author + QStringLiteral("\nAdd a.txt\n")), qPrintable(log.out));
    QVERIFY2(log.out.contains(QStringLiteral("Run: stat")), qPrintable(log.out));
    // output.txt stays out of the branch (every worker has one: it would conflict at merge).
    QVERIFY(git(m_repo, {QStringLiteral("cat-file"), QStringLiteral("-e"), result.branch + QStringLiteral(":output.txt")})
                .exitCode
            != 0);
    // Nothing left uncommitted but output.txt.
    QCOMPARE(git(*folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, u"?? output.txt"_s);

    const std::optional<QString> diff = isolation.diff(1, &error);
    QVERIFY2(diff, qPrintable(error));
    QVERIFY(diff->contains(QStringLiteral("+changed")));
    QVERIFY(diff->contains(QStringLiteral("-second")));
    QVERIFY(diff->contains(QStringLiteral("src/a.txt")));
}

void TestWorktree::settleWithoutChangesRecordsBase()
{
    WorktreeIsolation isolation(m_workspace, worktreeConfig());
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("idle"));
    QVERIFY(isolation.prepare(1, &error));
    SubtaskResult result;
    result.task = QStringLiteral("Nothing to do");
    isolation.settle(1, result);
    QCOMPARE(result.branch, QStringLiteral("orch/idle/worker-1"));
    QCOMPARE(result.commit, isolation.baseCommit());
    QCOMPARE(result.filesChanged, 0);
    QVERIFY(result.files.isEmpty());

    // A worker that never started (a skipped subtask) records nothing.
    SubtaskResult skipped;
    isolation.settle(2, skipped);
    QVERIFY(skipped.branch.isEmpty());
}

void TestWorktree::cleanupPolicy_data()
{
    QTest::addColumn<Config::WorktreeCleanup>("policy");
    QTest::addColumn<bool>("folderKept");
    QTest::addColumn<bool>("branchKept");
    QTest::newRow("keep") << Config::WorktreeCleanup::Keep << true << true;
    QTest::newRow("remove-worktrees") << Config::WorktreeCleanup::RemoveWorktrees << false << true;
    QTest::newRow("remove-all") << Config::WorktreeCleanup::RemoveAll << false << false;
}

void TestWorktree::cleanupPolicy()
{
    QFETCH(Config::WorktreeCleanup, policy);
    QFETCH(bool, folderKept);
    QFETCH(bool, branchKept);
    Config::Worktree config = worktreeConfig();
    config.cleanup = policy;
    WorktreeIsolation isolation(m_workspace, config);
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(QStringLiteral("clean"));
    const std::optional<QString> folder = isolation.prepare(1, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(writeFile(*folder + QStringLiteral("/a.txt"), "a\n"));
    QVERIFY(writeFile(*folder + QStringLiteral("/output.txt"), "out\n"));
    SubtaskResult result;
    result.task = QStringLiteral("Clean");
    isolation.settle(1, result);
    QCOMPARE(result.filesChanged, 1);
    QCOMPARE(QFileInfo::exists(*folder), folderKept);
    QCOMPARE(GitRepository(m_repo).branchExists(result.branch), branchKept);
    QCOMPARE(git(m_repo, {QStringLiteral("worktree"), QStringLiteral("list")}).out.contains(*folder), folderKept);

    if (policy == Config::WorktreeCleanup::RemoveWorktrees) {
        // A retry after the worktree was removed continues on the kept branch.
        const std::optional<QString> again = isolation.prepare(1, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(readFile(*again + QStringLiteral("/a.txt")), QByteArray("a\n"));
    }
}

void TestWorktree::resultJsonHasBranchOnlyWhenSet()
{
    SubtaskResult plain;
    plain.task = QStringLiteral("t");
    QVERIFY(!plain.toJson().contains("branch"));
    QVERIFY(!plain.toJson().contains("files"));

    SubtaskResult result = plain;
    result.branch = QStringLiteral("orch/r/worker-1");
    result.commit = QStringLiteral("abc123");
    result.filesChanged = 2;
    result.insertions = 5;
    result.deletions = 1;
    result.files = {QStringLiteral("a.txt"), QStringLiteral("b.txt")};
    const nlohmann::json json = result.toJson();
    QCOMPARE(json.at("files_changed").get<int>(), 2);
    QCOMPARE(json.at("files").size(), std::size_t(2));
    const SubtaskResult back = SubtaskResult::fromJson(json);
    QCOMPARE(back.branch, result.branch);
    QCOMPARE(back.commit, result.commit);
    QCOMPARE(back.insertions, 5);
    QCOMPARE(back.deletions, 1);
    QCOMPARE(back.files, result.files);
    QCOMPARE(back.toJson(), json);
}

void TestWorktree::orchestratorRunsInWorktrees()
{
    qputenv("FAKE_CLAUDE_STATE_DIR", m_dir->path().toUtf8());
    ConfigLoader loader(m_dir->path());
    loader.applyOverrides({{QStringLiteral("agent.binary"), QStringLiteral(FAKE_CLAUDE), QStringLiteral("--set")}});
    loader.finish();
    Config config = loader.config();
    config.orchestrator.mode = Config::Mode::Worktree;
    config.orchestrator.maxWorkers = 2;
    config.orchestrator.maxRetries = 0;
    config.orchestrator.timeout = 60;
    config.resources.maxCpuPercent = 100;
    config.worktree.repository = m_repo;

    Plan plan;
    plan.task = QStringLiteral("two files");
    plan.subtasks << Subtask{QStringLiteral("1"), QStringLiteral("Write a"), QStringLiteral("write a.txt"), {}}
                  << Subtask{QStringLiteral("2"), QStringLiteral("Write b"), QStringLiteral("write b.txt"), {}};
    Orchestrator orchestrator(config);
    orchestrator.setStopGrace(200, 200);
    const RunResult result = orchestrator.execute(plan);
    qunsetenv("FAKE_CLAUDE_STATE_DIR");

    QCOMPARE(result.status, RunResult::Status::Success);
    QCOMPARE(result.debugInfo.at("mode").get<std::string>(), std::string("worktree"));
    for (int i = 0; i < 2; ++i) {
        const SubtaskResult &subtask = result.subtaskResults.at(i);
        const QString name = QString(QChar(u'a' + i)) + QStringLiteral(".txt");
        QCOMPARE(subtask.branch, QStringLiteral("orch/%1/worker-%2").arg(result.runId).arg(i + 1));
        QVERIFY(subtask.workdir.endsWith(QStringLiteral("/worktree_worker_%1").arg(i + 1)));
        QCOMPARE(subtask.files, QStringList{name});
        QCOMPARE(subtask.filesChanged, 1);
        QVERIFY(subtask.insertions > 0);
        const orch::test::GitResult show = git(m_repo, {QStringLiteral("show"), subtask.branch + u':' + name});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("write ") + name));
        QCOMPARE(git(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), subtask.branch}).out,
                 subtask.task);
    }
    // The main checkout did not move and holds no agent file.
    QCOMPARE(git(m_repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QString());
    QCOMPARE(git(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}).out, u"main"_s);
    // result.json keeps the branch and the stat.
    const std::optional<RunResult> saved = RunStore(config.paths.workspace).loadResult(result.runId);
    QVERIFY(saved);
    QCOMPARE(saved->subtaskResults.at(0).branch, result.subtaskResults.at(0).branch);
    QCOMPARE(saved->subtaskResults.at(1).files, result.subtaskResults.at(1).files);
}

void TestWorktree::cliExitsWith3OutsideARepository()
{
    const QString plain = m_dir->filePath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(plain));
    QProcess cli;
    cli.setWorkingDirectory(plain);
    cli.start(QStringLiteral(ORCH_CLI_BIN),
              {QStringLiteral("--mode"), QStringLiteral("worktree"), QStringLiteral("--set"),
               QStringLiteral("agent.binary=") + QStringLiteral(FAKE_CLAUDE), QStringLiteral("--set"),
               QStringLiteral("paths.workspace=") + m_workspace, QStringLiteral("--subtask"),
               QStringLiteral("write a.txt")});
    QVERIFY(cli.waitForFinished(60000));
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(stderrText.contains(QStringLiteral("is not in a git repository")), qPrintable(stderrText));
    // Refused before any worker: no worktree, and no fake_claude ran.
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral("/worktree_worker_1")));
}

QTEST_GUILESS_MAIN(TestWorktree)
#include "tst_worktree.moc"
