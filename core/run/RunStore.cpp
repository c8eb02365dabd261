#include "RunStore.h"

#include "util/AtomicWrite.h"
#include "util/JsonAccess.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace orch {

namespace {

const QString planFile = QStringLiteral("plan.json");
const QString journalFile = QStringLiteral("journal.jsonl");
const QString resultFile = QStringLiteral("result.json");
const QString lockFile = QStringLiteral("lock");

std::optional<nlohmann::json> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    QString problem;
    if (writeFileAtomically(path, bytes, &problem))
        return true;
    if (errorMessage)
        *errorMessage = RunStore::tr("cannot write %1: %2").arg(path, problem);
    return false;
}

QByteArray dump(const nlohmann::json &json, int indent = -1)
{
    return QByteArray::fromStdString(json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace));
}

// A lock is live while the process it names runs and is an orchestrator.
bool lockIsLive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == ::getpid())
        return true;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("orchestrator");
}

} // namespace

RunStore::RunStore(const QString &workspace)
    : m_workspace(workspace)
{
}

RunStore::~RunStore()
{
    close();
}

QString RunStore::newRunId()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-'
           + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

QString RunStore::runsDirectory() const
{
    return QDir(m_workspace).filePath(QStringLiteral("runs"));
}

QString RunStore::runDirectory(const QString &runId) const
{
    return QDir(runsDirectory()).filePath(runId);
}

QString RunStore::transcriptPath(const QString &runId, int workerId, int attempt) const
{
    return QDir(runDirectory(runId))
        .filePath(QStringLiteral("transcripts/worker_%1.attempt_%2.jsonl").arg(workerId).arg(attempt));
}

QString RunStore::journalPath(const QString &runId) const
{
    return QDir(runDirectory(runId)).filePath(journalFile);
}

bool RunStore::takeLock(const QString &runId, QString *errorMessage)
{
    const QString path = QDir(runDirectory(runId)).filePath(lockFile);
    if (lockIsLive(path) && runId != m_runId) {
        if (errorMessage)
            *errorMessage = tr("run %1 is being run by another process").arg(runId);
        return false;
    }
    if (!writeFile(path, QByteArray::number(qint64(::getpid())), errorMessage))
        return false;
    m_runId = runId;
    m_journal = std::make_unique<QFile>(QDir(runDirectory(runId)).filePath(journalFile));
    if (!m_journal->open(QIODevice::WriteOnly | QIODevice::Append, privateFilePermissions)) {
        if (errorMessage)
            *errorMessage = tr("cannot open the journal %1: %2").arg(m_journal->fileName(), m_journal->errorString());
        m_journal.reset();
        return false;
    }
    return true;
}

bool RunStore::create(const QString &runId, const Plan &plan, QString *errorMessage)
{
    const QString dir = runDirectory(runId);
    if (!makePrivatePath(dir + QStringLiteral("/transcripts"))) {
        if (errorMessage)
            *errorMessage = tr("cannot create the run folder %1").arg(dir);
        return false;
    }
    if (!writeFile(QDir(dir).filePath(planFile), dump(plan.toJson(), 2), errorMessage))
        return false;
    return takeLock(runId, errorMessage);
}

bool RunStore::reopen(const QString &runId, QString *errorMessage)
{
    if (!QFileInfo::exists(QDir(runDirectory(runId)).filePath(planFile))) {
        if (errorMessage)
            *errorMessage = tr("no run %1 in %2").arg(runId, runsDirectory());
        return false;
    }
    return takeLock(runId, errorMessage);
}

