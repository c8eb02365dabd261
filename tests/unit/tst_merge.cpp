// Review and merge of worker branches with real git in temporary repositories: the diff of a
// branch, the conflict preview, fast-forward and merge-commit merges into a branch checked out or
// not, conflicts and a dirty checkout leaving the repository byte for byte as it was, the commit
// author, merging a whole run, and --merge / --clean through the orchestrator executable on
// fake_claude. HOME and GIT_CONFIG_NOSYSTEM keep the developer's git configuration out.
#include "config/Config.h"
#include "isolation/GitRepository.h"
#include "isolation/WorktreeIsolation.h"
#include "isolation/WorktreeMerger.h"
#include "run/RunResult.h"
#include "support/TestGit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace orch;
using namespace Qt::StringLiterals;
using orch::test::git;
using orch::test::readFile;
using orch::test::writeFile;

namespace {

const QStringList testIdentity = {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s};

using Files = QList<std::pair<QString, QByteArray>>;

// Everything a merge that did not happen must leave as it was.
struct Snapshot
{
    QString status;
    QString head;
    QString refs;
    QByteArray index;
    QStringList gitDir;  // MERGE_HEAD, AUTO_MERGE, index.lock, ... would show up here
    QString worktrees;
};

} // namespace

class TestMerge final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void diffShowsOnlyTheBranchChanges();
    void conflictPreviewListsSharedFiles();
    void mergeFastForward_data();
    void mergeFastForward();
    void mergeCommit_data();
    void mergeCommit();
    void conflictLeavesRepositoryUntouched_data();
    void conflictLeavesRepositoryUntouched();
    void dirtyCheckoutRefuses_data();
    void dirtyCheckoutRefuses();
    void dirtyCheckoutElsewhereIsKept();
    void mergeInProgressRefuses();
    void mergeErrors_data();
    void mergeErrors();
    void parseAuthor_data();
    void parseAuthor();
    void commitAuthor_data();
    void commitAuthor();
    void malformedAuthorStopsTheRun();
    void mergeRunInPlanOrder_data();
    void mergeRunInPlanOrder();
    void mergeRunGoesOnAfterAConflict();
    void cliMergesTwoWorkers();
    void cliMergeConflictExits4();
    void cliMergeNeedsWorktreeMode();
    void cliClean();

private:
    // A branch from `from` with these files written and committed, in its own worktree (as a
    // worker leaves it); returns the commit.
    QString branchWith(const QString &branch, const Files &files, const QString &from = u"main"_s);
    QString commitOnMain(const Files &files);
    QString rev(const QString &revision) const { return git(m_repo, {u"rev-parse"_s, revision}).out; }
    // notes.txt gets a new modification time, same content: the index's cached stat goes stale,
    // so any git command that refreshes and writes the index would change its bytes.
    bool makeIndexStale() const;
    Snapshot snapshot() const;
    void compareSnapshots(const Snapshot &after, const Snapshot &before) const;
    Config::Worktree config() const { return {}; }
    QProcess *runCli(const QStringList &arguments);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;
    QString m_base;
};

void TestMerge::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!GitRepository::gitProgram().isEmpty(), "these tests need git");
    orch::test::isolateGitEnvironment(m_home.path());
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = m_dir->filePath(u"repo"_s);
    QVERIFY(QDir().mkpath(m_repo));
    QCOMPARE(git(m_repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).exitCode, 0);
    m_repo = QDir(m_repo).canonicalPath();
    m_base = commitOnMain({{u"README.md"_s, "one\ntwo\nthree\nfour\nfive\n"}, {u"notes.txt"_s, "notes\n"}});
    QVERIFY(!m_base.isEmpty());
}

QString TestMerge::commitOnMain(const Files &files)
{
    for (const auto &[path, content] : files) {
        if (!writeFile(m_repo + u'/' + path, content) || git(m_repo, {u"add"_s, path}).exitCode != 0)
            return {};
    }
    if (git(m_repo, testIdentity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"on main"_s}).exitCode != 0)
        return {};
    return rev(u"HEAD"_s);
}

QString TestMerge::branchWith(const QString &branch, const Files &files, const QString &from)
{
    const QString tree = m_dir->filePath(u"wt-"_s + QString(branch).replace(u'/', u'_'));
    if (git(m_repo, {u"worktree"_s, u"add"_s, u"-q"_s, u"-b"_s, branch, tree, from}).exitCode != 0)
        return {};
    for (const auto &[path, content] : files) {
        if (!writeFile(tree + u'/' + path, content))
            return {};
    }
    if (git(tree, {u"add"_s, u"--all"_s}).exitCode != 0
        || git(tree, testIdentity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, branch}).exitCode != 0)
        return {};
    return rev(branch);
}

bool TestMerge::makeIndexStale() const
{
    QFile notes(m_repo + u"/notes.txt"_s);
    return notes.open(QIODevice::ReadWrite)
           && notes.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
}

