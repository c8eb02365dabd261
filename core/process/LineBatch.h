#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace orch {

// A batch of complete output lines as UTF-8 bytes, without their "\n" or "\r\n".
//
// Why bytes and views: an agent can print hundreds of megabytes, nearly all of it file contents
// that no event shows. A line that arrived whole in one read is a view into that read's buffer,
// which the batch shares (implicitly, not copied), so a flood costs no allocation, copy or UTF-16
// decoding per line; consumers decode only what they keep. Lines put together from several reads,
// and cut lines, are held in buffers of their own.
class LineBatch final
{
public:
    LineBatch() = default;
    // Lines given as text, encoded as UTF-8 (tests, and callers that have strings).
    LineBatch(std::initializer_list<QString> lines);
    static LineBatch fromStrings(const QStringList &lines);

    qsizetype size() const { return m_lines.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    // The bytes of line i; valid as long as this batch (or a copy of it) lives.
    QByteArrayView at(qsizetype i) const;
    // Line i decoded; bytes that are not UTF-8 become U+FFFD.
    QString text(qsizetype i) const { return QString::fromUtf8(at(i)); }
    QStringList toStringList() const;
    // The bytes of all lines together, without line ends.
    qsizetype byteCount() const { return m_byteCount; }

    // Line [offset, offset + size) of chunk, sharing chunk's buffer. chunk must own its bytes
    // (not QByteArray::fromRawData).
    void appendView(const QByteArray &chunk, qsizetype offset, qsizetype size);
    // A line in a buffer of its own.
    void append(QByteArray line);
    void append(const LineBatch &other);

private:
    struct Line
    {
        qsizetype buffer; // index into m_buffers
        qsizetype offset;
        qsizetype size;
    };

    QList<QByteArray> m_buffers;
    QList<Line> m_lines;
    qsizetype m_byteCount = 0;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::LineBatch)
