// ProcessRunner against the scriptable proc_child fake: lines and batching, stdin, exit codes and
// signals, timeouts, the staged stop, the sweep of escaped descendants, and bounded memory.
// After every test no process carries the test run's tag and this process has no child left.
#include "process/LineSplitter.h"
#include "process/ProcessRunner.h"
#include "support/ProcessProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

#include <fcntl.h>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using orch::ProcessRunner;
using orch::ProcessSpec;
using State = orch::ProcessRunner::State;

namespace {

const QString childProgram = QStringLiteral(PROC_CHILD);

// Pids under /proc whose /proc/PID/FILE satisfies the predicate.
template<typename Predicate>
QList<qint64> scanProc(const char *file, Predicate predicate)
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        QFile content(u"/proc/"_s + entry + u'/' + QLatin1String(file));
        if (content.open(QIODevice::ReadOnly) && predicate(content.readAll()))
            pids.append(pid);
    }
    return pids;
}

QList<qint64> taggedProcesses(const QString &runId)
{
    const QByteArray needle = '\0' + QByteArray("ORCH_RUN_ID=") + runId.toUtf8() + '\0';
    return scanProc("environ", [&needle](const QByteArray &environ) {
        return QByteArray('\0' + environ).contains(needle);
    });
}

// Children of this process, alive or zombie: "pid (comm) state ppid ...".
QList<qint64> ourChildren()
{
    const QByteArray self = QByteArray::number(::getpid());
    return scanProc("stat", [&self](const QByteArray &stat) {
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 1 && fields.at(1) == self;
    });
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(u"/proc/"_s + QString::number(pid));
}

qint64 residentKiB()
{
    return orch::test::residentKb();
}

// The pid printed by proc_child's "daemon" / "groupchild" commands.
qint64 printedPid(const QStringList &lines, const QString &label)
{
    for (const QString &line : lines) {
        if (line.startsWith(label + u' '))
            return line.mid(label.size() + 1).toLongLong();
    }
    return 0;
}

// Everything a runner emitted, recorded for assertions.
struct Capture
{
    QStringList lines;
    int batches = 0;
    QString stderrText;
    int startedCount = 0;
    bool finished = false;
    ProcessRunner::Result result;

    void attach(ProcessRunner *runner)
    {
        QObject::connect(runner, &ProcessRunner::stdoutLines, runner, [this](const orch::LineBatch &batch) {
            lines += batch.toStringList();
            ++batches;
        });
        QObject::connect(runner, &ProcessRunner::stderrText, runner,
                         [this](const QString &text) { stderrText += text; });
        QObject::connect(runner, &ProcessRunner::started, runner, [this] { ++startedCount; });
        QObject::connect(runner, &ProcessRunner::finished, runner, [this](const ProcessRunner::Result &r) {
            finished = true;
            result = r;
        });
    }
};

} // namespace

class TestProcessRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void splitter_data();
    void splitter();
    void splitterSharesWholeLines();
    void linesAreBatched_data();
    void linesAreBatched();
    void outputLines_data();
    void outputLines();
    void hugeLine();
    void overlongLineIsTruncated();
    void stdinIsFedThenClosed_data();
    void stdinIsFedThenClosed();
    void stdinIsWholeBeforeTheChildRuns();
    void noStdinMeansEofAtOnce();
    void stdoutPipesAreLargeWithinABudget();
    void unreadStdinIsHarmless();
    void exitStatus_data();
    void exitStatus();
    void failedToStart_data();
    void failedToStart();
    void explicitEnvironmentAndFolder();
    void programIsFoundInTheChildsPath();
    void totalTimeout();
    void inactivityTimeout();
    void outputKeepsInactivityTimerAlive();
    void cancelEscalatesToSigkill_data();
    void cancelEscalatesToSigkill();
    void cancelPoliteChildStopsAtSigint();
    void cancelBeforeLaunch();
    void escapedDescendantsAreSwept_data();
    void escapedDescendantsAreSwept();
    void startIsDeferred();
    void destructorKillsTheTree();
    void killTaggedStatic();
    void stderrTailIsBounded();
    void transcriptGetsAllBytes();
    void floodKeepsMemoryBounded();
    void childStartsClean();
    void childDiesWithItsParent();

private:
    ProcessSpec childSpec(const QStringList &arguments);
    // Starts a runner for spec, records it in capture, waits for finished().
    std::unique_ptr<ProcessRunner> run(const ProcessSpec &spec, Capture &capture, int timeoutMs = 15000);

    QString m_runId;
    int m_workerCounter = 0;
};

