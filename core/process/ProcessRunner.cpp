#include "process/ProcessRunner.h"

#include "process/ProcessSweeper.h"
#include "process/TranscriptWriter.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>

#include <cerrno>

#include <sys/mman.h>
#include <sys/prctl.h>
#include <fcntl.h>
#include <unistd.h>

namespace orch {

namespace {

Q_LOGGING_CATEGORY(lcProcess, "orch.process")

// How long the post-exit sweep may take before finished() is emitted anyway.
constexpr qint64 sweepLimitMs = 5000;
constexpr int sweepRetryMs = 10;

// The children of every runner in this process that are alive (started, not yet collected by
// QProcess). A runner's sweep leaves them alone: they belong to other runners, and their
// environment is the most costly thing a sweep would read (with 200 workers, 200 reads per sweep).
QMutex liveChildrenMutex;
QSet<qint64> liveChildren;

void setLiveChild(qint64 pid, bool alive)
{
    if (pid <= 0)
        return;
    const QMutexLocker lock(&liveChildrenMutex);
    if (alive)
        liveChildren.insert(pid);
    else
        liveChildren.remove(pid);
}

// Where a window is not waiting on the event loop (the command line), a child's stdout pipe is
// made 1 MiB instead of the kernel's 64 KiB: a flooding agent then costs a read and a round of
// the event loop per MiB, not per 64 KiB, which halved the time from the pipe to the parser in
// benchmark 2. The window keeps the default: a MiB of agent output at once gives its views (the
// worker output, the table) that much more to do in one go, and with 8 flooding workers the
// 99th-percentile stall went from 10 to 25 ms with even two large pipes (benchmark 3). The kernel
// counts every pipe page of a user against fs.pipe-user-pages-soft and gives every new pipe of a
// user over it two pages, so the large pipes of one process take at most a quarter of that limit
// (16 pipes at the default); the children beyond it keep the default.
constexpr qint64 largePipeBytes = 1 << 20;
constexpr qint64 defaultPipeBytes = 64 * 1024;
std::atomic<qint64> largePipesGranted{0};
std::atomic<bool> largePipesEnabled{false};

qint64 readProcNumber(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 value = file.readLine(64).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

// The size of one large pipe: 1 MiB, or fs.pipe-max-size when that is smaller.
qint64 largePipeSize()
{
    static const qint64 size = [] {
        const qint64 maxSize = readProcNumber("/proc/sys/fs/pipe-max-size");
        return maxSize > 0 ? std::min(largePipeBytes, maxSize) : largePipeBytes;
    }();
    return size;
}

// Bytes for the next child's stdout pipe, or 0 for the kernel's default.
int reserveLargePipe()
{
    const qint64 size = largePipeSize();
    const qint64 budget = ProcessRunner::largePipeBudget();
    if (size <= defaultPipeBytes)
        return 0;
    qint64 granted = largePipesGranted.load();
    do {
        if (granted + size > budget)
            return 0;
    } while (!largePipesGranted.compare_exchange_weak(granted, granted + size));
    return int(size);
}

QSet<qint64> otherLiveChildren(qint64 own)
{
    const QMutexLocker lock(&liveChildrenMutex);
    QSet<qint64> others = liveChildren;
    others.remove(own);
    return others;
}

// The child's stdin as an in-memory file holding all of data, or -1 (errno set). A file has its
// data and its end before the child runs, so the agent never waits on a pipe that only the event
// loop fills: on a loaded machine that wait passed the CLI's 3 s stdin limit and the attempt failed
// for good. In memory, so a secret on stdin (docker mode) never touches a disk.
int memoryFileWith(const QByteArray &data)
{
    const int fd = ::memfd_create("orch-stdin", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return -1;
        }
        written += n;
    }
    return fd;
}

// Runs in the forked child before exec: async-signal-safe calls only, no allocation.
void prepareChild(pid_t parentPid, int stdoutPipeBytes) noexcept
{
    // Descriptor 1 is the write end of our stdout pipe by now; its size is the pipe's. A refusal
    // (over a limit) leaves the default, which works, only slower.
    if (stdoutPipeBytes > 0)
        ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, stdoutPipeBytes);
    // Own session and process group, so one kill(-pgid) reaches the whole tree and a terminal's
    // signals never do.
    ::setsid();
    // Die with the thread that started us; the check closes the race with a parent that died
    // before prctl() took effect.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parentPid)
        ::_exit(127);
    // Ignored signals survive exec (Qt ignores SIGPIPE in this process): give the agent the
    // defaults so the staged stop and a closed pipe work as it expects.
    struct sigaction defaults;
    std::memset(&defaults, 0, sizeof defaults);
    defaults.sa_handler = SIG_DFL;
    ::sigemptyset(&defaults.sa_mask);
    for (const int signal : {SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGQUIT})
        ::sigaction(signal, &defaults, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // Descriptors the orchestrator opened without O_CLOEXEC (other workers' pipes, log files)
    // must not leak into the agent: a leaked pipe end hides another child's EOF.
    ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
}

// QProcess looks a bare name up in the orchestrator's PATH; the child's own PATH comes first.
QString resolveProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.contains(u'/') || !environment.contains(QStringLiteral("PATH")))
        return program;
    const QStringList folders = environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    const QString found = QStandardPaths::findExecutable(program, folders);
    return found.isEmpty() ? program : found;
}

