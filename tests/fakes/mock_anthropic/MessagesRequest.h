#pragma once

#include "Scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch::mock {

// What mock_anthropic needs from one POST /v1/messages body, read defensively: a malformed or
// unexpected body gives empty fields, never an exception.
//
// Measured on claude-code 2.1.197: the user's prompt is a text block of the FIRST user message,
// after a "<system-reminder>" block; the working directory is in the system prompt as
// " - Primary working directory: /abs/path"; a tool's answer comes back as a "tool_result" block
// in the LAST user message.
struct MessagesRequest
{
    bool valid = false;          // the body was a JSON object with a "messages" array
    QString model;
    bool stream = false;
    int approximateTokens = 1;   // body size / 4, for usage figures
    QString prompt;              // the user's own text, reminders removed
    QString workingDirectory;    // absolute, or empty when none was found
    QStringList toolNames;       // names in "tools"
    bool hasToolResult = false;  // the last user message answers a tool_use
    bool toolResultIsError = false;
    QString toolResultText;
    std::optional<Scenario> scenarioMarker;  // "[[scenario:NAME]]" in the prompt

    static MessagesRequest parse(const QByteArray &body);

    bool offersTool(const QString &name) const { return toolNames.contains(name); }
    // The file a "write NAME" prompt asks for: a plain file name (no folders, no ".."),
    // or "output.txt" when the prompt names none.
    QString requestedFileName() const;
};

} // namespace orch::mock
