#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace orch {

// One key of config.yaml: its type, limits, environment variable and how to read and write it in a
// Config. The loader, the printer, the validator and the docs all walk the same table, so a key is
// declared exactly once.
struct ConfigKey
{
    enum class Type { Int, Double, Bool, String, Enum, Path, List };

    QString section;
    QString name;
    Type type = Type::String;
    QString envVar;
    QStringList envAliases;  // consulted, in order, when envVar is unset (e.g. WINDOWS_CLAUDE_PATH)
    double min = 0;          // Int and Double
    double max = 0;
    QStringList allowed;     // Enum spellings, indexed by the enum's value
    bool allowEmpty = true;  // String
    std::function<QVariant(const Config &)> get;
    std::function<void(Config &, const QVariant &)> set;

    QString path() const { return section + u'.' + name; }
    // What values are allowed, in words, for error messages ("a whole number from 1 to 256").
    QString allowedDescription() const;
    // Parses a scalar as written in YAML, .env, the environment or an option. On failure returns
    // nullopt and describes the problem in *problem.
    std::optional<QVariant> parseText(const QString &text, QString *problem) const;
    // The canonical text of a value, as saved and printed.
    QString toText(const QVariant &value) const;
};

class ConfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSchema)

public:
    static const QList<ConfigKey> &keys();
    static const ConfigKey *find(const QString &path);
    static QStringList sections();
    static QStringList keysOf(const QString &section);
    // The closest known name within maxDistance edits, or empty (for "did you mean ...?").
    static QString nearest(const QString &word, const QStringList &candidates);
};

} // namespace orch
