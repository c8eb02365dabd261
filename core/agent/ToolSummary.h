#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <nlohmann/json_fwd.hpp>

namespace orch {

// One-line summaries of tool calls and their results for the event stream: short enough for a
// table cell or a log line, however big the tool's input or output was.
class ToolSummary
{
    Q_DECLARE_TR_FUNCTIONS(ToolSummary)

public:
    static constexpr qsizetype MaxChars = 200;

    // "Write src/a.txt", "Bash make -j4 …", "Grep pattern=TODO path=src". Paths inside `cwd` are
    // shown relative to it. `input` is the tool_use input (any JSON; non-objects give the name only).
    static QString toolUse(const QString &name, const nlohmann::json &input, const QString &cwd);
    // The first non-blank line of a tool_result `content` (a string, or an array of blocks).
    static QString toolResult(const nlohmann::json &content);

    // The first non-blank line of text, trimmed, elided to maxChars with "…" when anything
    // (more characters or more lines) was left out.
    static QString firstLine(QStringView text, qsizetype maxChars = MaxChars);
    // text cut to at most maxChars characters (never inside a surrogate pair), "…" when cut.
    static QString elide(QStringView text, qsizetype maxChars = MaxChars);
};

} // namespace orch
