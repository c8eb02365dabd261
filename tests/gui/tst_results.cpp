// RunResultsView: the summary and the per-subtask table from a hand-made RunResult, and the review
// of a worktree run against a real temporary git repository with two worker branches that both
// change shared.txt: each worker's diff, the conflict preview, Merge of the clean branch moving the
// target, Merge of the conflicting one leaving the repository as it was, Merge All in plan order,
// and background work that ends after its widget is gone or has been given another run.
#include "results/DiffView.h"
#include "results/RunResultsView.h"
#include "support/TestGit.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace orch;
using namespace Qt::StringLiterals;
using orch::test::git;
using orch::test::readFile;
using orch::test::writeFile;

namespace {

constexpr int gitTimeoutMs = 30000;
const QStringList testIdentity = {u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s};
const QString branch1 = u"orch/run-1/worker-1"_s;
const QString branch2 = u"orch/run-1/worker-2"_s;

SubtaskResult makeSubtask(const QString &id, int workerId, SubtaskResult::Status status, double duration, double cost)
{
    SubtaskResult subtask;
    subtask.id = id;
    subtask.task = u"Subtask "_s + id;
    subtask.workerId = workerId;
    subtask.status = status;
    subtask.duration = duration;
    subtask.costUsd = cost;
    subtask.attempts = 1;
    return subtask;
}

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestResults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void summary_data();
    void summary();
    void tableRows();
    void reviewShowsDiffAndConflictPreview();
    void mergeCleanThenConflicting();
    void mergeAllInPlanOrder();
    void onlySucceededWorkersMerge();
    void noRepository();
    void resultArrivingAfterDeletion();
    void newRunDropsOldWork();

private:
    QString commitOn(const QString &branch, const QString &from, const QString &file, const QByteArray &content);
    QString rev(const QString &revision) const { return git(m_repo, {u"rev-parse"_s, revision}).out; }
    RunResult worktreeRun() const;
    Config worktreeConfig() const;
    static void waitIdle(RunResultsView &view);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;
};

void TestResults::initTestCase()
{
    QVERIFY(m_home.isValid());
    QLocale::setDefault(QLocale::c());
    orch::test::isolateGitEnvironment(m_home.path());
}

void TestResults::init()
{
    // A repository per test: main with shared.txt; worker-1 changes its first line and adds one.txt,
    // worker-2 changes the same line differently, so worker-2 conflicts once worker-1 is merged.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = m_dir->filePath(u"repo"_s);
    QVERIFY(QDir().mkpath(m_repo));
    QCOMPARE(git(m_repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).exitCode, 0);
    m_repo = QDir(m_repo).canonicalPath();
    QVERIFY(writeFile(m_repo + u"/shared.txt"_s, "base\nsecond\nthird\n"));
    QCOMPARE(git(m_repo, {u"add"_s, u"."_s}).exitCode, 0);
    QCOMPARE(git(m_repo, testIdentity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"base"_s}).exitCode, 0);
    QVERIFY(!commitOn(branch1, u"main"_s, u"shared.txt"_s, "one\nsecond\nthird\n").isEmpty());
    QVERIFY(writeFile(m_repo + u"/one.txt"_s, "only worker one\n"));
    QCOMPARE(git(m_repo, {u"checkout"_s, u"-q"_s, branch1}).exitCode, 0);
    QCOMPARE(git(m_repo, {u"add"_s, u"one.txt"_s}).exitCode, 0);
    QCOMPARE(git(m_repo, testIdentity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, u"one.txt"_s}).exitCode, 0);
    QCOMPARE(git(m_repo, {u"checkout"_s, u"-q"_s, u"main"_s}).exitCode, 0);
    QVERIFY(!commitOn(branch2, u"main"_s, u"shared.txt"_s, "two\nsecond\nthird\n").isEmpty());
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s}).out, QString());
}