void TestProcessRunner::initTestCase()
{
    QVERIFY2(QFileInfo(childProgram).isExecutable(), qPrintable(childProgram));
    QVERIFY(ProcessRunner::becomeSubreaper());
    m_runId = u"tst-processrunner-"_s + QString::number(::getpid());
}

void TestProcessRunner::cleanup()
{
    const QList<qint64> tagged = taggedProcesses(m_runId);
    const QList<qint64> children = ourChildren();
    // Clear up before asserting so one failure does not spill into the next test.
    ProcessRunner::killTagged(m_runId);
    QVERIFY2(tagged.isEmpty(), qPrintable(u"tagged processes left: "_s + QString::number(tagged.size())));
    QVERIFY2(children.isEmpty(), qPrintable(u"children (or zombies) left: "_s + QString::number(children.size())));
}

ProcessSpec TestProcessRunner::childSpec(const QStringList &arguments)
{
    ProcessSpec spec;
    spec.program = childProgram;
    spec.arguments = arguments;
    spec.environment = QProcessEnvironment::systemEnvironment();
    spec.tag = {m_runId, QString::fromLatin1(QTest::currentTestFunction()) + QString::number(++m_workerCounter)};
    spec.interruptGraceMs = 150;
    spec.terminateGraceMs = 150;
    return spec;
}

std::unique_ptr<ProcessRunner> TestProcessRunner::run(const ProcessSpec &spec, Capture &capture, int timeoutMs)
{
    auto runner = std::make_unique<ProcessRunner>();
    capture.attach(runner.get());
    if (!runner->start(spec))
        return runner;
    // A real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which throttles a pipe to
    // 64 KiB per 10 ms. A runner that never finishes leaves result.state NotStarted, which every
    // caller compares.
    QSignalSpy finished(runner.get(), &ProcessRunner::finished);
    if (!finished.wait(timeoutMs))
        qWarning("runner did not finish within %d ms", timeoutMs);
    return runner;
}

void TestProcessRunner::splitter_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<int>("maxLineBytes");
    QTest::addColumn<QStringList>("expected"); // feed() results, then flush()

    QTest::addRow("one chunk") << QByteArrayList{"a\nb\n"} << 100 << QStringList{u"a"_s, u"b"_s};
    QTest::addRow("across chunks") << QByteArrayList{"ab", "c\nd", "e"} << 100 << QStringList{u"abc"_s, u"de"_s};
    QTest::addRow("crlf and empty") << QByteArrayList{"a\r\n\n\r\n"} << 100 << QStringList{u"a"_s, {}, {}};
    QTest::addRow("utf-8 split") << QByteArrayList{"h\xC3", "\xA9" "\n"} << 100 << QStringList{u"h\u00e9"_s};
    QTest::addRow("truncated") << QByteArrayList{"abcdef", "gh\nxy\n"} << 4
                               << QStringList{u"abcd [line truncated: 4 byte(s) dropped]"_s, u"xy"_s};
    QTest::addRow("truncated on a character boundary")
        << QByteArrayList{"abc\xC3\xA9z\n"} << 4 << QStringList{u"abc [line truncated: 3 byte(s) dropped]"_s};
    QTest::addRow("truncated, flushed") << QByteArrayList{"abcdef"} << 4
                                        << QStringList{u"abcd [line truncated: 2 byte(s) dropped]"_s};
}

void TestProcessRunner::splitter()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(int, maxLineBytes);
    QFETCH(QStringList, expected);
    orch::LineSplitter splitter(maxLineBytes);
    QStringList lines;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        lines += splitter.feed(chunk).toStringList();
        QVERIFY(splitter.pendingBytes() <= maxLineBytes);
    }
    lines += splitter.flush().toStringList();
    QCOMPARE(lines, expected);
    QCOMPARE(splitter.pendingBytes(), qsizetype(0));
    QVERIFY(splitter.flush().isEmpty());
}