QString formatSeconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6);
}

} // namespace

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
    , m_totalTimer(this)
    , m_inactivityTimer(this)
    , m_stopTimer(this)
    , m_sweepTimer(this)
{
    for (QTimer *timer : {&m_totalTimer, &m_inactivityTimer, &m_stopTimer, &m_sweepTimer})
        timer->setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { requestStop(State::TimedOut, TimeoutKind::Total); });
    connect(&m_inactivityTimer, &QTimer::timeout, this,
            [this] { requestStop(State::TimedOut, TimeoutKind::Inactivity); });
    connect(&m_stopTimer, &QTimer::timeout, this, &ProcessRunner::advanceStop);
    connect(&m_sweepTimer, &QTimer::timeout, this, &ProcessRunner::sweepStep);
}

ProcessRunner::~ProcessRunner()
{
    releaseStdoutPipe();
    if (!m_process || isFinal())
        return;
    m_process->disconnect(this);
    const bool running = m_process->state() != QProcess::NotRunning;
    if (running) {
        signalGroup(SIGKILL);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    if (m_pid > 0) {
        if (m_process->state() == QProcess::NotRunning)
            setLiveChild(m_pid, false);
        ProcessSweeper sweeper(m_spec.tag, m_pid);
        sweeper.setNotBefore(std::max<qint64>(0, m_childStartTicks));
        sweeper.setSkippedPids(otherLiveChildren(m_pid));
        if (m_process->state() != QProcess::NotRunning)
            sweeper.setExcludedPid(m_pid); // still QProcess's to collect
        if (!sweeper.sweepUntilDone(2000))
            qCWarning(lcProcess) << "processes of" << m_spec.program << "survived the final sweep";
        setLiveChild(m_pid, false);
    }
}

bool ProcessRunner::start(const ProcessSpec &spec)
{
    if (m_state != State::NotStarted || m_launchQueued) {
        qCWarning(lcProcess) << "ProcessRunner::start called twice; a runner runs one process";
        return false;
    }
    m_spec = spec;
    m_splitter = LineSplitter(spec.maxLineBytes);
    m_launchQueued = true;
    QMetaObject::invokeMethod(this, &ProcessRunner::launch, Qt::QueuedConnection);
    return true;
}

void ProcessRunner::cancel()
{
    if (m_launchQueued) {
        m_cancelBeforeLaunch = true;
        return;
    }
    requestStop(State::Cancelled, TimeoutKind::None);
}

bool ProcessRunner::isFinal() const
{
    switch (m_state) {
    case State::Finished:
    case State::FailedToStart:
    case State::Crashed:
    case State::TimedOut:
    case State::Cancelled:
        return true;
    case State::NotStarted:
    case State::Starting:
    case State::Running:
        break;
    }
    return false;
}

void ProcessRunner::setLargeStdoutPipes(bool enabled)
{
    largePipesEnabled = enabled;
}

qint64 ProcessRunner::largePipeBudget()
{
    static const qint64 budget = [] {
        const qint64 softPages = readProcNumber("/proc/sys/fs/pipe-user-pages-soft");
        const qint64 sixteen = 16 * largePipeBytes;
        if (softPages == 0)
            return sixteen; // no soft limit on this machine
        if (softPages < 0)
            return qint64(0); // unknown: stay with the default
        return std::min(sixteen, softPages * qint64(::sysconf(_SC_PAGESIZE)) / 4);
    }();
    return largePipesEnabled ? budget : 0;
}

void ProcessRunner::releaseStdoutPipe()
{
    if (m_stdoutPipeBytes > 0)
        largePipesGranted -= m_stdoutPipeBytes;
    m_stdoutPipeBytes = 0;
}

QString ProcessRunner::stderrTail() const
{
    return QString::fromUtf8(m_stderrTail);
}

qsizetype ProcessRunner::bufferedBytes() const
{
    return m_splitter.pendingBytes() + m_stderrTail.size();
}

QString ProcessRunner::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(static_cast<int>(state)));
}

