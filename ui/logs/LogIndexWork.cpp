#include "LogIndexWork.h"

#include "JsonlScanner.h"

#include <QFile>

#include <algorithm>

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

} // namespace

LogIndexWork::IndexSlice LogIndexWork::indexSlice(const IndexInput &input, const std::atomic_bool *canceled)
{
    IndexSlice slice;
    slice.labels = input.labels;
    if (slice.labels.isEmpty())
        slice.labels << QString();
    slice.runs = input.runs;
    slice.currentRun = input.currentRun;
    slice.nextOffset = input.offset;

    QFile file(input.path);
    if (!file.open(QIODevice::ReadOnly)) {
        slice.error = file.errorString();
        return slice;
    }
    slice.fileSize = file.size();
    if (input.offset >= slice.fileSize || !file.seek(input.offset)) {
        slice.chunk = std::make_shared<LogChunk>(LogChunk{input.offset, input.firstLine, {}});
        return slice;
    }
    // Read about maxBytes, more only when one line is longer than that.
    QByteArray buffer = file.read(std::min(input.maxBytes, slice.fileSize - input.offset));
    while (!buffer.contains('\n') && !file.atEnd() && !isCanceled(canceled))
        buffer += file.read(input.maxBytes);
    const bool atEnd = file.atEnd();

    auto chunk = std::make_shared<LogChunk>();
    chunk->base = input.offset;
    chunk->firstLine = input.firstLine;
    chunk->lines.reserve(std::size_t(buffer.size() / 128));
    QList<int> seenWorkers;
    const std::string_view all(buffer.constData(), std::size_t(buffer.size()));
    std::size_t start = 0;
    while (start < all.size()) {
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
            line.offset = quint32(start);
            line.length = quint32(text.size());
            const std::string_view label = !fields.level.empty() ? fields.level : fields.type;
            line.label = label.empty() ? noLabel : intern(slice.labels, JsonlScanner::text(label));
            if (const std::optional<qint64> worker = JsonlScanner::integer(fields.workerId)) {
                line.workerId = qint32(*worker);
                if (!seenWorkers.contains(line.workerId))
                    seenWorkers << line.workerId;
            }
            if (!fields.runId.empty())
                slice.currentRun = intern(slice.runs, JsonlScanner::text(fields.runId));
            line.run = slice.currentRun;
            chunk->lines.push_back(line);
        }
        start = next;
    }
    slice.nextOffset = input.offset + qint64(start);
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
        QByteArray bytes;
        if (filter.needsText() && first < chunk->lines.size()) {
            const LogLine &last = chunk->lines.back();
            const qint64 from = chunk->base + chunk->lines[first].offset;
            const qint64 to = chunk->base + last.offset + last.length;
            if (!file.seek(from))
                break;
            bytes = file.read(to - from);
            spent += bytes.size();
        } else {
            spent += qint64(chunk->lines.size() - first) * 16;
        }
        const qint64 bytesBase = first < chunk->lines.size() ? chunk->lines[first].offset : 0;
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
