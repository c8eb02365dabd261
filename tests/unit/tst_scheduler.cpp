// Scheduler: concurrency bound, dependencies, retries only for retryable outcomes, rate-limit pause,
// cancel and resume, driven with scripted outcomes (no processes).
#include "run/Scheduler.h"

#include <QSignalSpy>
#include <QtTest>

using namespace orch;

namespace {

Plan planOf(int count, const QList<QPair<int, int>> &dependencies = {})
{
    Plan plan;
    plan.task = QStringLiteral("test");
    for (int i = 1; i <= count; ++i)
        plan.subtasks << Subtask{QString::number(i), QStringLiteral("Subtask %1").arg(i), QStringLiteral("do %1").arg(i), {}};
    for (const auto &[dependent, prerequisite] : dependencies)
        plan.subtasks[dependent - 1].dependsOn << QString::number(prerequisite);
    return plan;
}

AgentOutcome outcome(AgentOutcome::Kind kind, bool rateLimited = false)
{
    AgentOutcome o;
    o.kind = kind;
    o.rateLimited = rateLimited;
    o.message = QStringLiteral("scripted %1").arg(int(kind));
    return o;
}

QStringList startedIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids << args.at(0).toString();
    return ids;
}

} // namespace

class TestScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void neverMoreThanMaxWorkers();
    void dependenciesWaitAndSkip();
    void retriesOnlyRetryableOutcomes_data();
    void retriesOnlyRetryableOutcomes();
    void retryWaitsForTheDelay();
    void rateLimitPausesNewStarts();
    void rateLimitRetriesDoNotUseTheBudget();
    void cancelAllSettlesPendingAndWaitsForRunning();
    void retryAfterFailure();
    void resumeSkipsSettled();
    void admissionHoldsBackNewStarts();
};

void TestScheduler::neverMoreThanMaxWorkers()
{
    Scheduler scheduler(planOf(10), {3, 0, 0});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy finished(&scheduler, &Scheduler::finished);
    int peak = 0;
    connect(&scheduler, &Scheduler::startAttempt, this, [&] { peak = std::max(peak, scheduler.runningCount()); });
    scheduler.start();
    QCOMPARE(started.size(), 3);
    QCOMPARE(startedIds(started), QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    // Finish whatever runs, one at a time, until all are done.
    int handled = 0;
    while (handled < 10) {
        QTRY_VERIFY(started.size() > handled);
        scheduler.attemptFinished(started.at(handled).at(0).toString(), outcome(AgentOutcome::Kind::Success));
        ++handled;
    }
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 10);
    QCOMPARE(peak, 3);
    QVERIFY(scheduler.isFinished());
}

void TestScheduler::dependenciesWaitAndSkip()
{
    // 2 needs 1; 3 needs 2; 4 is independent.
    Scheduler scheduler(planOf(4, {{2, 1}, {3, 2}}), {4, 0, 0});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy settled(&scheduler, &Scheduler::settled);
    scheduler.start();
    QCOMPARE(startedIds(started), QStringList({QStringLiteral("1"), QStringLiteral("4")}));

    scheduler.attemptFinished(QStringLiteral("1"), outcome(AgentOutcome::Kind::Success));
    QTRY_COMPARE(started.size(), 3);
    QCOMPARE(started.last().at(0).toString(), QStringLiteral("2"));

    scheduler.attemptFinished(QStringLiteral("2"), outcome(AgentOutcome::Kind::AgentError));
    scheduler.attemptFinished(QStringLiteral("4"), outcome(AgentOutcome::Kind::Success));
    QTRY_COMPARE(settled.size(), 4);
    QCOMPARE(scheduler.status(QStringLiteral("2")), SubtaskResult::Status::Failed);
    QCOMPARE(scheduler.status(QStringLiteral("3")), SubtaskResult::Status::Skipped);
    QCOMPARE(started.size(), 3);  // 3 never started
    const auto skipped = std::find_if(settled.cbegin(), settled.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toString() == u"3";
    });
    QVERIFY(skipped->at(2).toString().contains(QStringLiteral("prerequisite 2 (Subtask 2) did not succeed (failed)")));
}

