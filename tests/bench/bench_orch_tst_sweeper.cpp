// ProcessSweeper's filters, added for benchmarks 1 and 6 (a sweep after every worker read the
// environment of every process on the machine): processes older than the child are not matched by
// their tag, those started with it or later still are, skipped pids (other runners' children) are
// never touched; and the start time is read right even when the process name holds spaces and
// parentheses.
#include "process/ProcessSpec.h"
#include "process/ProcessSweeper.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace orch;

class TestSweeperStartTime final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTicksOfProcesses();
    void notBeforeSkipsOlderProcesses_data();
    void notBeforeSkipsOlderProcesses();
    void skippedPidsAreLeftAlone();

private:
    // A sleeping child tagged with the test's run id, its program named `name`.
    bool startSleeper(QProcess *process, const QString &name);

    QTemporaryDir m_dir;
    QString m_runId = u"bench-orch-tst-sweeper-%1"_s.arg(::getpid());
};

void TestSweeperStartTime::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!QStandardPaths::findExecutable(u"sleep"_s).isEmpty());
}

bool TestSweeperStartTime::startSleeper(QProcess *process, const QString &name)
{
    // A copy of sleep under another name: /proc/PID/stat shows that name in parentheses.
    const QString program = m_dir.filePath(name);
    if (!QFile::exists(program) && !QFile::copy(QStandardPaths::findExecutable(u"sleep"_s), program))
        return false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString(ProcessTag::runIdVariable), m_runId);
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(program, {u"30"_s});
    return process->waitForStarted();
}

void TestSweeperStartTime::startTicksOfProcesses()
{
    const qint64 self = ProcessSweeper::startTicks(::getpid());
    QVERIFY(self > 0);
    QCOMPARE(ProcessSweeper::startTicks(0x7ffffff0), qint64(-1));

    QProcess child;
    QVERIFY(startSleeper(&child, u"odd) name (x"_s));
    const qint64 childTicks = ProcessSweeper::startTicks(child.processId());
    QVERIFY2(childTicks >= self, qPrintable(u"child %1, self %2"_s.arg(childTicks).arg(self)));
    child.kill();
    QVERIFY(child.waitForFinished());
}

void TestSweeperStartTime::notBeforeSkipsOlderProcesses_data()
{
    QTest::addColumn<bool>("setLimit");
    QTest::addColumn<qint64>("offset"); // the limit, relative to the process's start
    QTest::addColumn<bool>("killed");
    QTest::addRow("no limit") << false << qint64(0) << true;
    QTest::addRow("started at the limit") << true << qint64(0) << true;
    QTest::addRow("started after the limit") << true << qint64(-1) << true;
    QTest::addRow("started before the limit") << true << qint64(1) << false;
}

void TestSweeperStartTime::notBeforeSkipsOlderProcesses()
{
    QFETCH(bool, setLimit);
    QFETCH(qint64, offset);
    QFETCH(bool, killed);

    QProcess child;
    QVERIFY(startSleeper(&child, u"tagged sleeper"_s));
    const qint64 started = ProcessSweeper::startTicks(child.processId());
    QVERIFY(started > 0);

    ProcessSweeper sweeper(ProcessTag{m_runId, {}}, 0);
    sweeper.setExcludedPid(child.processId()); // QProcess reaps its own child
    if (setLimit)
        sweeper.setNotBefore(started + offset);
    sweeper.sweepOnce();
    QCOMPARE(sweeper.killedCount(), killed ? 1 : 0);
    if (killed) {
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    } else {
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished());
    }
}

// A runner's sweep skips the live children of the other runners (ProcessRunner passes them).
void TestSweeperStartTime::skippedPidsAreLeftAlone()
{
    QProcess child;
    QVERIFY(startSleeper(&child, u"tagged sleeper"_s));
    ProcessSweeper sweeper(ProcessTag{m_runId, {}}, 0);
    sweeper.setExcludedPid(child.processId());
    sweeper.setSkippedPids({child.processId()});
    QVERIFY(sweeper.sweepOnce());
    QCOMPARE(sweeper.killedCount(), 0);
    QCOMPARE(child.state(), QProcess::Running);

    ProcessSweeper unskipped(ProcessTag{m_runId, {}}, 0);
    unskipped.setExcludedPid(child.processId());
    unskipped.sweepOnce();
    QCOMPARE(unskipped.killedCount(), 1);
    QVERIFY(child.waitForFinished());
}

QTEST_GUILESS_MAIN(TestSweeperStartTime)
#include "bench_orch_tst_sweeper.moc"