// A line that arrives whole in one chunk is a view into the chunk, not a copy; one that spans
// chunks has a buffer of its own. The batch keeps the chunk alive after the caller drops it.
void TestProcessRunner::splitterSharesWholeLines()
{
    orch::LineSplitter splitter;
    QByteArray chunk("first\r\nsecond\nthi");
    const char *const start = chunk.constData();
    const orch::LineBatch batch = splitter.feed(chunk);
    QCOMPARE(batch.size(), qsizetype(2));
    QVERIFY(batch.at(0).data() == start);
    QVERIFY(batch.at(1).data() == start + 7);
    QCOMPARE(batch.byteCount(), qsizetype(11));
    chunk = QByteArray("rd\n"); // the caller's buffer is gone; the batch still holds it
    QCOMPARE(batch.toStringList(), (QStringList{u"first"_s, u"second"_s}));
    const orch::LineBatch next = splitter.feed(chunk);
    QCOMPARE(next.toStringList(), QStringList{u"third"_s});
    QVERIFY(next.at(0).data() != chunk.constData());

    orch::LineBatch joined = batch;
    joined.append(next);
    QCOMPARE(joined.toStringList(), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    QVERIFY(joined.at(0).data() == start);
    const orch::LineBatch fromText{u"caf\u00e9"_s, QString()};
    QCOMPARE(fromText.at(0), QByteArrayView("caf\xC3\xA9"));
    QCOMPARE(fromText.text(1), QString());
}

void TestProcessRunner::linesAreBatched_data()
{
    QTest::addColumn<int>("count");
    QTest::addRow("one") << 1;
    QTest::addRow("thousand") << 1000;
    QTest::addRow("hundred thousand") << 100000;
}

void TestProcessRunner::linesAreBatched()
{
    QFETCH(int, count);
    Capture capture;
    const auto runner = run(childSpec({u"lines"_s, QString::number(count)}), capture);
    QVERIFY(capture.finished);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.result.exitCode, 0);
    QCOMPARE(capture.result.message, u"exited with code 0"_s);
    QCOMPARE(capture.lines.size(), qsizetype(count));
    for (int i = 0; i < count; ++i) {
        if (capture.lines.at(i) != u"line "_s + QString::number(i))
            QFAIL(qPrintable(u"line %1 is \"%2\""_s.arg(i).arg(capture.lines.at(i))));
    }
    // Batches, not a signal per line: the child writes about 60 KB at a time.
    QVERIFY2(capture.batches <= std::max(1, count / 100), qPrintable(QString::number(capture.batches)));
}

void TestProcessRunner::outputLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("partial last line") << QStringList{u"out"_s, u"first"_s, u"partial"_s, u"no newline"_s}
                                       << QStringList{u"first"_s, u"no newline"_s};
    QTest::addRow("utf-8 split across reads") << QStringList{u"utf8split"_s} << QStringList{u"h\u00e9llo"_s};
    QTest::addRow("empty lines") << QStringList{u"out"_s, {}, u"out"_s, {}} << QStringList{{}, {}};
    QTest::addRow("no output") << QStringList{u"exit"_s, u"0"_s} << QStringList();
}

void TestProcessRunner::outputLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    Capture capture;
    const auto runner = run(childSpec(arguments), capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines, expected);
}

void TestProcessRunner::hugeLine()
{
    constexpr qsizetype size = 5 * 1024 * 1024;
    Capture capture;
    const auto runner = run(childSpec({u"huge"_s, QString::number(size), u"out"_s, u"after"_s}), capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines.size(), qsizetype(2));
    QCOMPARE(capture.lines.at(0).size(), size);
    QCOMPARE(capture.lines.at(0).count(u'x'), size);
    QCOMPARE(capture.lines.at(1), u"after"_s);
}

void TestProcessRunner::overlongLineIsTruncated()
{
    ProcessSpec spec = childSpec({u"huge"_s, QString::number(3 * 1024 * 1024), u"out"_s, u"after"_s});
    spec.maxLineBytes = 1024 * 1024;
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.lines.size(), qsizetype(2));
    const QString &cut = capture.lines.at(0);
    QCOMPARE(cut.count(u'x'), spec.maxLineBytes);
    QVERIFY2(cut.endsWith(u" [line truncated: 2097152 byte(s) dropped]"_s), qPrintable(cut.right(60)));
    QCOMPARE(capture.lines.at(1), u"after"_s);
    QVERIFY(runner->peakBufferedBytes() <= spec.maxLineBytes + spec.stderrTailBytes);
    QCOMPARE(capture.result.stdoutBytes, qint64(3 * 1024 * 1024 + 7));
}

void TestProcessRunner::stdinIsFedThenClosed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("two lines") << QByteArray("hello\nworld\n");
    QTest::addRow("empty") << QByteArray();
    QByteArray big;
    for (int i = 0; big.size() < 1024 * 1024; ++i)
        big += "input line " + QByteArray::number(i) + '\n';
    QTest::addRow("over a MiB") << big;
}