void TestScheduler::retriesOnlyRetryableOutcomes_data()
{
    QTest::addColumn<AgentOutcome::Kind>("kind");
    QTest::addColumn<int>("expectedAttempts");
    QTest::addColumn<SubtaskResult::Status>("finalStatus");
    QTest::addRow("crash") << AgentOutcome::Kind::Crashed << 3 << SubtaskResult::Status::Failed;
    QTest::addRow("timeout") << AgentOutcome::Kind::TimedOut << 3 << SubtaskResult::Status::Timeout;
    QTest::addRow("api error") << AgentOutcome::Kind::ApiError << 3 << SubtaskResult::Status::Failed;
    QTest::addRow("auth error") << AgentOutcome::Kind::AgentError << 1 << SubtaskResult::Status::Failed;
    QTest::addRow("max turns") << AgentOutcome::Kind::LimitReached << 1 << SubtaskResult::Status::Failed;
    QTest::addRow("failed to start") << AgentOutcome::Kind::FailedToStart << 1 << SubtaskResult::Status::Failed;
    QTest::addRow("cancelled") << AgentOutcome::Kind::Cancelled << 1 << SubtaskResult::Status::Cancelled;
}

void TestScheduler::retriesOnlyRetryableOutcomes()
{
    QFETCH(AgentOutcome::Kind, kind);
    QFETCH(int, expectedAttempts);
    QFETCH(SubtaskResult::Status, finalStatus);
    Scheduler scheduler(planOf(1), {1, 2, 0});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy finished(&scheduler, &Scheduler::finished);
    connect(&scheduler, &Scheduler::startAttempt, this, [&](const QString &id, int) {
        QMetaObject::invokeMethod(this, [&scheduler, id, kind] { scheduler.attemptFinished(id, outcome(kind)); },
                                  Qt::QueuedConnection);
    });
    scheduler.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), expectedAttempts);
    QCOMPARE(started.last().at(1).toInt(), expectedAttempts);
    QCOMPARE(scheduler.status(QStringLiteral("1")), finalStatus);
}

void TestScheduler::retryWaitsForTheDelay()
{
    Scheduler scheduler(planOf(1), {1, 1, 300});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy retry(&scheduler, &Scheduler::retryScheduled);
    scheduler.start();
    QElapsedTimer clock;
    clock.start();
    scheduler.attemptFinished(QStringLiteral("1"), outcome(AgentOutcome::Kind::Crashed));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().at(1).toInt(), 2);
    QCOMPARE(retry.first().at(2).toInt(), 300);
    QTRY_COMPARE(started.size(), 2);
    QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
}

void TestScheduler::rateLimitPausesNewStarts()
{
    Scheduler scheduler(planOf(3), {1, 0, 0});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy paused(&scheduler, &Scheduler::pausedChanged);
    scheduler.start();
    QCOMPARE(started.size(), 1);
    AgentOutcome limited = outcome(AgentOutcome::Kind::ApiError, true);
    limited.retryAfter = QDateTime::currentDateTimeUtc().addMSecs(400);
    QElapsedTimer clock;
    clock.start();
    scheduler.attemptFinished(QStringLiteral("1"), limited);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toBool(), true);
    QVERIFY(paused.first().at(2).toString().startsWith(QStringLiteral("rate limited: no new worker starts until")));
    QVERIFY(scheduler.isPaused());
    QTest::qWait(150);
    QCOMPARE(started.size(), 1);  // nothing starts while paused
    QTRY_COMPARE(started.size(), 2);
    QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(paused.last().at(0).toBool(), false);
    QCOMPARE(started.last().at(0).toString(), QStringLiteral("1"));  // the limited one goes first
}

void TestScheduler::rateLimitRetriesDoNotUseTheBudget()
{
    Scheduler::Options options{1, 0, 0};
    options.rateLimitBackoffMs = 10;
    options.maxRateLimitWaits = 3;
    Scheduler scheduler(planOf(1), options);
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy finished(&scheduler, &Scheduler::finished);
    connect(&scheduler, &Scheduler::startAttempt, this, [&](const QString &id, int) {
        QMetaObject::invokeMethod(this, [&scheduler, id] {
            scheduler.attemptFinished(id, outcome(AgentOutcome::Kind::ApiError, true));
        }, Qt::QueuedConnection);
    });
    scheduler.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 4);  // no ordinary retries, but three waits for the rate limit
    QCOMPARE(scheduler.status(QStringLiteral("1")), SubtaskResult::Status::Failed);
}

