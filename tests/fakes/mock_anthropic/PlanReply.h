#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// What mock_anthropic answers to a task decomposition request: the Claude CLI run with
// --json-schema offers a "StructuredOutput" tool (measured with 2.1.197) and keeps asking until
// the model calls it; its input becomes the result's structured_output.
namespace orch::mock::PlanReply {

// The name of the tool the CLI adds for --json-schema.
inline constexpr QLatin1String ToolName{"StructuredOutput"};

// The task of a planning prompt: the text inside <task>...</task> when there is such a block,
// else the whole prompt.
QString taskOf(const QString &prompt);

// A plan {"subtasks": [{id, title, prompt, depends_on}]} for the task: one subtask "write NAME"
// for each "write NAME" in it (the names the write scenario understands), in order and without
// repeats; a name written as "then write NAME" depends on every subtask before it. A task that
// names no file is one subtask holding the whole task.
QJsonObject planFor(const QString &task);

} // namespace orch::mock::PlanReply