Snapshot TestMerge::snapshot() const
{
    Snapshot shot;
    // The index first, and the test's own status must not refresh it either.
    shot.index = QCryptographicHash::hash(readFile(m_repo + u"/.git/index"_s), QCryptographicHash::Sha256);
    shot.status = git(m_repo, {u"--no-optional-locks"_s, u"status"_s, u"--porcelain=v1"_s, u"--untracked-files=all"_s,
                               u"--ignored"_s})
                      .out;
    shot.head = git(m_repo, {u"symbolic-ref"_s, u"HEAD"_s}).out + u' ' + rev(u"HEAD"_s);
    shot.refs = git(m_repo, {u"for-each-ref"_s, u"--format=%(refname) %(objectname)"_s}).out;
    shot.gitDir = QDir(m_repo + u"/.git"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    shot.worktrees = git(m_repo, {u"worktree"_s, u"list"_s, u"--porcelain"_s}).out;
    return shot;
}

void TestMerge::compareSnapshots(const Snapshot &after, const Snapshot &before) const
{
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.head, before.head);
    QCOMPARE(after.refs, before.refs);
    QCOMPARE(after.index.toHex(), before.index.toHex());
    QCOMPARE(after.gitDir, before.gitDir);
    QCOMPARE(after.worktrees, before.worktrees);
}

void TestMerge::diffShowsOnlyTheBranchChanges()
{
    QVERIFY(!branchWith(u"b"_s, {{u"README.md"_s, "one\nTWO\nthree\nfour\nfive\n"},
                                 {u"src/a.txt"_s, "alpha\nbeta\n"},
                                 {u"blob.bin"_s, QByteArray("\0\1\2\3", 4)}})
                 .isEmpty());
    // main moves on: the review still shows only what the branch did.
    QVERIFY(!commitOnMain({{u"later.txt"_s, "later\n"}}).isEmpty());

    const WorktreeMerger merger(m_repo, config());
    QString error;
    const std::optional<WorktreeMerger::Diff> diff = merger.diff(u"b"_s, u"main"_s, &error);
    QVERIFY2(diff, qPrintable(error));
    QVERIFY(diff->patch.contains(u"+TWO"_s));
    QVERIFY(diff->patch.contains(u"-two"_s));
    QVERIFY(diff->patch.contains(u"+++ b/src/a.txt"_s));
    QVERIFY(!diff->patch.contains(u"later.txt"_s));
    QCOMPARE(diff->files.size(), 3);
    QCOMPARE(diff->files.at(0).path, u"README.md"_s);
    QCOMPARE(diff->files.at(0).insertions, 1);
    QCOMPARE(diff->files.at(0).deletions, 1);
    QCOMPARE(diff->files.at(1).path, u"blob.bin"_s);
    QVERIFY(diff->files.at(1).binary);
    QCOMPARE(diff->files.at(2).path, u"src/a.txt"_s);
    QCOMPARE(diff->files.at(2).insertions, 2);
    QCOMPARE(diff->insertions, 3);
    QCOMPARE(diff->deletions, 1);

    QVERIFY(!merger.diff(u"no-such-branch"_s, u"main"_s, &error));
    QVERIFY2(error.contains(u"neither a branch nor a commit"_s), qPrintable(error));
}

void TestMerge::conflictPreviewListsSharedFiles()
{
    QVERIFY(!branchWith(u"w1"_s, {{u"README.md"_s, "changed by 1\n"}, {u"a.txt"_s, "1\n"}}).isEmpty());
    QVERIFY(!branchWith(u"w2"_s, {{u"README.md"_s, "changed by 2\n"}, {u"b.txt"_s, "2\n"}}).isEmpty());
    QVERIFY(!branchWith(u"w3"_s, {{u"a.txt"_s, "3\n"}, {u"c.txt"_s, "3\n"}}).isEmpty());
    const WorktreeMerger merger(m_repo, config());
    QString error;
    const auto preview = merger.conflictPreview({u"w1"_s, u"w2"_s, u"w3"_s}, u"main"_s, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->size(), 2);
    QCOMPARE(preview->at(0).path, u"README.md"_s);
    QCOMPARE(preview->at(0).branches, (QStringList{u"w1"_s, u"w2"_s}));
    QCOMPARE(preview->at(1).path, u"a.txt"_s);
    QCOMPARE(preview->at(1).branches, (QStringList{u"w1"_s, u"w3"_s}));

    const auto disjoint = merger.conflictPreview({u"w2"_s, u"w3"_s}, u"main"_s, &error);
    QVERIFY2(disjoint, qPrintable(error));
    QVERIFY(disjoint->isEmpty());
    QVERIFY(!merger.conflictPreview({u"w1"_s, u"gone"_s}, u"main"_s, &error));
    QVERIFY2(error.contains(u"gone"_s), qPrintable(error));
}

void TestMerge::mergeFastForward_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("into the branch checked out") << u"main"_s;
    QTest::newRow("into a branch not checked out") << u"integration"_s;
    QTest::newRow("into the checked-out branch, by default") << QString();
}

