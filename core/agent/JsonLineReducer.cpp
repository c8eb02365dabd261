#include "JsonLineReducer.h"

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

// Lines are read as unsigned bytes, so that every byte of a multi-byte UTF-8 sequence (0x80 and
// above) compares above the ASCII quote, backslash and control characters.
using Byte = unsigned char;

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// A UTF-8 continuation byte: never the start of a character.
bool isContinuation(Byte c)
{
    return (c & 0xC0) == 0x80;
}

int hexValue(Byte c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at p[i..i+3] as a number, or -1.
int hex4(const Byte *p, qsizetype i, qsizetype n)
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
bool isShortEscape(Byte c)
{
    switch (c) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return true;
    default:
        return false;
    }
}

// Length of the escape starting with the backslash at p[i]: 2, 6, or 12 for an escaped surrogate
// pair (taken as one, so a cut never separates its halves); 0 when JSON would reject it.
qsizetype escapeLength(const Byte *p, qsizetype i, qsizetype n)
{
    if (i + 1 >= n)
        return 0;
    if (isShortEscape(p[i + 1]))
        return 2;
    if (p[i + 1] != 'u')
        return 0;
    const int unit = hex4(p, i + 2, n);
    if (unit < 0 || isLowSurrogate(unit))
        return 0;
    if (!isHighSurrogate(unit))
        return 6;
    if (i + 12 > n || p[i + 6] != '\\' || p[i + 7] != 'u')
        return 0;
    const int low = hex4(p, i + 8, n);
    return low >= 0 && isLowSurrogate(low) ? 12 : 0;
}

// The index of the closing quote of the string whose rest starts at p[i] (the start of a
// character or of an escape), byte by byte; -1 when the string is not valid JSON (unterminated, a
// raw control character, a bad escape).
qsizetype scanBytes(const Byte *p, qsizetype i, qsizetype n)
{
    while (i < n) {
        const Byte c = p[i];
        if (c == '"')
            return i;
        if (c < 0x20)
            return -1;
        if (c != '\\') {
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

#if defined(__SSE2__)
// One 64-byte block, classified: bit k of each mask stands for byte k.
struct BlockMasks
{
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t control = 0; // 0x00 to 0x1f, never valid inside a string
    std::uint64_t usualEscape = 0; // what follows a backslash nearly always: n t " and the backslash
};

BlockMasks classify(const Byte *p)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    const __m128i newline = _mm_set1_epi8('n');
    const __m128i tab = _mm_set1_epi8('t');
    BlockMasks masks;
    for (int part = 0; part < 4; ++part) {
        // Bytes of multi-byte characters are 0x80 and above: no quote, backslash or control.
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * part));
        const __m128i isQuote = _mm_cmpeq_epi8(bytes, quote);
        const __m128i isBackslash = _mm_cmpeq_epi8(bytes, backslash);
        const __m128i isControl = _mm_cmpeq_epi8(_mm_min_epu8(bytes, lastControl), bytes);
        const __m128i isUsual = _mm_or_si128(_mm_or_si128(isQuote, isBackslash),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, newline), _mm_cmpeq_epi8(bytes, tab)));
        const auto bits = [part](
                              __m128i mask) { return std::uint64_t(unsigned(_mm_movemask_epi8(mask))) << (16 * part); };
        masks.quote |= bits(isQuote);
        masks.backslash |= bits(isBackslash);
        masks.control |= bits(isControl);
        masks.usualEscape |= bits(isUsual);
    }
    return masks;
}

// The bytes of a block that a backslash escapes. In a run of backslashes the first, third, ...
// escape the byte after them; escapedFirst says the block's first byte is escaped by the last
// byte of the block before. *lastEscapes tells the same of this block's last byte.
std::uint64_t escapedBytes(std::uint64_t backslash, bool escapedFirst, bool *lastEscapes)
{
    constexpr std::uint64_t even = 0x5555555555555555ULL; // bits 0, 2, 4, ...
    const std::uint64_t first = escapedFirst ? 1 : 0;
    backslash &= ~first; // an escaped backslash escapes nothing
    const std::uint64_t starts = backslash & ~(backslash << 1);
    // Adding a run's first bit to the mask carries through the run and clears it: that tells the
    // runs that start on even bits from those that start on odd ones. In each, the backslashes at
    // an even distance from its start are the escaping ones.
    const std::uint64_t inEvenRuns = backslash & ~(backslash + (starts & even));
    const std::uint64_t inOddRuns = backslash & ~(backslash + (starts & ~even));
    const std::uint64_t escaping = (inEvenRuns & even) | (inOddRuns & ~even);
    *lastEscapes = (escaping >> 63) != 0;
    return (escaping << 1) | first;
}
#endif

