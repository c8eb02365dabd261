// libFuzzer target: a plan from JSON text, as --plan, RunStore::loadPlan and the AI decomposer
// read it: parse, Plan::fromJson, validate, and the agent's answer path
// (AiTaskDecomposer::planFromOutput). Oracle: a plan read from JSON survives toJson/fromJson.
#include "planning/AiTaskDecomposer.h"
#include "planning/Plan.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const nlohmann::json json = nlohmann::json::parse(bytes, bytes + size, nullptr, false);
    if (!json.is_discarded()) {
        QString error;
        if (const std::optional<orch::Plan> plan = orch::Plan::fromJson(json, &error)) {
            (void)plan->validate();
            for (const orch::Subtask &subtask : plan->subtasks)
                (void)plan->find(subtask.id);
            const std::optional<orch::Plan> again = orch::Plan::fromJson(plan->toJson(), &error);
            if (!again || !(*again == *plan))
                std::abort();  // toJson wrote something fromJson reads differently
        }
    }

    QString why;
    const QByteArray output(bytes, static_cast<qsizetype>(size));
    if (const std::optional<orch::Plan> plan =
            orch::AiTaskDecomposer::planFromOutput(output, QStringLiteral("fuzz task"), 50, &why)) {
        if (!plan->validate(50).isEmpty())
            std::abort();  // planFromOutput promises a validated plan
    }
    return 0;
}
