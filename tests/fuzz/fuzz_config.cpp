// libFuzzer target: the YAML configuration loader (ConfigLoader::applyYamlText, the path every
// config.yaml and profile takes), then the checks of finish() and the YAML writer.
// Oracle beyond "no crash": a file that loaded without errors is written back (ConfigYaml) and
// must load again, without errors, to the same Config.
#include "config/ConfigLoader.h"
#include "config/ConfigYaml.h"

#include <cstdint>
#include <cstdlib>

namespace {

const QString baseDirectory = QStringLiteral("/nonexistent/orch-fuzz");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    orch::ConfigLoader loader(baseDirectory);
    loader.applyYamlText(text, QStringLiteral("fuzz.yaml"), baseDirectory);
    const bool loaded = !loader.hasErrors();
    (void)loader.errorMessages();
    (void)loader.warningMessages();
    const QString written = orch::ConfigYaml::write(loader.config());
    (void)loader.annotatedYaml();

    if (loaded) {
        orch::ConfigLoader again(baseDirectory);
        again.applyYamlText(written.toUtf8(), QStringLiteral("written.yaml"), baseDirectory);
        if (again.hasErrors() || !(again.config() == loader.config()))
            std::abort();  // the writer and the reader disagree
    }

    loader.finish();
    (void)loader.errorMessages();
    return 0;
}
