#include "Scenario.h"

#include <QMetaEnum>

namespace orch::mock {

std::optional<Scenario> scenarioFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Scenario>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0)
            return static_cast<Scenario>(meta.value(i));
    }
    return std::nullopt;
}

QString scenarioName(Scenario scenario)
{
    const QMetaEnum meta = QMetaEnum::fromType<Scenario>();
    return QLatin1String(meta.valueToKey(static_cast<int>(scenario))).toString().toLower();
}

QStringList scenarioNames()
{
    const QMetaEnum meta = QMetaEnum::fromType<Scenario>();
    QStringList names;
    for (int i = 0; i < meta.keyCount(); ++i)
        names.append(QLatin1String(meta.key(i)).toString().toLower());
    return names;
}

} // namespace orch::mock
