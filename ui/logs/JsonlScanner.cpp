#include "JsonlScanner.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace orch {

using namespace Qt::StringLiterals;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Index just past the string starting at i (line[i] == '"'); npos when it never closes. Quotes and
// escapes are looked for 16 bytes at a time: long messages full of escapes are most of a log's bytes.
std::size_t skipString(std::string_view line, std::size_t i)
{
    std::size_t at = i + 1;
#if defined(__SSE2__)
    const __m128i quotes = _mm_set1_epi8('"');
    const __m128i escapes = _mm_set1_epi8('\\');
    while (at + 16 <= line.size()) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(line.data() + at));
        const auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, quotes), _mm_cmpeq_epi8(block, escapes))));
        if (mask == 0) {
            at += 16;
            continue;
        }
        at += std::size_t(std::countr_zero(mask));
        if (line[at] == '"')
            return at + 1;
        at += 2;  // the escape and the character it escapes, which may be a quote
    }
#endif
    for (; at < line.size(); ++at) {
        if (line[at] == '"')
            return at + 1;
        if (line[at] == '\\')
            ++at;
    }
    return std::string_view::npos;
}

// Index just past the value starting at i; npos when it is cut off.
std::size_t skipValue(std::string_view line, std::size_t i)
{
    if (i >= line.size())
        return std::string_view::npos;
    if (line[i] == '"')
        return skipString(line, i);
    if (line[i] == '{' || line[i] == '[') {
        int depth = 0;
        while (i < line.size()) {
            const char c = line[i];
            if (c == '"') {
                i = skipString(line, i);
                if (i == std::string_view::npos)
                    return i;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return std::string_view::npos;
    }
    while (i < line.size() && line[i] != ',' && line[i] != '}' && line[i] != ']' && !isSpace(line[i]))
        ++i;
    return i;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::optional<char32_t> hex4(std::string_view s, std::size_t i)
{
    if (i + 4 > s.size())
        return std::nullopt;
    char32_t value = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        const char c = s[k];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= char32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= char32_t(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return value;
}

QString fromJson(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The string member key of object, or "" when it is missing or not a string. json::value() with a
// string default throws type_error for a member of another type ({"type":{"a":2}}, found by
// fuzz_jsonl), which nothing above catches.
std::string stringMember(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// One content block of an assistant or user message, as one readable line.
QString blockText(const nlohmann::json &block)
{
    const std::string type = stringMember(block, "type");
    if (type == "text")
        return fromJson(block.value("text", nlohmann::json()));
    if (type == "tool_use")
        return u"\u2192 "_s + fromJson(block.value("name", nlohmann::json())) + u' '
               + fromJson(block.value("input", nlohmann::json::object()));
    if (type == "tool_result") {
        const nlohmann::json content = block.value("content", nlohmann::json());
        if (content.is_array() && !content.empty() && content.front().is_object())
            return u"\u2190 "_s + fromJson(content.front().value("text", nlohmann::json()));
        return u"\u2190 "_s + fromJson(content);
    }
    return fromJson(block);
}

} // namespace

JsonlScanner::Fields JsonlScanner::scan(std::string_view line)
{
    Fields fields;
    std::size_t i = 0;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    if (i >= line.size() || line[i] != '{')
        return fields;
    ++i;
    while (true) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i < line.size() && line[i] == '}') {
            fields.complete = true;
            return fields;
        }
        if (i >= line.size() || line[i] != '"')
            return fields;
        const std::size_t keyEnd = skipString(line, i);
        if (keyEnd == std::string_view::npos)
            return fields;
        const std::string_view key = line.substr(i + 1, keyEnd - i - 2);
        i = keyEnd;
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i >= line.size() || line[i] != ':')
            return fields;
        ++i;
        while (i < line.size() && isSpace(line[i]))
            ++i;
        const std::size_t valueEnd = skipValue(line, i);
        if (valueEnd == std::string_view::npos || valueEnd == i)
            return fields;
        const std::string_view value = line.substr(i, valueEnd - i);
        if (key == "level")
            fields.level = value;
        else if (key == "type")
            fields.type = value;
        else if (key == "worker_id")
            fields.workerId = value;
        else if (key == "run_id")
            fields.runId = value;
        else if (key == "timestamp" || (key == "time" && fields.time.empty()))
            fields.time = value;
        else if (key == "message")
            fields.message = value;
        i = valueEnd;
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i < line.size() && line[i] == ',')
            ++i;
    }
}

QString JsonlScanner::text(std::string_view raw)
{
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    const std::string_view body = raw.substr(1, raw.size() - 2);
    if (body.find('\\') == std::string_view::npos)
        return QString::fromUtf8(body.data(), qsizetype(body.size()));
    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const char e = body[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            std::optional<char32_t> cp = hex4(body, i + 1);
            if (!cp) {
                out += "\\u";
                break;
            }
            i += 4;
            // A surrogate pair is two escapes; a lone half becomes U+FFFD.
            if (*cp >= 0xD800 && *cp < 0xDC00) {
                const std::optional<char32_t> low = i + 2 < body.size() && body[i + 1] == '\\' && body[i + 2] == 'u'
                                                        ? hex4(body, i + 3)
                                                        : std::nullopt;
                if (low && *low >= 0xDC00 && *low < 0xE000) {
                    cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (*cp >= 0xDC00 && *cp < 0xE000) {
                cp = 0xFFFD;
            }
            appendUtf8(out, *cp);
            break;
        }
        default: out += e; break;  // \" \\ \/
        }
    }
    return QString::fromStdString(out);
}

std::optional<qint64> JsonlScanner::integer(std::string_view raw)
{
    if (raw.size() >= 2 && raw.front() == '"')
        raw = raw.substr(1, raw.size() - 2);
    // Plain digits (every worker_id of a log) without a temporary QByteArray: this runs per line.
    if (!raw.empty() && raw.size() <= 18 && std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 value = 0;
        for (const char c : raw)
            value = value * 10 + (c - '0');
        return value;
    }
    bool ok = false;
    const qint64 value = QByteArray(raw.data(), qsizetype(raw.size())).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString JsonlScanner::summary(std::string_view line, const Fields &fields)
{
    if (!fields.message.empty() && fields.message.front() == '"')
        return text(fields.message);
    const nlohmann::json json = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
    const std::string type = stringMember(json, "type");
    if ((type == "assistant" || type == "user") && json.contains("message") && json["message"].is_object()) {
        const nlohmann::json content = json["message"].value("content", nlohmann::json());
        if (content.is_string())
            return fromJson(content);
        QStringList parts;
        if (content.is_array()) {
            for (const nlohmann::json &block : content)
                parts << (block.is_object() ? blockText(block) : fromJson(block));
        }
        return parts.join(u"  "_s);
    }
    if (type == "result" && json.contains("result"))
        return fromJson(json["result"]);
    if (type == "system")
        return fromJson(json.value("subtype", nlohmann::json(""))) + u' '
               + fromJson(json.value("model", nlohmann::json("")));
    return QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
}

} // namespace orch
