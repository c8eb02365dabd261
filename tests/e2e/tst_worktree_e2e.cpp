// Worktree mode end to end: the orchestrator executable runs the real Claude Code CLI
// (ORCH_CLAUDE_BIN) against tests/fakes/mock_anthropic on loopback in a temporary git repository.
// Three workers write three files on three branches with one commit each, --merge brings them into
// the checked-out branch, and the repository is clean afterwards. One run only: each CLI start costs
// about 300 MB and half a CPU second.
#include "support/MockApi.h"
#include "support/TestGit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using orch::test::diesWithParent;
using orch::test::git;

namespace {

const QString apiKey = u"e2e-worktree-api-key-value-81c3d0"_s;

} // namespace

class TestWorktreeE2e final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeWorkersThreeBranchesMerged();

private:
    QString m_claude;
    orch::test::MockApi m_mock;
    QTemporaryDir m_dir;
};

void TestWorktreeE2e::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
        QSKIP("ORCH_CLAUDE_BIN is not set to the Claude CLI: scripts/test.sh installs it and sets it");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH), {u"--max-seconds"_s, u"400"_s}),
             qPrintable(m_mock.error()));
}

void TestWorktreeE2e::cleanupTestCase()
{
    m_mock.stop();
}

void TestWorktreeE2e::threeWorkersThreeBranchesMerged()
{
    const QString home = m_dir.filePath(u"home"_s);
    const QString repo = m_dir.filePath(u"repo"_s);
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(repo));
    QFile readme(repo + u"/README.md"_s);
    QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write("demo\n") == 5);
    readme.close();

    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg"_s));
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"ANTHROPIC_BASE_URL"_s, m_mock.baseUrl());
    env.insert(u"ANTHROPIC_API_KEY"_s, apiKey);
    env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, m_claude);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);

    // The user's repository: one commit on main, no git identity configured (HOME is empty).
    QCOMPARE(git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"add"_s, u"README.md"_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s, u"commit"_s, u"-q"_s,
                        u"-m"_s, u"start"_s})
                 .exitCode,
             0);
    const QString base = git(repo, {u"rev-parse"_s, u"HEAD"_s}).out;

    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(repo);
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.setChildProcessModifier(diesWithParent);
    // The workspace outside the repository, so it does not show up there as untracked files.
    cli.start(QStringLiteral(ORCH_CLI_BIN),
              {u"--json"_s, u"--mode"_s, u"worktree"_s, u"--workspace"_s, m_dir.filePath(u"workspace"_s),
               u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s, u"--subtask"_s,
               u"write c.txt"_s, u"--merge"_s, u"three files"_s});
    QVERIFY(cli.waitForStarted());
    // With the event loop running: the mock's log lines must keep being read, or it blocks.
    if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 240000)) {
        cli.kill();
        cli.waitForFinished();
        QFAIL("the orchestrator did not finish within 240 s");
    }
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    const nlohmann::json result = nlohmann::json::parse(out.toStdString(), nullptr, false);
    QVERIFY(result.is_object());
    QCOMPARE(result.at("status"), "success");
    const QString runId = QString::fromStdString(result.at("run_id").get<std::string>());

    // Three branches, one commit each on top of the base, each holding its own file and nothing else
    // (output.txt and whatever the CLI keeps for itself stay out).
    for (int i = 0; i < 3; ++i) {
        const nlohmann::json &subtask = result.at("subtask_results").at(i);
        const QString name = QString(QChar(u'a' + i)) + u".txt"_s;
        const QString branch = QString::fromStdString(subtask.at("branch").get<std::string>());
        QCOMPARE(branch, u"orch/%1/worker-%2"_s.arg(runId).arg(i + 1));
        QCOMPARE(git(repo, {u"rev-list"_s, u"--count"_s, base + u".."_s + branch}).out, u"1"_s);
        QCOMPARE(QString::fromStdString(subtask.at("commit").get<std::string>()),
                 git(repo, {u"rev-parse"_s, branch}).out);
        QCOMPARE(git(repo, {u"diff"_s, u"--name-only"_s, base, branch}).out, name);
    }

    // --merge brought all three into main, in plan order, and said so.
    QVERIFY2(err.contains("[SUCCESS] Merged 3 worker branch(es) into main"), err.constData());
    const nlohmann::json &merge = result.at("merge");
    QCOMPARE(merge.at("ok"), true);
    QCOMPARE(merge.at("merges").size(), std::size_t(3));
    QCOMPARE(merge.at("merges").at(0).at("outcome"), "fast-forward");
    QCOMPARE(merge.at("merges").at(1).at("outcome"), "merge-commit");
    QCOMPARE(merge.at("merges").at(2).at("outcome"), "merge-commit");
    const QStringList merged = git(repo, {u"branch"_s, u"--format=%(refname:short)"_s, u"--merged"_s, u"main"_s,
                                          u"--list"_s, u"orch/*"_s})
                                   .out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(merged.size(), 3);
    for (const QString &name : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s})
        QVERIFY2(QFileInfo::exists(repo + u'/' + name), qPrintable(name));

    // The main checkout: still on main, nothing modified or untracked, no half-done merge.
    QCOMPARE(git(repo, {u"symbolic-ref"_s, u"HEAD"_s}).out, u"refs/heads/main"_s);
    QCOMPARE(git(repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s}).out, QString());
    QVERIFY(!QFileInfo::exists(repo + u"/.git/MERGE_HEAD"_s));
    // The API key went to the agents' environment only, never into the history.
    QVERIFY(!git(repo, {u"log"_s, u"-p"_s, u"--all"_s}).out.contains(apiKey));
}

QTEST_GUILESS_MAIN(TestWorktreeE2e)
#include "tst_worktree_e2e.moc"
