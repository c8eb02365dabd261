#include "LogIndexWork.h"

#include "JsonlScanner.h"

#include <QFile>

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace orch {

namespace {

bool isCanceled(const std::atomic_bool *canceled)
{
    return canceled && canceled->load(std::memory_order_relaxed);
}

quint16 intern(QStringList &table, const QString &value)
{
    const qsizetype at = table.indexOf(value);
    if (at >= 0)
        return quint16(at);
    // The tables stay tiny in real logs; a file with thousands of distinct levels shares the last slot.
    if (table.size() >= LogIndexWork::noRun - 1)
        return quint16(table.size() - 1);
    table << value;
    return quint16(table.size() - 1);
}

// Maps a value as written in the file (a level, a run id) to its table index, decoding and
// interning it only the first time: a log repeats a handful of them millions of times.
class RawInterner
{
public:
    explicit RawInterner(QStringList &table)
        : m_table(table)
    {
    }

    quint16 id(std::string_view raw)
    {
        if (m_last < m_seen.size() && m_seen[m_last].first == raw)
            return m_seen[m_last].second;
        for (std::size_t i = 0; i < m_seen.size(); ++i) {
            if (m_seen[i].first == raw) {
                m_last = i;
                return m_seen[i].second;
            }
        }
        const quint16 id = intern(m_table, JsonlScanner::text(raw));
        // Bounded: a file of ever-new values costs a lookup in the table, as before.
        if (m_seen.size() < 256) {
            m_seen.emplace_back(std::string(raw), id);
            m_last = m_seen.size() - 1;
        }
        return id;
    }

private:
    QStringList &m_table;
    std::vector<std::pair<std::string, quint16>> m_seen;
    std::size_t m_last = 0;
};

// What the raw search of a chunk marks, each list ascending: where the text starts (hits), where a
// "message" key is (keys), and where the raw bytes could differ from the decoded text (doubts): a
// \u escape (any character), and when folding case the two non-ASCII letters that fold to ASCII
// (U+212A KELVIN SIGN, U+017F LATIN SMALL LETTER LONG S). A doubt only sends a line to the exact
// match, so an escaped backslash before a u may count too.
struct RawMarks
{
    std::vector<std::size_t> hits;
    std::vector<std::size_t> keys;
    std::vector<std::size_t> doubts;
};

// One pass over the chunk, 16 bytes at a time with SSE2 (first and last bytes of the text and of
// the key, and the doubtful lead bytes, compared at once): a chunk is far bigger than the cache, and
// three passes read it from memory three times. ASCII letters of the text match in any case when
// foldCase (or-ing 0x20 turns A-Z into a-z and no other byte into a lower-case letter).
void markChunk(std::string_view hay, std::string_view needle, bool foldCase, RawMarks &marks)
{
    constexpr std::string_view key = R"("message")";
    const auto isLetter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    const auto fold = [&](unsigned char c) { return foldCase && isLetter(c) ? (c | 0x20) : c; };
    const auto needleAt = [&](std::size_t at) {
        if (at + needle.size() > hay.size())
            return false;
        for (std::size_t k = 0; k < needle.size(); ++k) {
            if (fold(static_cast<unsigned char>(hay[at + k])) != fold(static_cast<unsigned char>(needle[k])))
                return false;
        }
        return true;
    };
    const auto keyAt = [&](std::size_t at) { return hay.substr(at, key.size()) == key; };
    const auto doubtAt = [&](std::size_t at) {
        const auto next = [&](std::size_t k) { return at + k < hay.size() ? hay[at + k] : '\0'; };
        const char c = hay[at];
        return c == '\\' ? next(1) == 'u'
                         : foldCase && (c == '\xE2' ? next(1) == '\x84' && next(2) == '\xAA'
                                                    : c == '\xC5' && next(1) == '\xBF');
    };
    std::size_t at = 0;
#if defined(__SSE2__)
    if (!needle.empty()) {
        const auto first = static_cast<unsigned char>(needle.front());
        const auto last = static_cast<unsigned char>(needle.back());
        const __m128i firstByte = _mm_set1_epi8(static_cast<char>(fold(first)));
        const __m128i lastByte = _mm_set1_epi8(static_cast<char>(fold(last)));
        const __m128i firstFold = _mm_set1_epi8(foldCase && isLetter(first) ? 0x20 : 0);
        const __m128i lastFold = _mm_set1_epi8(foldCase && isLetter(last) ? 0x20 : 0);
        const __m128i quotes = _mm_set1_epi8('"');
        const __m128i escapes = _mm_set1_epi8('\\');
        const __m128i kelvin = _mm_set1_epi8(foldCase ? '\xE2' : '\\');
        const __m128i longS = _mm_set1_epi8(foldCase ? '\xC5' : '\\');
        const std::size_t reach = std::max(needle.size(), key.size()) - 1;  // read past a block's start
        const auto load = [&hay](std::size_t from) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i *>(hay.data() + from));
        };
        const auto each = [](unsigned mask, std::size_t base, const auto &test, std::vector<std::size_t> &out) {
            while (mask != 0) {
                const std::size_t candidate = base + std::size_t(std::countr_zero(mask));
                if (test(candidate))
                    out.push_back(candidate);
                mask &= mask - 1;
            }
        };
        for (; at + 16 + reach <= hay.size(); at += 16) {
            const __m128i block = load(at);
            const auto mask = [](__m128i bytes) { return static_cast<unsigned>(_mm_movemask_epi8(bytes)); };
            each(mask(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(block, firstFold), firstByte),
                                    _mm_cmpeq_epi8(_mm_or_si128(load(at + needle.size() - 1), lastFold), lastByte))),
                 at, needleAt, marks.hits);
            each(mask(_mm_and_si128(_mm_cmpeq_epi8(block, quotes), _mm_cmpeq_epi8(load(at + key.size() - 1), quotes))),
                 at, keyAt, marks.keys);
            each(mask(_mm_or_si128(_mm_cmpeq_epi8(block, escapes),
                                   _mm_or_si128(_mm_cmpeq_epi8(block, kelvin), _mm_cmpeq_epi8(block, longS)))),
                 at, doubtAt, marks.doubts);
        }
    }