QString TestResults::commitOn(const QString &branch, const QString &from, const QString &file, const QByteArray &content)
{
    if (git(m_repo, {u"checkout"_s, u"-q"_s, u"-b"_s, branch, from}).exitCode != 0)
        return {};
    writeFile(m_repo + u'/' + file, content);
    git(m_repo, {u"add"_s, file});
    git(m_repo, testIdentity + QStringList{u"commit"_s, u"-q"_s, u"-m"_s, branch});
    const QString commit = rev(u"HEAD"_s);
    return git(m_repo, {u"checkout"_s, u"-q"_s, from}).exitCode == 0 ? commit : QString();
}

RunResult TestResults::worktreeRun() const
{
    RunResult result;
    result.runId = u"run-1"_s;
    result.status = RunResult::Status::Partial;
    SubtaskResult one = makeSubtask(u"s1"_s, 1, SubtaskResult::Status::Success, 12, 0.1);
    one.branch = branch1;
    one.commit = rev(branch1);
    one.filesChanged = 2;
    one.insertions = 2;
    one.deletions = 1;
    one.files = {u"one.txt"_s, u"shared.txt"_s};
    SubtaskResult two = makeSubtask(u"s2"_s, 2, SubtaskResult::Status::Success, 14, 0.2);
    two.branch = branch2;
    two.commit = rev(branch2);
    two.filesChanged = 1;
    two.insertions = 1;
    two.deletions = 1;
    two.files = {u"shared.txt"_s};
    SubtaskResult three = makeSubtask(u"s3"_s, 3, SubtaskResult::Status::Failed, 3, 0.05);
    three.error = u"the agent gave up"_s;
    result.subtaskResults = {one, two, three};
    result.aggregatedOutput = u"## 1. Subtask s1\n\ndone one\n"_s;
    return result;
}

Config TestResults::worktreeConfig() const
{
    Config config;
    config.orchestrator.mode = Config::Mode::Worktree;
    config.worktree.repository = m_repo;
    config.worktree.author = u"Test <test@example.com>"_s;
    return config;
}

void TestResults::waitIdle(RunResultsView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), gitTimeoutMs);
}

void TestResults::summary_data()
{
    QTest::addColumn<RunResult>("result");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("succeeded");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("tokens");

    RunResult partial;
    partial.runId = u"partial"_s;
    partial.status = RunResult::Status::Partial;
    partial.startedAt = QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0), Qt::UTC);
    partial.finishedAt = partial.startedAt.addSecs(95);
    SubtaskResult a = makeSubtask(u"a"_s, 1, SubtaskResult::Status::Success, 10.5, 0.25);
    a.tokensIn = 1000;
    a.tokensOut = 200;
    SubtaskResult b = makeSubtask(u"b"_s, 2, SubtaskResult::Status::Failed, 30, 0.5);
    b.tokensIn = 2000;
    b.tokensOut = 300;
    SubtaskResult c = makeSubtask(u"c"_s, 3, SubtaskResult::Status::Success, 50, 0.75);
    c.tokensIn = 500;
    c.tokensOut = 50;
    partial.subtaskResults = {a, b, c};
    QTest::addRow("partial") << partial << u"Partly succeeded"_s << u"2 of 3"_s << u"1"_s
                             << u"1 min 35 s (workers: 1 min 31 s)"_s << u"$1.50"_s << u"3500 in, 550 out"_s;

    // No timestamps: the workers' time stands in for the wall time.
    RunResult success;
    success.runId = u"success"_s;
    success.status = RunResult::Status::Success;
    success.subtaskResults = {makeSubtask(u"x"_s, 1, SubtaskResult::Status::Success, 4.26, 0.0123)};
    QTest::addRow("success") << success << u"Succeeded"_s << u"1 of 1"_s << u"0"_s << u"4.3 s (workers: 4.3 s)"_s
                             << u"$0.0123"_s << u"0 in, 0 out"_s;

    RunResult cancelled;
    cancelled.runId = u"cancelled"_s;
    cancelled.status = RunResult::Status::Cancelled;
    cancelled.startedAt = QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0), Qt::UTC);
    cancelled.finishedAt = cancelled.startedAt.addSecs(2 * 3600 + 5 * 60);
    cancelled.subtaskResults = {makeSubtask(u"x"_s, 1, SubtaskResult::Status::Cancelled, 7200, 2),
                                makeSubtask(u"y"_s, 2, SubtaskResult::Status::Skipped, 0, 0)};
    QTest::addRow("cancelled") << cancelled << u"Cancelled"_s << u"0 of 2"_s << u"2"_s
                               << u"2 h 05 min (workers: 2 h 00 min)"_s << u"$2.00"_s << u"0 in, 0 out"_s;
}

