// ResourceSampler: system CPU and memory, and one worker's whole tree found by its tag, including a
// descendant in its own session.
#include "monitor/ResourceSampler.h"
#include "process/ProcessRunner.h"

#include <QProcess>
#include <QtTest>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

class TestResourceSampler final : public QObject
{
    Q_OBJECT

private slots:
    void systemFigures();
    void workerTreeByTag();
};

void TestResourceSampler::systemFigures()
{
    ResourceSampler sampler;
    const SystemSample first = sampler.sampleSystem();
    QVERIFY(first.memoryTotalBytes > 64LL * 1024 * 1024);
    QVERIFY(first.memoryUsedBytes > 0 && first.memoryUsedBytes < first.memoryTotalBytes);
    QCOMPARE(first.cpuPercent, 0.0);  // no interval yet
    QTest::qWait(200);
    const SystemSample second = sampler.sampleSystem();
    QVERIFY(second.cpuPercent >= 0 && second.cpuPercent <= 100);
}

void TestResourceSampler::workerTreeByTag()
{
    // A busy loop, and a sleeping grandchild that moved to its own session: both carry the tag.
    QProcess tree;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString runId = u"sampler-test-%1"_s.arg(QCoreApplication::applicationPid());
    env.insert(u"ORCH_RUN_ID"_s, runId);
    env.insert(u"ORCH_WORKER_ID"_s, u"7"_s);
    tree.setProcessEnvironment(env);
    tree.start(u"/bin/sh"_s, {u"-c"_s, u"setsid sleep 30 & i=0; while :; do i=$((i+1)); done"_s});
    QVERIFY(tree.waitForStarted());

    // Wait for the setsid'd sleeper itself (setsid forks, so its parent comes and goes first).
    ResourceSampler sampler;
    QVERIFY(QTest::qWaitFor([&] {
        return sampler.sampleRun(runId).value(u"7"_s).processes >= 2;
    }, 10000));
    QTest::qWait(300);
    sampler.sampleRun(runId);  // the baseline for the CPU rate below
    QTest::qWait(600);
    const QHash<QString, ProcessTreeSample> samples = sampler.sampleRun(runId);
    QCOMPARE(samples.keys(), QList<QString>{u"7"_s});
    const ProcessTreeSample worker = samples.value(u"7"_s);
    QVERIFY2(worker.processes >= 2, qPrintable(QString::number(worker.processes)));
    QVERIFY2(worker.cpuPercent > 30 && worker.cpuPercent < 250, qPrintable(QString::number(worker.cpuPercent)));
    QVERIFY(worker.residentBytes > 100 * 1024);
    QVERIFY(sampler.sampleRun(u"some-other-run"_s).isEmpty());

    tree.kill();
    tree.waitForFinished();
    // The setsid'd sleeper is not in the shell's group: end it through its tag, as the engine does.
    ProcessRunner::killTagged(runId);
    QTRY_VERIFY(sampler.sampleRun(runId).isEmpty());
}

QTEST_GUILESS_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
