// WorkerTableModel and WorkerFilterModel under QAbstractItemModelTester: rows from a plan in one
// insertion, states and icons, batched dataChanged, snapshots, sorting by raw numbers, filtering,
// and a real run on fake_claude reaching its final states.
#include "agent/AgentEvent.h"
#include "monitor/Monitor.h"
#include "run/Orchestrator.h"
#include "tst_workers_support.h"
#include "workers/WorkerFilterModel.h"
#include "workers/WorkerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace orch;
using State = WorkerTableModel::State;

class TestWorkerModel final : public QObject
{
    Q_OBJECT

private slots:
    void planRowsInsertedInOneBatch();
    void statesHaveNamesAndDistinctIcons();
    void lifecycleOfOneWorker();
    void fewChangesArePerRowManyAreOneRange_data();
    void fewChangesArePerRowManyAreOneRange();
    void snapshotFillsResources();
    void eventFloodIsOneUpdate();
    void waitingForResourcesShowsOnQueuedRows();
    void sortsByRawNumbers();
    void filtersByGroupAndText_data();
    void filtersByGroupAndText();
    void realRunReachesFinalStates();

private:
    static QModelIndex cell(const QAbstractItemModel &model, int workerId, int column);
};

namespace {

Plan plainPlan(int n)
{
    QStringList prompts;
    for (int i = 0; i < n; ++i)
        prompts << QStringLiteral("prompt %1").arg(i + 1);
    return test::planOf(prompts);
}

SubtaskResult resultOf(int workerId, SubtaskResult::Status status, double seconds = 2)
{
    SubtaskResult r;
    r.id = QString::number(workerId);
    r.task = QStringLiteral("Subtask %1").arg(workerId);
    r.workerId = workerId;
    r.status = status;
    r.attempts = 1;
    r.duration = seconds;
    r.costUsd = 0.25;
    r.tokensIn = 100;
    r.tokensOut = 23;
    if (status != SubtaskResult::Status::Success)
        r.error = QStringLiteral("it broke");
    return r;
}

AgentEvent toolUse(const QString &text)
{
    AgentEvent e;
    e.kind = AgentEvent::Kind::ToolUse;
    e.toolName = QStringLiteral("Bash");
    e.text = text;
    return e;
}

} // namespace

QModelIndex TestWorkerModel::cell(const QAbstractItemModel &model, int workerId, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(WorkerTableModel::WorkerIdRole).toInt() == workerId)
            return model.index(row, column);
    }
    return {};
}

void TestWorkerModel::planRowsInsertedInOneBatch()
{
    WorkerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPlan(plainPlan(12));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 11);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(WorkerTableModel::ColumnCount));
    QCOMPARE(cell(model, 5, WorkerTableModel::TitleColumn).data().toString(), QStringLiteral("Subtask 5"));
    QCOMPARE(cell(model, 5, WorkerTableModel::StatusColumn).data().toString(), WorkerTableModel::stateName(State::Queued));

    // A new plan replaces the rows: one removal, one insertion.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setPlan(plainPlan(3));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestWorkerModel::statesHaveNamesAndDistinctIcons()
{
    const QList<State> states = {State::Queued,    State::Waiting,  State::Running,   State::Succeeded,
                                 State::Failed,    State::TimedOut, State::Cancelled, State::Skipped};
    QSet<QString> names;
    for (const State state : states) {
        names.insert(WorkerTableModel::stateName(state));
        const QIcon icon = WorkerTableModel::stateIcon(state);
        QVERIFY(!icon.isNull());
    }
    QCOMPARE(names.size(), states.size());
    // Different pictures, not just different QIcon objects.
    QSet<QByteArray> pictures;
    for (const State state : states) {
        const QImage image = WorkerTableModel::stateIcon(state).pixmap(16, 16).toImage();
        pictures.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    QCOMPARE(pictures.size(), states.size());
}

void TestWorkerModel::lifecycleOfOneWorker()
{
    WorkerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plainPlan(3));
    model.workerStarted(2, QStringLiteral("Second"), 1);
    model.flush();
    QCOMPARE(cell(model, 2, WorkerTableModel::StatusColumn).data().toString(), WorkerTableModel::stateName(State::Running));
    QCOMPARE(cell(model, 2, WorkerTableModel::TitleColumn).data().toString(), QStringLiteral("Second"));
    QCOMPARE(cell(model, 2, WorkerTableModel::AttemptColumn).data().toInt(), 1);
    QCOMPARE(cell(model, 2, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Running));
    QVERIFY(cell(model, 2, WorkerTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey()
            == WorkerTableModel::stateIcon(State::Running).cacheKey());

    model.addEvents(2, {toolUse(QStringLiteral("Bash ls -la"))});
    model.flush();
    QCOMPARE(cell(model, 2, WorkerTableModel::ActivityColumn).data().toString(), QStringLiteral("Bash ls -la"));

    model.retryScheduled(2);
    model.flush();
    QCOMPARE(cell(model, 2, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Waiting));
    model.workerStarted(2, QString(), 2);
    model.workerFinished(resultOf(2, SubtaskResult::Status::Timeout, 75));
    model.flush();
    QCOMPARE(cell(model, 2, WorkerTableModel::StatusColumn).data().toString(), WorkerTableModel::stateName(State::TimedOut));
    QCOMPARE(cell(model, 2, WorkerTableModel::DurationColumn).data().toString(), QStringLiteral("1:15"));
    QCOMPARE(cell(model, 2, WorkerTableModel::DurationColumn).data(WorkerTableModel::SortRole).toLongLong(), 75000);
    QCOMPARE(cell(model, 2, WorkerTableModel::TokensColumn).data(WorkerTableModel::SortRole).toLongLong(), 123);
    QCOMPARE(cell(model, 2, WorkerTableModel::CostColumn).data(WorkerTableModel::SortRole).toDouble(), 0.25);
    QVERIFY(cell(model, 2, WorkerTableModel::CostColumn).data().toString().contains(QStringLiteral("0.25")));
    // The error replaces the activity once the worker failed; the tooltip says both state and error.
    QCOMPARE(cell(model, 2, WorkerTableModel::ActivityColumn).data().toString(), QStringLiteral("it broke"));
    const QString tip = cell(model, 2, WorkerTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("it broke")) && tip.contains(WorkerTableModel::stateName(State::TimedOut)),
             qPrintable(tip));
}

