// libFuzzer target: the .env parser (DotEnv::parse), and its entries applied the way the loader
// applies the environment (ORCHESTRATOR_* variables with their values checked against the schema).
#include "config/ConfigLoader.h"
#include "config/DotEnv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const orch::DotEnv env = orch::DotEnv::parse(text);

    QProcessEnvironment environment;
    for (const orch::DotEnv::Entry &entry : env.entries()) {
        // Every name parsed must be found again, holding the last value given for it.
        const orch::DotEnv::Entry *found = env.find(entry.name);
        if (!found || found->name != entry.name || env.value(entry.name) != found->value)
            std::abort();
        environment.insert(entry.name, entry.value);
    }
    for (const orch::DotEnv::Problem &problem : env.problems())
        (void)problem.message.size();

    orch::ConfigLoader loader(QStringLiteral("/nonexistent/orch-fuzz"));
    loader.applyEnvironment(environment);
    (void)loader.errorMessages();
    (void)loader.warningMessages();
    return 0;
}
