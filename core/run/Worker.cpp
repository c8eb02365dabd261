#include "Worker.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace orch {

Worker::Worker(const WorkerSetup &setup, const AgentDriver &driver, const Isolation &isolation, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_driver(driver)
    , m_isolation(isolation)
    , m_parser(driver.createParser())
{
}

Worker::~Worker() = default;

bool Worker::isRunning() const
{
    return m_runner && !m_runner->isFinal();
}

void Worker::start()
{
    AgentTask task;
    task.runId = m_setup.runId;
    task.workerId = m_setup.workerId;
    task.attempt = m_setup.attempt;
    task.title = m_setup.subtask.title;
    task.prompt = m_setup.subtask.prompt;
    task.overallTask = m_setup.overallTask;
    task.workDir = m_setup.workDir;
    task.promptFile = QDir(m_setup.workDir).filePath(QStringLiteral(".orchestrator-prompt.txt"));
    task.prerequisites = m_setup.prerequisites;
    QString why;
    if (!m_driver.validate(task, &why)) {
        failToStart(why);
        return;
    }
    const AgentCommand command = m_driver.command(task);

    for (const auto &[path, content] : command.files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            failToStart(tr("cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
    }

    ProcessSpec spec;
    spec.program = command.program;
    spec.arguments = command.arguments;
    spec.workingDirectory = m_setup.workDir;
    spec.environment = m_setup.baseEnvironment;
    const QStringList keys = command.environment.keys();
    for (const QString &key : keys)
        spec.environment.insert(key, command.environment.value(key));
    spec.stdinData = command.stdinData;
    spec.transcriptPath = m_setup.transcriptPath;
    spec.timeoutMs = m_setup.timeoutMs;
    spec.inactivityTimeoutMs = m_setup.inactivityTimeoutMs;
    spec.interruptGraceMs = m_setup.interruptGraceMs;
    spec.terminateGraceMs = m_setup.terminateGraceMs;
    spec.tag = {m_setup.runId, QString::number(m_setup.workerId)};
    m_isolation.wrap(spec, m_setup.workerId);

    // The runner's TranscriptWriter creates the transcript private; its folder is made so here.
    if (!m_setup.transcriptPath.isEmpty())
        makePrivatePath(QFileInfo(m_setup.transcriptPath).absolutePath());

    m_runner = new ProcessRunner(this);
    connect(m_runner, &ProcessRunner::stdoutLines, this, &Worker::onLines);
    connect(m_runner, &ProcessRunner::finished, this, &Worker::onFinished);
    m_runner->start(spec);
}

void Worker::failToStart(const QString &message)
{
    AgentOutcome outcome;
    outcome.kind = AgentOutcome::Kind::FailedToStart;
    outcome.message = message;
    // Queued, so the end arrives after start() returns, like every other end.
    QMetaObject::invokeMethod(this, [this, outcome] { finishWith(outcome); }, Qt::QueuedConnection);
}

void Worker::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void Worker::stopForLimit(const QString &message)
{
    if (!m_runner || m_runner->isFinal() || !m_limitMessage.isEmpty())
        return;
    m_limitMessage = message;
    m_runner->cancel();
}

void Worker::onLines(const LineBatch &lines)
{
    QList<AgentEvent> parsed = m_parser->parse(lines);
    if (!parsed.isEmpty())
        emit events(m_setup.workerId, parsed);
}

void Worker::onFinished(const ProcessRunner::Result &result)
{
    if (!m_limitMessage.isEmpty()) {
        AgentOutcome outcome;
        outcome.kind = AgentOutcome::Kind::Crashed;  // retryable, and settles as failed
        outcome.message = m_limitMessage;
        finishWith(outcome);
        return;
    }
    finishWith(m_driver.classify(*m_parser, result, m_runner->stderrTail()));
}

void Worker::finishWith(const AgentOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    AttemptResult attempt;
    attempt.outcome = outcome;
    attempt.finalText = m_parser->finalText();
    attempt.agentResult = m_parser->result();
    if (m_runner) {
        attempt.durationMs = m_runner->result().durationMs;
        attempt.stderrTail = m_runner->stderrTail();
    }
    emit finished(m_setup.workerId, attempt);
}

} // namespace orch