QString ProcessRunner::signalName(int signal)
{
    if (const char *abbreviation = ::sigabbrev_np(signal))
        return u"SIG" + QString::fromLatin1(abbreviation);
    return tr("signal %1").arg(signal);
}

bool ProcessRunner::becomeSubreaper()
{
    return ProcessSweeper::becomeSubreaper();
}

int ProcessRunner::killTagged(const QString &runId, const QString &workerId)
{
    return ProcessSweeper::killTagged(runId, workerId);
}

void ProcessRunner::launch()
{
    m_launchQueued = false;
    m_clock.start();
    if (m_cancelBeforeLaunch) {
        m_result.state = State::Cancelled;
        m_result.message = describeOutcome();
        complete();
        return;
    }
    setState(State::Starting);
    // Defensive: the app does this at start-up, and without it escaped descendants would be
    // reparented to init, out of reach of the reaping part of the sweep.
    if (!becomeSubreaper())
        qCWarning(lcProcess) << "could not become a child subreaper:" << std::strerror(errno);

    if (!m_spec.transcriptPath.isEmpty()) {
        auto *transcript = new TranscriptWriter(this);
        QString reason;
        if (!transcript->open(m_spec.transcriptPath, &reason)) {
            delete transcript;
            m_result.state = State::FailedToStart;
            m_result.message =
                tr("failed to start: cannot open the transcript %1: %2").arg(m_spec.transcriptPath, reason);
            complete();
            return;
        }
        m_transcript = transcript;
        connect(m_transcript, &TranscriptWriter::finished, this, &ProcessRunner::onTranscriptFinished);
    }

    m_process = new QProcess(this);
    m_process->setProgram(resolveProgram(m_spec.program, m_spec.environment));
    m_process->setArguments(m_spec.arguments);
    if (!m_spec.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_spec.workingDirectory);
    QProcessEnvironment environment = m_spec.environment;
    if (!m_spec.tag.isEmpty()) {
        environment.insert(QString(ProcessTag::runIdVariable), m_spec.tag.runId);
        if (!m_spec.tag.workerId.isEmpty())
            environment.insert(QString(ProcessTag::workerIdVariable), m_spec.tag.workerId);
    }
    m_process->setProcessEnvironment(environment);
    // QProcess opens a redirection file in start(), before it forks; the child gets its own
    // descriptor (through /proc, at offset 0), so ours is closed right after start().
    int stdinFile = -1;
    if (!m_spec.stdinData) {
        m_process->setStandardInputFile(QProcess::nullDevice());
    } else if ((stdinFile = memoryFileWith(*m_spec.stdinData)) >= 0) {
        m_process->setStandardInputFile(QStringLiteral("/proc/self/fd/%1").arg(stdinFile));
    } else {
        qCWarning(lcProcess, "no in-memory stdin (%s): the prompt goes through a pipe", std::strerror(errno));
    }
    m_stdinThroughPipe = m_spec.stdinData && stdinFile < 0;
    const pid_t parentPid = ::getpid();
    m_stdoutPipeBytes = reserveLargePipe();
    const int pipeBytes = m_stdoutPipeBytes;
    m_process->setChildProcessModifier([parentPid, pipeBytes] { prepareChild(parentPid, pipeBytes); });

    connect(m_process, &QProcess::started, this, &ProcessRunner::onStarted);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &ProcessRunner::onStderr);
    connect(m_process, &QProcess::finished, this, &ProcessRunner::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessRunner::onErrorOccurred);
    m_process->start();
    if (stdinFile >= 0)
        ::close(stdinFile);
}