void TestMerge::mergeFastForward()
{
    QFETCH(QString, target);
    QCOMPARE(git(m_repo, {u"branch"_s, u"integration"_s}).exitCode, 0);
    const QString commit = branchWith(u"orch/r/worker-1"_s, {{u"a.txt"_s, "a\n"}});
    QVERIFY(!commit.isEmpty());
    const WorktreeMerger merger(m_repo, config());
    const MergeOutcome outcome = merger.merge(u"orch/r/worker-1"_s, target);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::FastForward, qPrintable(outcome.message));
    QVERIFY(outcome.ok());
    const QString name = target.isEmpty() ? u"main"_s : target;
    QCOMPARE(outcome.target, name);
    QCOMPARE(outcome.oldCommit, m_base);
    QCOMPARE(outcome.newCommit, commit);
    QCOMPARE(outcome.files, QStringList{u"a.txt"_s});
    QCOMPARE(rev(name), commit);

    const bool checkedOut = name == u"main";
    QCOMPARE(rev(u"HEAD"_s), checkedOut ? commit : m_base);
    QCOMPARE(git(m_repo, {u"symbolic-ref"_s, u"HEAD"_s}).out, u"refs/heads/main"_s);
    QCOMPARE(QFileInfo::exists(m_repo + u"/a.txt"_s), checkedOut);
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s}).out, QString());
    QVERIFY(git(m_repo, {u"reflog"_s, u"-1"_s, name}).out.contains(u"orchestrator: merge orch/r/worker-1"_s));

    const MergeOutcome again = merger.merge(u"orch/r/worker-1"_s, target);
    QCOMPARE(again.kind, MergeOutcome::Kind::UpToDate);
    QVERIFY(again.ok());
    QCOMPARE(again.newCommit, commit);
}

void TestMerge::mergeCommit_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("into the branch checked out") << u"main"_s;
    QTest::newRow("into a branch not checked out") << u"integration"_s;
}

void TestMerge::mergeCommit()
{
    QFETCH(QString, target);
    QCOMPARE(git(m_repo, {u"branch"_s, u"integration"_s}).exitCode, 0);
    const QString first = branchWith(u"w1"_s, {{u"a.txt"_s, "a\n"}, {u"README.md"_s, "ONE\ntwo\nthree\nfour\nfive\n"}});
    const QString second = branchWith(u"w2"_s, {{u"b.txt"_s, "b\n"}, {u"README.md"_s, "one\ntwo\nthree\nfour\nFIVE\n"}});
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const WorktreeMerger merger(m_repo, config());
    QCOMPARE(merger.merge(u"w1"_s, target).kind, MergeOutcome::Kind::FastForward);
    const MergeOutcome outcome = merger.merge(u"w2"_s, target, u"Subtask 2: write b"_s);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::MergeCommit, qPrintable(outcome.message));
    QCOMPARE(outcome.oldCommit, first);
    QCOMPARE(rev(target), outcome.newCommit);
    QCOMPARE(git(m_repo, {u"log"_s, u"-1"_s, u"--format=%P"_s, target}).out, first + u' ' + second);
    QCOMPARE(git(m_repo, {u"log"_s, u"-1"_s, u"--format=%B"_s, target}).out,
             u"Merge branch 'w2' into "_s + target + u"\n\nSubtask 2: write b"_s);
    QCOMPARE(outcome.files, (QStringList{u"README.md"_s, u"b.txt"_s}));
    // Both edits of README.md, on different lines, are in.
    QCOMPARE(git(m_repo, {u"show"_s, target + u":README.md"_s}).out, u"ONE\ntwo\nthree\nfour\nFIVE"_s);

    if (target == u"main") {
        QCOMPARE(readFile(m_repo + u"/README.md"_s), QByteArray("ONE\ntwo\nthree\nfour\nFIVE\n"));
        QVERIFY(QFileInfo::exists(m_repo + u"/a.txt"_s) && QFileInfo::exists(m_repo + u"/b.txt"_s));
    } else {
        QCOMPARE(rev(u"main"_s), m_base);
        QVERIFY(!QFileInfo::exists(m_repo + u"/a.txt"_s));
    }
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s}).out, QString());
}

void TestMerge::conflictLeavesRepositoryUntouched_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("dirty");
    QTest::newRow("checked out, clean") << u"main"_s << false;
    QTest::newRow("checked out, with the user's changes") << u"main"_s << true;
    QTest::newRow("not checked out") << u"integration"_s << false;
}