void RunStore::journal(const std::string &event, nlohmann::json fields)
{
    if (!m_journal)
        return;
    nlohmann::json line = {{"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()},
                           {"event", event}};
    if (fields.is_object())
        line.update(fields);
    m_journal->write(dump(line) + '\n');
    m_journal->flush();
}

bool RunStore::writeResult(const RunResult &result, QString *errorMessage)
{
    return writeFile(QDir(runDirectory(result.runId)).filePath(resultFile), dump(result.toJson(), 2),
                               errorMessage);
}

void RunStore::close()
{
    if (m_journal) {
        m_journal->close();
        m_journal.reset();
    }
    if (!m_runId.isEmpty()) {
        QFile::remove(QDir(runDirectory(m_runId)).filePath(lockFile));
        m_runId.clear();
    }
}

std::optional<Plan> RunStore::loadPlan(const QString &runId, QString *errorMessage) const
{
    const QString path = QDir(runDirectory(runId)).filePath(planFile);
    const std::optional<nlohmann::json> json = readJson(path);
    if (!json) {
        if (errorMessage)
            *errorMessage = tr("no readable plan for run %1 (%2)").arg(runId, path);
        return std::nullopt;
    }
    return Plan::fromJson(*json, errorMessage);
}

std::optional<RunResult> RunStore::loadResult(const QString &runId) const
{
    const std::optional<nlohmann::json> json = readJson(QDir(runDirectory(runId)).filePath(resultFile));
    if (!json)
        return std::nullopt;
    return RunResult::fromJson(*json);
}

QList<nlohmann::json> RunStore::readJournal(const QString &runId) const
{
    QList<nlohmann::json> lines;
    QFile file(QDir(runDirectory(runId)).filePath(journalFile));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        nlohmann::json json = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (!json.is_discarded() && json.is_object())
            lines << std::move(json);
    }
    return lines;
}

QHash<QString, SubtaskResult> RunStore::settledSubtasks(const QString &runId) const
{
    QHash<QString, SubtaskResult> settled;
    for (const nlohmann::json &line : readJournal(runId)) {
        const auto event = line.find("event");
        const auto result = line.find("result");
        if (event == line.end() || *event != "subtask_settled" || result == line.end())
            continue;
        SubtaskResult subtask = SubtaskResult::fromJson(*result);
        if (subtask.isFinal())
            settled.insert(subtask.id, subtask);
    }
    return settled;
}

RunStore::RunState RunStore::state(const QString &runId) const
{
    const QDir dir(runDirectory(runId));
    if (QFileInfo::exists(dir.filePath(resultFile)))
        return RunState::Finished;
    return lockIsLive(dir.filePath(lockFile)) ? RunState::Running : RunState::Interrupted;
}

RunStore::RunInfo RunStore::info(const QString &id, RunState runState) const
{
    RunInfo info;
    info.runId = id;
    info.state = runState;
    if (const std::optional<Plan> plan = loadPlan(id, nullptr)) {
        info.task = plan->task;
        info.totalTasks = int(plan->subtasks.size());
    }
    const QList<nlohmann::json> journal = readJournal(id);
    if (!journal.isEmpty() && journal.first().contains("time") && journal.first()["time"].is_string())
        info.startedAt = QDateTime::fromString(QString::fromStdString(journal.first()["time"].get<std::string>()),
                                               Qt::ISODateWithMs);
    if (const std::optional<RunResult> result = loadResult(id)) {
        info.status = RunResult::statusName(result->status);
        info.completedTasks = result->completedTasks();
    } else {
        info.completedTasks = int(std::count_if(journal.cbegin(), journal.cend(), [](const nlohmann::json &line) {
            return jsonString(line, "event") == "subtask_settled" && line.contains("result")
                   && jsonString(line["result"], "status") == "success";
        }));
    }
    return info;
}

QList<RunStore::RunInfo> RunStore::listRuns() const
{
    QList<RunInfo> runs;
    const QStringList ids =
        QDir(runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &id : ids)
        runs << info(id, state(id));
    return runs;
}

QList<RunStore::RunInfo> RunStore::interruptedRuns() const
{
    QList<RunInfo> runs;
    const QStringList ids =
        QDir(runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &id : ids) {
        if (const RunState runState = state(id); runState == RunState::Interrupted)
            runs << info(id, runState);
    }
    return runs;
}

} // namespace orch
