#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace orch {

// One item of a list found in a task, with the words that introduce it.
struct TaskListItem
{
    QString leadIn;  // "Create the following apps" (no colon), empty when there is none
    QString text;    // "Todo app"

    bool operator==(const TaskListItem &) const = default;
};

// A task's text seen as a list of independent jobs.
struct TaskList
{
    QList<TaskListItem> items;  // at least two, none empty
    QString context;            // text around the list that every item needs (preamble, notes after it)
};

// Finds the list of jobs in a task, for HeuristicDecomposer. Tries, in order: numbered or
// bulleted lines; an inline numbered list ("1) a 2) b"); a comma list after a colon
// ("Create: a, b and c"). Refuses lists that only detail one job ("Build an app with:",
// "Requirements:") and prose that merely contains commas.
class TaskListParser
{
public:
    static std::optional<TaskList> parse(const QString &task);

    // True when a lead-in introduces the details of one job rather than several jobs.
    static bool introducesDetails(const QString &leadIn);
    // Splits "We build a suite. Create these apps:" into the preamble ("We build a suite.") and
    // the lead-in proper ("Create these apps", colon dropped).
    static QString splitLeadIn(const QString &text, QString *preamble);

private:
    static std::optional<TaskList> lineList(const QString &task);
    static std::optional<TaskList> inlineNumberedList(const QString &task);
    static std::optional<TaskList> colonList(const QString &task);
};

} // namespace orch
