#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace orch::mock {
Q_NAMESPACE

// How mock_anthropic answers POST /v1/messages. Chosen by --scenario, and per request by a
// "[[scenario:NAME]]" marker in the prompt, so one server can treat workers differently.
enum class Scenario {
    Write,     // tool_use Write into the request's working directory, then a final text; a planning
               // request (it offers the StructuredOutput tool) gets a plan instead, see PlanReply
    Text,      // one text answer, end_turn
    Error500,  // HTTP 500 api_error, every time
    Error429,  // HTTP 429 rate_limit_error with retry-after: 2
    Error401,  // HTTP 401 authentication_error
    Hang,      // read the request, never answer
    Slow,      // a text answer streamed one delta at a time, slowly
    Error429Once,  // HTTP 429 (retry-after: 1) the first time a prompt is seen, then as Write
    StreamCut,     // a 200 stream that stops inside an SSE event: the connection is cut there
};
Q_ENUM_NS(Scenario)

// Case-insensitive lookup of a scenario name ("write", "error500", ...).
std::optional<Scenario> scenarioFromName(const QString &name);
// The lower-case name used on the command line and in markers.
QString scenarioName(Scenario scenario);
// Every accepted name, for --help and error messages.
QStringList scenarioNames();

} // namespace orch::mock
