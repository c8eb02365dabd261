#include "CliRunner.h"

#include "errors/OrchestratorError.h"
#include "isolation/GitRepository.h"
#include "isolation/WorktreeMerger.h"
#include "logging/LiveRegion.h"
#include "logging/Log.h"
#include "monitor/MonitorFormatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

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
            LiveRegion::writeAbove([&] { m_status << QStringLiteral("[PAUSED] ") << reason << Qt::endl; });
    });
    m_monitor.setInterval(std::max(1, config.monitoring.interval) * 1000);
    // On a terminal the display is redrawn in place, log lines above it; elsewhere (a pipe, a file,
    // TERM=dumb) each snapshot is printed after the previous one.
    std::FILE *statusFile = options.json ? stderr : stdout;
    if (options.monitor && ::isatty(::fileno(statusFile)) && qEnvironmentVariable("TERM") != u"dumb") {
        m_live = std::make_unique<LiveRegion>(statusFile);
        LiveRegion::install(m_live.get());
    }
    connect(&m_monitor, &Monitor::snapshotReady, this, [this](const MonitorSnapshot &snapshot) {
        if (m_live)
            m_live->show(MonitorFormatter::format(snapshot, m_live->columns()));
        else
            m_status << MonitorFormatter::format(snapshot) << Qt::flush;
    });
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

Plan CliRunner::makePlan()
{
    if (m_options.plan) {
        Log::info(tr("Plan read from %1: %n subtask(s)", nullptr, int(m_options.plan->subtasks.size()))
                      .arg(m_options.planFile),
                  {{"event", "plan_ready"}, {"subtasks", m_options.plan->subtasks.size()}});
        return *m_options.plan;
    }
    if (m_options.subtasks.isEmpty())
        return m_orchestrator.decompose(m_options.task);
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
    return plan;
}