void TestResults::summary()
{
    QFETCH(RunResult, result);
    QFETCH(QString, status);
    QFETCH(QString, succeeded);
    QFETCH(QString, failed);
    QFETCH(QString, duration);
    QFETCH(QString, cost);
    QFETCH(QString, tokens);

    RunResultsView view;
    view.setResult(result, Config());
    QCOMPARE(child<QLabel>(view, u"summaryStatus"_s)->text(), status);
    QCOMPARE(child<QLabel>(view, u"summarySucceeded"_s)->text(), succeeded);
    QCOMPARE(child<QLabel>(view, u"summaryFailed"_s)->text(), failed);
    QCOMPARE(child<QLabel>(view, u"summaryDuration"_s)->text(), duration);
    QCOMPARE(child<QLabel>(view, u"summaryCost"_s)->text(), cost);
    QCOMPARE(child<QLabel>(view, u"summaryTokens"_s)->text(), tokens);
    // Not a worktree run: no review, and no git work started.
    QVERIFY(!view.isWorktreeRun());
    QVERIFY(!view.isBusy());
    auto *tabs = child<QTabWidget>(view, u"resultTabs"_s);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(view, u"changesPage"_s))));

    view.clear();
    QCOMPARE(child<QLabel>(view, u"summaryStatus"_s)->text(), QString());
    QCOMPARE(child<QTableWidget>(view, u"subtaskTable"_s)->rowCount(), 0);
}

