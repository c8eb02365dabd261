#include "process/LineBatch.h"

namespace orch {

LineBatch::LineBatch(std::initializer_list<QString> lines)
{
    for (const QString &line : lines)
        append(line.toUtf8());
}

LineBatch LineBatch::fromStrings(const QStringList &lines)
{
    LineBatch batch;
    for (const QString &line : lines)
        batch.append(line.toUtf8());
    return batch;
}

QByteArrayView LineBatch::at(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    return QByteArrayView(m_buffers.at(line.buffer).constData() + line.offset, line.size);
}

QStringList LineBatch::toStringList() const
{
    QStringList lines;
    lines.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        lines.append(text(i));
    return lines;
}

void LineBatch::appendView(const QByteArray &chunk, qsizetype offset, qsizetype size)
{
    Q_ASSERT(offset >= 0 && size >= 0 && offset + size <= chunk.size());
    // Lines of one read share one entry: compare the buffers, not their contents.
    if (m_buffers.isEmpty() || m_buffers.constLast().constData() != chunk.constData())
        m_buffers.append(chunk);
    m_lines.append({m_buffers.size() - 1, offset, size});
    m_byteCount += size;
}

void LineBatch::append(QByteArray line)
{
    const qsizetype size = line.size();
    m_buffers.append(std::move(line));
    m_lines.append({m_buffers.size() - 1, 0, size});
    m_byteCount += size;
}

void LineBatch::append(const LineBatch &other)
{
    const qsizetype base = m_buffers.size();
    m_buffers.append(other.m_buffers);
    m_lines.reserve(m_lines.size() + other.m_lines.size());
    for (const Line &line : other.m_lines)
        m_lines.append({base + line.buffer, line.offset, line.size});
    m_byteCount += other.m_byteCount;
}

} // namespace orch