void TestMerge::conflictLeavesRepositoryUntouched()
{
    QFETCH(QString, target);
    QFETCH(bool, dirty);
    QVERIFY(!branchWith(u"w1"_s, {{u"README.md"_s, "one\nTWO by 1\nthree\nfour\nfive\n"}}).isEmpty());
    QVERIFY(!branchWith(u"w2"_s, {{u"README.md"_s, "one\nTWO by 2\nthree\nfour\nfive\n"}, {u"b.txt"_s, "b\n"}})
                 .isEmpty());
    QCOMPARE(git(m_repo, {u"branch"_s, u"integration"_s}).exitCode, 0);
    const WorktreeMerger merger(m_repo, config());
    QCOMPARE(merger.merge(u"w1"_s, target).kind, MergeOutcome::Kind::FastForward);
    if (dirty) {
        // Uncommitted work on the very file that conflicts, a staged file and an untracked one.
        QVERIFY(writeFile(m_repo + u"/README.md"_s, "the user's own edit\n"));
        QVERIFY(writeFile(m_repo + u"/staged.txt"_s, "staged\n"));
        QCOMPARE(git(m_repo, {u"add"_s, u"staged.txt"_s}).exitCode, 0);
        QVERIFY(writeFile(m_repo + u"/scratch.txt"_s, "untracked\n"));
    }
    QVERIFY(makeIndexStale());
    const Snapshot before = snapshot();
    const QByteArray readme = readFile(m_repo + u"/README.md"_s);

    const MergeOutcome outcome = merger.merge(u"w2"_s, target);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::Conflict, qPrintable(outcome.message));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.files, QStringList{u"README.md"_s});
    QCOMPARE(outcome.newCommit, outcome.oldCommit);
    QVERIFY2(outcome.message.contains(u"left as it was"_s), qPrintable(outcome.message));

    compareSnapshots(snapshot(), before);
    QCOMPARE(readFile(m_repo + u"/README.md"_s), readme);
    QVERIFY(!QFileInfo::exists(m_repo + u"/b.txt"_s));
    if (dirty) {
        QCOMPARE(readFile(m_repo + u"/scratch.txt"_s), QByteArray("untracked\n"));
        QCOMPARE(git(m_repo, {u"diff"_s, u"--cached"_s, u"--name-only"_s}).out, u"staged.txt"_s);
    }
}

void TestMerge::dirtyCheckoutRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("unstaged edit") << u"unstaged"_s << u"README.md"_s;
    QTest::newRow("staged edit") << u"staged"_s << u"README.md"_s;
    QTest::newRow("untracked file in the way") << u"untracked"_s << u"new.txt"_s;
    QTest::newRow("ignored file in the way") << u"ignored"_s << u"new.txt"_s;
}

void TestMerge::dirtyCheckoutRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QVERIFY(!branchWith(u"w"_s, {{u"README.md"_s, "one\nTWO\nthree\nfour\nfive\n"}, {u"new.txt"_s, "new\n"}})
                 .isEmpty());
    QVERIFY(writeFile(m_repo + u'/' + file, "the user's\n"));
    if (kind == u"staged")
        QCOMPARE(git(m_repo, {u"add"_s, file}).exitCode, 0);
    if (kind == u"ignored")
        QVERIFY(writeFile(m_repo + u"/.git/info/exclude"_s, "new.txt\n"));
    QVERIFY(makeIndexStale());
    const Snapshot before = snapshot();

    const MergeOutcome outcome = WorktreeMerger(m_repo, config()).merge(u"w"_s, u"main"_s);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::Refused, qPrintable(outcome.message));
    QCOMPARE(outcome.files, QStringList{file});
    QVERIFY2(outcome.message.contains(u"commit or stash"_s), qPrintable(outcome.message));
    compareSnapshots(snapshot(), before);
    QCOMPARE(readFile(m_repo + u'/' + file), QByteArray("the user's\n"));
    QCOMPARE(rev(u"main"_s), m_base);
}

void TestMerge::dirtyCheckoutElsewhereIsKept()
{
    QVERIFY(!branchWith(u"w1"_s, {{u"a.txt"_s, "a\n"}, {u"README.md"_s, "ONE\ntwo\nthree\nfour\nfive\n"}}).isEmpty());
    QVERIFY(!branchWith(u"w2"_s, {{u"b.txt"_s, "b\n"}}).isEmpty());
    QVERIFY(writeFile(m_repo + u"/notes.txt"_s, "the user's notes\n"));
    QVERIFY(writeFile(m_repo + u"/staged.txt"_s, "staged\n"));
    QCOMPARE(git(m_repo, {u"add"_s, u"staged.txt"_s}).exitCode, 0);
    QVERIFY(writeFile(m_repo + u"/scratch.txt"_s, "untracked\n"));
    const QString status = git(m_repo, {u"status"_s, u"--porcelain"_s}).out;

    const WorktreeMerger merger(m_repo, config());
    const MergeOutcome first = merger.merge(u"w1"_s, u"main"_s);
    QVERIFY2(first.kind == MergeOutcome::Kind::FastForward, qPrintable(first.message));
    const MergeOutcome second = merger.merge(u"w2"_s, u"main"_s);
    QVERIFY2(second.kind == MergeOutcome::Kind::MergeCommit, qPrintable(second.message));

    QCOMPARE(rev(u"HEAD"_s), second.newCommit);
    QCOMPARE(readFile(m_repo + u"/a.txt"_s), QByteArray("a\n"));
    QCOMPARE(readFile(m_repo + u"/b.txt"_s), QByteArray("b\n"));
    QCOMPARE(readFile(m_repo + u"/README.md"_s), QByteArray("ONE\ntwo\nthree\nfour\nfive\n"));
    QCOMPARE(readFile(m_repo + u"/notes.txt"_s), QByteArray("the user's notes\n"));
    QCOMPARE(readFile(m_repo + u"/scratch.txt"_s), QByteArray("untracked\n"));
    // Only the user's changes are left over, staged and unstaged as they were.
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s}).out, status);
    QCOMPARE(git(m_repo, {u"diff"_s, u"--cached"_s, u"--name-only"_s}).out, u"staged.txt"_s);
}

