#include "PlanItemDelegate.h"

#include "PlanModel.h"

namespace orch {

PlanItemDelegate::PlanItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    // A one-line editor would flatten a multi-line prompt.
    if (index.column() == PlanModel::PromptColumn)
        return nullptr;
    return QStyledItemDelegate::createEditor(parent, option, index);
}

} // namespace orch
