#include "SseReplies.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace orch::mock::SseReplies {

namespace {

QString stopReason(const Turn &turn)
{
    return turn.toolUseId.isEmpty() ? u"end_turn"_s : u"tool_use"_s;
}

int outputTokens(const Turn &turn)
{
    return qMax(1, int(turn.textPieces.size())) + (turn.toolUseId.isEmpty() ? 0 : 20);
}

QJsonObject usage(const Turn &turn, int output)
{
    return {{"input_tokens"_L1, turn.inputTokens}, {"output_tokens"_L1, output},
            {"cache_creation_input_tokens"_L1, 0}, {"cache_read_input_tokens"_L1, 0}};
}

QJsonObject message(const Turn &turn, const QJsonArray &content, const QJsonValue &stop, int output)
{
    return {{"id"_L1, turn.messageId},
            {"type"_L1, "message"_L1},
            {"role"_L1, "assistant"_L1},
            {"model"_L1, turn.model.isEmpty() ? u"mock-model"_s : turn.model},
            {"content"_L1, content},
            {"stop_reason"_L1, stop},
            {"stop_sequence"_L1, QJsonValue::Null},
            {"usage"_L1, usage(turn, output)}};
}

QJsonObject toolUseBlock(const Turn &turn, const QJsonObject &input)
{
    return {{"type"_L1, "tool_use"_L1}, {"id"_L1, turn.toolUseId}, {"name"_L1, turn.toolName},
            {"input"_L1, input}};
}

QByteArray blockEvent(const QByteArray &name, int index, const char *key, const QJsonValue &value)
{
    QJsonObject data{{"type"_L1, QString::fromLatin1(name)}, {"index"_L1, index}};
    if (key)
        data.insert(QLatin1String(key), value);
    return event(name, data);
}

// Splits text into at most `parts` pieces without cutting a surrogate pair, so every piece is
// valid on its own in a JSON string.
QStringList split(const QString &text, int parts)
{
    QStringList pieces;
    const qsizetype step = qMax<qsizetype>(1, (text.size() + parts - 1) / qMax(1, parts));
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype to = qMin(text.size(), from + step);
        if (to < text.size() && text.at(to - 1).isHighSurrogate())
            ++to;
        pieces.append(text.mid(from, to - from));
        from = to;
    }
    return pieces;
}

} // namespace

QByteArray event(const QByteArray &name, const QJsonObject &data)
{
    return "event: " + name + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QList<QByteArray> streamedEvents(const Turn &turn)
{
    QList<QByteArray> events;
    events.append(event("message_start", {{"type"_L1, "message_start"_L1},
                                          {"message"_L1, message(turn, {}, QJsonValue::Null, 1)}}));
    // The real API sends pings; a client that chokes on them should fail here, not in production.
    events.append(event("ping", {{"type"_L1, "ping"_L1}}));
    int index = 0;
    if (!turn.textPieces.isEmpty()) {
        const QJsonObject empty{{"type"_L1, "text"_L1}, {"text"_L1, QString()}};
        events.append(blockEvent("content_block_start", index, "content_block", empty));
        for (const QString &piece : turn.textPieces) {
            const QJsonObject delta{{"type"_L1, "text_delta"_L1}, {"text"_L1, piece}};
            events.append(blockEvent("content_block_delta", index, "delta", delta));
        }
        events.append(blockEvent("content_block_stop", index, nullptr, {}));
        ++index;
    }
    if (!turn.toolUseId.isEmpty()) {
        events.append(blockEvent("content_block_start", index, "content_block", toolUseBlock(turn, {})));
        // The input arrives as partial JSON text, in pieces, as the real API streams it.
        const QByteArray json = QJsonDocument(turn.toolInput).toJson(QJsonDocument::Compact);
        for (const QString &piece : split(QString::fromUtf8(json), 3)) {
            const QJsonObject delta{{"type"_L1, "input_json_delta"_L1}, {"partial_json"_L1, piece}};
            events.append(blockEvent("content_block_delta", index, "delta", delta));
        }
        events.append(blockEvent("content_block_stop", index, nullptr, {}));
    }
    const QJsonObject delta{{"stop_reason"_L1, stopReason(turn)}, {"stop_sequence"_L1, QJsonValue::Null}};
    events.append(event("message_delta", {{"type"_L1, "message_delta"_L1},
                                          {"delta"_L1, delta},
                                          {"usage"_L1, QJsonObject{{"output_tokens"_L1, outputTokens(turn)}}}}));
    events.append(event("message_stop", {{"type"_L1, "message_stop"_L1}}));
    return events;
}

QByteArray wholeMessage(const Turn &turn)
{
    QJsonArray content;
    if (!turn.textPieces.isEmpty())
        content.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, turn.textPieces.join(QString())}});
    if (!turn.toolUseId.isEmpty())
        content.append(toolUseBlock(turn, turn.toolInput));
    return QJsonDocument(message(turn, content, stopReason(turn), outputTokens(turn)))
        .toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &type, const QString &message, const QString &requestId)
{
    const QJsonObject error{{"type"_L1, type}, {"message"_L1, message}};
    const QJsonObject body{{"type"_L1, "error"_L1}, {"error"_L1, error}, {"request_id"_L1, requestId}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString writtenFileContent(const QString &prompt)
{
    return u"Written by mock_anthropic. Prompt follows.\n"_s + prompt;
}

} // namespace orch::mock::SseReplies