void TestScheduler::cancelAllSettlesPendingAndWaitsForRunning()
{
    Scheduler scheduler(planOf(4), {2, 2, 0});
    QSignalSpy finished(&scheduler, &Scheduler::finished);
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    scheduler.start();
    scheduler.cancelAll();
    QCOMPARE(scheduler.status(QStringLiteral("3")), SubtaskResult::Status::Cancelled);
    QCOMPARE(scheduler.status(QStringLiteral("4")), SubtaskResult::Status::Cancelled);
    QCOMPARE(finished.size(), 0);  // two still running
    scheduler.attemptFinished(QStringLiteral("1"), outcome(AgentOutcome::Kind::Cancelled));
    scheduler.attemptFinished(QStringLiteral("2"), outcome(AgentOutcome::Kind::Crashed));  // no retry once cancelled
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 2);
    QCOMPARE(scheduler.status(QStringLiteral("2")), SubtaskResult::Status::Cancelled);
}

void TestScheduler::retryAfterFailure()
{
    Scheduler scheduler(planOf(2, {{2, 1}}), {2, 0, 0});
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy finished(&scheduler, &Scheduler::finished);
    scheduler.start();
    scheduler.attemptFinished(QStringLiteral("1"), outcome(AgentOutcome::Kind::AgentError));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(scheduler.status(QStringLiteral("2")), SubtaskResult::Status::Skipped);
    QVERIFY(!scheduler.retry(QStringLiteral("nope")));
    QVERIFY(scheduler.retry(QStringLiteral("1")));
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(started.last().at(1).toInt(), 2);
    scheduler.attemptFinished(QStringLiteral("1"), outcome(AgentOutcome::Kind::Success));
    QTRY_COMPARE(started.size(), 3);  // the skipped dependent runs now
    QCOMPARE(started.last().at(0).toString(), QStringLiteral("2"));
    scheduler.attemptFinished(QStringLiteral("2"), outcome(AgentOutcome::Kind::Success));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!scheduler.retry(QStringLiteral("2")));  // a success is not retried
}

void TestScheduler::resumeSkipsSettled()
{
    Scheduler scheduler(planOf(3, {{3, 1}}), {3, 0, 0});
    scheduler.markSettled(QStringLiteral("1"), SubtaskResult::Status::Success);
    scheduler.markSettled(QStringLiteral("2"), SubtaskResult::Status::Failed);
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    scheduler.start();
    QCOMPARE(startedIds(started), QStringList(QStringLiteral("3")));
}

void TestScheduler::admissionHoldsBackNewStarts()
{
    Scheduler scheduler(planOf(3), {3, 0, 0});
    QString verdict = QStringLiteral("CPU 93% > 80%");
    int asked = 0;
    scheduler.setAdmission([&] { ++asked; return verdict; }, 50);
    QSignalSpy started(&scheduler, &Scheduler::startAttempt);
    QSignalSpy admission(&scheduler, &Scheduler::admissionChanged);
    scheduler.start();
    // The first start is always admitted, so a busy machine never starves a run.
    QCOMPARE(started.size(), 1);
    QCOMPARE(admission.size(), 1);
    QCOMPARE(admission.first().first().toString(), QStringLiteral("CPU 93% > 80%"));
    QCOMPARE(scheduler.blockedReason(), QStringLiteral("CPU 93% > 80%"));
    QTRY_VERIFY(asked >= 3);  // asked again and again while blocked
    QCOMPARE(started.size(), 1);
    verdict.clear();
    QTRY_COMPARE(started.size(), 3);
    QCOMPARE(admission.last().first().toString(), QString());
    // With nothing running, nothing is held back whatever the verdict.
    Scheduler idle(planOf(1), {1, 0, 0});
    idle.setAdmission([] { return QStringLiteral("memory 10 MB free < 2048 MB"); });
    QSignalSpy idleStarted(&idle, &Scheduler::startAttempt);
    idle.start();
    QCOMPARE(idleStarted.size(), 1);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
