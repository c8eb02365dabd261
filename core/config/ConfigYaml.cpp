#include "ConfigYaml.h"

#include "config/ConfigLoader.h"
#include "config/ConfigSchema.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace orch {

namespace {

// A text that a YAML reader would take for a number, a boolean or null is quoted, so it stays text
// for any reader, not only ours.
bool looksTyped(const QString &text)
{
    static const QRegularExpression typed(QStringLiteral(
        "^(?:[-+]?(?:\\d[\\d_]*)?(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(?:inf|Inf|INF)|"
        "\\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|"
        "Off|OFF|y|Y|n|N)$"));
    return typed.match(text).hasMatch();
}

std::string scalar(const QString &text, bool quoteTyped)
{
    YAML::Emitter out;
    if (quoteTyped && (text.isEmpty() || looksTyped(text)))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
    return out.c_str();
}

std::string valueText(const ConfigKey &key, const Config &config)
{
    const QVariant value = key.get(config);
    switch (key.type) {
    case ConfigKey::Type::String:
    case ConfigKey::Type::Path:
        return scalar(value.toString(), true);
    case ConfigKey::Type::List: {
        YAML::Emitter out;
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &item : value.toStringList()) {
            if (item.isEmpty() || looksTyped(item))
                out << YAML::DoubleQuoted;
            out << item.toStdString();
        }
        out << YAML::EndSeq;
        return out.c_str();
    }
    default:
        return scalar(key.toText(value), false);
    }
}

} // namespace

QString ConfigYaml::write(const Config &config, const Annotate &annotate)
{
    std::string text = "schema_version: " + std::to_string(ConfigLoader::CurrentSchemaVersion) + "\n";
    QString section;
    for (const ConfigKey &key : ConfigSchema::keys()) {
        if (key.section != section) {
            section = key.section;
            text += section.toStdString() + ":\n";
        }
        text += "  " + key.name.toStdString() + ": " + valueText(key, config);
        if (annotate) {
            // A comment must stay on its line whatever the origin's text holds.
            QString note = annotate(key.path());
            note.replace(u'\n', u' ');
            text += "  # " + note.toStdString();
        }
        text += '\n';
    }
    return QString::fromStdString(text);
}

} // namespace orch