void TestMerge::mergeInProgressRefuses()
{
    QVERIFY(!branchWith(u"theirs"_s, {{u"README.md"_s, "theirs\n"}}).isEmpty());
    QVERIFY(!commitOnMain({{u"README.md"_s, "ours\n"}}).isEmpty());
    QVERIFY(!branchWith(u"w"_s, {{u"a.txt"_s, "a\n"}}).isEmpty());
    // The user's own merge, stopped at a conflict.
    QVERIFY(git(m_repo, testIdentity + QStringList{u"merge"_s, u"-q"_s, u"theirs"_s}).exitCode != 0);
    QVERIFY(QFileInfo::exists(m_repo + u"/.git/MERGE_HEAD"_s));
    QVERIFY(makeIndexStale());
    const Snapshot before = snapshot();
    const QByteArray readme = readFile(m_repo + u"/README.md"_s);

    const MergeOutcome outcome = WorktreeMerger(m_repo, config()).merge(u"w"_s, u"main"_s);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::Refused, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"a merge is in progress"_s), qPrintable(outcome.message));
    compareSnapshots(snapshot(), before);
    QCOMPARE(readFile(m_repo + u"/README.md"_s), readme);
}

void TestMerge::mergeErrors_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("detach");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown branch") << u"nope"_s << u"main"_s << false << u"neither a branch nor a commit"_s;
    QTest::newRow("unknown target") << u"w"_s << u"nope"_s << false << u"does not exist"_s;
    QTest::newRow("option-like target") << u"w"_s << u"--force"_s << false << u"does not exist"_s;
    QTest::newRow("detached HEAD, no target") << u"w"_s << QString() << true << u"detached"_s;
}

void TestMerge::mergeErrors()
{
    QFETCH(QString, branch);
    QFETCH(QString, target);
    QFETCH(bool, detach);
    QFETCH(QString, expected);
    QVERIFY(!branchWith(u"w"_s, {{u"a.txt"_s, "a\n"}}).isEmpty());
    if (detach)
        QCOMPARE(git(m_repo, {u"checkout"_s, u"-q"_s, u"--detach"_s}).exitCode, 0);
    const Snapshot before = snapshot();
    const MergeOutcome outcome = WorktreeMerger(m_repo, config()).merge(branch, target);
    QCOMPARE(outcome.kind, MergeOutcome::Kind::Error);
    QVERIFY2(outcome.message.contains(expected), qPrintable(outcome.message));
    compareSnapshots(snapshot(), before);
}

void TestMerge::parseAuthor_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::newRow("plain") << u"Merge Bot <bot@example.com>"_s << true << u"Merge Bot"_s << u"bot@example.com"_s;
    QTest::newRow("spaces around") << u"  Ann Lee   <ann@x.org>  "_s << true << u"Ann Lee"_s << u"ann@x.org"_s;
    QTest::newRow("no email") << u"Merge Bot"_s << false << QString() << QString();
    QTest::newRow("no name") << u"<bot@example.com>"_s << false << QString() << QString();
    QTest::newRow("empty email") << u"Bot <>"_s << false << QString() << QString();
    QTest::newRow("two emails") << u"Bot <a@b> <c@d>"_s << false << QString() << QString();
}

void TestMerge::parseAuthor()
{
    QFETCH(QString, author);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const std::optional<WorktreeIsolation::Identity> identity = WorktreeIsolation::parseAuthor(author);
    QCOMPARE(bool(identity), valid);
    if (identity) {
        QCOMPARE(identity->name, name);
        QCOMPARE(identity->email, email);
    }
}

void TestMerge::commitAuthor_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("gitIdentity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("worktree.author") << u"Merge Bot <bot@example.com>"_s << true << u"Merge Bot <bot@example.com>"_s;
    QTest::newRow("git's identity") << QString() << true << u"Dev Eloper <dev@example.com>"_s;
    QTest::newRow("fallback") << QString() << false << u"Parallel AI Orchestrator <orchestrator@localhost>"_s;
}

