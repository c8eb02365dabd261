#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace orch {

// One unit of work for one worker.
struct Subtask
{
    QString id;              // unique within the plan: "1", "2", ... or any short name
    QString title;           // one line, for tables and logs
    QString prompt;          // what the agent is asked, verbatim
    QStringList dependsOn;   // ids that must succeed first

    bool operator==(const Subtask &) const = default;

    // A one-line title for a prompt: its first non-empty line without list or heading marks,
    // whitespace collapsed, cut at a word boundary to at most maxLength characters ("..." added).
    static QString titleFromPrompt(const QString &prompt, int maxLength = 80);
};

// The subtasks of one task, in order; dependencies between them are optional.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    QString task;  // the whole task the plan was made from
    QList<Subtask> subtasks;

    bool operator==(const Plan &) const = default;

    // Problems that make a plan unrunnable: no subtasks, empty or duplicate ids, empty prompts,
    // unknown dependencies, cycles. Empty when the plan is valid.
    QStringList validate(int maxSubtasks = 1000) const;
    const Subtask *find(const QString &id) const;

    nlohmann::json toJson() const;
    // nullopt with *error set when the JSON is not a plan.
    static std::optional<Plan> fromJson(const nlohmann::json &json, QString *error = nullptr);
};

} // namespace orch

Q_DECLARE_METATYPE(orch::Plan)
