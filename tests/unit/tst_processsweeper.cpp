// ProcessSweeper: its start-time filter (added for benchmarks 1 and 6, where a sweep after every
// worker read the environment of every process on the machine): processes older than the child are
// not matched by their tag, those started with it or later still are; skipped pids (other runners'
// children) are never touched; the start time is read right even when the process name holds
// spaces and parentheses; and a process caught in the middle of exec(), whose environment reads
// empty for a moment, is looked at again instead of escaping.
#include "process/ProcessSpec.h"
#include "process/ProcessSweeper.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace orch;

class TestProcessSweeper final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTicksOfProcesses();
    void notBeforeSkipsOlderProcesses_data();
    void notBeforeSkipsOlderProcesses();
    void skippedPidsAreLeftAlone();
    void emptyEnvironmentIsLookedAtBoundedly();
    void childrenJustStartedAreFound();

private:
    // A sleeping child tagged with the test's run id, its program named `name`. It may still be
    // inside exec() when this returns: QProcess reports the start once exec() has closed its
    // close-on-exec pipe, before the kernel has set up the new image's environment.
    bool startSleeper(QProcess *process, const QString &name);

    QTemporaryDir m_dir;
    QString m_runId = u"tst-processsweeper-%1"_s.arg(::getpid());
};

void TestProcessSweeper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!QStandardPaths::findExecutable(u"sleep"_s).isEmpty());
}

bool TestProcessSweeper::startSleeper(QProcess *process, const QString &name)
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

void TestProcessSweeper::startTicksOfProcesses()
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

void TestProcessSweeper::notBeforeSkipsOlderProcesses_data()
{
    QTest::addColumn<bool>("setLimit");
    QTest::addColumn<qint64>("offset"); // the limit, relative to the process's start
    QTest::addColumn<bool>("killed");
    QTest::addRow("no limit") << false << qint64(0) << true;
    QTest::addRow("started at the limit") << true << qint64(0) << true;
    QTest::addRow("started after the limit") << true << qint64(-1) << true;
    QTest::addRow("started before the limit") << true << qint64(1) << false;
}

void TestProcessSweeper::notBeforeSkipsOlderProcesses()
{
    QFETCH(bool, setLimit);
    QFETCH(qint64, offset);
    QFETCH(bool, killed);

    QProcess child;
    QVERIFY(startSleeper(&child, u"tagged sleeper"_s));
    const qint64 started = ProcessSweeper::startTicks(child.processId());
    QVERIFY(started > 0);

    ProcessSweeper sweeper(ProcessTag {m_runId, {}}, 0);
    sweeper.setExcludedPid(child.processId()); // QProcess reaps its own child
    if (setLimit)
        sweeper.setNotBefore(started + offset);
    // Until done, as ProcessRunner sweeps: one pass may find the child still inside exec().
    QVERIFY(sweeper.sweepUntilDone(5000));
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
void TestProcessSweeper::skippedPidsAreLeftAlone()
{
    QProcess child;
    QVERIFY(startSleeper(&child, u"tagged sleeper"_s));
    ProcessSweeper sweeper(ProcessTag {m_runId, {}}, 0);
    sweeper.setExcludedPid(child.processId());
    sweeper.setSkippedPids({child.processId()});
    QVERIFY(sweeper.sweepUntilDone(5000));
    QCOMPARE(sweeper.killedCount(), 0);
    QCOMPARE(child.state(), QProcess::Running);

    ProcessSweeper unskipped(ProcessTag {m_runId, {}}, 0);
    unskipped.setExcludedPid(child.processId());
    QVERIFY(unskipped.sweepUntilDone(5000));
    QCOMPARE(unskipped.killedCount(), 1);
    QVERIFY(child.waitForFinished());
}

// A process that really has no environment holds a sweep up for a few passes, then counts as
// untagged: the sweep ends well inside its limit and leaves the process alone.
void TestProcessSweeper::emptyEnvironmentIsLookedAtBoundedly()
{
    QProcess child;
    child.setStandardInputFile(QProcess::nullDevice());
    child.setProcessEnvironment(QProcessEnvironment()); // an empty one, not the parent's
    child.start(QStandardPaths::findExecutable(u"sleep"_s), {u"30"_s});
    QVERIFY(child.waitForStarted());
    const qint64 started = ProcessSweeper::startTicks(child.processId());
    QVERIFY(started > 0);

    ProcessSweeper sweeper(ProcessTag {m_runId, {}}, 0);
    sweeper.setExcludedPid(child.processId());
    sweeper.setNotBefore(started);
    QVERIFY2(!sweeper.sweepOnce(), "an empty environment must be looked at again");
    QVERIFY2(sweeper.sweepUntilDone(5000), "the second look must be bounded");
    QCOMPARE(sweeper.killedCount(), 0);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished());
}

// Sweeps right after each start, as the end of a worker can come while a descendant is in exec():
// every one is found and killed. posix_spawn() returns as soon as the child's exec() has released
// it, usually before the kernel has set up the new image's environment, so most first passes meet
// the child there (how many is printed); before the second look such a child escaped the sweep.
void TestProcessSweeper::childrenJustStartedAreFound()
{
    const QByteArray program = QFile::encodeName(QStandardPaths::findExecutable(u"sleep"_s));
    const QByteArray tag = QByteArray(ProcessTag::runIdVariable.data()) + '=' + m_runId.toUtf8();
    char *const argv[] = {const_cast<char *>(program.constData()), const_cast<char *>("30"), nullptr};
    char *const envp[] = {const_cast<char *>(tag.constData()), nullptr};

    constexpr int rounds = 100;
    int caughtInExec = 0;
    for (int round = 0; round < rounds; ++round) {
        pid_t pid = 0;
        QCOMPARE(::posix_spawn(&pid, program.constData(), nullptr, nullptr, argv, envp), 0);
        ProcessSweeper sweeper(ProcessTag {m_runId, {}}, 0);
        sweeper.setNotBefore(ProcessSweeper::startTicks(pid));
        if (!sweeper.sweepOnce() && sweeper.killedCount() == 0)
            ++caughtInExec;
        const bool done = sweeper.sweepUntilDone(5000);
        if (!done || sweeper.killedCount() != 1) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
        QVERIFY(done);
        QVERIFY2(sweeper.killedCount() == 1, qPrintable(u"round %1"_s.arg(round)));
        // The sweep has reaped it: it was our child, and is gone.
        QCOMPARE(::waitpid(pid, nullptr, WNOHANG), -1);
    }
    qInfo("%d of %d first passes met the child inside exec()", caughtInExec, rounds);
}

QTEST_GUILESS_MAIN(TestProcessSweeper)
#include "tst_processsweeper.moc"
