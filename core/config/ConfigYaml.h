#pragma once

#include "config/Config.h"

#include <functional>

namespace orch {

// Writes a Config as YAML, every key in schema order; with an annotate function each value gets a
// trailing comment (its origin, for --print-config).
class ConfigYaml
{
public:
    using Annotate = std::function<QString(const QString &key)>;
    static QString write(const Config &config, const Annotate &annotate = {});
};

} // namespace orch
