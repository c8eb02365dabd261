#include "CliRunner.h"

#include "logging/Log.h"
#include "monitor/MonitorFormatter.h"

#include <QCoreApplication>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace orch {

namespace {

// Signals arrive on a socket pair so the handler only writes a byte; the event loop does the rest.
int signalSockets[2] = {-1, -1};

void onUnixSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

} // namespace

CliRunner::CliRunner(const Config &config, const Options &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_orchestrator(config)
    , m_out(stdout)
    , m_status(options.json ? stderr : stdout)
    , m_monitor(&m_orchestrator)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) == 0) {
        m_signalNotifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &CliRunner::onSignal);
        struct sigaction action = {};
        action.sa_handler = onUnixSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGHUP, &action, nullptr);
    }
    connect(&m_orchestrator, &Orchestrator::runFinished, this, &CliRunner::onRunFinished);
    connect(&m_orchestrator, &Orchestrator::failedToStart, this, [this](const QString &) {
        m_exitCode = Environment;
        QCoreApplication::exit(m_exitCode);
    });
    connect(&m_orchestrator, &Orchestrator::paused, this, [this](bool isPaused, const QDateTime &, const QString &reason) {
        if (isPaused)
            m_status << QStringLiteral("[PAUSED] ") << reason << Qt::endl;
    });
    m_monitor.setInterval(std::max(1, config.monitoring.interval) * 1000);
    connect(&m_monitor, &Monitor::snapshotReady, this,
            [this](const MonitorSnapshot &snapshot) { m_status << MonitorFormatter::format(snapshot) << Qt::flush; });
}

CliRunner::~CliRunner()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    for (int &fd : signalSockets) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

int CliRunner::exec()
{
    bool started = false;
    if (!m_options.resumeRunId.isEmpty()) {
        started = m_orchestrator.resume(m_options.resumeRunId);
    } else if (!m_options.subtasks.isEmpty()) {
        Plan plan;
        plan.task = m_options.task.isEmpty() ? m_options.subtasks.join(QStringLiteral("; ")) : m_options.task;
        for (qsizetype i = 0; i < m_options.subtasks.size(); ++i) {
            const QString &text = m_options.subtasks.at(i);
            QString title = text.trimmed().section(u'\n', 0, 0);
            if (title.size() > 80)
                title = title.left(77) + QStringLiteral("...");
            plan.subtasks << Subtask{QString::number(i + 1), title, text, {}};
        }
        Log::info(tr("Task decomposed into %n subtask(s)", nullptr, int(plan.subtasks.size())),
                  {{"event", "plan_ready"}, {"subtasks", plan.subtasks.size()}});
        started = m_orchestrator.start(plan);
    } else {
        started = m_orchestrator.start(m_options.task);
    }
    if (!started)
        return m_exitCode == Success ? Environment : m_exitCode;
    if (m_options.monitor)
        m_monitor.start();
    return QCoreApplication::exec();
}

void CliRunner::onSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t got = ::read(signalSockets[1], &byte, 1);
    if (!m_interrupted)
        m_status << tr("[INFO] Interrupted: stopping the workers...") << Qt::endl;
    m_interrupted = true;
    m_orchestrator.cancel();
}

void CliRunner::onRunFinished(const RunResult &result)
{
    if (m_options.monitor) {
        m_monitor.stop();
        m_status << MonitorFormatter::format(m_monitor.snapshot()) << Qt::flush;
    }
    switch (result.status) {
    case RunResult::Status::Success:
        m_status << tr("[SUCCESS] All tasks completed") << Qt::endl;
        m_exitCode = Success;
        break;
    case RunResult::Status::Cancelled:
        m_status << tr("[CANCELLED] Run cancelled: %1 of %2 subtask(s) completed")
                        .arg(result.completedTasks())
                        .arg(result.totalTasks())
                 << Qt::endl;
        m_exitCode = m_interrupted ? Interrupted : SomeFailed;
        break;
    default:
        m_status << tr("[ERROR] %1 of %2 subtask(s) did not succeed").arg(result.failedTasks()).arg(result.totalTasks())
                 << Qt::endl;
        m_exitCode = SomeFailed;
        break;
    }
    m_status << tr("[INFO] Result: %1").arg(m_orchestrator.store().runDirectory(result.runId) + QStringLiteral("/result.json"))
             << Qt::endl;
    if (m_options.json)
        m_out << QString::fromStdString(result.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
              << Qt::endl;
    QCoreApplication::exit(m_exitCode);
}

} // namespace orch