void ProcessRunner::onStarted()
{
    m_pid = m_process->processId();
    // Everything the sweep must find descends from the child, so nothing older needs checking.
    m_childStartTicks = ProcessSweeper::startTicks(m_pid);
    setLiveChild(m_pid, true);
    setState(State::Running);
    if (m_stdinThroughPipe) {
        m_process->write(*m_spec.stdinData);
        m_process->closeWriteChannel(); // after the queued bytes are written
    }
    if (m_spec.timeoutMs > 0)
        m_totalTimer.start(m_spec.timeoutMs);
    touchActivity();
    emit started(m_pid);
}

void ProcessRunner::onStdout()
{
    const QByteArray data = m_process->readAllStandardOutput();
    if (data.isEmpty())
        return;
    m_result.stdoutBytes += data.size();
    // Queued for the writer thread: a write into a page cache full of dirty pages can sleep for
    // longer than a frame, and this is the event loop's thread.
    if (m_transcript)
        m_transcript->write(data);
    touchActivity();
    deliverLines(m_splitter.feed(data));
}

void ProcessRunner::onStderr()
{
    const QByteArray data = m_process->readAllStandardError();
    if (data.isEmpty())
        return;
    touchActivity();
    m_stderrTail.append(data);
    if (m_stderrTail.size() > m_spec.stderrTailBytes)
        m_stderrTail.remove(0, m_stderrTail.size() - m_spec.stderrTailBytes);
    noteBuffered();
    const QString text = m_stderrDecoder.decode(data);
    if (!text.isEmpty())
        emit stderrText(text);
}

void ProcessRunner::deliverLines(const LineBatch &lines)
{
    noteBuffered();
    if (!lines.isEmpty())
        emit stdoutLines(lines);
}

void ProcessRunner::noteBuffered()
{
    m_peakBuffered = std::max(m_peakBuffered, bufferedBytes());
}

void ProcessRunner::onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    releaseStdoutPipe();
    onStdout();
    onStderr();
    deliverLines(m_splitter.flush());
    m_totalTimer.stop(); // after the reads above, which restart the inactivity timer
    m_inactivityTimer.stop();
    m_stopTimer.stop();
    if (m_transcript)
        m_transcript->finish();

    // On a crash exit QProcess reports the signal number as the exit code.
    const bool signalled = exitStatus == QProcess::CrashExit;
    m_result.exitCode = signalled ? -1 : exitCode;
    m_result.signal = signalled ? exitCode : 0;
    if (m_stopOutcome != State::NotStarted)
        m_result.state = m_stopOutcome;
    else
        m_result.state = signalled ? State::Crashed : State::Finished;
    m_result.message = describeOutcome();
    m_result.durationMs = m_clock.elapsed();

    // Whatever the child left behind (its group, its session, anything with its tag) dies now,
    // and finished() waits until it is gone and reaped.
    signalGroup(SIGKILL);
    m_sweeper = std::make_unique<ProcessSweeper>(m_spec.tag, m_pid);
    setLiveChild(m_pid, false); // QProcess has collected it
    m_sweeper->setNotBefore(std::max<qint64>(0, m_childStartTicks));
    m_sweeper->setSkippedPids(otherLiveChildren(m_pid));
    m_sweepClock.start();
    sweepStep();
}

void ProcessRunner::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and I/O errors are reported through finished(); only a failed start ends here.
    if (error != QProcess::FailedToStart || isFinal())
        return;
    releaseStdoutPipe();
    m_result.state = State::FailedToStart;
    // Qt 6.4 says "execve: <reason>" or "chdir: <reason>"; put that in the user's terms.
    // The program is named: "No such file or directory" alone does not say which file.
    const QString reason = m_process->errorString();
    if (reason.startsWith(QLatin1String("execve: ")))
        m_result.message = tr("failed to start %1: %2").arg(m_process->program(), reason.mid(8));
    else if (reason.startsWith(QLatin1String("chdir: ")))
        m_result.message = tr("failed to start: %1")
                               .arg(tr("cannot enter the folder %1: %2").arg(m_spec.workingDirectory, reason.mid(7)));
    else
        m_result.message = tr("failed to start %1: %2").arg(m_process->program(), reason);
    if (m_transcript)
        m_transcript->finish();
    complete();
}