void TestProcessRunner::stdinIsFedThenClosed()
{
    QFETCH(QByteArray, input);
    ProcessSpec spec = childSpec({u"stdin"_s});
    spec.stdinData = input;
    spec.inactivityTimeoutMs = 5000; // an open stdin would hang the child into this
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QStringList expected = QString::fromUtf8(input).split(u'\n');
    expected.last() = u"EOF "_s + QString::number(input.size()); // replaces the empty piece after the last \n
    QCOMPARE(capture.lines, expected);
}

void TestProcessRunner::stdinIsWholeBeforeTheChildRuns()
{
    // A file, not a pipe the event loop fills after the start: on a loaded machine that fill came
    // later than the CLI's 3 s wait for input, and the attempt failed for good.
    ProcessSpec spec = childSpec({u"stdinkind"_s, u"stdin"_s});
    spec.stdinData = QByteArray("prompt\n");
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines, (QStringList{u"stdin file"_s, u"prompt"_s, u"EOF 7"_s}));
}

// By default (the window) children's stdout pipes are the kernel's 64 KiB. With large pipes on
// (the command line) they are 1 MiB (or fs.pipe-max-size) while the process-wide budget lasts;
// the children beyond it keep the default, and a finished child gives its share back.
void TestProcessRunner::stdoutPipesAreLargeWithinABudget()
{
    Capture plain;
    const auto plainRunner = run(childSpec({u"pipesize"_s}), plain);
    QCOMPARE(plain.lines, QStringList{u"pipe 65536"_s});
    QCOMPARE(ProcessRunner::largePipeBudget(), qint64(0));

    ProcessRunner::setLargeStdoutPipes(true);
    const auto restore = qScopeGuard([] { ProcessRunner::setLargeStdoutPipes(false); });
    QFile maxSizeFile(u"/proc/sys/fs/pipe-max-size"_s);
    QVERIFY(maxSizeFile.open(QIODevice::ReadOnly));
    const qint64 large = std::min<qint64>(1 << 20, maxSizeFile.readAll().trimmed().toLongLong());
    const qint64 budget = ProcessRunner::largePipeBudget();
    QVERIFY2(budget >= 16 * large, "a machine with the default limits has room for 16 large pipes");
    const int expectedLarge = int(budget / large);
    const int count = expectedLarge + 3;

    // All alive at once (each sleeps after reporting), so the budget is what limits them.
    std::vector<std::unique_ptr<ProcessRunner>> runners;
    std::vector<Capture> captures(static_cast<size_t>(count)); // never grows: each is attached by address
    for (int i = 0; i < count; ++i) {
        runners.push_back(std::make_unique<ProcessRunner>());
        captures[size_t(i)].attach(runners.back().get());
        QVERIFY(runners.back()->start(childSpec({u"pipesize"_s, u"sleep"_s, u"1500"_s})));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(captures.begin(), captures.end(), [](const Capture &c) { return c.finished; }),
                             30000);
    int largeCount = 0;
    for (const Capture &capture : captures) {
        QCOMPARE(capture.result.state, State::Finished);
        QCOMPARE(capture.lines.size(), qsizetype(1));
        if (capture.lines.first() == u"pipe %1"_s.arg(large))
            ++largeCount;
        else
            QCOMPARE(capture.lines.first(), u"pipe 65536"_s);
    }
    QCOMPARE(largeCount, expectedLarge);

    Capture after;
    const auto runner = run(childSpec({u"pipesize"_s}), after);
    QCOMPARE(after.lines, QStringList{u"pipe %1"_s.arg(large)});
}

void TestProcessRunner::noStdinMeansEofAtOnce()
{
    ProcessSpec spec = childSpec({u"stdin"_s});
    spec.inactivityTimeoutMs = 5000;
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines, QStringList{u"EOF 0"_s});
    QVERIFY(capture.result.durationMs < 5000);
}

void TestProcessRunner::unreadStdinIsHarmless()
{
    // The child exits without reading: the pipe breaks under our write, and we must not die of it.
    ProcessSpec spec = childSpec({u"exit"_s, u"0"_s});
    spec.stdinData = QByteArray(4 * 1024 * 1024, 'i');
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.result.exitCode, 0);
}

