#include "JsonLineReducer.h"

#include <QChar>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace orch {

namespace {

constexpr qsizetype MaxTrackedDepth = 64; // containers whose kind fits in the bit set
constexpr qsizetype KeepBufferBytes = 1 << 20; // what trim() leaves allocated
constexpr char Ellipsis[] = "\xE2\x80\xA6"; // U+2026 in UTF-8

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// The four hex digits at p[i..i+3] as a number, or -1.
int hex4(const char16_t *p, qsizetype i, qsizetype n)
{
    if (i + 4 > n)
        return -1;
    int value = 0;
    for (qsizetype k = i; k < i + 4; ++k) {
        const int digit = hexValue(p[k]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Whether c, after a backslash, makes a two-character escape (\n, \", ...): nearly every escape.
bool isShortEscape(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\\':
    case u'/':
    case u'b':
    case u'f':
    case u'n':
    case u'r':
    case u't':
        return true;
    default:
        return false;
    }
}

// Length of the escape starting with the backslash at p[i]: 2, 6, or 12 for an escaped surrogate
// pair (taken as one, so a cut never separates its halves); 0 when JSON would reject it.
qsizetype escapeLength(const char16_t *p, qsizetype i, qsizetype n)
{
    if (i + 1 >= n)
        return 0;
    if (isShortEscape(p[i + 1]))
        return 2;
    if (p[i + 1] != u'u')
        return 0;
    const int unit = hex4(p, i + 2, n);
    if (unit < 0 || QChar::isLowSurrogate(char32_t(unit)))
        return 0;
    if (!QChar::isHighSurrogate(char32_t(unit)))
        return 6;
    if (i + 12 > n || p[i + 6] != u'\\' || p[i + 7] != u'u')
        return 0;
    const int low = hex4(p, i + 8, n);
    return low >= 0 && QChar::isLowSurrogate(char32_t(low)) ? 12 : 0;
}

// The index of the quote that closes the string whose rest starts at p[i], checking every escape
// and rejecting raw control characters; -1 when the string is not valid JSON.
qsizetype skipStringRest(const char16_t *p, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    // This loop sees nearly every character of a transcript, and source code has an escaped
    // newline every few dozen characters: 16 characters are classified at a time into a bit mask,
    // and every escape inside the block is stepped over without reloading it.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    while (i + 16 <= n) {
        // Signed saturation maps every character above 0x7f to 0x7f or 0x80, neither of which
        // is a quote, a backslash or a control character: the ASCII ones keep their value.
        const __m128i bytes = _mm_packs_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)),
                                              _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 8)));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, lastControl), bytes);
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), control)));
        qsizetype next = i + 16;
        while (mask != 0) {
            const qsizetype at = i + __builtin_ctz(mask);
            const char16_t c = p[at];
            if (c == u'"')
                return at;
            if (c != u'\\')
                return -1; // a raw control character
            const qsizetype length = at + 1 < n && isShortEscape(p[at + 1]) ? 2 : escapeLength(p, at, n);
            if (length == 0)
                return -1;
            if (at + length >= i + 16) {
                next = at + length;
                break;
            }
            mask &= ~0u << (at + length - i); // what the escape covered is done
        }
        i = next;
    }
#endif
    while (i < n) {
        const char16_t c = p[i];
        if (c == u'"')
            return i;
        if (c < 0x20)
            return -1;
        if (c != u'\\') {
            ++i;
            continue;
        }
        const qsizetype length = escapeLength(p, i, n);
        if (length == 0)
            return -1;
        i += length;
    }
    return -1;
}

struct StringSpan
{
    qsizetype end = -1; // index of the closing quote; -1: not a valid JSON string
    qsizetype cut = -1; // where the kept part ends, when the string is cut
};

// Scans the string whose content starts at `begin`. With keep >= 0, a string longer than that is
// given a cut point at a character boundary at or after begin + keep.
StringSpan scanString(const char16_t *p, qsizetype begin, qsizetype n, qsizetype keep)
{
    qsizetype i = begin;
    qsizetype cut = -1;
    if (keep >= 0) {
        // Character by character while inside the kept part, so the cut falls between escapes.
        // The part ends after the first line that is not blank: summaries never show more.
        const qsizetype limit = begin + keep;
        bool blank = true;
        while (i < limit) {
            if (i >= n)
                return {};
            const char16_t c = p[i];
            if (c == u'"')
                return {i, -1};
            if (c == u'\\') {
                const qsizetype length = escapeLength(p, i, n);
                if (length == 0)
                    return {};
                i += length;
                if (p[i - 1] == u'n' && length == 2) {
                    if (!blank)
                        break;
                } else if (p[i - 1] != u't' && p[i - 1] != u'r') {
                    blank = false;
                }
            } else if (c < 0x20) {
                return {};
            } else {
                blank = blank && c == u' ';
                ++i;
            }
        }
        cut = i;
        if (cut > begin && QChar::isHighSurrogate(p[cut - 1]))
            --cut; // keep a raw surrogate pair together
    }
    i = skipStringRest(p, i, n);
    if (i < 0)
        return {};
    return {i, cut == i ? -1 : cut};
}

bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(text.at(i).unicode()))
        ++i;
    return i;
}

constexpr int MaxSkipDepth = 256; // deeper values are left to the JSON parser

qsizetype skipSpaceAt(const char16_t *p, qsizetype i, qsizetype n)
{
    while (i < n && isJsonSpace(p[i]))
        ++i;
    return i;
}

qsizetype skipDigits(const char16_t *p, qsizetype i, qsizetype n)
{
    while (i < n && p[i] >= u'0' && p[i] <= u'9')
        ++i;
    return i;
}

// The end of the number at p[i], or -1 (JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?).
qsizetype skipNumber(const char16_t *p, qsizetype i, qsizetype n)
{
    if (i < n && p[i] == u'-')
        ++i;
    if (i >= n || p[i] < u'0' || p[i] > u'9')
        return -1;
    i = p[i] == u'0' ? i + 1 : skipDigits(p, i, n);
    if (i < n && p[i] == u'.') {
        const qsizetype digits = skipDigits(p, i + 1, n);
        if (digits == i + 1)
            return -1;
        i = digits;
    }
    if (i < n && (p[i] == u'e' || p[i] == u'E')) {
        ++i;
        if (i < n && (p[i] == u'+' || p[i] == u'-'))
            ++i;
        const qsizetype digits = skipDigits(p, i, n);
        if (digits == i)
            return -1;
        i = digits;
    }
    return i;
}

qsizetype skipLiteral(const char16_t *p, qsizetype i, qsizetype n, QStringView literal)
{
    return QStringView(p + i, qMin(n - i, literal.size())) == literal ? i + literal.size() : -1;
}

// The end of the JSON value starting at p[i] (no leading space), checked like a parser would;
// -1 when it is not valid, -2 when it nests deeper than MaxSkipDepth.
qsizetype skipValue(const char16_t *p, qsizetype i, qsizetype n, int depth)
{
    if (i >= n)
        return -1;
    switch (p[i]) {
    case u'"': {
        const qsizetype end = scanString(p, i + 1, n, -1).end;
        return end < 0 ? -1 : end + 1;
    }
    case u't':
        return skipLiteral(p, i, n, u"true");
    case u'f':
        return skipLiteral(p, i, n, u"false");
    case u'n':
        return skipLiteral(p, i, n, u"null");
    case u'{':
    case u'[': {
        if (depth >= MaxSkipDepth)
            return -2;
        const bool object = p[i] == u'{';
        const char16_t close = object ? u'}' : u']';
        i = skipSpaceAt(p, i + 1, n);
        if (i < n && p[i] == close)
            return i + 1;
        for (;;) {
            if (object) {
                if (i >= n || p[i] != u'"')
                    return -1;
                const qsizetype keyEnd = scanString(p, i + 1, n, -1).end;
                if (keyEnd < 0)
                    return -1;
                i = skipSpaceAt(p, keyEnd + 1, n);
                if (i >= n || p[i] != u':')
                    return -1;
                i = skipSpaceAt(p, i + 1, n);
            }
            const qsizetype end = skipValue(p, i, n, depth + 1);
            if (end < 0)
                return end;
            i = skipSpaceAt(p, end, n);
            if (i < n && p[i] == close)
                return i + 1;
            if (i >= n || p[i] != u',')
                return -1;
            i = skipSpaceAt(p, i + 1, n);
        }
    }
    default:
        return skipNumber(p, i, n);
    }
}

// Consumes `token` at text[i] (after optional space); the index after it, or -1.
qsizetype expect(QStringView text, qsizetype i, QStringView token)
{
    i = skipSpace(text, i);
    return text.mid(i).startsWith(token) ? i + token.size() : -1;
}

} // namespace

JsonLineReducer::Policy JsonLineReducer::policyFor(QStringView line)
{
    qsizetype i = expect(line, 0, u"{");
    if (i >= 0)
        i = expect(line, i, u"\"type\"");
    if (i >= 0)
        i = expect(line, i, u":");
    if (i < 0)
        return Policy::KeepAll;
    i = skipSpace(line, i);
    const QStringView rest = line.mid(i);
    if (rest.startsWith(u"\"user\""))
        return Policy::CutAll;
    if (rest.startsWith(u"\"assistant\""))
        return Policy::CutAllButText;
    return Policy::KeepAll;
}

