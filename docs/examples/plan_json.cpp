// Plans a task without an agent (HeuristicDecomposer), with a decomposer of one's own, and by
// hand with dependencies; validates the plans and saves and loads them as JSON. Exits 0 when every
// plan came out as expected.
#include "errors/OrchestratorError.h"
#include "planning/HeuristicDecomposer.h"
#include "planning/Plan.h"
#include "planning/TaskDecomposer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

// A decomposer of one's own: one subtask per non-empty line, each depending on the one before.
class LineDecomposer final : public TaskDecomposer
{
public:
    QString name() const override { return u"lines"_s; }
    Plan decompose(const QString &task) override
    {
        Plan plan;
        plan.task = task;
        for (const QString &line : task.split(u'\n', Qt::SkipEmptyParts)) {
            Subtask subtask;
            subtask.id = QString::number(plan.subtasks.size() + 1);
            subtask.title = Subtask::titleFromPrompt(line);
            subtask.prompt = line.trimmed();
            if (!plan.subtasks.isEmpty())
                subtask.dependsOn = {plan.subtasks.constLast().id};
            plan.subtasks << subtask;
        }
        if (plan.subtasks.isEmpty())
            throw TaskDecompositionError(u"the task has no lines"_s);
        return plan;
    }
};

bool savePlan(const Plan &plan, const QString &path)
{
    QFile file(path);
    const QByteArray json = QByteArray::fromStdString(plan.toJson().dump(2));
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

std::optional<Plan> loadPlan(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // Parse without exceptions: a damaged file is an error message, not a crash.
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    return Plan::fromJson(json, error); // nullopt with *error when the JSON is not a plan
}

void print(QTextStream &out, const Plan &plan)
{
    for (const Subtask &subtask : plan.subtasks) {
        out << subtask.id << ". " << subtask.title;
        if (!subtask.dependsOn.isEmpty())
            out << " (after " << subtask.dependsOn.join(u", "_s) << ')';
        out << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    // The list written in the task becomes the subtasks; no agent is asked.
    HeuristicDecomposer heuristic;
    const Plan plan = heuristic.decompose(u"Create three apps: a todo list, a calculator and a notes app"_s);
    print(out, plan);

    // Any TaskDecomposer works the same way (Orchestrator takes one in its constructor too).
    LineDecomposer lines;
    const Plan chain = lines.decompose(u"Write schema.sql\nWrite the API on top of it\nWrite its tests"_s);
    print(out, chain);

    // A plan by hand: the report waits for both parts.
    Plan manual;
    manual.task = u"Two parts and a report"_s;
    manual.subtasks = {
        Subtask {u"a"_s, u"Part A"_s, u"Write a.txt"_s, {}},
        Subtask {u"b"_s, u"Part B"_s, u"Write b.txt"_s, {}},
        Subtask {u"report"_s, u"Report"_s, u"Summarise a.txt and b.txt in report.md"_s, {u"a"_s, u"b"_s}},
    };
    // Empty when the plan can run; otherwise one message per problem (cycles, unknown ids, ...).
    const QStringList problems = manual.validate();
    for (const QString &problem : problems)
        out << "problem: " << problem << '\n';

    // Saved as JSON and loaded back, unchanged.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.json"_s);
    QString error;
    const std::optional<Plan> loaded = savePlan(manual, path) ? loadPlan(path, &error) : std::nullopt;
    if (!loaded)
        out << "cannot load the plan: " << error << '\n';

    Plan cyclic = manual;
    cyclic.subtasks[0].dependsOn = {u"report"_s};
    out << "a cyclic plan: " << cyclic.validate().join(u"; "_s) << '\n';
    out.flush();

    const bool expected = plan.subtasks.size() == 3 && plan.validate().isEmpty()
        && plan.subtasks.at(1).prompt.contains(u"calculator"_s) && chain.subtasks.size() == 3
        && chain.subtasks.at(2).dependsOn == QStringList {u"2"_s} && chain.validate().isEmpty() && problems.isEmpty()
        && loaded && *loaded == manual && !cyclic.validate().isEmpty();
    return expected ? 0 : 1;
}
