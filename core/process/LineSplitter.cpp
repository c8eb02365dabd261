#include "process/LineSplitter.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>

namespace orch {

namespace {

// Length of a cut-off UTF-8 sequence at the end of bytes (0 when the end is on a boundary),
// so a truncated line does not end in a replacement character.
qsizetype incompleteUtf8Tail(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(4, size); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(size - back));
        if ((byte & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        qsizetype needed = 1;
        if ((byte & 0xE0) == 0xC0)
            needed = 2;
        else if ((byte & 0xF0) == 0xE0)
            needed = 3;
        else if ((byte & 0xF8) == 0xF0)
            needed = 4;
        return needed > back ? back : 0;
    }
    return 0;
}

} // namespace

LineSplitter::LineSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(std::max<qsizetype>(1, maxLineBytes))
{
}

LineBatch LineSplitter::feed(const QByteArray &chunk)
{
    LineBatch lines;
    const char *const data = chunk.constData();
    const qsizetype size = chunk.size();
    qsizetype at = 0;
    while (at < size) {
        const auto *found = static_cast<const char *>(std::memchr(data + at, '\n', size_t(size - at)));
        if (found == nullptr) {
            appendBounded(QByteArrayView(data + at, size - at));
            break;
        }
        const qsizetype newline = found - data;
        qsizetype length = newline - at;
        if (m_pending.isEmpty() && m_droppedBytes == 0 && length <= m_maxLineBytes) {
            // The common case: a whole line inside one chunk, handed on without a copy.
            if (length > 0 && data[newline - 1] == '\r')
                --length;
            lines.appendView(chunk, at, length);
        } else {
            appendBounded(QByteArrayView(data + at, length));
            lines.append(takeLine());
        }
        at = newline + 1;
    }
    return lines;
}

LineBatch LineSplitter::flush()
{
    LineBatch lines;
    if (!m_pending.isEmpty() || m_droppedBytes != 0)
        lines.append(takeLine());
    return lines;
}

void LineSplitter::appendBounded(QByteArrayView part)
{
    const qsizetype room = m_maxLineBytes - m_pending.size();
    if (part.size() <= room) {
        m_pending.append(part);
        return;
    }
    m_pending.append(part.first(room));
    m_droppedBytes += part.size() - room;
}

QByteArray LineSplitter::takeLine()
{
    if (m_droppedBytes == 0 && m_pending.endsWith('\r'))
        m_pending.chop(1);
    qsizetype dropped = m_droppedBytes;
    if (dropped > 0) {
        const qsizetype cut = incompleteUtf8Tail(m_pending);
        m_pending.chop(cut);
        dropped += cut;
    }
    // The line takes the buffer: nothing is copied, and one huge line does not pin its capacity here.
    QByteArray line = std::exchange(m_pending, QByteArray());
    if (dropped > 0) {
        line += QCoreApplication::translate("orch::LineSplitter", " [line truncated: %n byte(s) dropped]",
                                            nullptr, static_cast<int>(std::min<qsizetype>(dropped, INT_MAX)))
                    .toUtf8();
    }
    m_droppedBytes = 0;
    return line;
}

} // namespace orch
