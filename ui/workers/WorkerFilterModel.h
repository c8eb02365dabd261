#pragma once

#include "WorkerTableModel.h"

#include <QSortFilterProxyModel>

namespace orch {

// Sorts the worker table by raw numbers (WorkerTableModel::SortRole) and filters it by a group of
// states and by text in the id, title or last activity.
class WorkerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerFilterModel)

public:
    enum class StatusGroup { All, Active, Finished, Succeeded, Problems };
    Q_ENUM(StatusGroup)

    explicit WorkerFilterModel(QObject *parent = nullptr);

    void setStatusGroup(StatusGroup group);
    StatusGroup statusGroup() const { return m_group; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    static QString groupName(StatusGroup group);
    static bool inGroup(WorkerTableModel::State state, StatusGroup group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusGroup m_group = StatusGroup::All;
    QString m_text;
};

} // namespace orch