int CliRunner::exec()
{
    bool started = false;
    if (!m_options.resumeRunId.isEmpty()) {
        started = m_orchestrator.resume(m_options.resumeRunId);
    } else {
        Plan plan;
        try {
            plan = makePlan();
        } catch (const TaskDecompositionError &e) {
            Log::error(tr("cannot plan the task: %1").arg(e.message()), {{"event", "decomposition_failed"}});
            return m_interrupted ? Interrupted : PlanFailed;
        }
        if (m_options.planOnly) {
            if (m_options.json)
                m_out << QString::fromStdString(plan.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
                      << Qt::endl;
            else
                m_out << describePlan(plan) << Qt::flush;
            return Success;
        }
        started = m_orchestrator.start(plan);
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
        LiveRegion::writeAbove([this] { m_status << tr("[INFO] Interrupted: stopping the workers...") << Qt::endl; });
    m_interrupted = true;
    m_orchestrator.cancel();
}

void CliRunner::onRunFinished(const RunResult &result)
{
    if (m_options.monitor) {
        m_monitor.stop();
        const QString last = MonitorFormatter::format(m_monitor.snapshot());
        if (m_live) {
            // The last display stays on screen for good; the cursor comes back.
            m_live->finish(last);
            LiveRegion::install(nullptr);
            m_live.reset();
        } else {
            m_status << last << Qt::flush;
        }
    }
    // A result that is not on disk is not a success the user can rely on (disk full, read-only).
    const QString unsaved = m_orchestrator.resultError();
    switch (result.status) {
    case RunResult::Status::Success:
        if (unsaved.isEmpty())
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
    if (unsaved.isEmpty()) {
        m_status << tr("[INFO] Result: %1").arg(m_orchestrator.store().runDirectory(result.runId) + QStringLiteral("/result.json"))
                 << Qt::endl;
    } else {
        m_status << tr("[ERROR] The result of run %1 was not saved: %2").arg(result.runId, unsaved) << Qt::endl
                 << tr("[ERROR] Make room (or make the folder writable), then 'orchestrator --resume %1' saves it "
                       "without running the finished subtasks again")
                        .arg(result.runId)
                 << Qt::endl;
        if (m_exitCode == Success)
            m_exitCode = SomeFailed;
    }
    nlohmann::json json = result.toJson();
    if (m_options.merge) {
        if (result.status == RunResult::Status::Cancelled) {
            m_status << tr("[INFO] Not merging: the run was cancelled") << Qt::endl;
        } else if (!mergeWorkers(result, json["merge"]) && m_exitCode == Success) {
            m_exitCode = MergeFailed;
        }
    }
    if (m_options.json)
        m_out << QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << Qt::endl;
    // Queued: a resumed run with nothing left to do finishes inside resume(), before exec() runs
    // the event loop, and an exit() called then is lost (the program waited forever).
    QMetaObject::invokeMethod(qApp, [code = m_exitCode] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

bool CliRunner::mergeWorkers(const RunResult &result, nlohmann::json &json)
{
    // The repository the run used: WorktreeIsolation looks it up the same way.
    const QString start = m_config.worktree.repository.isEmpty() ? QDir::currentPath() : m_config.worktree.repository;
    QString error;
    const std::optional<QString> top = GitRepository::findTopLevel(start, &error);
    if (!top) {
        m_status << tr("[ERROR] Cannot merge: %1").arg(error) << Qt::endl;
        json = {{"ok", false}, {"error", error.toStdString()}};
        return false;
    }
    const WorktreeMerger merger(*top, m_config.worktree);
    const WorktreeMerger::RunMerge merge = merger.mergeRun(result);
    json = merge.toJson();
    if (!merge.error.isEmpty()) {
        m_status << tr("[ERROR] Cannot merge: %1").arg(merge.error) << Qt::endl;
        return false;
    }
    for (const SubtaskResult &subtask : result.subtaskResults) {
        if (subtask.status != SubtaskResult::Status::Success && !subtask.branch.isEmpty())
            m_status << tr("[INFO] Worker %1 (%2) is not merged: it ended %3")
                            .arg(subtask.workerId)
                            .arg(subtask.branch, SubtaskResult::statusName(subtask.status))
                     << Qt::endl;
    }
    if (merge.merges.isEmpty()) {
        m_status << tr("[INFO] No worker branch to merge") << Qt::endl;
        return true;
    }
    m_status << tr("[INFO] Merging %n worker branch(es) into %1 in plan order", nullptr, int(merge.merges.size()))
                    .arg(merge.target)
             << Qt::endl;
    // Shown before the first merge, so a conflict further down comes as no surprise.
    if (merge.preview.isEmpty()) {
        m_status << tr("[INFO] Conflict preview: no file is changed by more than one worker") << Qt::endl;
    } else {
        m_status << tr("[WARNING] Conflict preview: %n file(s) changed by more than one worker", nullptr,
                       int(merge.preview.size()))
                 << Qt::endl;
        for (const WorktreeMerger::SharedFile &file : merge.preview)
            m_status << QStringLiteral("  ") << file.path << QStringLiteral(": ")
                     << file.branches.join(QStringLiteral(", ")) << Qt::endl;
    }
    int merged = 0;
    for (const WorktreeMerger::WorkerMerge &worker : merge.merges) {
        QString tag;
        switch (worker.outcome.kind) {
        case MergeOutcome::Kind::FastForward:
        case MergeOutcome::Kind::MergeCommit: tag = tr("[MERGED]"); break;
        case MergeOutcome::Kind::UpToDate: tag = tr("[INFO]"); break;
        case MergeOutcome::Kind::Conflict: tag = tr("[CONFLICT]"); break;
        case MergeOutcome::Kind::Refused: tag = tr("[REFUSED]"); break;
        case MergeOutcome::Kind::Error: tag = tr("[ERROR]"); break;
        }
        merged += worker.outcome.ok() ? 1 : 0;
        m_status << tr("%1 Worker %2 (%3): %4")
                        .arg(tag)
                        .arg(worker.workerId)
                        .arg(worker.outcome.branch, worker.outcome.message)
                 << Qt::endl;
    }
    if (merged == merge.merges.size()) {
        m_status << tr("[SUCCESS] Merged %n worker branch(es) into %1", nullptr, merged).arg(merge.target) << Qt::endl;
        return true;
    }
    m_status << tr("[ERROR] %1 of %2 worker branch(es) not merged into %3; they are unchanged, ready for a manual merge")
                    .arg(merge.merges.size() - merged)
                    .arg(merge.merges.size())
                    .arg(merge.target)
             << Qt::endl;
    return false;
}

std::optional<Plan> CliRunner::loadPlan(const QString &path, int maxSubtasks, QString *error)
{
    // A plan is small; a huge file is a mistake (a log, a binary), not a plan.
    constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the plan file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxBytes) {
        *error = tr("the plan file %1 is larger than 64 MiB").arg(path);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::exception &e) {
        *error = tr("the plan file %1 is not JSON: %2").arg(path, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    QString problem;
    std::optional<Plan> plan = Plan::fromJson(json, &problem);
    if (!plan) {
        *error = tr("the plan file %1 is not a plan: %2").arg(path, problem);
        return std::nullopt;
    }
    if (const QStringList problems = plan->validate(maxSubtasks); !problems.isEmpty()) {
        *error = tr("the plan in %1 is not valid: %2").arg(path, problems.join(u' '));
        return std::nullopt;
    }
    // The overall task is part of each worker's prompt; a hand-written plan may leave it out.
    if (plan->task.trimmed().isEmpty()) {
        QStringList titles;
        for (const Subtask &subtask : std::as_const(plan->subtasks))
            titles << subtask.title;
        plan->task = titles.join(QStringLiteral("; "));
    }
    return plan;
}

QString CliRunner::describePlan(const Plan &plan)
{
    QString text = tr("Plan: %n subtask(s)", nullptr, int(plan.subtasks.size())) + u'\n';
    for (const Subtask &subtask : plan.subtasks) {
        text += u'\n' + QStringLiteral("%1. %2").arg(subtask.id, subtask.title);
        if (!subtask.dependsOn.isEmpty())
            text += u' ' + tr("(after %1)").arg(subtask.dependsOn.join(QStringLiteral(", ")));
        text += u'\n';
        // The prompt, unless the title already says all of it.
        if (subtask.prompt.trimmed() == subtask.title)
            continue;
        const QStringList lines = subtask.prompt.trimmed().split(u'\n');
        for (const QString &line : lines)
            text += QStringLiteral("    ") + line + u'\n';
    }
    return text;
}

} // namespace orch
