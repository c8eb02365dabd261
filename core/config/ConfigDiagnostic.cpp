#include "ConfigDiagnostic.h"

namespace orch {

QString ConfigOrigin::describe() const
{
    switch (kind) {
    case Kind::Default:
        return tr("default");
    case Kind::Derived:
        return source.isEmpty() ? tr("default") : tr("default, from %1").arg(source);
    case Kind::File:
    case Kind::DotEnv:
        return line > 0 ? source + u':' + QString::number(line) : source;
    case Kind::Environment:
        return tr("environment %1").arg(source);
    case Kind::Option:
        return tr("option %1").arg(source);
    }
    return {};
}

QString ConfigOrigin::location() const
{
    switch (kind) {
    case Kind::Default:
    case Kind::Derived:
        return tr("built-in default");
    case Kind::File:
    case Kind::DotEnv: {
        QString text = source;
        if (line > 0)
            text += u':' + QString::number(line);
        if (line > 0 && column > 0)
            text += u':' + QString::number(column);
        return text;
    }
    case Kind::Environment:
        return tr("environment variable %1").arg(source);
    case Kind::Option:
        return tr("option %1").arg(source);
    }
    return {};
}

QString ConfigDiagnostic::toString() const
{
    QString text = origin.location() + QStringLiteral(": ");
    if (severity == Severity::Warning)
        text += tr("warning: ");
    if (!key.isEmpty())
        text += key + QStringLiteral(": ");
    return text + message;
}

ConfigError::ConfigError(QList<ConfigDiagnostic> diagnostics)
    : OrchestratorError([&] {
        QStringList lines;
        for (const ConfigDiagnostic &d : diagnostics)
            lines << d.toString();
        return lines.join(u'\n');
    }())
    , m_diagnostics(std::move(diagnostics))
{
}

QStringList ConfigError::messages() const
{
    QStringList lines;
    for (const ConfigDiagnostic &d : m_diagnostics)
        lines << d.toString();
    return lines;
}

} // namespace orch