#endif
    for (; at < hay.size(); ++at) {
        if (!needle.empty() && needleAt(at))
            marks.hits.push_back(at);
        if (keyAt(at))
            marks.keys.push_back(at);
        if (doubtAt(at))
            marks.doubts.push_back(at);
    }
}

// A line as JsonlSink writes it: {"timestamp":"...","level":"...","message":"... . Then the
// summary the filter matches is that message string, decoded.
bool sinkShaped(std::string_view line)
{
    constexpr std::string_view head = R"({"timestamp":")";
    constexpr std::string_view level = R"(","level":")";
    constexpr std::string_view message = R"(","message":")";
    if (!line.starts_with(head))
        return false;
    std::size_t at = head.size();
    const auto skipShort = [&line](std::size_t from) {
        for (std::size_t i = from; i < line.size() && i < from + 64; ++i) {
            if (line[i] == '"')
                return i;
            if (line[i] == '\\')
                break;
        }
        return std::string_view::npos;
    };
    at = skipShort(at);
    if (at == std::string_view::npos || line.substr(at, level.size()) != level)
        return false;
    at = skipShort(at + level.size());
    return at != std::string_view::npos && line.substr(at, message.size()) == message;
}

// Counts the offsets of sorted in [begin, end), moving cursor past those before begin.
std::size_t countIn(const std::vector<std::size_t> &sorted, std::size_t &cursor, std::size_t begin, std::size_t end)
{
    while (cursor < sorted.size() && sorted[cursor] < begin)
        ++cursor;
    std::size_t count = 0;
    for (std::size_t i = cursor; i < sorted.size() && sorted[i] < end; ++i)
        ++count;
    return count;
}

// Reads size bytes at the file's position into this pool thread's buffer, which keeps its pages
// from slice to slice: a fresh 16 MB buffer per slice costs a page fault per 4 KB read.
QByteArray &readReused(QFile &file, qint64 size, bool append = false)
{
    thread_local QByteArray buffer;
    const qint64 kept = append ? buffer.size() : 0;
    buffer.resize(kept + size);
    const qint64 got = file.read(buffer.data() + kept, size);
    buffer.resize(kept + std::max<qint64>(got, 0));
    return buffer;
}

} // namespace

