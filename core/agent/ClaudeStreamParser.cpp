#include "ClaudeStreamParser.h"

#include "agent/ToolSummary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

using json = nlohmann::json;

namespace orch {

namespace {

constexpr qsizetype MaxPendingToolNames = 4096; // bounds the id -> name map if results never come

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

qint64 toInt64(const json &value)
{
    if (value.is_number_unsigned()) {
        const auto unsignedValue = value.get<std::uint64_t>();
        return unsignedValue > std::uint64_t(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                                 : qint64(unsignedValue);
    }
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    const double real = value.get<double>(); // finite: JSON has no NaN or infinity
    constexpr double limit = 9.2e18;
    return real >= limit ? std::numeric_limits<qint64>::max()
        : real <= -limit ? std::numeric_limits<qint64>::min()
                         : qint64(std::llround(real));
}

int toInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

// Typed access to the members of one line. A member that is absent or null reads as the default;
// one of another type than documented marks the line as malformed (ok becomes false).
struct Fields
{
    bool ok = true;

    const json *find(const json &object, const char *key) const
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }
    const json *typed(const json &object, const char *key, bool (json::*check)() const noexcept)
    {
        const json *value = find(object, key);
        if (value && !(value->*check)()) {
            ok = false;
            return nullptr;
        }
        return value;
    }
    QString string(const json &object, const char *key)
    {
        const json *value = typed(object, key, &json::is_string);
        return value ? toQString(value->get_ref<const std::string &>()) : QString();
    }
    bool boolean(const json &object, const char *key)
    {
        const json *value = typed(object, key, &json::is_boolean);
        return value && value->get<bool>();
    }
    qint64 integer(const json &object, const char *key)
    {
        const json *value = typed(object, key, &json::is_number);
        return value ? toInt64(*value) : 0;
    }
    double real(const json &object, const char *key)
    {
        const json *value = typed(object, key, &json::is_number);
        return value ? value->get<double>() : 0.0;
    }
    const json *object(const json &parent, const char *key) { return typed(parent, key, &json::is_object); }
    const json *array(const json &parent, const char *key) { return typed(parent, key, &json::is_array); }
    // A member that must be there.
    const json *required(const json *value)
    {
        if (!value)
            ok = false;
        return value;
    }
};

AgentEvent makeEvent(AgentEvent::Kind kind)
{
    AgentEvent event;
    event.kind = kind;
    return event;
}

bool isBlank(QByteArrayView line)
{
    bool ascii = true;
    for (const char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
        else if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    // Only spaces, or other characters beyond ASCII: those may be Unicode spaces too.
    if (ascii)
        return true;
    const QString text = QString::fromUtf8(line);
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

ClaudeStreamParser::ClaudeStreamParser() = default;
ClaudeStreamParser::~ClaudeStreamParser() = default;

QString ClaudeStreamParser::finalText() const
{
    if (m_result && !m_result->text.isEmpty())
        return m_result->text;
    return m_lastAssistantText;
}

QList<AgentEvent> ClaudeStreamParser::parse(const LineBatch &lines)
{
    QList<AgentEvent> events;
    events.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        parseLine(lines.at(i), events);
    m_reducer.trim();
    return events;
}

void ClaudeStreamParser::parseLine(QByteArrayView line, QList<AgentEvent> &events)
{
    if (isBlank(line))
        return;
    bool ok = parseJson(line, events);
    // The JSON parser refuses bytes that are not UTF-8 in what it reads. Decoded, each such byte
    // is U+FFFD, and the line is read again as that text (rare: the check runs only here).
    if (!ok && !line.isValidUtf8())
        ok = parseJson(QString::fromUtf8(line).toUtf8(), events);
    if (!ok) {
        AgentEvent raw = makeEvent(AgentEvent::Kind::RawText);
        raw.text = QString::fromUtf8(line);
        events.append(std::move(raw));
    }
}

bool ClaudeStreamParser::parseJson(QByteArrayView line, QList<AgentEvent> &events)
{
    const qsizetype size = m_reducer.reduce(line, JsonLineReducer::policyFor(line));
    bool ok = false;
    if (size >= 0) {
        const json document = json::parse(m_reducer.data(), m_reducer.data() + size, nullptr, false);
        if (!document.is_discarded() && document.is_object()) {
            m_sawJson = true;
            const auto type = document.find("type");
            if (type != document.end() && type->is_string()) {
                // Events of a line are only published when the whole line made sense.
                const qsizetype before = events.size();
                const std::string &name = type->get_ref<const std::string &>();
                if (name == "assistant")
                    ok = parseAssistant(document, events);
                else if (name == "user")
                    ok = parseUser(document, events);
                else if (name == "system")
                    ok = parseSystem(document, events);
                else if (name == "result")
                    ok = parseResult(document, events);
                else if (name == "rate_limit_event")
                    ok = parseRateLimit(document);
                else
                    ok = true; // a type this version does not know: nothing to report
                if (!ok)
                    events.resize(before);
            }
        }
    }
    return ok;
}

bool ClaudeStreamParser::parseSystem(const json &line, QList<AgentEvent> &events)
{
    Fields fields;
    const QString subtype = fields.string(line, "subtype");
    if (subtype == u"init") {
        AgentEvent event = makeEvent(AgentEvent::Kind::Init);
        event.sessionId = fields.string(line, "session_id");
        event.model = fields.string(line, "model");
        event.cwd = fields.string(line, "cwd");
        event.version = fields.string(line, "claude_code_version");
        if (!fields.ok)
            return false;
        m_cwd = event.cwd;
        events.append(std::move(event));
    } else if (subtype == u"api_retry") {
        AgentEvent event = makeEvent(AgentEvent::Kind::ApiRetry);
        event.attempt = toInt(fields.integer(line, "attempt"));
        event.maxRetries = toInt(fields.integer(line, "max_retries"));
        // A float in practice (jittered backoff): rounded to whole milliseconds.
        event.retryDelayMs = toInt(qint64(std::llround(qBound(0.0, fields.real(line, "retry_delay_ms"), 1e12))));
        event.errorStatus = toInt(fields.integer(line, "error_status"));
        event.text = fields.string(line, "error");
        event.isError = true;
        if (!fields.ok)
            return false;
        ++m_apiRetries;
        m_lastRetryStatus = event.errorStatus;
        m_lastRetryDelayMs = event.retryDelayMs;
        events.append(std::move(event));
    }
    return fields.ok;
}

bool ClaudeStreamParser::parseAssistant(const json &line, QList<AgentEvent> &events)
{
    Fields fields;
    const json *message = fields.required(fields.object(line, "message"));
    const json *content = message ? fields.required(fields.array(*message, "content")) : nullptr;
    if (!content)
        return false;
    for (const json &block : *content) {
        if (!block.is_object())
            return false;
        const QString type = fields.string(block, "type");
        if (type == u"text") {
            AgentEvent event = makeEvent(AgentEvent::Kind::AssistantText);
            event.text = fields.string(block, "text");
            m_lastAssistantText = event.text;
            events.append(std::move(event));
        } else if (type == u"tool_use") {
            AgentEvent event = makeEvent(AgentEvent::Kind::ToolUse);
            event.toolName = fields.string(block, "name");
            const QString id = fields.string(block, "id");
            const json *input = fields.object(block, "input");
            event.text = ToolSummary::toolUse(event.toolName, input ? *input : json::object(), m_cwd);
            if (!id.isEmpty()) {
                if (m_toolNames.size() >= MaxPendingToolNames)
                    m_toolNames.clear();
                m_toolNames.insert(id, event.toolName);
            }
            events.append(std::move(event));
        }
        if (!fields.ok)
            return false;
    }
    return true;
}

bool ClaudeStreamParser::parseUser(const json &line, QList<AgentEvent> &events)
{
    Fields fields;
    const json *message = fields.required(fields.object(line, "message"));
    const json *content = message ? fields.required(fields.find(*message, "content")) : nullptr;
    if (!content)
        return false;
    if (content->is_string())
        return true; // the user's own text: nothing new to report
    if (!content->is_array())
        return false;
    for (const json &block : *content) {
        if (!block.is_object())
            return false;
        if (fields.string(block, "type") != u"tool_result")
            continue;
        AgentEvent event = makeEvent(AgentEvent::Kind::ToolResult);
        event.isError = fields.boolean(block, "is_error");
        const QString id = fields.string(block, "tool_use_id");
        const json *result = fields.find(block, "content");
        if (result && !result->is_string() && !result->is_array())
            return false;
        if (!fields.ok)
            return false;
        event.text = ToolSummary::toolResult(result ? *result : json());
        event.toolName = m_toolNames.take(id);
        events.append(std::move(event));
    }
    return true;
}

bool ClaudeStreamParser::parseResult(const json &line, QList<AgentEvent> &events)
{
    Fields fields;
    AgentResult result;
    result.subtype = fields.string(line, "subtype");
    result.isError = fields.boolean(line, "is_error");
    result.apiErrorStatus = toInt(fields.integer(line, "api_error_status"));
    result.text = fields.string(line, "result");
    result.costUsd = fields.real(line, "total_cost_usd");
    if (const json *usage = fields.object(line, "usage")) {
        result.inputTokens = fields.integer(*usage, "input_tokens");
        result.outputTokens = fields.integer(*usage, "output_tokens");
    }
    result.turns = toInt(fields.integer(line, "num_turns"));
    result.durationMs = fields.integer(line, "duration_ms");
    result.sessionId = fields.string(line, "session_id");
    if (const json *denials = fields.array(line, "permission_denials")) {
        for (const json &denial : *denials) {
            if (!denial.is_object())
                return false;
            const QString tool = fields.string(denial, "tool_name");
            const json *input = fields.find(denial, "tool_input");
            result.permissionDenials.append(ToolSummary::toolUse(tool, input ? *input : json::object(), m_cwd));
        }
    }
    if (const json *errors = fields.array(line, "errors")) {
        // Strings in practice; anything else is kept as compact JSON rather than lost.
        for (const json &error : *errors)
            result.errors.append(error.is_string()
                    ? toQString(error.get_ref<const std::string &>())
                    : toQString(error.dump(-1, ' ', false, json::error_handler_t::replace)));
    }
    if (!fields.ok)
        return false;

    AgentEvent event = makeEvent(AgentEvent::Kind::Result);
    event.text = result.text;
    event.isError = result.isError;
    event.result = result;
    m_result = std::move(result);
    events.append(std::move(event));
    return true;
}

bool ClaudeStreamParser::parseRateLimit(const json &line)
{
    // Not an event of its own (the CLI reports it for subscriptions); remembered because a
    // rejected request names the time the limit resets, which is when to try again.
    const auto info = line.find("rate_limit_info");
    if (info == line.end() || !info->is_object())
        return true;
    const auto status = info->find("status");
    if (status == info->end() || !status->is_string())
        return true;
    if (status->get_ref<const std::string &>() != "rejected") {
        m_rateLimitResetsAt = {};
        return true;
    }
    for (const char *key : {"resetsAt", "resets_at"}) {
        const auto resets = info->find(key);
        if (resets != info->end() && resets->is_number()) {
            m_rateLimitResetsAt = QDateTime::fromSecsSinceEpoch(toInt64(*resets), Qt::UTC);
            break;
        }
    }
    return true;
}

} // namespace orch