void TestMerge::commitAuthor()
{
    QFETCH(QString, author);
    QFETCH(bool, gitIdentity);
    QFETCH(QString, expected);
    if (gitIdentity) {
        QCOMPARE(git(m_repo, {u"config"_s, u"user.name"_s, u"Dev Eloper"_s}).exitCode, 0);
        QCOMPARE(git(m_repo, {u"config"_s, u"user.email"_s, u"dev@example.com"_s}).exitCode, 0);
    }
    Config::Worktree worktree;
    worktree.repository = m_repo;
    worktree.author = author;

    // The worker's commit.
    WorktreeIsolation isolation(m_dir->filePath(u"workspace"_s), worktree);
    QString error;
    QVERIFY2(isolation.check(&error), qPrintable(error));
    isolation.beginRun(u"who"_s);
    const std::optional<QString> folder = isolation.prepare(1, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(writeFile(*folder + u"/a.txt"_s, "a\n"));
    SubtaskResult result;
    result.task = u"Write a"_s;
    result.status = SubtaskResult::Status::Success;
    isolation.settle(1, result);
    QVERIFY(result.commit != m_base);
    const QString format = u"--format=%an <%ae>|%cn <%ce>"_s;
    QCOMPARE(git(m_repo, {u"log"_s, u"-1"_s, format, result.branch}).out, expected + u'|' + expected);

    // The merge commit.
    QVERIFY(!commitOnMain({{u"main.txt"_s, "main\n"}}).isEmpty());
    const MergeOutcome outcome = WorktreeMerger(m_repo, worktree).merge(result.branch, u"main"_s);
    QVERIFY2(outcome.kind == MergeOutcome::Kind::MergeCommit, qPrintable(outcome.message));
    QCOMPARE(git(m_repo, {u"log"_s, u"-1"_s, format, u"main"_s}).out, expected + u'|' + expected);
}

void TestMerge::malformedAuthorStopsTheRun()
{
    Config::Worktree worktree;
    worktree.repository = m_repo;
    worktree.author = u"Merge Bot"_s;
    WorktreeIsolation isolation(m_dir->filePath(u"workspace"_s), worktree);
    QString error;
    QVERIFY(!isolation.check(&error));
    QVERIFY2(error.contains(u"worktree.author must look like 'Name <email>'"_s), qPrintable(error));

    QVERIFY(!branchWith(u"w"_s, {{u"a.txt"_s, "a\n"}}).isEmpty());
    QVERIFY(!commitOnMain({{u"main.txt"_s, "main\n"}}).isEmpty());
    const QString before = rev(u"main"_s);
    const MergeOutcome outcome = WorktreeMerger(m_repo, worktree).merge(u"w"_s, u"main"_s);
    QCOMPARE(outcome.kind, MergeOutcome::Kind::Error);
    QVERIFY2(outcome.message.contains(u"worktree.author"_s), qPrintable(outcome.message));
    QCOMPARE(rev(u"main"_s), before);
}

void TestMerge::mergeRunInPlanOrder_data()
{
    QTest::addColumn<QString>("mergeTarget");
    QTest::newRow("the branch checked out") << QString();
    QTest::newRow("worktree.merge_target") << u"integration"_s;
}

void TestMerge::mergeRunInPlanOrder()
{
    QFETCH(QString, mergeTarget);
    QCOMPARE(git(m_repo, {u"branch"_s, u"integration"_s}).exitCode, 0);
    // Workers 1 and 3 edit different lines of README.md: the preview warns, the merge is clean.
    const QString c1 = branchWith(u"orch/r/worker-1"_s, {{u"a.txt"_s, "a\n"}, {u"README.md"_s, "ONE\ntwo\nthree\nfour\nfive\n"}});
    const QString c2 = branchWith(u"orch/r/worker-2"_s, {{u"x.txt"_s, "failed work\n"}});
    const QString c3 = branchWith(u"orch/r/worker-3"_s, {{u"c.txt"_s, "c\n"}, {u"README.md"_s, "one\ntwo\nthree\nfour\nFIVE\n"}});
    const QString c4 = branchWith(u"orch/r/worker-4"_s, {{u"d.txt"_s, "d\n"}});
    QVERIFY(!c1.isEmpty() && !c2.isEmpty() && !c3.isEmpty() && !c4.isEmpty());
    // cleanup remove-all: worker 4's branch is gone, its commit is what the result recorded.
    QCOMPARE(git(m_repo, {u"worktree"_s, u"remove"_s, m_dir->filePath(u"wt-orch_r_worker-4"_s)}).exitCode, 0);
    QCOMPARE(git(m_repo, {u"branch"_s, u"-D"_s, u"orch/r/worker-4"_s}).exitCode, 0);

    RunResult run;
    run.runId = u"r"_s;
    const QList<std::tuple<QString, SubtaskResult::Status, QString>> plan = {
        {u"1"_s, SubtaskResult::Status::Success, c1},
        {u"2"_s, SubtaskResult::Status::Failed, c2},
        {u"3"_s, SubtaskResult::Status::Success, c3},
        {u"4"_s, SubtaskResult::Status::Success, c4}};
    for (const auto &[id, status, commit] : plan) {
        SubtaskResult subtask;
        subtask.id = id;
        subtask.workerId = id.toInt();
        subtask.task = u"Task "_s + id;
        subtask.status = status;
        subtask.branch = u"orch/r/worker-"_s + id;
        subtask.commit = commit;
        run.subtaskResults << subtask;
    }
    Config::Worktree worktree;
    worktree.mergeTarget = mergeTarget;
    const WorktreeMerger::RunMerge merge = WorktreeMerger(m_repo, worktree).mergeRun(run);
    const QString target = mergeTarget.isEmpty() ? u"main"_s : mergeTarget;
    QVERIFY2(merge.ok(), qPrintable(merge.error));
    QCOMPARE(merge.target, target);
    QCOMPARE(merge.preview.size(), 1);
    QCOMPARE(merge.preview.at(0).path, u"README.md"_s);
    QCOMPARE(merge.preview.at(0).branches, (QStringList{u"orch/r/worker-1"_s, u"orch/r/worker-3"_s}));
    QCOMPARE(merge.merges.size(), 3);
    QCOMPARE(merge.merges.at(0).subtaskId, u"1"_s);
    QCOMPARE(merge.merges.at(0).outcome.kind, MergeOutcome::Kind::FastForward);
    QCOMPARE(merge.merges.at(1).subtaskId, u"3"_s);
    QCOMPARE(merge.merges.at(1).outcome.kind, MergeOutcome::Kind::MergeCommit);
    QCOMPARE(merge.merges.at(2).subtaskId, u"4"_s);
    QCOMPARE(merge.merges.at(2).outcome.branch, c4);
    QCOMPARE(merge.merges.at(2).outcome.kind, MergeOutcome::Kind::MergeCommit);
    QVERIFY(git(m_repo, {u"log"_s, u"-1"_s, u"--format=%B"_s, target}).out.contains(u"Subtask 4: Task 4\nRun: r"_s));

    for (const QString &file : {u"a.txt"_s, u"c.txt"_s, u"d.txt"_s})
        QCOMPARE(git(m_repo, {u"cat-file"_s, u"-e"_s, target + u':' + file}).exitCode, 0);
    QVERIFY(git(m_repo, {u"cat-file"_s, u"-e"_s, target + u":x.txt"_s}).exitCode != 0);
    QCOMPARE(rev(u"main"_s), mergeTarget.isEmpty() ? rev(target) : m_base);
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s}).out, QString());
}