LogIndexWork::IndexSlice LogIndexWork::indexSlice(const IndexInput &input, const std::atomic_bool *canceled)
{
    IndexSlice slice;
    slice.labels = input.labels;
    if (slice.labels.isEmpty())
        slice.labels << QString();
    slice.runs = input.runs;
    slice.currentRun = input.currentRun;
    slice.startOffset = input.offset;
    slice.nextOffset = input.offset;

    QFile file(input.path);
    if (!file.open(QIODevice::ReadOnly)) {
        slice.error = file.errorString();
        return slice;
    }
    slice.fileSize = file.size();
    const qint64 endOffset =
        std::min(input.endOffset >= 0 ? input.endOffset : input.offset + input.maxBytes, slice.fileSize);
    // Not at a line start: read from the byte before, so a line that starts right at offset is
    // seen to (the byte before is its predecessor's newline).
    const qint64 readFrom = input.atLineStart ? input.offset : std::max<qint64>(0, input.offset - 1);
    if (input.offset >= slice.fileSize || !file.seek(readFrom)) {
        slice.chunk = std::make_shared<LogChunk>(LogChunk{input.offset, input.firstLine, {}});
        return slice;
    }
    // The range, then on until the line that holds its last byte has ended (or the file has).
    QByteArray *buffer = &readReused(file, endOffset - readFrom);
    while (!buffer->isEmpty() && buffer->back() != '\n' && !file.atEnd() && !isCanceled(canceled)) {
        const qsizetype before = buffer->size();
        buffer = &readReused(file, 64 * 1024, true);
        if (buffer->indexOf('\n', before) >= 0)
            break;
    }
    const bool atEnd = file.atEnd();

    const std::string_view all(buffer->constData(), std::size_t(buffer->size()));
    std::size_t start = 0;
    if (!input.atLineStart && readFrom < input.offset) {
        // Skip to the first line that starts at or after offset: it belongs to this slice.
        const std::size_t newline = all.find('\n');
        start = newline == std::string_view::npos ? all.size() : newline + 1;
    }
    const std::size_t limit = std::size_t(endOffset - readFrom); // lines starting before it are ours
    const qint64 base = readFrom + qint64(start);
    slice.startOffset = base;
    slice.nextOffset = base;

    auto chunk = std::make_shared<LogChunk>();
    chunk->base = base;
    chunk->firstLine = input.firstLine;
    chunk->lines.reserve(std::size_t(buffer->size() / 128));
    QList<int> seenWorkers;
    qint32 lastWorker = -1;
    RawInterner labels(slice.labels);
    RawInterner runs(slice.runs);
    while (start < all.size() && start < limit) {
        if ((chunk->lines.size() & 0xFFF) == 0 && isCanceled(canceled))
            return slice;
        std::size_t end = all.find('\n', start);
        const bool terminated = end != std::string_view::npos;
        if (!terminated)
            end = all.size();
        std::string_view text = all.substr(start, end - start);
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        const JsonlScanner::Fields fields = JsonlScanner::scan(text);
        // An unterminated last line counts only once it is a whole object (a writer mid-line
        // otherwise); the next slice picks it up when its newline arrives.
        if (!terminated && !(atEnd && fields.complete))
            break;
        const std::size_t next = terminated ? end + 1 : end;
        if (!text.empty()) {
            LogLine line;
            line.offset = quint32(qint64(start) + readFrom - base);
            line.length = quint32(text.size());
            const std::string_view label = !fields.level.empty() ? fields.level : fields.type;
            line.label = label.empty() ? noLabel : labels.id(label);
            if (const std::optional<qint64> worker = JsonlScanner::integer(fields.workerId)) {
                line.workerId = qint32(*worker);
                if (line.workerId != lastWorker && !seenWorkers.contains(line.workerId))
                    seenWorkers << line.workerId;
                lastWorker = line.workerId;
            }
            if (!fields.runId.empty())
                slice.currentRun = runs.id(fields.runId);
            line.run = slice.currentRun;
            chunk->lines.push_back(line);
        }
        start = next;
        slice.nextOffset = readFrom + qint64(start);
    }
    chunk->lines.shrink_to_fit();
    slice.chunk = std::move(chunk);
    slice.newWorkers = seenWorkers;
    return slice;
}

LogIndexWork::CompiledFilter LogIndexWork::compile(const LogFilter &filter, const QStringList &labels,
                                                   const QStringList &runs)
{
    CompiledFilter compiled;
    compiled.labelShown.resize(std::size_t(labels.size()), true);
    for (qsizetype i = 0; i < labels.size(); ++i)
        compiled.labelShown[std::size_t(i)] = !filter.hiddenLabels.contains(labels[i]);
    compiled.workerId = filter.workerId;
    if (!filter.runId.isEmpty()) {
        compiled.matchAnyRun = false;
        // A run not named in the file yet matches nothing until it is (index -2).
        compiled.run = int(runs.indexOf(filter.runId));
        if (compiled.run < 0)
            compiled.run = -2;
    }
    compiled.text = filter.text;
    compiled.cs = filter.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // ASCII without what a JSON short escape stands for (" \ / and controls): each match in a
    // decoded message is then also in the raw bytes, so lines without a raw match can be skipped.
    compiled.rawSearch = !filter.regex && !filter.text.isEmpty()
                         && std::all_of(filter.text.cbegin(), filter.text.cend(), [](QChar c) {
                                return c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\' && c != u'/';
                            });
    if (compiled.rawSearch)
        compiled.rawText = filter.text.toStdString();
    if (filter.regex && !filter.text.isEmpty()) {
        compiled.useRegex = true;
        compiled.regex = QRegularExpression(filter.text, filter.caseSensitive
                                                             ? QRegularExpression::NoPatternOption
                                                             : QRegularExpression::CaseInsensitiveOption);
    }
    return compiled;
}

