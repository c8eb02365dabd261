#pragma once

#include "agent/AgentDriver.h"
#include "agent/JsonLineReducer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <nlohmann/json_fwd.hpp>

namespace orch {

// Reads the Claude CLI's `--output-format stream-json` lines into AgentEvents.
//
// Known lines become typed events (system/init, assistant text and tool_use, user tool_result,
// system/api_retry, result); unknown types and subtypes give no event; a line that is not a JSON
// object, or has a known field of the wrong type, becomes a RawText event with the line as it
// was. Blank lines are skipped. No input makes it throw or crash. Long tool inputs and outputs are
// only skimmed (see JsonLineReducer): their events carry one-line summaries.
class ClaudeStreamParser final : public AgentOutputParser
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeStreamParser)

public:
    ClaudeStreamParser();
    ~ClaudeStreamParser() override;
    Q_DISABLE_COPY_MOVE(ClaudeStreamParser)

    QList<AgentEvent> parse(const LineBatch &lines) override;
    const std::optional<AgentResult> &result() const override { return m_result; }
    // The result text; without a result line, the last thing the assistant said.
    QString finalText() const override;

    // Beyond the result line, what classifying the end needs.
    bool sawJson() const { return m_sawJson; } // some line was a JSON object
    int apiRetries() const { return m_apiRetries; }
    int lastRetryStatus() const { return m_lastRetryStatus; }
    int lastRetryDelayMs() const { return m_lastRetryDelayMs; }
    // When a rate_limit_event said requests are rejected until a time (UTC), that time.
    const QDateTime &rateLimitResetsAt() const { return m_rateLimitResetsAt; }

private:
    void parseLine(QByteArrayView line, QList<AgentEvent> &events);
    // The events of one line that is a JSON object of a known shape; false, adding none, otherwise.
    bool parseJson(QByteArrayView line, QList<AgentEvent> &events);
    bool parseSystem(const nlohmann::json &line, QList<AgentEvent> &events);
    bool parseAssistant(const nlohmann::json &line, QList<AgentEvent> &events);
    bool parseUser(const nlohmann::json &line, QList<AgentEvent> &events);
    bool parseResult(const nlohmann::json &line, QList<AgentEvent> &events);
    bool parseRateLimit(const nlohmann::json &line);

    JsonLineReducer m_reducer;
    std::optional<AgentResult> m_result;
    QString m_lastAssistantText;
    QString m_cwd; // from init: tool paths are shown relative to it
    QHash<QString, QString> m_toolNames; // tool_use id -> tool name, until its result arrives
    bool m_sawJson = false;
    int m_apiRetries = 0;
    int m_lastRetryStatus = 0;
    int m_lastRetryDelayMs = 0;
    QDateTime m_rateLimitResetsAt;
};

} // namespace orch