void TestWorkerModel::fewChangesArePerRowManyAreOneRange_data()
{
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("expectedSignals");
    QTest::addColumn<bool>("fullRange");
    QTest::addRow("one of ten") << 1 << 1 << false;
    QTest::addRow("five of ten") << 5 << 5 << false;
    QTest::addRow("six of ten") << 6 << 1 << true;
    QTest::addRow("ten of ten") << 10 << 1 << true;
}

void TestWorkerModel::fewChangesArePerRowManyAreOneRange()
{
    QFETCH(int, changed);
    QFETCH(int, expectedSignals);
    QFETCH(bool, fullRange);
    WorkerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plainPlan(10));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    for (int id = 1; id <= changed; ++id)
        model.workerFinished(resultOf(id, SubtaskResult::Status::Success));
    QCOMPARE(spy.size(), 0);  // collected, not yet published
    QVERIFY(model.hasPendingChanges());
    // Published by the model's own timer.
    QTRY_COMPARE(spy.size(), expectedSignals);
    QVERIFY(!model.hasPendingChanges());
    const QModelIndex topLeft = spy.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = spy.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), WorkerTableModel::ColumnCount - 1);
    if (fullRange) {
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 9);
    } else {
        QCOMPARE(topLeft.row(), bottomRight.row());
    }
}

void TestWorkerModel::snapshotFillsResources()
{
    WorkerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plainPlan(2));
    model.workerStarted(1, QString(), 1);
    MonitorSnapshot snapshot;
    WorkerSnapshot w;
    w.workerId = 1;
    w.status = SubtaskResult::Status::Running;
    w.cpuPercent = 57.4;
    w.residentBytes = 300LL * 1024 * 1024;
    w.lastActivity = QStringLiteral("Write a.txt");
    snapshot.workers << w;
    model.applySnapshot(snapshot);
    model.flush();
    QCOMPARE(cell(model, 1, WorkerTableModel::CpuColumn).data(WorkerTableModel::SortRole).toDouble(), 57.4);
    QVERIFY(cell(model, 1, WorkerTableModel::CpuColumn).data().toString().contains(QStringLiteral("57")));
    QCOMPARE(cell(model, 1, WorkerTableModel::MemoryColumn).data(WorkerTableModel::SortRole).toLongLong(),
             300LL * 1024 * 1024);
    QVERIFY(!cell(model, 1, WorkerTableModel::MemoryColumn).data().toString().isEmpty());
    QCOMPARE(cell(model, 1, WorkerTableModel::ActivityColumn).data().toString(), QStringLiteral("Write a.txt"));

    // The same snapshot again changes nothing, so nothing is published.
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(snapshot);
    QVERIFY(!model.hasPendingChanges());
    model.flush();
    QCOMPARE(spy.size(), 0);
}

void TestWorkerModel::eventFloodIsOneUpdate()
{
    WorkerTableModel model;
    model.setPlan(plainPlan(4));
    model.workerStarted(3, QString(), 1);
    model.flush();
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    for (int batch = 0; batch < 200; ++batch) {
        QList<AgentEvent> events;
        for (int i = 0; i < 50; ++i)
            events << toolUse(QStringLiteral("Bash step %1").arg(batch * 50 + i));
        model.addEvents(3, events);
    }
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(cell(model, 3, WorkerTableModel::ActivityColumn).data().toString(), QStringLiteral("Bash step 9999"));
}

