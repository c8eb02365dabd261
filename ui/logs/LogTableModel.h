#pragma once

#include <QAbstractTableModel>
#include <QCache>

namespace orch {

class LogIndex;

// The rows of a LogIndex (all lines, or those passing its filter) as a table: time, level (or a
// transcript's type), worker, message. Rows arrive in bulk, one beginInsertRows per index slice;
// the text of a row is read from the file when the view asks for it and kept in a small cache.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTableModel)

public:
    enum Column { TimeColumn, LevelColumn, WorkerColumn, MessageColumn, ColumnCount };
    enum Role { LineNumberRole = Qt::UserRole + 1, RawLineRole };

    explicit LogTableModel(LogIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RowText
    {
        QString time;
        QString message;
    };
    const RowText *rowText(qint64 lineNumber) const;

    LogIndex *m_index;
    int m_rows = 0;  // what the view has been told, kept apart from the index during a change
    mutable QCache<qint64, RowText> m_cache;
};

} // namespace orch
