#include "TaskHistory.h"

namespace orch {

void TaskHistory::setEntries(const QStringList &entries)
{
    m_entries.clear();
    for (const QString &entry : entries) {
        const QString task = entry.trimmed();
        if (!task.isEmpty() && !m_entries.contains(task))
            m_entries << task;
        if (m_entries.size() == MaxEntries)
            break;
    }
    resetCursor();
}

bool TaskHistory::remember(const QString &task)
{
    const QString trimmed = task.trimmed();
    resetCursor();
    if (trimmed.isEmpty() || (!m_entries.isEmpty() && m_entries.constFirst() == trimmed))
        return false;
    m_entries.removeAll(trimmed);
    m_entries.prepend(trimmed);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    return true;
}

std::optional<QString> TaskHistory::older(const QString &current)
{
    int next = m_cursor + 1;
    if (m_cursor < 0) {
        m_draft = current;
        if (next < m_entries.size() && m_entries.at(next) == current.trimmed())
            ++next;
    }
    if (next >= m_entries.size())
        return std::nullopt;
    m_cursor = next;
    return m_entries.at(m_cursor);
}

std::optional<QString> TaskHistory::newer()
{
    if (m_cursor < 0)
        return std::nullopt;
    --m_cursor;
    // Skipped on the way up (equal to the draft): skipped on the way down too.
    if (m_cursor == 0 && m_entries.constFirst() == m_draft.trimmed())
        m_cursor = -1;
    return m_cursor < 0 ? m_draft : m_entries.at(m_cursor);
}

QString TaskHistory::select(int index, const QString &current)
{
    if (index < 0 || index >= m_entries.size())
        return current;
    if (m_cursor < 0)
        m_draft = current;
    m_cursor = index;
    return m_entries.at(index);
}

} // namespace orch