void TestWorkerModel::waitingForResourcesShowsOnQueuedRows()
{
    WorkerTableModel model;
    model.setPlan(plainPlan(3));
    model.workerStarted(1, QString(), 1);
    model.setWaitingForResources(true);
    model.flush();
    QCOMPARE(cell(model, 1, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Running));
    QCOMPARE(cell(model, 2, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Waiting));
    model.setWaitingForResources(false);
    model.flush();
    QCOMPARE(cell(model, 2, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Queued));
}

void TestWorkerModel::sortsByRawNumbers()
{
    WorkerTableModel model;
    WorkerFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plainPlan(3));
    // Durations 9 s, 100 s and 20 s: as text "0:09" < "1:40" < "0:20" would sort wrongly.
    model.workerFinished(resultOf(1, SubtaskResult::Status::Success, 9));
    model.workerFinished(resultOf(2, SubtaskResult::Status::Success, 100));
    model.workerFinished(resultOf(3, SubtaskResult::Status::Success, 20));
    model.flush();
    proxy.sort(WorkerTableModel::DurationColumn, Qt::DescendingOrder);
    QList<int> order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(WorkerTableModel::WorkerIdRole).toInt();
    QCOMPARE(order, (QList<int>{2, 3, 1}));
}

void TestWorkerModel::filtersByGroupAndText_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    using G = WorkerFilterModel::StatusGroup;
    QTest::addRow("all") << int(G::All) << QString() << QList<int>{1, 2, 3, 4, 5};
    QTest::addRow("active") << int(G::Active) << QString() << QList<int>{1, 2};
    QTest::addRow("finished") << int(G::Finished) << QString() << QList<int>{3, 4, 5};
    QTest::addRow("succeeded") << int(G::Succeeded) << QString() << QList<int>{3};
    QTest::addRow("problems") << int(G::Problems) << QString() << QList<int>{4, 5};
    QTest::addRow("text in title") << int(G::All) << QStringLiteral("subtask 4") << QList<int>{4};
    QTest::addRow("text in activity") << int(G::Active) << QStringLiteral("MAKE") << QList<int>{2};
    QTest::addRow("text and group disagree") << int(G::Succeeded) << QStringLiteral("make") << QList<int>{};
}

void TestWorkerModel::filtersByGroupAndText()
{
    QFETCH(int, group);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    WorkerTableModel model;
    WorkerFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plainPlan(5));
    model.workerStarted(2, QString(), 1);
    model.addEvents(2, {toolUse(QStringLiteral("Bash make all"))});
    model.workerFinished(resultOf(3, SubtaskResult::Status::Success));
    model.workerFinished(resultOf(4, SubtaskResult::Status::Failed));
    model.workerFinished(resultOf(5, SubtaskResult::Status::Skipped));
    model.flush();
    proxy.setStatusGroup(WorkerFilterModel::StatusGroup(group));
    proxy.setText(text);
    proxy.sort(WorkerTableModel::IdColumn);
    QList<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(WorkerTableModel::WorkerIdRole).toInt();
    QCOMPARE(shown, expected);
    QVERIFY(!WorkerFilterModel::groupName(WorkerFilterModel::StatusGroup(group)).isEmpty());
}

void TestWorkerModel::realRunReachesFinalStates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Orchestrator orchestrator(test::fakeClaudeConfig(dir));
    Monitor monitor(&orchestrator);
    monitor.setInterval(100);
    WorkerTableModel model;
    WorkerFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrchestrator(&orchestrator);
    model.setMonitor(&monitor);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QSignalSpy running(&orchestrator, &Orchestrator::workerStarted);

    QVERIFY(orchestrator.start(test::planOf({QStringLiteral("[[fake:slow:5]] write a.txt"),
                                             QStringLiteral("[[fake:auth_error]] fails"),
                                             QStringLiteral("[[fake:sleep:1]] write c.txt")})));
    monitor.start();
    QCOMPARE(model.rowCount(), 3);
    QTRY_VERIFY(running.size() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    model.flush();
    QCOMPARE(cell(model, 1, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Succeeded));
    QCOMPARE(cell(model, 2, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Failed));
    QCOMPARE(cell(model, 3, 0).data(WorkerTableModel::StateRole).toInt(), int(State::Succeeded));
    QVERIFY(cell(model, 1, WorkerTableModel::ActivityColumn).data().toString().contains(QStringLiteral("a.txt")));
    QVERIFY(cell(model, 3, WorkerTableModel::DurationColumn).data(WorkerTableModel::SortRole).toLongLong() >= 1000);
    QVERIFY(!cell(model, 2, WorkerTableModel::ActivityColumn).data().toString().isEmpty());
    proxy.setStatusGroup(WorkerFilterModel::StatusGroup::Problems);
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(TestWorkerModel)
#include "tst_workermodel.moc"
