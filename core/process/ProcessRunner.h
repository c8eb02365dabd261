#pragma once

#include "process/LineSplitter.h"
#include "process/ProcessSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringDecoder>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace orch {

class ProcessSweeper;
class TranscriptWriter;

// Runs ONE child process (one agent CLI attempt) and ends it cleanly, whatever it does.
//
// start() only records the spec and queues the launch, so signals connected right after start()
// see everything. The child runs in its own session with an explicit environment carrying the
// tag, stdin fed then closed (or the null device), and dies with us (PR_SET_PDEATHSIG on the
// thread that started it). stdout arrives as batches of complete lines of bytes (see LineBatch);
// nothing of it is kept beyond a partial last line, the transcript file gets every byte (written on a background thread, see
// TranscriptWriter, and complete before finished() is emitted). Stopping is staged: SIGINT, SIGTERM, then
// SIGKILL to the process group; once the child has ended, whatever is left of its session or
// carries its tag is killed and reaped before finished() is emitted.
class ProcessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessRunner)

public:
    enum class State { NotStarted, Starting, Running, Finished, FailedToStart, Crashed, TimedOut, Cancelled };
    Q_ENUM(State)

    // Which limit ended a TimedOut run.
    enum class TimeoutKind { None, Total, Inactivity };
    Q_ENUM(TimeoutKind)

    // How the run ended; complete once finished() is emitted.
    struct Result
    {
        State state = State::NotStarted;
        TimeoutKind timeoutKind = TimeoutKind::None;
        int exitCode = -1; // -1 unless the child exited normally
        int signal = 0; // the terminating signal, 0 if none
        QString message; // human, translated: "exited with code 1", "cancelled", ...
        qint64 durationMs = 0;
        qint64 stdoutBytes = 0;
        // Set when the transcript could not be written completely (translated, with the reason);
        // the run itself is judged as usual.
        QString transcriptError;
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    // Kills the whole process tree synchronously if it is still running; emits nothing.
    ~ProcessRunner() override;

    // Queues the launch; false (and nothing happens) if this runner was already started.
    bool start(const ProcessSpec &spec);
    // Staged stop ending in Cancelled. Before the launch: ends Cancelled without starting.
    void cancel();

    State state() const { return m_state; }
    bool isFinal() const;
    const Result &result() const { return m_result; }
    const ProcessSpec &spec() const { return m_spec; }
    qint64 pid() const { return m_pid; }

    // The last stderr bytes, decoded (bounded by the spec's stderrTailBytes).
    QString stderrTail() const;
    // Bytes held in memory for output right now, and the most ever held by this runner.
    qsizetype bufferedBytes() const;
    qsizetype peakBufferedBytes() const { return m_peakBuffered; }

    static QString stateName(State state);
    // "SIGKILL" for 9; "signal 42" when the number has no name.
    static QString signalName(int signal);

    // Process-wide set-up and recovery, see ProcessSweeper. The app calls becomeSubreaper()
    // once at start-up; killTagged() cleans up after a crashed run (empty workerId: any worker).
    static bool becomeSubreaper();
    static int killTagged(const QString &runId, const QString &workerId = {});
    // Children started from now on get 1 MiB stdout pipes instead of 64 KiB, within
    // largePipeBudget(): faster for floods of output, but a MiB arrives at once. The command line
    // turns it on; the window does not (see ProcessRunner.cpp). Off by default.
    static void setLargeStdoutPipes(bool enabled);
    // How many bytes of enlarged stdout pipes the children of this process may hold at once (16
    // pipes at the kernel's default limits); 0 while large pipes are off.
    static qint64 largePipeBudget();

signals:
    void stateChanged(orch::ProcessRunner::State state);
    void started(qint64 pid);
    // One batch per read from the pipe, never one signal per line.
    void stdoutLines(const orch::LineBatch &lines);
    void stderrText(const QString &text);
    void finished(const orch::ProcessRunner::Result &result);

private:
    enum class StopStage { None, Interrupted, Terminated, Killed };

    void launch();
    void onStarted();
    void onStdout();
    void onStderr();
    void onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onErrorOccurred(QProcess::ProcessError error);
    void requestStop(State outcome, TimeoutKind kind);
    void advanceStop();
    void signalGroup(int signal);
    void touchActivity();
    void deliverLines(const LineBatch &lines);
    void noteBuffered();
    void sweepStep();
    void onTranscriptFinished(const QString &errorMessage);
    void complete();
    void releaseStdoutPipe();
    void setState(State state);
    QString describeOutcome() const;

    ProcessSpec m_spec;
    State m_state = State::NotStarted;
    Result m_result;
    QProcess *m_process = nullptr;
    TranscriptWriter *m_transcript = nullptr; // a child; finished before finished() is emitted
    bool m_completePending = false; // complete() waits for the transcript
    std::unique_ptr<ProcessSweeper> m_sweeper;
    qint64 m_pid = 0;
    qint64 m_childStartTicks = 0; // see ProcessSweeper::setNotBefore
    bool m_launchQueued = false;
    bool m_cancelBeforeLaunch = false;
    bool m_stdinThroughPipe = false; // only when no in-memory file could be made
    int m_stdoutPipeBytes = 0; // the child's enlarged stdout pipe, counted in the budget

    LineSplitter m_splitter;
    QByteArray m_stderrTail;
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    qsizetype m_peakBuffered = 0;

    State m_stopOutcome = State::NotStarted; // Cancelled or TimedOut once a stop was requested
    StopStage m_stopStage = StopStage::None;
    QElapsedTimer m_clock;
    QElapsedTimer m_sweepClock;
    QTimer m_totalTimer;
    QTimer m_inactivityTimer;
    QTimer m_stopTimer;
    QTimer m_sweepTimer;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::ProcessRunner::Result)