void TestProcessRunner::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("message");
    for (const int code : {0, 1, 42, 255}) {
        QTest::addRow("exit %d", code) << QStringList{u"exit"_s, QString::number(code)} << State::Finished << code << 0
                                       << u"exited with code %1"_s.arg(code);
    }
    const auto killedBy = [](int signal, const char *name) {
        QTest::addRow("%s", name) << QStringList{u"raise"_s, QString::number(signal)} << State::Crashed << -1
                                  << signal << u"killed by signal %1 (%2)"_s.arg(signal).arg(QLatin1String(name));
    };
    killedBy(SIGKILL, "SIGKILL");
    killedBy(SIGTERM, "SIGTERM");
    killedBy(SIGUSR1, "SIGUSR1");
}

void TestProcessRunner::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(State, state);
    QFETCH(int, exitCode);
    QFETCH(int, signal);
    QFETCH(QString, message);
    Capture capture;
    const auto runner = run(childSpec(arguments), capture);
    QCOMPARE(capture.result.state, state);
    QCOMPARE(runner->state(), state);
    QCOMPARE(capture.result.exitCode, exitCode);
    QCOMPARE(capture.result.signal, signal);
    QCOMPARE(capture.result.message, message);
    QCOMPARE(capture.result.timeoutKind, ProcessRunner::TimeoutKind::None);
}

void TestProcessRunner::failedToStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing program") << u"/nonexistent/agent-cli"_s << QString() << QString()
                                     << u"failed to start /nonexistent/agent-cli: No such file or directory"_s;
    QTest::addRow("not executable (a folder)") << u"/"_s << QString() << QString()
                                    << u"failed to start /: Permission denied"_s;
    QTest::addRow("missing folder")
        << childProgram << u"/nonexistent/folder"_s << QString()
        << u"failed to start: cannot enter the folder /nonexistent/folder: No such file or directory"_s;
    QTest::addRow("unwritable transcript")
        << childProgram << QString() << u"/nonexistent/t.log"_s
        << u"failed to start: cannot open the transcript /nonexistent/t.log: No such file or directory"_s;
}

void TestProcessRunner::failedToStart()
{
    QFETCH(QString, program);
    QFETCH(QString, folder);
    QFETCH(QString, transcript);
    QFETCH(QString, message);
    ProcessSpec spec = childSpec({u"out"_s, u"hello"_s});
    spec.program = program;
    spec.workingDirectory = folder;
    spec.transcriptPath = transcript;
    Capture capture;
    const auto runner = run(spec, capture);
    QVERIFY(capture.finished);
    QCOMPARE(capture.result.state, State::FailedToStart);
    QCOMPARE(capture.result.message, message);
    QCOMPARE(capture.startedCount, 0);
    QVERIFY(capture.lines.isEmpty());
}

void TestProcessRunner::explicitEnvironmentAndFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ProcessSpec spec = childSpec({u"env"_s, u"FOO"_s, u"env"_s, u"HOME"_s, u"env"_s, u"ORCH_RUN_ID"_s, u"env"_s,
                                  u"ORCH_WORKER_ID"_s, u"pwd"_s});
    spec.environment = QProcessEnvironment();
    spec.environment.insert(u"FOO"_s, u"bar baz"_s);
    spec.workingDirectory = folder.path();
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.lines, (QStringList{u"FOO=bar baz"_s, u"HOME unset"_s, u"ORCH_RUN_ID="_s + m_runId,
                                         u"ORCH_WORKER_ID="_s + spec.tag.workerId,
                                         QFileInfo(folder.path()).canonicalFilePath()}));
}

void TestProcessRunner::programIsFoundInTheChildsPath()
{
    const QFileInfo program(childProgram);
    ProcessSpec spec = childSpec({u"out"_s, u"found"_s});
    spec.program = program.fileName(); // a bare name, not in the test's own PATH
    spec.environment.insert(u"PATH"_s, u"/nonexistent:"_s + program.path());
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines, QStringList{u"found"_s});
}

void TestProcessRunner::totalTimeout()
{
    ProcessSpec spec = childSpec({u"tick"_s, u"1000"_s, u"50"_s}); // busy, so never inactive
    spec.timeoutMs = 400;
    spec.inactivityTimeoutMs = 0;
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::TimedOut);
    QCOMPARE(capture.result.timeoutKind, ProcessRunner::TimeoutKind::Total);
    QCOMPARE(capture.result.message, u"timed out after 0.4 s"_s);
    QCOMPARE(capture.result.signal, int(SIGINT)); // the first stage was enough
    QVERIFY(capture.result.durationMs >= 380 && capture.result.durationMs < 3000);
    QVERIFY(capture.lines.size() >= 2);
}

