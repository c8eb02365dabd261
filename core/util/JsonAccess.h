#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace orch {

// The string member key of value, or "" when value is not an object or the member is missing or
// not a string. json::value(key, std::string()) throws type_error in each of those cases, and a
// journal or log line edited by hand ({"event": 5}) must not end the program.
inline std::string jsonString(const nlohmann::json &value, const char *key)
{
    if (!value.is_object())
        return {};
    const auto it = value.find(key);
    return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace orch