// The index of the quote that closes the string whose rest starts at p[i], checking every escape
// and rejecting raw control characters; -1 when the string is not valid JSON.
qsizetype skipStringRest(const Byte *p, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    // This loop sees nearly every byte of a transcript, and source code has an escape every few
    // dozen bytes: 64 bytes at a time are classified into bit masks, and their escapes are found
    // with bit arithmetic instead of one step each. Only the rarer escapes (\u, \/, \b, \f, \r,
    // or invalid ones) are then looked at one by one.
    bool escapedFirst = false;
    qsizetype checkedUntil = i; // escapes that start before this were checked whole (\u pairs)
    while (i + 64 <= n) {
        const BlockMasks masks = classify(p + i);
        bool lastEscapes = false;
        const std::uint64_t escaped = escapedBytes(masks.backslash, escapedFirst, &lastEscapes);
        const std::uint64_t closing = masks.quote & ~escaped;
        const std::uint64_t inside = closing != 0 ? (closing & (~closing + 1)) - 1 : ~std::uint64_t(0);
        if ((masks.control & inside) != 0)
            return -1;
        for (std::uint64_t rare = escaped & ~masks.usualEscape & inside; rare != 0; rare &= rare - 1) {
            const qsizetype start = i + __builtin_ctzll(rare) - 1; // the escaping backslash
            if (start < checkedUntil)
                continue; // the second half of a surrogate pair
            const qsizetype length = escapeLength(p, start, n);
            if (length == 0)
                return -1;
            checkedUntil = start + length; // the hex digits are no quote, backslash or control
        }
        if (closing != 0)
            return i + __builtin_ctzll(closing);
        escapedFirst = lastEscapes;
        i += 64;
    }
    // The rest from the start of a character or an escape: past a \u escape checked whole that
    // the last block ended inside, else from the backslash that escapes p[i].
    if (checkedUntil > i)
        i = checkedUntil;
    else if (escapedFirst)
        --i;
#endif
    return scanBytes(p, i, n);
}

struct StringSpan
{
    qsizetype end = -1; // index of the closing quote; -1: not a valid JSON string
    qsizetype cut = -1; // where the kept part ends, when the string is cut
};

// Scans the string whose content starts at `begin`. With keep >= 0, a string longer than that many
// characters is given a cut point at a character boundary after them.
StringSpan scanString(const Byte *p, qsizetype begin, qsizetype n, qsizetype keep)
{
    qsizetype i = begin;
    qsizetype cut = -1;
    if (keep >= 0) {
        // Character by character while inside the kept part, so the cut falls between escapes
        // and characters (an escape counts as its length, a multi-byte character as one).
        // The part ends after the first line that is not blank: summaries never show more.
        qsizetype kept = 0;
        bool blank = true;
        while (kept < keep) {
            if (i >= n)
                return {};
            const Byte c = p[i];
            if (c == '"')
                return {i, -1};
            if (c == '\\') {
                const qsizetype length = escapeLength(p, i, n);
                if (length == 0)
                    return {};
                i += length;
                kept += length;
                if (p[i - 1] == 'n' && length == 2) {
                    if (!blank)
                        break;
                } else if (p[i - 1] != 't' && p[i - 1] != 'r') {
                    blank = false;
                }
            } else if (c < 0x20) {
                return {};
            } else {
                blank = blank && c == ' ';
                ++i;
                if (!isContinuation(c))
                    ++kept;
            }
        }
        // The rest of the last character goes with it: a cut never splits a UTF-8 sequence.
        while (i < n && isContinuation(p[i]))
            ++i;
        cut = i;
    }
    i = skipStringRest(p, i, n);
    if (i < 0)
        return {};
    return {i, cut == i ? -1 : cut};
}

bool isJsonSpace(Byte c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(Byte(text.at(i))))
        ++i;
    return i;
}

