#include "WorkerFilterModel.h"

namespace orch {

WorkerFilterModel::WorkerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkerTableModel::SortRole);
    // Live values change under a sorted view; keep the order right without a manual re-sort.
    setDynamicSortFilter(true);
}

void WorkerFilterModel::setStatusGroup(StatusGroup group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateFilter();
}

void WorkerFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

QString WorkerFilterModel::groupName(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return tr("All workers");
    case StatusGroup::Active:
        return tr("Active");
    case StatusGroup::Finished:
        return tr("Finished");
    case StatusGroup::Succeeded:
        return tr("Succeeded");
    case StatusGroup::Problems:
        return tr("Failed, timed out, cancelled or skipped");
    }
    return {};
}

bool WorkerFilterModel::inGroup(WorkerTableModel::State state, StatusGroup group)
{
    using State = WorkerTableModel::State;
    switch (group) {
    case StatusGroup::All:
        return true;
    case StatusGroup::Active:
        return WorkerTableModel::isActive(state);
    case StatusGroup::Finished:
        return !WorkerTableModel::isActive(state);
    case StatusGroup::Succeeded:
        return state == State::Succeeded;
    case StatusGroup::Problems:
        return state == State::Failed || state == State::TimedOut || state == State::Cancelled
               || state == State::Skipped;
    }
    return true;
}

bool WorkerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    const auto state = WorkerTableModel::State(source->data(first, WorkerTableModel::StateRole).toInt());
    if (!inGroup(state, m_group))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {WorkerTableModel::IdColumn, WorkerTableModel::TitleColumn, WorkerTableModel::ActivityColumn}) {
        const QString value = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace orch
