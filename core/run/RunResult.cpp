#include "RunResult.h"

#include <algorithm>

namespace orch {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

QString textOf(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

template <typename T>
T numberOf(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_number() ? it->get<T>() : T();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

constexpr std::pair<SubtaskResult::Status, const char *> subtaskStatusNames[] = {
    {SubtaskResult::Status::Pending, "pending"},     {SubtaskResult::Status::Running, "running"},
    {SubtaskResult::Status::Success, "success"},     {SubtaskResult::Status::Failed, "failed"},
    {SubtaskResult::Status::Timeout, "timeout"},     {SubtaskResult::Status::Cancelled, "cancelled"},
    {SubtaskResult::Status::Skipped, "skipped"},
};

} // namespace

QString SubtaskResult::statusName(Status status)
{
    for (const auto &[value, name] : subtaskStatusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

SubtaskResult::Status SubtaskResult::statusFromName(const QString &name)
{
    for (const auto &[value, known] : subtaskStatusNames) {
        if (name == QLatin1String(known))
            return value;
    }
    return Status::Pending;
}

nlohmann::json SubtaskResult::toJson() const
{
    nlohmann::json json = {
        {"id", text(id)},
        {"task", text(task)},
        {"status", text(statusName(status))},
        {"worker_id", workerId},
        {"duration", duration},
        {"output", text(output)},
        {"error", text(error)},
        {"attempts", attempts},
        {"cost_usd", costUsd},
        {"tokens_in", tokensIn},
        {"tokens_out", tokensOut},
        {"turns", turns},
        {"workdir", text(workdir)},
    };
    if (!branch.isEmpty()) {
        json["branch"] = text(branch);
        json["commit"] = text(commit);
        json["files_changed"] = filesChanged;
        json["insertions"] = insertions;
        json["deletions"] = deletions;
        nlohmann::json list = nlohmann::json::array();
        for (const QString &file : files)
            list.push_back(text(file));
        json["files"] = list;
    }
    return json;
}

SubtaskResult SubtaskResult::fromJson(const nlohmann::json &json)
{
    SubtaskResult r;
    if (!json.is_object())
        return r;
    r.id = textOf(json, "id");
    r.task = textOf(json, "task");
    r.status = statusFromName(textOf(json, "status"));
    r.workerId = numberOf<int>(json, "worker_id");
    r.duration = numberOf<double>(json, "duration");
    r.output = textOf(json, "output");
    r.error = textOf(json, "error");
    r.attempts = numberOf<int>(json, "attempts");
    r.costUsd = numberOf<double>(json, "cost_usd");
    r.tokensIn = numberOf<qint64>(json, "tokens_in");
    r.tokensOut = numberOf<qint64>(json, "tokens_out");
    r.turns = numberOf<int>(json, "turns");
    r.workdir = textOf(json, "workdir");
    r.branch = textOf(json, "branch");
    r.commit = textOf(json, "commit");
    r.filesChanged = numberOf<int>(json, "files_changed");
    r.insertions = numberOf<int>(json, "insertions");
    r.deletions = numberOf<int>(json, "deletions");
    if (const auto files = json.find("files"); files != json.end() && files->is_array()) {
        for (const auto &file : *files) {
            if (file.is_string())
                r.files << QString::fromStdString(file.get<std::string>());
        }
    }
    return r;
}

int RunResult::completedTasks() const
{
    return int(std::count_if(subtaskResults.cbegin(), subtaskResults.cend(),
                             [](const SubtaskResult &r) { return r.status == SubtaskResult::Status::Success; }));
}

int RunResult::failedTasks() const
{
    return int(std::count_if(subtaskResults.cbegin(), subtaskResults.cend(), [](const SubtaskResult &r) {
        return r.isFinal() && r.status != SubtaskResult::Status::Success;
    }));
}

double RunResult::totalCostUsd() const
{
    double total = 0;
    for (const SubtaskResult &r : subtaskResults)
        total += r.costUsd;
    return total;
}

QString RunResult::statusName(Status status)
{
    switch (status) {
    case Status::Success:
        return QStringLiteral("success");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

nlohmann::json RunResult::toJson() const
{
    nlohmann::json subtasks = nlohmann::json::array();
    for (const SubtaskResult &r : subtaskResults)
        subtasks.push_back(r.toJson());
    return {
        {"status", text(statusName(status))},
        {"total_tasks", totalTasks()},
        {"completed_tasks", completedTasks()},
        {"failed_tasks", failedTasks()},
        {"subtask_results", subtasks},
        {"aggregated_output", text(aggregatedOutput)},
        {"output_dir", text(outputDir)},
        {"run_id", text(runId)},
        {"started_at", text(isoTime(startedAt))},
        {"finished_at", text(isoTime(finishedAt))},
        {"total_cost_usd", totalCostUsd()},
        {"debug_info", debugInfo},
    };
}

RunResult RunResult::fromJson(const nlohmann::json &json)
{
    RunResult r;
    if (!json.is_object())
        return r;
    const QString status = textOf(json, "status");
    for (Status s : {Status::Success, Status::Partial, Status::Failed, Status::Cancelled}) {
        if (statusName(s) == status)
            r.status = s;
    }
    if (const auto it = json.find("subtask_results"); it != json.end() && it->is_array()) {
        for (const nlohmann::json &item : *it)
            r.subtaskResults << SubtaskResult::fromJson(item);
    }
    r.aggregatedOutput = textOf(json, "aggregated_output");
    r.outputDir = textOf(json, "output_dir");
    r.runId = textOf(json, "run_id");
    r.startedAt = QDateTime::fromString(textOf(json, "started_at"), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(textOf(json, "finished_at"), Qt::ISODateWithMs);
    if (const auto it = json.find("debug_info"); it != json.end())
        r.debugInfo = *it;
    return r;
}

} // namespace orch
