#pragma once

#include <nlohmann/json.hpp>

namespace orch {

// Structured fields of one log call (worker_id, task, run_id, event, ...), merged at the top level of
// its JSONL line. Ordered, so a line reads in the order the caller wrote the fields.
using LogFields = nlohmann::ordered_json;

} // namespace orch
