#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace orch {

// Cuts a byte stream into complete UTF-8 lines. A partial last line is kept until its newline
// arrives (or flush()); a line longer than maxLineBytes keeps its first maxLineBytes bytes and
// ends with a marker, so memory stays bounded whatever the producer writes.
class LineSplitter final
{
public:
    explicit LineSplitter(qsizetype maxLineBytes = 16 * 1024 * 1024);

    // The lines completed by this chunk, without their "\n" or "\r\n".
    QStringList feed(QByteArrayView chunk);
    // The pending partial line, if any, as a last line.
    QStringList flush();

    qsizetype pendingBytes() const { return m_pending.size(); }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    void appendBounded(QByteArrayView part);
    QString takeLine();

    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    qsizetype m_droppedBytes = 0; // bytes of the current line beyond the cap
};

} // namespace orch