void TestProcessRunner::inactivityTimeout()
{
    ProcessSpec spec = childSpec({u"out"_s, u"hello"_s, u"hang"_s});
    spec.inactivityTimeoutMs = 300;
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::TimedOut);
    QCOMPARE(capture.result.timeoutKind, ProcessRunner::TimeoutKind::Inactivity);
    QCOMPARE(capture.result.message, u"no output for 0.3 s"_s);
    QCOMPARE(capture.lines, QStringList{u"hello"_s});
}

void TestProcessRunner::outputKeepsInactivityTimerAlive()
{
    ProcessSpec spec = childSpec({u"tick"_s, u"8"_s, u"100"_s, u"err"_s, u"done"_s});
    spec.inactivityTimeoutMs = 400; // shorter than the run, longer than the gaps
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.lines.size(), qsizetype(8));
    QCOMPARE(capture.stderrText, u"done\n"_s);
}

void TestProcessRunner::cancelEscalatesToSigkill_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("expectedAfterReady");
    QTest::addRow("ignores signals") << u"ignore"_s << QStringList();
    QTest::addRow("traps signals") << u"trap"_s << QStringList{u"caught INT"_s, u"caught TERM"_s};
}

void TestProcessRunner::cancelEscalatesToSigkill()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, expectedAfterReady);
    ProcessSpec spec = childSpec({mode, u"out"_s, u"ready"_s, u"hang"_s});
    spec.interruptGraceMs = 200;
    spec.terminateGraceMs = 200;
    auto runner = std::make_unique<ProcessRunner>();
    Capture capture;
    capture.attach(runner.get());
    QVERIFY(runner->start(spec));
    QTRY_VERIFY(capture.lines.contains(u"ready"_s));
    QElapsedTimer clock;
    clock.start();
    runner->cancel();
    runner->cancel(); // a second request changes nothing
    QTRY_VERIFY_WITH_TIMEOUT(capture.finished, 5000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 350 && elapsed < 2500, qPrintable(QString::number(elapsed)));
    QCOMPARE(capture.result.state, State::Cancelled);
    QCOMPARE(capture.result.message, u"cancelled"_s);
    QCOMPARE(capture.result.signal, int(SIGKILL));
    QCOMPARE(capture.lines.mid(1), expectedAfterReady);
}

void TestProcessRunner::cancelPoliteChildStopsAtSigint()
{
    ProcessSpec spec = childSpec({u"out"_s, u"ready"_s, u"hang"_s});
    spec.interruptGraceMs = 5000;
    auto runner = std::make_unique<ProcessRunner>();
    Capture capture;
    capture.attach(runner.get());
    QVERIFY(runner->start(spec));
    QTRY_VERIFY(capture.lines.contains(u"ready"_s));
    runner->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(capture.finished, 3000); // well inside the 5 s grace
    QCOMPARE(capture.result.state, State::Cancelled);
    QCOMPARE(capture.result.signal, int(SIGINT));
}

void TestProcessRunner::cancelBeforeLaunch()
{
    ProcessRunner runner;
    Capture capture;
    capture.attach(&runner);
    QVERIFY(runner.start(childSpec({u"out"_s, u"never"_s})));
    runner.cancel();
    QTRY_VERIFY(capture.finished);
    QCOMPARE(capture.result.state, State::Cancelled);
    QCOMPARE(capture.startedCount, 0);
    QCOMPARE(runner.pid(), 0);
    QVERIFY(capture.lines.isEmpty());
}

void TestProcessRunner::escapedDescendantsAreSwept_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<State>("state");
    QTest::addRow("setsid daemon, child exits") << QStringList{u"daemon"_s, u"sleep"_s, u"500"_s, u"exit"_s, u"0"_s} << u"daemon"_s << false
                                                << State::Finished;
    QTest::addRow("setsid daemon, child cancelled")
        << QStringList{u"ignore"_s, u"daemon"_s, u"hang"_s} << u"daemon"_s << true << State::Cancelled;
    QTest::addRow("group member, child exits")
        << QStringList{u"groupchild"_s, u"sleep"_s, u"500"_s, u"exit"_s, u"3"_s} << u"groupchild"_s << false << State::Finished;
}

void TestProcessRunner::escapedDescendantsAreSwept()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, label);
    QFETCH(bool, cancel);
    QFETCH(State, state);
    auto runner = std::make_unique<ProcessRunner>();
    Capture capture;
    capture.attach(runner.get());
    QVERIFY(runner->start(childSpec(arguments)));
    QTRY_VERIFY(printedPid(capture.lines, label) > 0);
    const qint64 descendant = printedPid(capture.lines, label);
    QVERIFY(processExists(descendant));
    if (cancel)
        runner->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(capture.finished, 5000);
    QCOMPARE(capture.result.state, state);
    // Gone, and reaped: not even a zombie entry is left in /proc.
    QVERIFY(!processExists(descendant));
}