void TestMerge::mergeRunGoesOnAfterAConflict()
{
    const QString c1 = branchWith(u"w1"_s, {{u"README.md"_s, "by 1\n"}});
    const QString c2 = branchWith(u"w2"_s, {{u"README.md"_s, "by 2\n"}});
    const QString c3 = branchWith(u"w3"_s, {{u"c.txt"_s, "c\n"}});
    RunResult run;
    run.runId = u"r"_s;
    for (const QString &id : {u"1"_s, u"2"_s, u"3"_s}) {
        SubtaskResult subtask;
        subtask.id = id;
        subtask.workerId = id.toInt();
        subtask.status = SubtaskResult::Status::Success;
        subtask.branch = u"w"_s + id;
        run.subtaskResults << subtask;
    }
    const WorktreeMerger::RunMerge merge = WorktreeMerger(m_repo, config()).mergeRun(run, u"main"_s);
    QVERIFY(!merge.ok());
    QCOMPARE(merge.merges.size(), 3);
    QCOMPARE(merge.merges.at(0).outcome.kind, MergeOutcome::Kind::FastForward);
    QCOMPARE(merge.merges.at(1).outcome.kind, MergeOutcome::Kind::Conflict);
    QCOMPARE(merge.merges.at(2).outcome.kind, MergeOutcome::Kind::MergeCommit);
    QCOMPARE(git(m_repo, {u"log"_s, u"-1"_s, u"--format=%P"_s, u"main"_s}).out, c1 + u' ' + c3);

    const nlohmann::json json = merge.toJson();
    QCOMPARE(json.at("ok"), false);
    QCOMPARE(json.at("target"), "main");
    QCOMPARE(json.at("preview").at(0).at("path"), "README.md");
    QCOMPARE(json.at("merges").at(1).at("outcome"), "conflict");
    QCOMPARE(json.at("merges").at(1).at("files").at(0), "README.md");
    QCOMPARE(json.at("merges").at(1).at("worker_id"), 2);
    QVERIFY(!c2.isEmpty());
}

QProcess *TestMerge::runCli(const QStringList &arguments)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    env.insert(u"FAKE_CLAUDE_STATE_DIR"_s, m_dir->path());
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_repo);
    process->setStandardInputFile(QProcess::nullDevice());
    // The workspace outside the repository unless a test names another one after it.
    process->start(QStringLiteral(ORCH_CLI_BIN),
                   QStringList{u"--workspace"_s, m_dir->filePath(u"workspace"_s)} + arguments);
    process->waitForFinished(120000);
    return process;
}

