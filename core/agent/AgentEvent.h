#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// The agent's final report of one attempt: the stream-json `result` line.
struct AgentResult
{
    QString subtype;           // "success", "error_max_turns", "error_during_execution", ...
    bool isError = false;
    int apiErrorStatus = 0;    // HTTP status of a failed API call; 0 when null or absent
    QString text;              // the `result` text (the subtask's final output)
    double costUsd = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    int turns = 0;
    qint64 durationMs = 0;
    QString sessionId;
    QStringList permissionDenials;  // one line per denied tool use
    QStringList errors;             // the `errors` array, when present
};

// One thing an agent reported, parsed from one output line. Value type, carried by signals.
struct AgentEvent
{
    Q_GADGET

public:
    enum class Kind {
        Init,           // session started: sessionId, model, cwd, version
        AssistantText,  // text: what the model said
        ToolUse,        // toolName, text: a one-line summary ("Write a.txt")
        ToolResult,     // isError, text: a one-line summary of the result
        ApiRetry,       // attempt, maxRetries, retryDelayMs, errorStatus, text: the error
        Result,         // result
        RawText,        // a line that is not (valid) JSON, or plain-text output: text
    };
    Q_ENUM(Kind)

    Kind kind = Kind::RawText;
    QString text;
    QString toolName;
    bool isError = false;
    // Init
    QString sessionId;
    QString model;
    QString cwd;
    QString version;
    // ApiRetry
    int attempt = 0;
    int maxRetries = 0;
    int retryDelayMs = 0;
    int errorStatus = 0;
    // Result
    std::optional<AgentResult> result;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::AgentEvent)
