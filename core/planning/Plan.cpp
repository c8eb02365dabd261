#include "Plan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <string>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// How messages name a subtask: by its id when it has one, else by its position.
QString subtaskLabel(const Subtask &subtask, qsizetype index)
{
    if (subtask.id.trimmed().isEmpty())
        return u"#%1"_s.arg(index + 1);
    return u"\"%1\""_s.arg(subtask.id);
}

// An id given as a JSON string or integer ("3" and 3 are the same subtask).
std::optional<QString> idFromJson(const nlohmann::json &value)
{
    if (value.is_string())
        return fromStd(value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<long long>());
    return std::nullopt;
}

} // namespace

QString Subtask::titleFromPrompt(const QString &prompt, int maxLength)
{
    static const QRegularExpression marks(u"^(?:[#>*+\\-\u2022]+|\\d{1,3}[.)])\\s+"_s);
    QString line;
    const QStringList lines = prompt.split(u'\n');
    for (const QString &candidate : lines) {
        line = candidate.simplified();
        if (!line.isEmpty())
            break;
    }
    if (const QString bare = QString(line).remove(marks).trimmed(); !bare.isEmpty())
        line = bare;
    if (maxLength < 4 || line.size() <= maxLength)
        return line;

    const QString ellipsis = u"..."_s;
    qsizetype cut = maxLength - ellipsis.size();
    // Prefer a word boundary when one is near the end, so titles do not stop mid-word.
    const qsizetype space = line.lastIndexOf(u' ', cut);
    if (space > cut - 20 && space > 0)
        cut = space;
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + ellipsis;
}

QStringList Plan::validate(int maxSubtasks) const
{
    QStringList problems;
    if (subtasks.isEmpty()) {
        problems << tr("The plan has no subtasks.");
        return problems;
    }
    if (maxSubtasks > 0 && subtasks.size() > maxSubtasks)
        problems << tr("The plan has %1 subtasks, more than the limit of %2.").arg(subtasks.size()).arg(maxSubtasks);

    QHash<QString, qsizetype> indexOf;  // id -> first position
    QSet<QString> reportedDuplicates;
    for (qsizetype i = 0; i < subtasks.size(); ++i) {
        const Subtask &subtask = subtasks.at(i);
        if (subtask.id.trimmed().isEmpty()) {
            problems << tr("Subtask #%1 has no id.").arg(i + 1);
        } else if (indexOf.contains(subtask.id)) {
            if (!reportedDuplicates.contains(subtask.id)) {
                problems << tr("Subtask \"%1\" appears more than once (at #%2 and #%3).")
                                .arg(subtask.id)
                                .arg(indexOf.value(subtask.id) + 1)
                                .arg(i + 1);
                reportedDuplicates.insert(subtask.id);
            }
        } else {
            indexOf.insert(subtask.id, i);
        }
        if (subtask.prompt.trimmed().isEmpty())
            problems << tr("Subtask %1 has an empty prompt.").arg(subtaskLabel(subtask, i));
    }

    for (qsizetype i = 0; i < subtasks.size(); ++i) {
        const Subtask &subtask = subtasks.at(i);
        QSet<QString> seen;
        for (const QString &dependency : subtask.dependsOn) {
            if (seen.contains(dependency))
                continue;
            seen.insert(dependency);
            if (!subtask.id.isEmpty() && dependency == subtask.id)
                problems << tr("Subtask %1 depends on itself.").arg(subtaskLabel(subtask, i));
            else if (!indexOf.contains(dependency))
                problems
                    << tr("Subtask %1 depends on unknown subtask \"%2\".").arg(subtaskLabel(subtask, i), dependency);
        }
    }

    // Cycles: an iterative depth-first search (a long chain must not overflow the stack) over the
    // first subtask of each id; self-dependencies and unknown ids were reported above.
    enum class Mark { White, Grey, Black };
    QList<Mark> marks(subtasks.size(), Mark::White);
    struct Frame
    {
        qsizetype node;
        qsizetype next;  // the next dependency to look at
    };
    for (qsizetype root = 0; root < subtasks.size(); ++root) {
        if (marks.at(root) != Mark::White || indexOf.value(subtasks.at(root).id, -1) != root)
            continue;
        QList<Frame> stack{{root, 0}};
        marks[root] = Mark::Grey;
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const QStringList &dependencies = subtasks.at(frame.node).dependsOn;
            if (frame.next >= dependencies.size()) {
                marks[frame.node] = Mark::Black;
                stack.removeLast();
                continue;
            }
            const QString &dependency = dependencies.at(frame.next++);
            const qsizetype target = indexOf.value(dependency, -1);
            if (target < 0 || target == frame.node)
                continue;
            if (marks.at(target) == Mark::White) {
                marks[target] = Mark::Grey;
                stack.append({target, 0});
            } else if (marks.at(target) == Mark::Grey) {
                QStringList cycle;
                qsizetype start = stack.size() - 1;
                while (start > 0 && stack.at(start).node != target)
                    --start;
                for (qsizetype k = start; k < stack.size(); ++k)
                    cycle << subtasks.at(stack.at(k).node).id;
                cycle << dependency;
                problems << tr("Subtasks depend on each other in a cycle: %1.").arg(cycle.join(u" -> "_s));
            }
        }
    }
    return problems;
}