void TestResults::tableRows()
{
    RunResultsView view;
    RunResult result = worktreeRun();
    result.subtaskResults[1].attempts = 3;
    // A made-up repository folder: the table does not wait for git.
    Config config;
    config.worktree.repository = m_dir->filePath(u"nowhere"_s);
    view.setResult(result, config);

    auto *table = child<QTableWidget>(view, u"subtaskTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), int(RunResultsView::ColumnCount));
    const auto text = [table](int row, int column) { return table->item(row, column)->text(); };
    QCOMPARE(text(0, RunResultsView::IdColumn), u"s1"_s);
    QCOMPARE(text(0, RunResultsView::TitleColumn), u"Subtask s1"_s);
    QCOMPARE(text(0, RunResultsView::StatusColumn), u"Succeeded"_s);
    QCOMPARE(text(0, RunResultsView::AttemptsColumn), u"1"_s);
    QCOMPARE(text(0, RunResultsView::DurationColumn), u"12.0 s"_s);
    QCOMPARE(text(0, RunResultsView::CostColumn), u"$0.1000"_s);
    QCOMPARE(text(0, RunResultsView::BranchColumn), branch1);
    QCOMPARE(text(0, RunResultsView::FilesColumn), u"2 (+2 -1)"_s);
    QCOMPARE(table->item(0, RunResultsView::FilesColumn)->toolTip(), u"one.txt\nshared.txt"_s);
    QCOMPARE(text(1, RunResultsView::AttemptsColumn), u"3"_s);
    QCOMPARE(text(2, RunResultsView::StatusColumn), u"Failed"_s);
    QCOMPARE(table->item(2, RunResultsView::StatusColumn)->toolTip(), u"the agent gave up"_s);
    QCOMPARE(text(2, RunResultsView::BranchColumn), QString());
    QCOMPARE(text(2, RunResultsView::FilesColumn), QString());
    QCOMPARE(child<QPlainTextEdit>(view, u"aggregatedOutput"_s)->toPlainText(), result.aggregatedOutput);
    QVERIFY(child<QPlainTextEdit>(view, u"aggregatedOutput"_s)->isReadOnly());

    QVERIFY(view.selectWorker(2));
    QCOMPARE(view.selectedSubtaskId(), u"s2"_s);
    QVERIFY(!view.selectWorker(9));
    QVERIFY(view.selectSubtask(u"s3"_s));
    QCOMPARE(view.selectedSubtaskId(), u"s3"_s);
    waitIdle(view);
}

void TestResults::reviewShowsDiffAndConflictPreview()
{
    RunResultsView view;
    QSignalSpy busy(&view, &RunResultsView::busyChanged);
    view.setResult(worktreeRun(), worktreeConfig());
    QVERIFY(view.isWorktreeRun());
    QVERIFY(view.isBusy());
    QVERIFY(!child<QProgressBar>(view, u"busyIndicator"_s)->isHidden());
    QVERIFY(!child<QPushButton>(view, u"mergeAllButton"_s)->isEnabled());  // not before the target is known
    waitIdle(view);
    QVERIFY(child<QProgressBar>(view, u"busyIndicator"_s)->isHidden());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(view.mergeTarget(), u"main"_s);
    QVERIFY2(child<QLabel>(view, u"mergeTargetLabel"_s)->text().contains(u"main"_s),
             qPrintable(child<QLabel>(view, u"mergeTargetLabel"_s)->text()));
    auto *tabs = child<QTabWidget>(view, u"resultTabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(view, u"changesPage"_s))));

    // Both workers change shared.txt; one.txt is worker 1's alone.
    auto *preview = child<QListWidget>(view, u"conflictPreview"_s);
    QCOMPARE(preview->count(), 1);
    QCOMPARE(preview->item(0)->text(), u"shared.txt"_s);
    QVERIFY(preview->item(0)->toolTip().contains(branch1));
    QVERIFY(preview->item(0)->toolTip().contains(branch2));

    auto *diff = child<DiffView>(view, u"diffView"_s);
    QVERIFY(view.selectSubtask(u"s1"_s));
    QCOMPARE(tabs->currentWidget(), child<QWidget>(view, u"changesPage"_s));
    QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(u"diff --git"_s), gitTimeoutMs);
    const QString one = diff->toPlainText();
    QVERIFY2(one.contains(u"\n-base\n+one\n"_s), qPrintable(one));
    QVERIFY(one.contains(u"+++ b/one.txt"_s));
    QVERIFY(one.contains(u"+only worker one"_s));
    QVERIFY(child<QLabel>(view, u"diffTitle"_s)->text().contains(branch1));

    QVERIFY(view.selectSubtask(u"s2"_s));
    QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(u"+two"_s), gitTimeoutMs);
    QVERIFY(!diff->toPlainText().contains(u"one.txt"_s));

    // No branch: nothing to show, nothing to merge.
    QVERIFY(view.selectSubtask(u"s3"_s));
    QVERIFY(!diff->toPlainText().contains(u"diff --git"_s));
    QVERIFY(!child<QPushButton>(view, u"mergeButton"_s)->isEnabled());
    waitIdle(view);
}

