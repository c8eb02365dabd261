// ResourceSampler: system CPU and memory, one worker's whole tree found by its tag, including a
// descendant in its own session, and the figures of a child that holds a known amount of memory
// and keeps one core busy.
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
    void knownMemoryAndCpu();
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

void TestResourceSampler::knownMemoryAndCpu()
{
    // A child that holds 96 MiB it wrote to, then keeps one core busy: the sampler must see both.
    constexpr qint64 mib = 96;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString runId = u"sampler-known-%1"_s.arg(QCoreApplication::applicationPid());
    env.insert(u"ORCH_RUN_ID"_s, runId);
    env.insert(u"ORCH_WORKER_ID"_s, u"1"_s);
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(PROC_CHILD), {u"alloc"_s, QString::number(mib), u"burn"_s, u"30000"_s});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] { return (out += child.readAllStandardOutput()).contains("alloc 96"); }, 10000));

    ResourceSampler sampler;
    sampler.sampleRun(runId);  // the baseline for the CPU rate
    QTest::qWait(1000);
    const ProcessTreeSample sample = sampler.sampleRun(runId).value(u"1"_s);
    child.kill();
    child.waitForFinished();
    QCOMPARE(sample.processes, 1);
    // The allocation plus the program's own few MiB.
    QVERIFY2(sample.residentBytes >= mib * 1024 * 1024 && sample.residentBytes < (mib + 16) * 1024 * 1024,
             qPrintable(QString::number(sample.residentBytes / 1024 / 1024)));
    // One busy core, on a machine where others compete for it.
    QVERIFY2(sample.cpuPercent > 25 && sample.cpuPercent <= 110, qPrintable(QString::number(sample.cpuPercent)));
}

QTEST_GUILESS_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
