#include "ToolSummary.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace orch {

namespace {

constexpr qsizetype MaxValueChars = 60; // one key=value of the generic summary
constexpr char16_t Ellipsis = u'\u2026';

QString fromJsonString(const json &value)
{
    const auto &text = value.get_ref<const std::string &>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString stringMember(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? fromJsonString(*it) : QString();
}

QString relativeTo(const QString &path, const QString &cwd)
{
    if (cwd.isEmpty() || cwd == u"/"_s)
        return path;
    const QString prefix = cwd.endsWith(u'/') ? cwd : cwd + u'/';
    return path.startsWith(prefix) && path.size() > prefix.size() ? path.mid(prefix.size()) : path;
}

// "key=value" for a scalar, "key=[3]" / "key={…}" for containers.
QString describeMember(const std::string &key, const json &value)
{
    QString text = QString::fromUtf8(key.data(), qsizetype(key.size())) + u'=';
    switch (value.type()) {
    case json::value_t::string: {
        const QString word = ToolSummary::firstLine(fromJsonString(value), MaxValueChars);
        return text + (word.contains(u' ') ? u'"' + word + u'"' : word);
    }
    case json::value_t::array:
        return text + u'[' + QString::number(value.size()) + u']';
    case json::value_t::object:
        return text + u'{' + Ellipsis + u'}';
    case json::value_t::null:
        return text + u"null"_s;
    default: {
        const std::string dumped = value.dump();
        return text + QString::fromUtf8(dumped.data(), qsizetype(dumped.size()));
    }
    }
}

} // namespace

QString ToolSummary::elide(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text.toString();
    qsizetype keep = qMax<qsizetype>(0, maxChars - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep).toString() + Ellipsis;
}

QString ToolSummary::firstLine(QStringView text, qsizetype maxChars)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty()) {
            const bool more = !text.mid(end).trimmed().isEmpty();
            if (!more || line.size() >= maxChars || line.endsWith(Ellipsis))
                return elide(line, maxChars);
            return elide(QString(line.toString() + u' ' + Ellipsis), maxChars);
        }
        start = end + 1;
    }
    return {};
}

QString ToolSummary::toolUse(const QString &name, const json &input, const QString &cwd)
{
    static constexpr const char *pathKeys[] = {"file_path", "notebook_path", "path"};
    static const QStringList fileTools {
        u"Write"_s, u"Edit"_s, u"MultiEdit"_s, u"Read"_s, u"NotebookEdit"_s, u"NotebookRead"_s};
    if (fileTools.contains(name)) {
        for (const char *key : pathKeys) {
            const QString path = stringMember(input, key);
            if (!path.isEmpty())
                return elide(QString(name + u' ' + relativeTo(path, cwd)));
        }
    }
    if (name == u"Bash"_s) {
        const QString command = stringMember(input, "command");
        if (!command.isEmpty())
            return elide(QString(name + u' ' + firstLine(command, MaxChars - name.size() - 1)));
    }
    if (!input.is_object() || input.empty())
        return elide(name);

    // The members that say most come first; the rest follow in key order (JSON objects are
    // read into sorted maps, so the CLI's own order is not known here).
    static constexpr const char *leading[] = {"pattern", "query", "url", "path", "glob", "description", "prompt"};
    QString summary = name;
    for (const char *key : leading) {
        const auto it = input.find(key);
        if (it != input.end())
            summary += u' ' + describeMember(it.key(), it.value());
    }
    for (auto it = input.begin(); it != input.end() && summary.size() < MaxChars; ++it) {
        if (std::find_if(std::begin(leading), std::end(leading), [&it](const char *key) { return it.key() == key; })
            == std::end(leading))
            summary += u' ' + describeMember(it.key(), it.value());
    }
    return elide(summary);
}

QString ToolSummary::toolResult(const json &content)
{
    QString text;
    if (content.is_string()) {
        text = firstLine(fromJsonString(content));
    } else if (content.is_array()) {
        for (const json &block : content) {
            const QString blockText = stringMember(block, "text");
            if (!blockText.trimmed().isEmpty()) {
                text = firstLine(blockText);
                break;
            }
            if (stringMember(block, "type") == u"image"_s) {
                text = tr("(image)");
                break;
            }
        }
    }
    // Tool errors come wrapped in a pseudo-tag; the tag says nothing the error flag does not.
    static const QString openTag = u"<tool_use_error>"_s;
    static const QString closeTag = u"</tool_use_error>"_s;
    if (text.startsWith(openTag))
        text = text.mid(openTag.size());
    if (text.endsWith(closeTag))
        text.chop(closeTag.size());
    text = text.trimmed();
    return text.isEmpty() ? tr("(no output)") : text;
}

} // namespace orch