constexpr int MaxSkipDepth = 256; // deeper values are left to the JSON parser

qsizetype skipSpaceAt(const Byte *p, qsizetype i, qsizetype n)
{
    while (i < n && isJsonSpace(p[i]))
        ++i;
    return i;
}

qsizetype skipDigits(const Byte *p, qsizetype i, qsizetype n)
{
    while (i < n && p[i] >= '0' && p[i] <= '9')
        ++i;
    return i;
}

// The end of the number at p[i], or -1 (JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?).
qsizetype skipNumber(const Byte *p, qsizetype i, qsizetype n)
{
    if (i < n && p[i] == '-')
        ++i;
    if (i >= n || p[i] < '0' || p[i] > '9')
        return -1;
    i = p[i] == '0' ? i + 1 : skipDigits(p, i, n);
    if (i < n && p[i] == '.') {
        const qsizetype digits = skipDigits(p, i + 1, n);
        if (digits == i + 1)
            return -1;
        i = digits;
    }
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        ++i;
        if (i < n && (p[i] == '+' || p[i] == '-'))
            ++i;
        const qsizetype digits = skipDigits(p, i, n);
        if (digits == i)
            return -1;
        i = digits;
    }
    return i;
}

qsizetype skipLiteral(const Byte *p, qsizetype i, qsizetype n, QByteArrayView literal)
{
    return QByteArrayView(p + i, qMin(n - i, literal.size())) == literal ? i + literal.size() : -1;
}

// The end of the JSON value starting at p[i] (no leading space), checked like a parser would;
// -1 when it is not valid, -2 when it nests deeper than MaxSkipDepth.
qsizetype skipValue(const Byte *p, qsizetype i, qsizetype n, int depth)
{
    if (i >= n)
        return -1;
    switch (p[i]) {
    case '"': {
        const qsizetype end = scanString(p, i + 1, n, -1).end;
        return end < 0 ? -1 : end + 1;
    }
    case 't':
        return skipLiteral(p, i, n, "true");
    case 'f':
        return skipLiteral(p, i, n, "false");
    case 'n':
        return skipLiteral(p, i, n, "null");
    case '{':
    case '[': {
        if (depth >= MaxSkipDepth)
            return -2;
        const bool object = p[i] == '{';
        const Byte close = object ? '}' : ']';
        i = skipSpaceAt(p, i + 1, n);
        if (i < n && p[i] == close)
            return i + 1;
        for (;;) {
            if (object) {
                if (i >= n || p[i] != '"')
                    return -1;
                const qsizetype keyEnd = scanString(p, i + 1, n, -1).end;
                if (keyEnd < 0)
                    return -1;
                i = skipSpaceAt(p, keyEnd + 1, n);
                if (i >= n || p[i] != ':')
                    return -1;
                i = skipSpaceAt(p, i + 1, n);
            }
            const qsizetype end = skipValue(p, i, n, depth + 1);
            if (end < 0)
                return end;
            i = skipSpaceAt(p, end, n);
            if (i < n && p[i] == close)
                return i + 1;
            if (i >= n || p[i] != ',')
                return -1;
            i = skipSpaceAt(p, i + 1, n);
        }
    }
    default:
        return skipNumber(p, i, n);
    }
}

// Consumes `token` at text[i] (after optional space); the index after it, or -1.
qsizetype expect(QByteArrayView text, qsizetype i, QByteArrayView token)
{
    i = skipSpace(text, i);
    return text.sliced(qMin(i, text.size())).startsWith(token) ? i + token.size() : -1;
}

} // namespace

JsonLineReducer::Policy JsonLineReducer::policyFor(QByteArrayView line)
{
    qsizetype i = expect(line, 0, "{");
    if (i >= 0)
        i = expect(line, i, "\"type\"");
    if (i >= 0)
        i = expect(line, i, ":");
    if (i < 0)
        return Policy::KeepAll;
    i = skipSpace(line, i);
    const QByteArrayView rest = line.sliced(i);
    if (rest.startsWith("\"user\""))
        return Policy::CutAll;
    if (rest.startsWith("\"assistant\""))
        return Policy::CutAllButText;
    return Policy::KeepAll;
}

