// libFuzzer target: the heuristic decomposer on any task text (TaskListParser, titles from
// prompts). Oracle: every plan it makes is valid, and it throws only for a blank task.
#include "errors/OrchestratorError.h"
#include "planning/HeuristicDecomposer.h"
#include "planning/TaskListParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString task = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    if (const std::optional<orch::TaskList> list = orch::TaskListParser::parse(task)) {
        if (list->items.size() < 2)
            std::abort();  // the parser promises at least two items
        for (const orch::TaskListItem &item : list->items) {
            if (item.text.isEmpty())
                std::abort();
            (void)orch::TaskListParser::introducesDetails(item.leadIn);
        }
    }
    QString preamble;
    (void)orch::TaskListParser::splitLeadIn(task, &preamble);
    (void)orch::Subtask::titleFromPrompt(task);

    orch::HeuristicDecomposer decomposer;
    try {
        const orch::Plan plan = decomposer.decompose(task);
        if (!plan.validate(1 << 30).isEmpty())
            std::abort();  // a heuristic plan must always run
    } catch (const orch::TaskDecompositionError &) {
        if (!task.trimmed().isEmpty())
            std::abort();  // documented only for a blank task
    }
    return 0;
}