const Subtask *Plan::find(const QString &id) const
{
    for (const Subtask &subtask : subtasks) {
        if (subtask.id == id)
            return &subtask;
    }
    return nullptr;
}

nlohmann::json Plan::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const Subtask &subtask : subtasks) {
        nlohmann::json dependencies = nlohmann::json::array();
        for (const QString &dependency : subtask.dependsOn)
            dependencies.push_back(toStd(dependency));
        list.push_back({{"id", toStd(subtask.id)},
                        {"title", toStd(subtask.title)},
                        {"prompt", toStd(subtask.prompt)},
                        {"depends_on", std::move(dependencies)}});
    }
    return {{"task", toStd(task)}, {"subtasks", std::move(list)}};
}

std::optional<Plan> Plan::fromJson(const nlohmann::json &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Plan> {
        if (error != nullptr)
            *error = message;
        return std::nullopt;
    };
    if (!json.is_object())
        return fail(tr("A plan must be a JSON object."));

    Plan plan;
    if (const auto task = json.find("task"); task != json.end() && !task->is_null()) {
        if (!task->is_string())
            return fail(tr("The plan's \"task\" must be a string."));
        plan.task = fromStd(task->get<std::string>());
    }
    const auto subtasks = json.find("subtasks");
    if (subtasks == json.end())
        return fail(tr("The plan has no \"subtasks\" list."));
    if (!subtasks->is_array())
        return fail(tr("The plan's \"subtasks\" must be a list."));

    for (std::size_t i = 0; i < subtasks->size(); ++i) {
        const nlohmann::json &item = subtasks->at(i);
        const qsizetype position = static_cast<qsizetype>(i) + 1;
        if (!item.is_object())
            return fail(tr("Subtask #%1 must be a JSON object.").arg(position));

        Subtask subtask;
        const auto id = item.find("id");
        if (id == item.end() || id->is_null())
            return fail(tr("Subtask #%1 has no \"id\".").arg(position));
        const std::optional<QString> idText = idFromJson(*id);
        if (!idText)
            return fail(tr("Subtask #%1: \"id\" must be a string or a whole number.").arg(position));
        subtask.id = *idText;
        const QString label = subtaskLabel(subtask, position - 1);

        const auto prompt = item.find("prompt");
        if (prompt == item.end() || prompt->is_null())
            return fail(tr("Subtask %1 has no \"prompt\".").arg(label));
        if (!prompt->is_string())
            return fail(tr("Subtask %1: \"prompt\" must be a string.").arg(label));
        subtask.prompt = fromStd(prompt->get<std::string>());

        // Optional keys: a missing or null title is derived from the prompt.
        if (const auto title = item.find("title"); title != item.end() && !title->is_null()) {
            if (!title->is_string())
                return fail(tr("Subtask %1: \"title\" must be a string.").arg(label));
            subtask.title = fromStd(title->get<std::string>()).simplified();
        }
        if (subtask.title.isEmpty())
            subtask.title = Subtask::titleFromPrompt(subtask.prompt);

        if (const auto depends = item.find("depends_on"); depends != item.end() && !depends->is_null()) {
            if (!depends->is_array())
                return fail(tr("Subtask %1: \"depends_on\" must be a list of ids.").arg(label));
            for (const nlohmann::json &dependency : *depends) {
                const std::optional<QString> dependencyId = idFromJson(dependency);
                if (!dependencyId)
                    return fail(tr("Subtask %1: \"depends_on\" must hold only ids (strings or whole numbers).")
                                    .arg(label));
                subtask.dependsOn << *dependencyId;
            }
        }
        plan.subtasks << subtask;
    }
    return plan;
}

} // namespace orch