void JsonLineReducer::appendRaw(const char *bytes, qsizetype size)
{
    if (m_used + size > m_buffer.size())
        m_buffer.resize(m_used + size);
    std::memcpy(m_buffer.data() + m_used, bytes, size_t(size));
    m_used += size;
}

void JsonLineReducer::append(QStringView text)
{
    const qsizetype needed = m_used + m_encoder.requiredSpace(text.size());
    if (needed > m_buffer.size())
        m_buffer.resize(qMax(needed, m_buffer.size() * 2));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + m_used, text);
    m_used = end - m_buffer.constData();
}

qsizetype JsonLineReducer::reduce(QStringView line, Policy policy)
{
    m_used = 0;
    if (policy == Policy::KeepAll) {
        append(line);
        return m_used;
    }
    const qsizetype reduced = reduceMembers(line, policy);
    if (reduced == TooDeep) {
        // Absurdly deep: nothing is cut, the JSON parser judges the line as it is.
        m_used = 0;
        append(line);
        return m_used;
    }
    return reduced;
}

qsizetype JsonLineReducer::reduceMembers(QStringView line, Policy policy)
{
    const char16_t *p = line.utf16();
    const qsizetype n = line.size();
    std::uint64_t objectBits = 0; // bit d: the container at depth d + 1 is an object
    qsizetype depth = 0;
    char16_t previous = 0; // the last structural character, or '"' after a string
    bool keyIsText = false; // the last key read was "text"
    bool inMessage = false; // the last top-level key read was "message"
    qsizetype copied = 0; // line[0, copied) is already in the buffer

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        switch (c) {
        case u'{':
        case u'[':
            if (depth == MaxTrackedDepth)
                return TooDeep;
            if (c == u'{')
                objectBits |= std::uint64_t(1) << depth;
            else
                objectBits &= ~(std::uint64_t(1) << depth);
            ++depth;
            previous = c;
            break;
        case u'}':
        case u']':
            if (depth > 0)
                --depth;
            previous = c;
            break;
        case u'"': {
            const bool inObject = depth > 0 && ((objectBits >> (depth - 1)) & 1) != 0;
            const bool isKey = inObject && (previous == u'{' || previous == u',');
            const bool valueOfText = previous == u':' && keyIsText;
            const bool cuttable = !isKey && (policy == Policy::CutAll || !valueOfText);
            const StringSpan span = scanString(p, i + 1, n, cuttable ? KeptChars : -1);
            if (span.end < 0)
                return -1;
            if (isKey) {
                const QStringView key(p + i + 1, span.end - i - 1);
                keyIsText = key == u"text";
                if (depth == 1)
                    inMessage = key == u"message";
                // Members no event reads (ids, usage, the duplicate tool_use_result, ...) are
                // checked, then left out: most of what is left of a line after cutting.
                const bool unused = (depth == 1 && key != u"type" && key != u"message")
                    || (depth == 2 && inMessage && key != u"content");
                if (unused) {
                    qsizetype at = skipSpaceAt(p, span.end + 1, n);
                    if (at >= n || p[at] != u':')
                        return -1;
                    const qsizetype valueEnd = skipValue(p, skipSpaceAt(p, at + 1, n), n, 0);
                    if (valueEnd < 0)
                        return valueEnd == -2 ? TooDeep : -1;
                    const qsizetype next = skipSpaceAt(p, valueEnd, n);
                    if (next >= n || (p[next] != u',' && p[next] != u'}'))
                        return -1; // what follows a member must end it
                    if (previous == u',') {
                        // Not the first member: its separating comma goes with it.
                        qsizetype comma = i - 1;
                        while (comma >= copied && p[comma] != u',')
                            --comma;
                        if (comma < copied)
                            return -1; // a key straight after a left-out value: no comma between
                        append(QStringView(p + copied, comma - copied));
                        copied = valueEnd;
                    } else {
                        // The first member: the comma after it goes with it, if there is one.
                        append(QStringView(p + copied, i - copied));
                        copied = p[next] == u',' ? next + 1 : next;
                    }
                    i = copied - 1;
                    break; // `previous` stays '{' or ',': the next string is a key
                }
            }
            if (span.cut >= 0) {
                append(QStringView(p + copied, span.cut - copied));
                appendRaw(Ellipsis, qsizetype(sizeof Ellipsis) - 1);
                copied = span.end;
            }
            i = span.end;
            previous = u'"';
            break;
        }
        default:
            if (!isJsonSpace(c))
                previous = c;
            break;
        }
    }
    append(QStringView(p + copied, n - copied));
    return m_used;
}

void JsonLineReducer::trim()
{
    if (m_buffer.capacity() > KeepBufferBytes) {
        m_buffer.clear();
        m_buffer.squeeze();
    }
}

} // namespace orch
