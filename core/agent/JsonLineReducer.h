#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace orch {

// Turns one stream-json line (UTF-8, as the agent printed it) into the text that is handed to the
// JSON parser, dropping the bulk of long strings the events never show.
//
// Why: most bytes of a Claude transcript are file contents inside tool results (twice: in the
// message and in `tool_use_result`) and in Write/Edit inputs, and the events only need a one-line
// summary of them. Parsing those strings fully (UTF-8 conversion, lexing, allocation) dominates
// the cost, so long strings are cut after their first non-blank line (an escaped newline), or
// after KeptChars characters, whichever comes first, followed by "…", before parsing; a cut never splits a UTF-8
// sequence. Every dropped byte is still checked for JSON (escapes, control characters, surrogate pairs), so a line
// that is not valid JSON is still reported as such; whether dropped bytes are valid UTF-8 is not checked, as they are
// never shown.
// What may be cut is decided by the line's leading "type": everything in `user` lines; everything but `text` values in
// `assistant` lines; nothing elsewhere (the result text and all other lines stay whole).
// In `user` and `assistant` lines, the values of members no event reads (every top-level member
// but "type" and "message", every member of "message" but "content") are validated and left
// out, since lexing them would cost more than everything else together.
class JsonLineReducer
{
public:
    enum class Policy {
        KeepAll, // copy the line as it is
        CutAll, // cut every long string value
        CutAllButText, // cut long string values except those of a "text" key
    };

    static constexpr qsizetype KeptChars = 256;

    // The policy for a line, from its leading `{"type":"..."`; KeepAll when it does not start so.
    static Policy policyFor(QByteArrayView line);

    // Writes the reduced line and returns its size (the bytes are at data()), or -1 when a string
    // in it cannot be valid JSON (unterminated, a raw control character, a bad escape or an
    // unpaired surrogate escape). Lines are only scanned when the policy cuts something.
    qsizetype reduce(QByteArrayView line, Policy policy);
    const char *data() const { return m_buffer.constData(); }

    // Releases a buffer grown by one huge line.
    void trim();

private:
    static constexpr qsizetype TooDeep = -2;

    qsizetype reduceMembers(const unsigned char *p, qsizetype n, Policy policy);
    void append(const unsigned char *bytes, qsizetype size);

    QByteArray m_buffer;
    qsizetype m_used = 0;
};

} // namespace orch
