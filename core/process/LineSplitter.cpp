#include "process/LineSplitter.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

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

QStringList LineSplitter::feed(QByteArrayView chunk)
{
    QStringList lines;
    while (!chunk.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            appendBounded(chunk);
            break;
        }
        const QByteArrayView segment = chunk.first(newline);
        if (m_pending.isEmpty() && m_droppedBytes == 0 && segment.size() <= m_maxLineBytes) {
            // The common case: a whole line inside one chunk, decoded without a copy.
            lines.append(QString::fromUtf8(segment.endsWith('\r') ? segment.chopped(1) : segment));
        } else {
            appendBounded(segment);
            lines.append(takeLine());
        }
        chunk = chunk.sliced(newline + 1);
    }
    return lines;
}

QStringList LineSplitter::flush()
{
    if (m_pending.isEmpty() && m_droppedBytes == 0)
        return {};
    return {takeLine()};
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

QString LineSplitter::takeLine()
{
    if (m_droppedBytes == 0 && m_pending.endsWith('\r'))
        m_pending.chop(1);
    qsizetype dropped = m_droppedBytes;
    if (dropped > 0) {
        const qsizetype cut = incompleteUtf8Tail(m_pending);
        m_pending.chop(cut);
        dropped += cut;
    }
    QString line = QString::fromUtf8(m_pending);
    if (dropped > 0) {
        line += QCoreApplication::translate("orch::LineSplitter", " [line truncated: %n byte(s) dropped]",
                                            nullptr, static_cast<int>(std::min<qsizetype>(dropped, INT_MAX)));
    }
    m_pending.clear(); // releases the buffer too, so one huge line does not pin its capacity
    m_droppedBytes = 0;
    return line;
}

} // namespace orch
