// WorkersPanel on a real Orchestrator running fake_claude: selection drives the output view and
// the actions, cancel and retry through the actions, open folder and transcript through the URL
// seam, the context menu, and a flood of output from 8 workers during which the event loop keeps
// ticking and memory stays bounded.
#include "monitor/Monitor.h"
#include "run/Orchestrator.h"
#include "support/ProcessProbe.h"
#include "tst_workers_support.h"
#include "workers/WorkerActions.h"
#include "workers/WorkerFilterModel.h"
#include "workers/WorkerOutputView.h"
#include "workers/WorkerTableModel.h"
#include "workers/WorkersPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace orch;
using State = WorkerTableModel::State;

class TestWorkersPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cancelAndRetryThroughActions();
    void floodKeepsTheEventLoopResponsive();

private:
    static State stateOf(const WorkersPanel &panel, int workerId);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkersPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // fake_claude counts attempts here, so a retried subtask knows it is the second attempt.
    QDir().mkpath(m_dir->filePath(QStringLiteral("state")));
    qputenv("FAKE_CLAUDE_STATE_DIR", m_dir->filePath(QStringLiteral("state")).toUtf8());
}

void TestWorkersPanel::cleanup()
{
    qunsetenv("FAKE_CLAUDE_STATE_DIR");
}

State TestWorkersPanel::stateOf(const WorkersPanel &panel, int workerId)
{
    const WorkerTableModel::Row *row = panel.model()->worker(workerId);
    return row ? row->state : State::Queued;
}

void TestWorkersPanel::cancelAndRetryThroughActions()
{
    Orchestrator orchestrator(test::fakeClaudeConfig(*m_dir, 3, 0));
    orchestrator.setStopGrace(300, 300);
    Monitor monitor(&orchestrator);
    monitor.setInterval(200);
    WorkersPanel panel(&orchestrator, &monitor);
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(900, 600);
    panel.show();
    QList<QUrl> opened;
    panel.workerActions()->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    WorkerActions *actions = panel.workerActions();
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);

    QVERIFY(orchestrator.start(test::planOf({QStringLiteral("[[fake:hang]] never ends"),
                                             QStringLiteral("[[fake:api_error_then_success:1]] write b.txt"),
                                             QStringLiteral("[[fake:success]] write c.txt")})));
    monitor.start();
    QCOMPARE(panel.tableView()->model()->rowCount(), 3);

    // Cancel the hanging worker from its actions.
    panel.selectWorker(1);
    QCOMPARE(panel.selectedWorker(), 1);
    QCOMPARE(panel.outputView()->currentWorker(), 1);
    QTRY_COMPARE(stateOf(panel, 1), State::Running);
    QTRY_VERIFY(actions->cancelAction()->isEnabled());
    QVERIFY(!actions->retryAction()->isEnabled());
    actions->cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    panel.model()->flush();
    QCOMPARE(stateOf(panel, 1), State::Cancelled);
    QCOMPARE(stateOf(panel, 2), State::Failed);
    QCOMPARE(stateOf(panel, 3), State::Succeeded);
    QVERIFY(!actions->cancelAction()->isEnabled());  // the run is over
    QVERIFY(actions->retryAction()->isEnabled());    // a cancelled worker can run again

    // A succeeded worker cannot be retried; its folder and transcript open through the seam.
    panel.selectWorker(3);
    QVERIFY(!actions->retryAction()->isEnabled());
    QVERIFY(!actions->copyBranchAction()->isEnabled());  // not a worktree run
    QVERIFY(actions->openFolderAction()->isEnabled());
    QVERIFY(actions->openTranscriptAction()->isEnabled());
    actions->openFolderAction()->trigger();
    actions->openTranscriptAction()->trigger();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).toLocalFile(), panel.model()->worker(3)->workdir);
    QVERIFY(QFileInfo(opened.at(1).toLocalFile()).isFile());

    // Retry the failed worker: its second attempt succeeds.
    panel.selectWorker(2);
    QVERIFY(actions->retryAction()->isEnabled());
    actions->retryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    panel.model()->flush();
    QCOMPARE(stateOf(panel, 2), State::Succeeded);
    panel.outputView()->flushNow();
    QVERIFY2(panel.outputView()->textEdit()->toPlainText().contains(QStringLiteral("■ Done")),
             qPrintable(panel.outputView()->textEdit()->toPlainText()));

    // The context menu holds every action, enabled as the toolbar's.
    std::unique_ptr<QMenu> menu(panel.createContextMenu(&panel));
    int withText = 0;
    for (const QAction *action : menu->actions())
        withText += action->isSeparator() ? 0 : 1;
    QCOMPARE(withText, 6);
}

void TestWorkersPanel::floodKeepsTheEventLoopResponsive()
{
    // The flood is 8 workers and 50 MB; ORCH_FLOOD_MB scales it (default keeps the test
    // at the 50 MB: a few seconds here).
    const double megabytesPerWorker = qEnvironmentVariableIsSet("ORCH_FLOOD_MB")
                                          ? qEnvironmentVariable("ORCH_FLOOD_MB").toDouble() / 8
                                          : 50.0 / 8;
    Orchestrator orchestrator(test::fakeClaudeConfig(*m_dir, 8, 0));
    Monitor monitor(&orchestrator);
    monitor.setInterval(500);
    WorkersPanel panel(&orchestrator, &monitor);
    panel.outputView()->setMaximumLines(500);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QStringList prompts;
    for (int i = 0; i < 8; ++i)
        prompts << QStringLiteral("[[fake:flood:%1]] worker %2").arg(megabytesPerWorker).arg(i + 1);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);

    // A 10 ms timer's lateness is how long the event loop was blocked.
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0)
            worst = std::max(worst, now - last - 10);
        last = now;
    });
    const qint64 rssBefore = test::residentKb();
    clock.start();
    ticker.start();
    QVERIFY(orchestrator.start(test::planOf(prompts)));
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    ticker.stop();
    const qint64 rssAfter = test::residentKb();
    qInfo("flood: 8 workers x %.1f MB in %lld ms; worst event loop stall %lld ms; RSS grew %lld kB", megabytesPerWorker,
          clock.elapsed(), worst, rssAfter - rssBefore);

    panel.model()->flush();
    for (int id = 1; id <= 8; ++id)
        QCOMPARE(stateOf(panel, id), State::Succeeded);
    // Bounded: per-worker backlogs and the view hold at most their limit (+ the dropped marker).
    for (int id = 1; id <= 8; ++id) {
        QVERIFY(panel.outputView()->bufferedLines(id) <= 500);
        QVERIFY(panel.outputView()->droppedLines(id) > 0);
    }
    panel.outputView()->flushNow();
    QVERIFY(panel.outputView()->textEdit()->document()->blockCount() <= 501);
    // Generous bounds: the machine is shared and this is a debug build.
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worst)));
    QVERIFY2(rssAfter - rssBefore < 200 * 1024, qPrintable(QStringLiteral("RSS grew %1 kB").arg(rssAfter - rssBefore)));
}

QTEST_MAIN(TestWorkersPanel)
#include "tst_workerspanel.moc"