void TestMerge::cliMergesTwoWorkers()
{
    // The case exactly: the default workspace, ./workspace inside the repository (the later
    // --workspace wins); it must not show up in git status either.
    std::unique_ptr<QProcess> cli(runCli({u"--workspace"_s, m_repo + u"/workspace"_s, u"--mode"_s, u"worktree"_s,
                                          u"--subtask"_s, u"write a.txt"_s, u"--subtask"_s, u"write b.txt"_s,
                                          u"--merge"_s, u"two files"_s}));
    const QString out = QString::fromUtf8(cli->readAllStandardOutput());
    QVERIFY2(cli->exitCode() == 0, qPrintable(out + QString::fromUtf8(cli->readAllStandardError())));
    QVERIFY2(out.contains(u"[INFO] Merging 2 worker branch(es) into main in plan order"_s), qPrintable(out));
    QVERIFY2(out.contains(u"[INFO] Conflict preview: no file is changed by more than one worker"_s), qPrintable(out));
    QVERIFY2(out.contains(u"[MERGED] Worker 1 ("_s) && out.contains(u"[MERGED] Worker 2 ("_s), qPrintable(out));
    QVERIFY2(out.contains(u"[SUCCESS] Merged 2 worker branch(es) into main"_s), qPrintable(out));

    const QStringList merged =
        git(m_repo, {u"branch"_s, u"--format=%(refname:short)"_s, u"--merged"_s, u"main"_s, u"--list"_s, u"orch/*"_s})
            .out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(merged.size(), 2);
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s}).out, QString());
    QCOMPARE(git(m_repo, {u"symbolic-ref"_s, u"HEAD"_s}).out, u"refs/heads/main"_s);
    QVERIFY(readFile(m_repo + u"/a.txt"_s).contains("write a.txt"));
    QVERIFY(readFile(m_repo + u"/b.txt"_s).contains("write b.txt"));
    QVERIFY(!QFileInfo::exists(m_repo + u"/output.txt"_s));
}

void TestMerge::cliMergeConflictExits4()
{
    // Both workers write a.txt, differently: the second merge conflicts.
    std::unique_ptr<QProcess> cli(runCli({u"--mode"_s, u"worktree"_s, u"--json"_s, u"--subtask"_s, u"write a.txt"_s,
                                          u"--subtask"_s, u"also write a.txt"_s, u"--merge"_s, u"clash"_s}));
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 4);
    QVERIFY2(err.contains(u"[WARNING] Conflict preview: 1 file(s) changed by more than one worker"_s), qPrintable(err));
    QVERIFY2(err.contains(u"[MERGED] Worker 1 ("_s), qPrintable(err));
    QVERIFY2(err.contains(u"[CONFLICT] Worker 2 ("_s), qPrintable(err));
    const nlohmann::json json = nlohmann::json::parse(cli->readAllStandardOutput().toStdString(), nullptr, false);
    QVERIFY(json.is_object());
    QCOMPARE(json.at("status"), "success");
    QCOMPARE(json.at("merge").at("ok"), false);
    QCOMPARE(json.at("merge").at("merges").at(1).at("outcome"), "conflict");
    const QString first = QString::fromStdString(json.at("subtask_results").at(0).at("commit").get<std::string>());
    QCOMPARE(rev(u"main"_s), first);
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s}).out, QString());
    QVERIFY(!QFileInfo::exists(m_repo + u"/.git/MERGE_HEAD"_s));
}

void TestMerge::cliMergeNeedsWorktreeMode()
{
    std::unique_ptr<QProcess> cli(runCli({u"--subtask"_s, u"write a.txt"_s, u"--merge"_s, u"x"_s}));
    QCOMPARE(cli->exitCode(), 2);
    QVERIFY(QString::fromUtf8(cli->readAllStandardError()).contains(u"--merge"_s));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"workspace/worker_1"_s)));
}

void TestMerge::cliClean()
{
    std::unique_ptr<QProcess> usage(runCli({u"--clean"_s, u"all"_s, u"--subtask"_s, u"write a.txt"_s}));
    QCOMPARE(usage->exitCode(), 2);
    std::unique_ptr<QProcess> unknown(runCli({u"--clean"_s, u"no-such-run"_s}));
    QCOMPARE(unknown->exitCode(), 2);
    QVERIFY(unknown->readAllStandardError().contains("orchestrator: error: "));

    // A worktree run, merged: --clean removes both worktrees and the merged branches.
    std::unique_ptr<QProcess> run(runCli({u"--mode"_s, u"worktree"_s, u"--json"_s, u"--subtask"_s, u"write a.txt"_s,
                                          u"--subtask"_s, u"write b.txt"_s, u"--merge"_s, u"to clean"_s}));
    QCOMPARE(run->exitCode(), 0);
    const nlohmann::json json = nlohmann::json::parse(run->readAllStandardOutput().toStdString(), nullptr, false);
    const QString runId = QString::fromStdString(json.value("run_id", std::string()));
    QVERIFY(!runId.isEmpty());
    std::unique_ptr<QProcess> clean(runCli({u"--clean"_s, runId}));
    const QString out = QString::fromUtf8(clean->readAllStandardOutput());
    QVERIFY2(clean->exitCode() == 0, qPrintable(out + QString::fromUtf8(clean->readAllStandardError())));
    for (int worker = 1; worker <= 2; ++worker) {
        const QString branch = u"orch/%1/worker-%2"_s.arg(runId).arg(worker);
        QVERIFY2(out.contains(u"Removed worktree "_s) && out.contains(u"Deleted branch "_s + branch + u" (merged)"_s),
                 qPrintable(out));
        QVERIFY(!GitRepository(m_repo).branchExists(branch));
    }
    QVERIFY(!git(m_repo, {u"worktree"_s, u"list"_s}).out.contains(runId));
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s}).out, QString());

    std::unique_ptr<QProcess> again(runCli({u"--clean"_s, u"all"_s}));
    QCOMPARE(again->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(again->readAllStandardOutput()).trimmed(), u"Nothing to clean"_s);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