void TestResults::mergeCleanThenConflicting()
{
    RunResultsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &RunResultsView::mergeFinished);
    view.setResult(worktreeRun(), worktreeConfig());
    waitIdle(view);
    auto *mergeButton = child<QPushButton>(view, u"mergeButton"_s);
    auto *table = child<QTableWidget>(view, u"subtaskTable"_s);

    // Worker 1 first: main has not moved since the branches left it, so main fast-forwards.
    QVERIFY(view.selectSubtask(u"s1"_s));
    QVERIFY(mergeButton->isEnabled());
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    QVERIFY(view.isBusy());
    QVERIFY(!mergeButton->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, gitTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(rev(u"main"_s), rev(branch1));
    QCOMPARE(readFile(m_repo + u"/shared.txt"_s), QByteArray("one\nsecond\nthird\n"));  // the checkout moved along
    QCOMPARE(view.mergeOutcome(u"s1"_s)->kind, MergeOutcome::Kind::FastForward);
    QCOMPARE(table->item(0, RunResultsView::MergeColumn)->text(), u"Fast-forward"_s);
    waitIdle(view);

    // Worker 2 changes the same line: a conflict, and the repository exactly as it was.
    const QString mainBefore = rev(u"main"_s);
    const QString refsBefore = git(m_repo, {u"show-ref"_s}).out;
    const QString statusBefore = git(m_repo, {u"status"_s, u"--porcelain"_s, u"--ignored"_s}).out;
    QVERIFY(view.selectSubtask(u"s2"_s));
    QVERIFY(mergeButton->isEnabled());
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, gitTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY2(finished.at(1).at(1).toString().contains(u"Worker 2"_s), qPrintable(finished.at(1).at(1).toString()));
    const std::optional<MergeOutcome> conflict = view.mergeOutcome(u"s2"_s);
    QVERIFY(conflict);
    QCOMPARE(conflict->kind, MergeOutcome::Kind::Conflict);
    QCOMPARE(conflict->files, QStringList{u"shared.txt"_s});
    const QString cellText = table->item(1, RunResultsView::MergeColumn)->text();
    QVERIFY2(cellText.contains(u"Conflict"_s) && cellText.contains(u"shared.txt"_s), qPrintable(cellText));
    QVERIFY(!table->item(1, RunResultsView::MergeColumn)->toolTip().isEmpty());
    QCOMPARE(rev(u"main"_s), mainBefore);
    QCOMPARE(git(m_repo, {u"show-ref"_s}).out, refsBefore);
    QCOMPARE(git(m_repo, {u"status"_s, u"--porcelain"_s, u"--ignored"_s}).out, statusBefore);
    QVERIFY(!QFile::exists(m_repo + u"/.git/MERGE_HEAD"_s));
    QCOMPARE(readFile(m_repo + u"/shared.txt"_s), QByteArray("one\nsecond\nthird\n"));
    QCOMPARE(child<QLabel>(view, u"changesMessage"_s)->text(), finished.at(1).at(1).toString());
    // Worker 1's outcome is still shown.
    QCOMPARE(table->item(0, RunResultsView::MergeColumn)->text(), u"Fast-forward"_s);
    // A conflict stands out in red, picked again for a dark background.
    const QColor onLight = table->item(1, RunResultsView::MergeColumn)->foreground().color();
    QVERIFY2(onLight.red() > onLight.green() + 40, qPrintable(onLight.name()));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    view.setPalette(dark);
    const QColor onDark = table->item(1, RunResultsView::MergeColumn)->foreground().color();
    QVERIFY2(onDark.red() > onDark.green() + 40, qPrintable(onDark.name()));
    QVERIFY2(onDark.lightness() > onLight.lightness(), qPrintable(onDark.name()));
    waitIdle(view);
}

void TestResults::mergeAllInPlanOrder()
{
    RunResultsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &RunResultsView::mergeFinished);
    view.setResult(worktreeRun(), worktreeConfig());
    waitIdle(view);
    auto *mergeAll = child<QPushButton>(view, u"mergeAllButton"_s);
    QVERIFY(mergeAll->isEnabled());
    QTest::mouseClick(mergeAll, Qt::LeftButton);
    QVERIFY(!mergeAll->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, gitTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(u"1 of 2"_s), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(view.mergeOutcome(u"s1"_s)->kind, MergeOutcome::Kind::FastForward);
    QCOMPARE(view.mergeOutcome(u"s2"_s)->kind, MergeOutcome::Kind::Conflict);
    QVERIFY(!view.mergeOutcome(u"s3"_s));  // failed: never merged
    QCOMPARE(rev(u"main"_s), rev(branch1));
    auto *table = child<QTableWidget>(view, u"subtaskTable"_s);
    QCOMPARE(table->item(2, RunResultsView::MergeColumn)->text(), QString());
    QVERIFY(mergeAll->isEnabled());

    // Again: worker 1 is already in main, worker 2 still conflicts.
    QTest::mouseClick(mergeAll, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, gitTimeoutMs);
    QCOMPARE(view.mergeOutcome(u"s1"_s)->kind, MergeOutcome::Kind::UpToDate);
    QCOMPARE(view.mergeOutcome(u"s2"_s)->kind, MergeOutcome::Kind::Conflict);
    waitIdle(view);
}

