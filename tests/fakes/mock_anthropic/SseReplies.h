#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The bodies mock_anthropic sends: Messages API streams as Server-Sent Events, one
// QByteArray per event ("event: NAME\ndata: JSON\n\n"), and Anthropic-style error JSON.
namespace orch::mock::SseReplies {

// One SSE event.
QByteArray event(const QByteArray &name, const QJsonObject &data);

// One assistant turn, independent of how it is sent: text (as the pieces it is streamed in),
// then optionally one tool call. stop_reason is "tool_use" when there is a tool call, else
// "end_turn".
struct Turn
{
    QString messageId;
    QString model;
    int inputTokens = 1;
    QStringList textPieces;
    QString toolUseId;  // empty: no tool call
    QString toolName;
    QJsonObject toolInput;
};

// The turn as the streaming API sends it: message_start, ping, a text block of text_delta
// pieces, a tool_use block whose input arrives as several input_json_delta pieces,
// message_delta with stop_reason, message_stop.
QList<QByteArray> streamedEvents(const Turn &turn);

// The turn as one JSON message, for a request with "stream": false.
QByteArray wholeMessage(const Turn &turn);

// {"type":"error","error":{"type":TYPE,"message":MESSAGE},"request_id":...}
QByteArray errorBody(const QString &type, const QString &message, const QString &requestId);

// What the write scenario puts in the file: a fixed first line, then the prompt exactly as
// received, so a test can check that its prompt reached the API unchanged.
QString writtenFileContent(const QString &prompt);

} // namespace orch::mock::SseReplies
