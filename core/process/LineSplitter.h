#pragma once

#include "process/LineBatch.h"

#include <QByteArray>

namespace orch {

// Cuts a byte stream into complete lines of UTF-8 bytes. A partial last line is kept until its
// newline arrives (or flush()); a line longer than maxLineBytes keeps its first maxLineBytes bytes
// (cut on a character boundary) and ends with a marker, so memory stays bounded whatever the
// producer writes. Lines that arrive whole in one chunk are views into it (see LineBatch).
class LineSplitter final
{
public:
    explicit LineSplitter(qsizetype maxLineBytes = 16 * 1024 * 1024);

    // The lines completed by this chunk, without their "\n" or "\r\n". chunk must own its bytes.
    LineBatch feed(const QByteArray &chunk);
    // The pending partial line, if any, as a last line.
    LineBatch flush();

    qsizetype pendingBytes() const { return m_pending.size(); }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    void appendBounded(QByteArrayView part);
    QByteArray takeLine();

    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    qsizetype m_droppedBytes = 0; // bytes of the current line beyond the cap
};

} // namespace orch