void TestResults::onlySucceededWorkersMerge()
{
    RunResult result = worktreeRun();
    result.subtaskResults[1].status = SubtaskResult::Status::Failed;  // worker 2 has a branch but failed
    RunResultsView view;
    view.setResult(result, worktreeConfig());
    waitIdle(view);
    // Only worker 1 would be merged, so nothing is shared.
    auto *preview = child<QListWidget>(view, u"conflictPreview"_s);
    QCOMPARE(preview->count(), 1);
    QVERIFY(preview->item(0)->data(Qt::UserRole).isNull());
    QVERIFY(view.selectSubtask(u"s2"_s));
    QVERIFY(!child<QPushButton>(view, u"mergeButton"_s)->isEnabled());
    // Its changes can still be looked at.
    auto *diff = child<DiffView>(view, u"diffView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(u"+two"_s), gitTimeoutMs);
    view.mergeSelected();  // the button's slot refuses too
    QVERIFY(!view.isBusy());
    QVERIFY(!view.mergeOutcome(u"s2"_s));
    QVERIFY(view.selectSubtask(u"s1"_s));
    QVERIFY(child<QPushButton>(view, u"mergeButton"_s)->isEnabled());
    waitIdle(view);
}

void TestResults::noRepository()
{
    Config config = worktreeConfig();
    config.worktree.repository = m_dir->filePath(u"not-a-repository"_s);
    QVERIFY(QDir().mkpath(config.worktree.repository));
    RunResultsView view;
    view.setResult(worktreeRun(), config);
    waitIdle(view);
    QVERIFY(view.mergeTarget().isEmpty());
    QVERIFY(!child<QLabel>(view, u"changesMessage"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(view, u"mergeAllButton"_s)->isEnabled());
    QVERIFY(view.selectSubtask(u"s1"_s));
    QVERIFY(!child<QPushButton>(view, u"mergeButton"_s)->isEnabled());
    QVERIFY(!view.isBusy());  // no diff is tried without a repository
}

void TestResults::resultArrivingAfterDeletion()
{
    auto *view = new RunResultsView;
    QPointer<RunResultsView> guard(view);
    view->setResult(worktreeRun(), worktreeConfig());
    waitIdle(*view);
    const QString before = rev(u"main"_s);
    view->mergeAll();
    QVERIFY(view->isBusy());
    delete view;
    // The merge goes on without the widget; its result must arrive nowhere.
    QThreadPool::globalInstance()->waitForDone(gitTimeoutMs);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(guard.isNull());
    QVERIFY(before != rev(u"main"_s));
    QCOMPARE(rev(u"main"_s), rev(branch1));
}

void TestResults::newRunDropsOldWork()
{
    RunResultsView view;
    view.setResult(worktreeRun(), worktreeConfig());
    QVERIFY(view.isBusy());
    RunResult plain;
    plain.runId = u"plain"_s;
    plain.status = RunResult::Status::Success;
    plain.subtaskResults = {makeSubtask(u"p"_s, 1, SubtaskResult::Status::Success, 1, 0)};
    view.setResult(plain, Config());
    QVERIFY(!view.isBusy());
    QThreadPool::globalInstance()->waitForDone(gitTimeoutMs);
    QCoreApplication::processEvents();
    // The first run's review finished meanwhile and was dropped.
    QVERIFY(view.mergeTarget().isEmpty());
    QCOMPARE(child<QListWidget>(view, u"conflictPreview"_s)->count(), 0);
    QCOMPARE(child<QLabel>(view, u"mergeTargetLabel"_s)->text(), QString());
    QCOMPARE(child<QTableWidget>(view, u"subtaskTable"_s)->rowCount(), 1);
    QCOMPARE(view.result().runId, u"plain"_s);
}

QTEST_MAIN(TestResults)
#include "tst_results.moc"
