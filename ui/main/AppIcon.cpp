#include "AppIcon.h"

#include <QSize>
#include <QString>

#include <array>

// Q_INIT_RESOURCE must be called outside any namespace. Referencing the init function is
// also what makes the linker keep qrc_orchestrator.o out of the static orch_ui archive.
static void initOrchestratorResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(orchestrator);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace orch {

QIcon appIcon()
{
    initOrchestratorResources();

    QIcon icon;
    constexpr std::array sizes{16, 32, 48, 64, 128, 256};
    for (const int size : sizes)
        icon.addFile(QStringLiteral(":/icons/orchestrator-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace orch