void TestProcessRunner::startIsDeferred()
{
    ProcessRunner runner;
    QVERIFY(runner.start(childSpec({u"out"_s, u"hello"_s})));
    QTest::ignoreMessage(QtWarningMsg, "ProcessRunner::start called twice; a runner runs one process");
    QVERIFY(!runner.start(childSpec({u"out"_s, u"again"_s})));
    QCOMPARE(runner.state(), State::NotStarted);
    Capture capture;
    capture.attach(&runner); // connected after start(): nothing may be missed
    QSignalSpy states(&runner, &ProcessRunner::stateChanged);
    QTRY_VERIFY(capture.finished);
    QCOMPARE(capture.startedCount, 1);
    QCOMPARE(capture.lines, QStringList{u"hello"_s});
    QCOMPARE(states.size(), qsizetype(3));
    QCOMPARE(states.at(0).at(0).value<State>(), State::Starting);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Running);
    QCOMPARE(states.at(2).at(0).value<State>(), State::Finished);
}

void TestProcessRunner::destructorKillsTheTree()
{
    auto runner = std::make_unique<ProcessRunner>();
    Capture capture;
    capture.attach(runner.get());
    QVERIFY(runner->start(childSpec({u"ignore"_s, u"daemon"_s, u"groupchild"_s, u"hang"_s})));
    QTRY_VERIFY(printedPid(capture.lines, u"groupchild"_s) > 0);
    const qint64 daemon = printedPid(capture.lines, u"daemon"_s);
    const qint64 child = runner->pid();
    runner.reset();
    QVERIFY(!capture.finished); // destruction emits nothing
    for (const qint64 pid : {daemon, child, printedPid(capture.lines, u"groupchild"_s)})
        QVERIFY(!processExists(pid));
}

void TestProcessRunner::killTaggedStatic()
{
    // Processes of a "crashed run": detached, so they outlive any runner.
    const auto startTagged = [this](const QString &worker) {
        QProcess process;
        process.setProgram(childProgram);
        process.setArguments({u"hang"_s});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ORCH_RUN_ID"_s, m_runId);
        environment.insert(u"ORCH_WORKER_ID"_s, worker);
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        return process.startDetached();
    };
    QVERIFY(startTagged(u"w1"_s));
    QVERIFY(startTagged(u"w2"_s));
    QTRY_COMPARE(taggedProcesses(m_runId).size(), qsizetype(2));

    QCOMPARE(ProcessRunner::killTagged(QString()), 0);
    QCOMPARE(ProcessRunner::killTagged(m_runId + u"-other"_s), 0);
    QCOMPARE(ProcessRunner::killTagged(m_runId, u"w1"_s), 1);
    QCOMPARE(taggedProcesses(m_runId).size(), qsizetype(1));
    QCOMPARE(ProcessRunner::killTagged(m_runId), 1);
    QVERIFY(taggedProcesses(m_runId).isEmpty());
}

void TestProcessRunner::stderrTailIsBounded()
{
    ProcessSpec spec = childSpec({u"errflood"_s, u"200000"_s, u"err"_s, u"LAST"_s});
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);
    QCOMPARE(capture.stderrText.size(), qsizetype(200000 + 5));
    const QString tail = runner->stderrTail();
    QCOMPARE(tail.size(), spec.stderrTailBytes);
    QVERIFY(tail.endsWith(u"LAST\n"_s));
    QVERIFY(capture.stderrText.endsWith(tail));
}

void TestProcessRunner::transcriptGetsAllBytes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"worker.log"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous attempt\n");
    }
    ProcessSpec spec = childSpec({u"lines"_s, u"2000"_s, u"huge"_s, u"100000"_s, u"partial"_s, u"end"_s});
    spec.transcriptPath = path;
    Capture capture;
    const auto runner = run(spec, capture);
    QCOMPARE(capture.result.state, State::Finished);

    QByteArray expected = "previous attempt\n";
    for (int i = 0; i < 2000; ++i)
        expected += "line " + QByteArray::number(i) + '\n';
    expected += QByteArray(100000, 'x') + '\n' + "end";
    QFile transcript(path);
    QVERIFY(transcript.open(QIODevice::ReadOnly));
    QCOMPARE(transcript.readAll(), expected);
    QCOMPARE(capture.result.stdoutBytes, qint64(expected.size() - 17));
}