LogIndexWork::FilterSlice LogIndexWork::filterSlice(const QString &path, const QList<LogChunkPtr> &chunks,
                                                    qint64 fromLine, const CompiledFilter &filter,
                                                    qint64 budgetBytes, const std::atomic_bool *canceled)
{
    FilterSlice slice;
    slice.nextLine = fromLine;
    QFile file(path);
    if (filter.needsText() && !file.open(QIODevice::ReadOnly))
        return slice;
    const bool badRegex = filter.useRegex && !filter.regex.isValid();
    qint64 spent = 0;
    for (const LogChunkPtr &chunk : chunks) {
        const qint64 chunkEnd = chunk->firstLine + qint64(chunk->lines.size());
        if (chunkEnd <= slice.nextLine)
            continue;
        if (spent >= budgetBytes || isCanceled(canceled))
            break;
        const std::size_t first = std::size_t(slice.nextLine - chunk->firstLine);
        QByteArray empty;
        const QByteArray *bytesRead = &empty;
        if (filter.needsText() && first < chunk->lines.size()) {
            const LogLine &last = chunk->lines.back();
            const qint64 from = chunk->base + chunk->lines[first].offset;
            const qint64 to = chunk->base + last.offset + last.length;
            if (!file.seek(from))
                break;
            bytesRead = &readReused(file, to - from);
            spent += bytesRead->size();
        } else {
            spent += qint64(chunk->lines.size() - first) * 16;
        }
        const QByteArray &bytes = *bytesRead;
        const qint64 bytesBase = first < chunk->lines.size() ? chunk->lines[first].offset : 0;
        // The raw search marks the chunk in one pass; only lines it cannot rule out are decoded
        // and matched for real.
        const std::string_view all(bytes.constData(), std::size_t(bytes.size()));
        RawMarks marks;
        std::size_t hitCursor = 0, keyCursor = 0, doubtCursor = 0;
        const bool raw = filter.rawSearch && !badRegex && !all.empty();
        if (raw)
            markChunk(all, filter.rawText, filter.cs == Qt::CaseInsensitive, marks);
        for (std::size_t i = first; i < chunk->lines.size(); ++i) {
            if ((i & 0x3FF) == 0 && isCanceled(canceled))
                return slice;
            const LogLine &line = chunk->lines[i];
            if (std::size_t(line.label) < filter.labelShown.size() && !filter.labelShown[line.label])
                continue;
            if (filter.workerId >= 0 && line.workerId != filter.workerId)
                continue;
            if (!filter.matchAnyRun && !(line.run == filter.run || (line.run == noRun && filter.run == 0)))
                continue;
            if (filter.needsText()) {
                if (badRegex)
                    continue;
                const qint64 at = qint64(line.offset) - bytesBase;
                if (at + line.length > bytes.size())
                    continue;  // the file shrank under us; the index is reset by the poll
                const std::string_view text(bytes.constData() + at, line.length);
                if (raw) {
                    const auto begin = std::size_t(at);
                    const std::size_t end = begin + line.length;
                    // No raw match, one "message" key (the one sinkShaped saw), nothing escaped
                    // beyond the short escapes: the decoded message cannot match either.
                    if (countIn(marks.hits, hitCursor, begin, end) == 0
                        && countIn(marks.doubts, doubtCursor, begin, end) == 0
                        && countIn(marks.keys, keyCursor, begin, end) == 1 && sinkShaped(text))
                        continue;
                }
                const QString message = JsonlScanner::summary(text, JsonlScanner::scan(text));
                const bool match = filter.useRegex ? filter.regex.match(message).hasMatch()
                                                   : message.contains(filter.text, filter.cs);
                if (!match)
                    continue;
            }
            slice.rows.push_back(quint32(chunk->firstLine + qint64(i)));
        }
        slice.nextLine = chunkEnd;
    }
    return slice;
}

} // namespace orch