void ProcessRunner::requestStop(State outcome, TimeoutKind kind)
{
    if (!m_process || m_stopOutcome != State::NotStarted || m_sweeper || isFinal()
        || m_process->state() == QProcess::NotRunning) {
        return;
    }
    m_stopOutcome = outcome;
    m_result.timeoutKind = kind;
    m_totalTimer.stop();
    m_inactivityTimer.stop();
    if (m_pid <= 0) {
        // Not yet exec'd, so not yet in its own group: only the direct child exists.
        m_stopStage = StopStage::Killed;
        m_process->kill();
        return;
    }
    m_stopStage = StopStage::Interrupted;
    signalGroup(SIGINT);
    m_stopTimer.start(std::max(0, m_spec.interruptGraceMs));
}

void ProcessRunner::advanceStop()
{
    switch (m_stopStage) {
    case StopStage::Interrupted:
        m_stopStage = StopStage::Terminated;
        signalGroup(SIGTERM);
        m_stopTimer.start(std::max(0, m_spec.terminateGraceMs));
        break;
    case StopStage::Terminated:
        m_stopStage = StopStage::Killed;
        signalGroup(SIGKILL);
        break;
    case StopStage::None:
    case StopStage::Killed:
        break;
    }
}

void ProcessRunner::signalGroup(int signal)
{
    if (m_pid <= 0)
        return;
    const auto pid = static_cast<pid_t>(m_pid);
    // The child may have moved to another group of its session: then signal it directly too.
    if (::kill(-pid, signal) != 0 || ::getpgid(pid) != pid)
        ::kill(pid, signal);
}

void ProcessRunner::touchActivity()
{
    if (m_spec.inactivityTimeoutMs > 0 && m_state == State::Running && m_stopOutcome == State::NotStarted)
        m_inactivityTimer.start(m_spec.inactivityTimeoutMs);
}

void ProcessRunner::sweepStep()
{
    const bool done = m_sweeper->sweepOnce();
    if (!done && m_sweepClock.elapsed() < sweepLimitMs) {
        m_sweepTimer.start(sweepRetryMs);
        return;
    }
    if (!done)
        qCWarning(lcProcess) << "processes of" << m_spec.program << "survived the sweep";
    m_sweeper.reset();
    complete();
}

void ProcessRunner::onTranscriptFinished(const QString &errorMessage)
{
    if (!errorMessage.isEmpty()) {
        qCWarning(lcProcess).noquote() << errorMessage;
        m_result.transcriptError = errorMessage;
    }
    if (m_completePending)
        complete();
}

void ProcessRunner::complete()
{
    // The attempt counts as finished only when every byte of its output is in the transcript.
    if (m_transcript && !m_transcript->isFinished()) {
        m_completePending = true;
        return;
    }
    m_completePending = false;
    if (m_result.durationMs == 0)
        m_result.durationMs = m_clock.elapsed();
    setState(m_result.state);
    emit finished(m_result);
}

void ProcessRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ProcessRunner::describeOutcome() const
{
    switch (m_result.state) {
    case State::Finished:
        return tr("exited with code %1").arg(m_result.exitCode);
    case State::Crashed:
        return tr("killed by signal %1 (%2)").arg(m_result.signal).arg(signalName(m_result.signal));
    case State::TimedOut:
        if (m_result.timeoutKind == TimeoutKind::Inactivity)
            return tr("no output for %1 s").arg(formatSeconds(m_spec.inactivityTimeoutMs));
        return tr("timed out after %1 s").arg(formatSeconds(m_spec.timeoutMs));
    case State::Cancelled:
        return tr("cancelled");
    case State::NotStarted:
    case State::Starting:
    case State::Running:
    case State::FailedToStart:
        break;
    }
    return {};
}

} // namespace orch
