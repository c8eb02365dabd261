#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// Earlier tasks, most recent first, and a cursor for stepping through them in the task text as a
// shell does (Ctrl+Up older, Ctrl+Down newer, back to the text being typed at the end).
class TaskHistory
{
public:
    static constexpr int MaxEntries = 50;

    // Trimmed, empty entries and repeats dropped, at most MaxEntries; the cursor goes back to the draft.
    void setEntries(const QStringList &entries);
    const QStringList &entries() const { return m_entries; }
    // Puts a task first (moving it when it is already there). False when nothing changed.
    bool remember(const QString &task);

    // The next older entry, or nullopt at the oldest. current is kept as the draft when leaving it,
    // and an entry equal to it is skipped (the task just run is usually the newest entry).
    std::optional<QString> older(const QString &current);
    // The next newer entry, the draft after the newest, or nullopt when already at the draft.
    std::optional<QString> newer();
    // Picking an entry from the menu: the cursor moves there, so older() continues from it.
    QString select(int index, const QString &current);
    void resetCursor() { m_cursor = -1; }
    int cursor() const { return m_cursor; }  // -1: the draft

private:
    QStringList m_entries;
    QString m_draft;
    int m_cursor = -1;
};

} // namespace orch