void TestProcessRunner::floodKeepsMemoryBounded()
{
    constexpr qint64 mebibytes = 200;
    constexpr int lineLength = 1024;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ProcessSpec spec = childSpec({u"flood"_s, QString::number(mebibytes), QString::number(lineLength)});
    spec.transcriptPath = folder.filePath(u"flood.log"_s);

    auto runner = std::make_unique<ProcessRunner>();
    const qint64 rssBefore = residentKiB();
    qint64 rssPeak = rssBefore;
    qint64 lines = 0;
    bool allLinesRight = true;
    connect(runner.get(), &ProcessRunner::stdoutLines, this, [&](const orch::LineBatch &batch) {
        lines += batch.size();
        for (qsizetype i = 0; i < batch.size(); ++i)
            allLinesRight = allLinesRight && batch.at(i).size() == lineLength - 1;
        rssPeak = std::max(rssPeak, residentKiB());
    });
    QSignalSpy finished(runner.get(), &ProcessRunner::finished);
    QVERIFY(runner->start(spec));
    QVERIFY(finished.wait(30000));

    QCOMPARE(runner->result().state, State::Finished);
    QCOMPARE(runner->result().stdoutBytes, mebibytes * 1024 * 1024);
    QCOMPARE(lines, mebibytes * 1024 * 1024 / lineLength);
    QVERIFY(allLinesRight);
    QCOMPARE(QFileInfo(spec.transcriptPath).size(), mebibytes * 1024 * 1024);
    qInfo("peak held by the runner: %lld bytes; RSS growth: %lld KiB", qint64(runner->peakBufferedBytes()),
          rssPeak - rssBefore);
    // The runner held a few hundred KiB (a 200-line tail) while 200 MiB went through it.
    QVERIFY2(runner->peakBufferedBytes() < 2 * 1024 * 1024, qPrintable(QString::number(runner->peakBufferedBytes())));
    QVERIFY2(runner->bufferedBytes() <= runner->peakBufferedBytes(), "the peak is a peak");
#ifndef __SANITIZE_ADDRESS__ // ASan quarantines freed memory, so there RSS only shows churn
    QVERIFY2(rssPeak - rssBefore < 64 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(rssPeak - rssBefore)));
#endif
}

void TestProcessRunner::childStartsClean()
{
    // What this process has must not reach the agent: an ignored and a blocked signal (both
    // survive exec) and a descriptor opened without O_CLOEXEC.
    const int leaked = ::open("/dev/null", O_RDONLY); // no O_CLOEXEC, on purpose
    QVERIFY(leaked > 2);
    const auto closeLeaked = qScopeGuard([leaked] { ::close(leaked); });
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction previous = {};
    QCOMPARE(::sigaction(SIGHUP, &ignore, &previous), 0);
    const auto restoreHandler = qScopeGuard([&previous] { ::sigaction(SIGHUP, &previous, nullptr); });
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    QCOMPARE(::pthread_sigmask(SIG_BLOCK, &block, nullptr), 0);
    const auto unblock = qScopeGuard([&block] { ::pthread_sigmask(SIG_UNBLOCK, &block, nullptr); });

    Capture capture;
    const auto runner = run(childSpec({u"fds"_s, u"ignored"_s}), capture);
    QCOMPARE(capture.lines, (QStringList{u"fds:"_s, u"ignored:"_s, u"blocked:"_s}));
}

void TestProcessRunner::childDiesWithItsParent()
{
    QProcess parent;
    parent.setProgram(QStringLiteral(PROC_PARENT));
    parent.setArguments({childProgram, m_runId});
    parent.setStandardInputFile(QProcess::nullDevice());
    parent.start();
    QVERIFY(parent.waitForStarted());
    QTRY_VERIFY(parent.canReadLine());
    const QByteArray line = parent.readLine().trimmed();
    QVERIFY2(line.startsWith("child "), line.constData());
    const auto child = static_cast<pid_t>(line.mid(6).toLongLong());
    QVERIFY(processExists(child));

    ::kill(static_cast<pid_t>(parent.processId()), SIGKILL);
    QVERIFY(parent.waitForFinished());
    // Orphaned, the child is reparented to us (the nearest subreaper): reaping it proves it died.
    // (qWaitFor, not QTRY_*: those evaluate the expression once more after it held.)
    QVERIFY(QTest::qWaitFor([child] { return ::waitpid(child, nullptr, WNOHANG) == child; }, 5000));
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