void JsonLineReducer::append(const Byte *bytes, qsizetype size)
{
    if (m_used + size > m_buffer.size())
        m_buffer.resize(qMax(m_used + size, m_buffer.size() * 2));
    std::memcpy(m_buffer.data() + m_used, bytes, size_t(size));
    m_used += size;
}

qsizetype JsonLineReducer::reduce(QByteArrayView line, Policy policy)
{
    const auto *bytes = reinterpret_cast<const Byte *>(line.data());
    m_used = 0;
    if (policy == Policy::KeepAll) {
        append(bytes, line.size());
        return m_used;
    }
    const qsizetype reduced = reduceMembers(bytes, line.size(), policy);
    if (reduced == TooDeep) {
        // Absurdly deep: nothing is cut, the JSON parser judges the line as it is.
        m_used = 0;
        append(bytes, line.size());
        return m_used;
    }
    return reduced;
}

qsizetype JsonLineReducer::reduceMembers(const Byte *p, qsizetype n, Policy policy)
{
    std::uint64_t objectBits = 0; // bit d: the container at depth d + 1 is an object
    qsizetype depth = 0;
    Byte previous = 0; // the last structural character, or '"' after a string
    bool keyIsText = false; // the last key read was "text"
    bool inMessage = false; // the last top-level key read was "message"
    qsizetype copied = 0; // line[0, copied) is already in the buffer

    for (qsizetype i = 0; i < n; ++i) {
        const Byte c = p[i];
        switch (c) {
        case '{':
        case '[':
            if (depth == MaxTrackedDepth)
                return TooDeep;
            if (c == '{')
                objectBits |= std::uint64_t(1) << depth;
            else
                objectBits &= ~(std::uint64_t(1) << depth);
            ++depth;
            previous = c;
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            previous = c;
            break;
        case '"': {
            const bool inObject = depth > 0 && ((objectBits >> (depth - 1)) & 1) != 0;
            const bool isKey = inObject && (previous == '{' || previous == ',');
            const bool valueOfText = previous == ':' && keyIsText;
            const bool cuttable = !isKey && (policy == Policy::CutAll || !valueOfText);
            const StringSpan span = scanString(p, i + 1, n, cuttable ? KeptChars : -1);
            if (span.end < 0)
                return -1;
            if (isKey) {
                const QByteArrayView key(p + i + 1, span.end - i - 1);
                keyIsText = key == "text";
                if (depth == 1)
                    inMessage = key == "message";
                // Members no event reads (ids, usage, the duplicate tool_use_result, ...) are
                // checked, then left out: most of what is left of a line after cutting.
                const bool unused =
                    (depth == 1 && key != "type" && key != "message") || (depth == 2 && inMessage && key != "content");
                if (unused) {
                    qsizetype at = skipSpaceAt(p, span.end + 1, n);
                    if (at >= n || p[at] != ':')
                        return -1;
                    const qsizetype valueEnd = skipValue(p, skipSpaceAt(p, at + 1, n), n, 0);
                    if (valueEnd < 0)
                        return valueEnd == -2 ? TooDeep : -1;
                    const qsizetype next = skipSpaceAt(p, valueEnd, n);
                    if (next >= n || (p[next] != ',' && p[next] != '}'))
                        return -1; // what follows a member must end it
                    if (previous == ',') {
                        // Not the first member: its separating comma goes with it.
                        qsizetype comma = i - 1;
                        while (comma >= copied && p[comma] != ',')
                            --comma;
                        if (comma < copied)
                            return -1; // a key straight after a left-out value: no comma between
                        append(p + copied, comma - copied);
                        copied = valueEnd;
                    } else {
                        // The first member: the comma after it goes with it, if there is one.
                        append(p + copied, i - copied);
                        copied = p[next] == ',' ? next + 1 : next;
                    }
                    i = copied - 1;
                    break; // `previous` stays '{' or ',': the next string is a key
                }
            }
            if (span.cut >= 0) {
                append(p + copied, span.cut - copied);
                append(reinterpret_cast<const Byte *>(Ellipsis), qsizetype(sizeof Ellipsis) - 1);
                copied = span.end;
            }
            i = span.end;
            previous = '"';
            break;
        }
        default:
            if (!isJsonSpace(c))
                previous = c;
            break;
        }
    }
    append(p + copied, n - copied);
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
